"""The learned component: a multinomial logistic regression (scikit-learn) on segmented words of
the headline, the lead and the closing characters, plus the rule scorer's genre flags. Trained on
the project's own labelled examples (``config/sentiment/train.jsonl``) and on staff corrections (weighted higher).

Inference is a sparse dot product done here (no scikit-learn call per clipping), which is fast
and also says which words pushed the decision, for the evidence list. Models are pickled into
the data directory's ``models/`` folder; never committed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import pickle
import re
from dataclasses import dataclass, field
from pathlib import Path

from clippings.tagger.lexicon import SENTIMENT_DIR

log = logging.getLogger(__name__)

LABELS = ("negative", "neutral", "positive")
TRAIN_FILE = SENTIMENT_DIR / "train.jsonl"
MODEL_VERSION = 2
LEAD_CHARS = 160
# Forum posts and comments often give their verdict at the end (说到底…/真心点赞/寒心): the words of
# the last TAIL_CHARS characters after the lead count too. Training texts are all shorter than the
# lead, so they share the lead's weights.
TAIL_CHARS = 200
# Inverse regularisation strength, chosen by 5-fold cross-validation of the combined tagger on
# train.jsonl (benchmarks/cv_sentiment.py); the figures are flat from C=4 to 32.
MODEL_C = 16.0
# Rule flags the model may use (not the rule scores themselves: the rules vote separately).
RULE_FLAGS = ("notice", "meeting", "stats", "question", "rhetorical", "accusation", "sarcasm", "remedy",
              "cleared", "not_bureau", "balanced", "victim", "reply")
_NEGATORS = {"不", "没", "没有", "未", "并非", "并未", "并不", "无", "别", "从未", "不是", "拒绝", "从不"}
_STOP = {"的", "了", "是", "在", "和", "与", "及", "将", "对", "为", "把", "被", "也", "都", "就", "还", "这", "那",
         "一", "个", "等", "其", "并", "已", "又", "让", "给", "向", "从", "到", "着", "过", "我", "你", "他", "她",
         "我们", "他们", "有", "说", "中", "上", "下", "年", "月", "日", "名", "一名", "一个"}
# Names of the bureau and its staff carry no sentiment (generic lexicons wrongly score 城管 negative);
# kept out of the model so it cannot learn a bias from who happens to be named in the examples.
_BUREAU_WORDS = {"城管", "执法", "执法人员", "执法队员", "队员", "执法局", "城管局", "城管执法局", "中队", "大队",
                 "执法中队", "执法大队", "协管员", "协管", "工作人员", "城管部门", "执法部门", "城管队员", "执法车",
                 "城管执法", "局", "江州", "江州市", "市城管执法局", "江州城管"}
_DIGITS = re.compile(r"\d")
_HAS_ALNUM = re.compile(r"[^\W_]")   # a letter or digit of any script (str.isalnum's characters)


@dataclass
class Example:
    title: str
    text: str
    label: str
    weight: float = 1.0
    source: str = "train"


@dataclass
class SentimentModel:
    vocab: dict[str, int]
    coef: list[list[float]]           # [class][feature]
    intercept: list[float]
    labels: tuple[str, ...] = LABELS
    meta: dict = field(default_factory=dict)

    def scores(self, feats: dict[str, float]) -> list[float]:
        out = list(self.intercept)
        for name, value in feats.items():
            idx = self.vocab.get(name)
            if idx is None:
                continue
            for c in range(len(out)):
                out[c] += self.coef[c][idx] * value
        return out

    def probabilities(self, feats: dict[str, float]) -> dict[str, float]:
        scores = self.scores(feats)
        top = max(scores)
        exp = [math.exp(s - top) for s in scores]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp)}

    def reasons(self, feats: dict[str, float], label: str, limit: int = 4) -> list[str]:
        """The words that pushed most towards ``label`` (relative to the other classes)."""
        c = self.labels.index(label)
        pushes = []
        for name, value in feats.items():
            idx = self.vocab.get(name)
            if idx is None or name.startswith("rule:"):
                continue
            column = [self.coef[k][idx] for k in range(len(self.labels))]
            push = (column[c] - sum(column) / len(column)) * value
            if push > 0.15:
                pushes.append((push, name))
        pushes.sort(reverse=True)
        seen, words = set(), []
        for _, name in pushes:
            word = name.split(":", 1)[-1]
            if word not in seen:
                seen.add(word)
                words.append(word)
            if len(words) >= limit:
                break
        return words

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            pickle.dump({"version": MODEL_VERSION, "vocab": self.vocab, "coef": self.coef,
                         "intercept": self.intercept, "labels": self.labels, "meta": self.meta}, fh)
        tmp.replace(path)

    @classmethod
    def load(cls, path: Path) -> "SentimentModel | None":
        try:
            with open(path, "rb") as fh:
                data = pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError) as exc:
            log.warning("cannot load sentiment model %s: %s", path, exc)
            return None
        if not isinstance(data, dict) or data.get("version") != MODEL_VERSION:
            return None
        return cls(data["vocab"], data["coef"], data["intercept"], tuple(data["labels"]), data.get("meta", {}))


def _words(segmenter, chunk: str):
    """Segmented words of ``chunk`` minus stop words, bureau names and numbers; a word within two
    words after a negator is marked NOT_word."""
    negate = 0
    for word in segmenter.cut(chunk):
        if not _HAS_ALNUM.search(word):
            negate = 0
            continue
        if word in _NEGATORS:
            negate = 2
            continue
        if word in _STOP or word in _BUREAU_WORDS or _DIGITS.search(word):
            continue
        name = ("NOT_" if negate else "") + word
        negate = max(0, negate - 1)
        yield name


def token_features(segmenter, title: str, text: str, flags: dict[str, float]) -> dict[str, float]:
    """Bag of words of the headline (also marked T:), the lead and the closing TAIL_CHARS characters
    (same names as the lead's words), with negation marking, plus rule flags."""
    feats: dict[str, float] = {}
    text = text or ""
    for name in _words(segmenter, title or ""):
        feats[name] = 1.0
        feats["T:" + name] = 1.0
    for name in _words(segmenter, text[:LEAD_CHARS]):
        feats[name] = 1.0
    if len(text) > LEAD_CHARS and TAIL_CHARS:
        for name in _words(segmenter, text[max(LEAD_CHARS, len(text) - TAIL_CHARS):]):
            feats[name] = 1.0
    for flag in RULE_FLAGS:
        if flags.get(flag):
            feats[f"rule:{flag}"] = 1.0
    return feats


def load_examples(path: Path = TRAIN_FILE) -> list[Example]:
    """The project's labelled examples (JSON lines: title, text, label)."""
    examples = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"{path} 第 {n} 行不是有效的 JSON：{exc}") from None
            if row.get("label") not in LABELS:
                raise ValueError(f"{path} 第 {n} 行的 label 无效：{row.get('label')!r}")
            examples.append(Example(row.get("title") or "", row.get("text") or "", row["label"]))
    return examples


def train_fingerprint(path: Path = TRAIN_FILE) -> str:
    return hashlib.sha1(path.read_bytes()).hexdigest()[:12]


def fit(feature_dicts: list[dict[str, float]], labels: list[str], weights: list[float] | None = None,
        C: float | None = None, meta: dict | None = None) -> SentimentModel:
    """Fit the logistic regression on precomputed feature dicts."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform(feature_dicts)
    clf = LogisticRegression(C=MODEL_C if C is None else C, max_iter=500, class_weight="balanced",
                             solver="newton-cg")
    clf.fit(X, labels, sample_weight=weights)
    order = [list(clf.classes_).index(label) for label in LABELS if label in clf.classes_]
    labels_out = tuple(clf.classes_[i] for i in order)
    coef = [clf.coef_[i].tolist() for i in order]
    intercept = [float(clf.intercept_[i]) for i in order]
    return SentimentModel(dict(vec.vocabulary_), coef, intercept, labels_out, meta or {})
