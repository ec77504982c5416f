"""The tagger: rules and model vote on sentiment; places attribute topics and districts.

How they combine: the rule scorer's three-way reading (``RuleResult.probabilities``) and the
model's probabilities are averaged with weight ``RULE_WEIGHT`` on the rules, so strong, explainable
rule evidence decides and the model settles the cases where the lexicon finds little. Because a
missed negative costs the bureau most, ``negative`` wins whenever its combined probability
reaches ``NEGATIVE_THRESHOLD`` even if another class is slightly higher; a positive or negative
reading weaker than ``MIN_POLAR`` is neutral. (Weights and thresholds were chosen on the dev sets:
on real web text, ``benchmarks/eval_sentiment.py``, macro-F1 0.649 → 0.696 and negative precision
0.64 → 0.69 at the same recall 0.87; the hand-written dev set unchanged at 0.989.)
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from clippings.tagger.lexicon import Lexicon, default_lexicon
from clippings.tagger.model import SentimentModel, token_features
from clippings.tagger.normalise import simplified_pair, without_closing_lines, without_official_reply
from clippings.tagger.places import Places
from clippings.tagger.rules import RuleScorer

log = logging.getLogger(__name__)

RULE_WEIGHT = 0.5
RULE_WEIGHT_NO_EVIDENCE = 0.4
BLAME_MODEL_NEGATIVE = 0.3   # share of the model's negative reading kept when the staff are the victims
BLAME_FLAGS = ("victim", "staff_voice")
NEGATIVE_THRESHOLD = 0.45
MIN_POLAR = 0.45   # a weaker positive or negative reading is neutral (routine reports are neutral)
from clippings.vocabulary import SENTIMENT as LABEL_ZH


def combine(rule_probs: dict[str, float], model_probs: dict[str, float] | None,
            rule_evidence: bool = True, balanced: bool = False, blame: bool = False) -> tuple[str, dict[str, float]]:
    """Average the two readings (rules weighted ``RULE_WEIGHT``, or ``RULE_WEIGHT_NO_EVIDENCE`` when
    the rules found no polar phrase or rule at all); negative first past its threshold, except for
    reports the rules found balanced (praise and complaints offset: neutral by the guideline).
    ``blame``: a rule found the staff to be the victims (暴力抗法); the model's words cannot tell 队员被打
    from 队员打人, so all but ``BLAME_MODEL_NEGATIVE`` of its negative reading moves to neutral."""
    if model_probs is not None and blame:
        moved = model_probs.get("negative", 0.0) * (1 - BLAME_MODEL_NEGATIVE)
        model_probs = {**model_probs, "negative": model_probs.get("negative", 0.0) - moved,
                       "neutral": model_probs.get("neutral", 0.0) + moved}
    if model_probs is None:
        probs = dict(rule_probs)
    else:
        w = RULE_WEIGHT if rule_evidence else RULE_WEIGHT_NO_EVIDENCE
        probs = {k: w * rule_probs[k] + (1 - w) * model_probs.get(k, 0.0) for k in rule_probs}
    label = max(probs, key=probs.get)
    if label != "negative" and probs["negative"] >= NEGATIVE_THRESHOLD and not balanced:
        label = "negative"
    if label != "neutral" and probs[label] < MIN_POLAR:
        label = "neutral"
    return label, probs


@dataclass
class Tag:
    label: str                                   # positive | negative | neutral
    score: float                                 # confidence 0–1 of the label
    evidence: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    probabilities: dict[str, float] = field(default_factory=dict)

    @property
    def district(self) -> str | None:
        return self.districts[0] if self.districts else None


TagResult = Tag


class Tagger:
    """Tag clippings for one bureau profile. ``model_path``: a trained model file; without it the
    model is found (or trained once from config/sentiment/train.jsonl) in ``models_dir``."""

    def __init__(self, profile=None, model_path: str | Path | None = None, *, models_dir: str | Path | None = None,
                 lexicon: Lexicon | None = None, use_model: bool = True):
        from clippings.segment import get_segmenter

        if profile is None:
            from clippings.config import load_profile
            from clippings.paths import config_path

            profile = load_profile(config_path("bureau.toml", env="CLIPPINGS_PROFILE"))
        self.profile = profile
        self.lexicon = lexicon or default_lexicon()
        self.rules = RuleScorer(self.lexicon)
        self.places = Places(profile, self.lexicon.not_places)
        self.segmenter = get_segmenter(profile)
        self.model: SentimentModel | None = None
        if use_model:
            from clippings.tagger.training import ensure_model

            if model_path is not None:
                self.model = SentimentModel.load(Path(model_path))
                if self.model is None:
                    raise FileNotFoundError(f"无法读取情感模型：{model_path}")
            else:
                self.model = ensure_model(self.segmenter, self.rules, models_dir)

    def sentiment(self, title: str, text: str, *, simplified: tuple[str, str, bool] | None = None
                  ) -> tuple[str, float, list[str], dict[str, float]]:
        """``simplified``: the (title, text, converted) of ``simplified_pair`` when the caller has it."""
        title, text, converted = simplified or simplified_pair(title or "", text or "")
        text, replied = without_official_reply(text)
        text, signed_off = without_closing_lines(text)
        result = self.rules.score(title, text, replied)
        rule_probs = result.probabilities()
        evidence = result.evidence()
        model_probs = None
        if self.model is not None:
            feats = token_features(self.segmenter, title, text, result.flags)
            model_probs = self.model.probabilities(feats)
        label, probs = combine(rule_probs, model_probs, result.has_evidence, bool(result.flags.get("balanced")),
                               any(result.flags.get(f) for f in BLAME_FLAGS))
        rule_label = max(rule_probs, key=rule_probs.get)
        if model_probs is not None:
            model_label = max(model_probs, key=model_probs.get)
            words = self.model.reasons(feats, model_label)
            said = f"（词语：{'、'.join(words)}）" if words else ""
            note = f"模型判断倾向{LABEL_ZH[model_label]} {model_probs[model_label]:.2f}{said}"
            if rule_label != label:
                note = f"规则与模型合并后判为{LABEL_ZH[label]}；" + note
            evidence.append(note)
        if not result.hits:
            evidence.insert(0, "未命中褒贬词语或研判规则")
        if signed_off:
            evidence.insert(0, "文末的互动邀请、来源或编辑署名是媒体的套话，不计入倾向")
        if replied:
            evidence.insert(0, "留言所附的官方回复不是留言人的看法，不计入倾向")
        if converted:
            evidence.insert(0, "原文为繁体字，已转为简体后研判")
        return label, round(probs[label], 3), evidence, probs

    def tag(self, title: str, text: str) -> Tag:
        simplified = simplified_pair(title or "", text or "")
        label, score, evidence, probs = self.sentiment(title, text, simplified=simplified)
        title, text, _ = simplified
        return Tag(
            label=label,
            score=score,
            evidence=evidence,
            topics=self.places.topics(title, text),
            districts=self.places.districts(title, text),
            probabilities={k: round(v, 3) for k, v in probs.items()},
        )
