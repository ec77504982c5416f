"""待复核: the automatic labels most worth a person's look, most consequential first.

An item joins the queue when its label is uncertain (score below REVIEW_BELOW) or when the rules and
the model disagreed. Order: what a wrong label would cost the office most comes first — items
labelled negative, then items with negative evidence behind another label (a missed negative is the
costliest error), each by the size of its story (reposts) and then newest. One entry per story.
A correction (or a confirmation: the same label) made from the queue is an ordinary staff correction:
it takes the item out of the queue, applies to the story, and is training data for ``tag --retrain``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta

from clippings.archive import tags as tag_sql
from clippings.timeutil import now, to_iso

REVIEW_BELOW = 0.6
DISAGREE = "规则与模型合并后"


@dataclass
class ReviewItem:
    id: int
    title: str
    outlet: str
    published_at: str | None
    label: str
    score: float | None
    copies: int
    reasons: list[str] = field(default_factory=list)
    evidence: list[str] = field(default_factory=list)

    @property
    def priority(self) -> tuple:
        negative_evidence = any("负面" in line for line in self.evidence)
        return (self.label == "negative", negative_evidence, self.copies, self.published_at or "")


def review_queue(db, days: int = 7, limit: int = 50, below: float = REVIEW_BELOW) -> list[ReviewItem]:
    since = to_iso(now() - timedelta(days=days))
    items, seen = [], set()
    for row in tag_sql.review_candidates(db, since, below):
        key = ("c", row["cluster_id"]) if row["cluster_id"] is not None else ("i", row["id"])
        if key in seen:
            continue
        seen.add(key)
        try:
            evidence = json.loads(row["sentiment_evidence"] or "[]")
        except ValueError:
            evidence = []
        reasons = []
        score = row["sentiment_score"]
        if score is not None and score < below:
            reasons.append("low_score")
        if any(DISAGREE in line for line in evidence):
            reasons.append("disagree")
        items.append(ReviewItem(row["id"], row["title"] or "", row["source_title"] or row["source"] or "",
                                row["published_at"] or row["fetched_at"], row["sentiment"], score,
                                int(row["copies"] or 1), reasons, evidence))
    items.sort(key=lambda i: i.priority, reverse=True)
    return items[:limit]
