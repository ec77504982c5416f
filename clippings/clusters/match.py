"""The pairwise decision: are two fingerprinted clippings copies of the same story?

Symmetric by construction (every test looks at both texts the same way), so the clusters —
connected components of "same story" — do not depend on the order clippings arrive. Cheap
signature estimates prefilter LSH candidates; the decision itself uses the exact shingle sets.
"""

from __future__ import annotations

import numpy as np

from clippings.clusters.fingerprint import NUM_PERM, Features, outlets_match

# Merge thresholds (see docs/clusters.md).
CONTAINMENT_MERGE = 0.6     # share of the shorter body's shingles found in the other
CONTAINMENT_WITH_TITLE = 0.3   # when they share a title / 原标题
LEAD_SHARED = 0.5           # one text's first paragraph must be mostly in the other (reposts keep the lead)
PART_JACCARD = 0.3          # a body that is a small part of the other (a roundup quoting a brief) also
                            # needs a shared title or a 来源 line naming the other's outlet
SHORT_SHINGLES = 40         # below this, containment alone is not trusted: need high Jaccard
SHORT_JACCARD = 0.7


def lead_shared(a: Features, b: Features) -> float:
    """How much of either text's first paragraph the other contains (the larger share)."""
    best = 0.0
    for x, y in ((a, b), (b, a)):
        if x.lead is not None and len(x.lead):
            inter = len(np.intersect1d(x.lead, y.shingles, assume_unique=True))
            best = max(best, inter / len(x.lead))
    return best


def estimated_containment(sig_a: np.ndarray, n_a: int, sig_b: np.ndarray, n_b: int) -> float:
    """Containment in the smaller set, estimated from two signatures and the set sizes."""
    j = float(np.count_nonzero(sig_a == sig_b)) / NUM_PERM
    inter = j * (n_a + n_b) / (1 + j)
    return min(1.0, inter / max(1, min(n_a, n_b)))


def conflict(a: Features, b: Features) -> str | None:
    """Why two similar texts are still different stories (different districts, different figures)."""
    if a.districts and b.districts and not (a.districts & b.districts):
        return "districts"
    for x, y, what in ((a.title_districts, b.title_districts, "title districts"),
                       (a.lead_districts, b.lead_districts, "lead districts")):
        if x and y and not (x & y):
            return what
    small = min(len(a.numbers), len(b.numbers))
    if small >= 3 and len(a.numbers & b.numbers) / small < 0.5:
        return "numbers"
    return None


def similarity(a: Features, b: Features) -> tuple[float, float]:
    """(containment in the shorter body, Jaccard) of the two shingle sets."""
    if a.empty or b.empty:
        return 0.0, 0.0
    inter = len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))
    na, nb = len(a.shingles), len(b.shingles)
    return inter / min(na, nb), inter / (na + nb - inter)


def same_story(a: Features, b: Features) -> tuple[bool, str]:
    """Symmetric decision: is ``b`` a copy (repost, edited repost, excerpt) of ``a``'s story?"""
    cont, jac = similarity(a, b)
    if cont == 0.0:
        return False, "no overlap"
    why = conflict(a, b)
    if why:
        return False, f"conflict:{why}"
    if min(len(a.shingles), len(b.shingles)) < SHORT_SHINGLES:
        return (jac >= SHORT_JACCARD), f"short jaccard={jac:.2f}"
    same_title = bool(a.titles & b.titles)
    if cont >= CONTAINMENT_MERGE and lead_shared(a, b) >= LEAD_SHARED and (jac >= PART_JACCARD or same_title or outlets_match(a.origin, b.outlet)
                                      or outlets_match(b.origin, a.outlet)):
        return True, f"containment={cont:.2f} jaccard={jac:.2f}"
    if same_title and cont >= CONTAINMENT_WITH_TITLE:
        return True, f"title+containment={cont:.2f}"
    return False, f"containment={cont:.2f} jaccard={jac:.2f}"
