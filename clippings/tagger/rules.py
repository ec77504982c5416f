"""The explainable rule scorer: lexicon phrases weighted by position (headline, lead, body),
negation, degree, contrast (the later clause wins), quotation and sarcasm, who did it (a vendor
pushing a team member is not the bureau's violence), reported accusations, remedies for a problem
the bureau caused, and the neutral genres (notices, meetings, statistics, consultation questions).

Every contribution is kept as a :class:`Hit` so the final tag can say, in Chinese, why.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from clippings.tagger.lexicon import Lexicon, default_lexicon
from clippings.tagger.normalise import REPLY_OPENING

_SENT = re.compile(r"[^。！？!?；;\n]+[。！？!?；;\n]*")
_QUOTE = re.compile(r"“[^”]{1,40}”|\"[^\"]{1,40}\"|「[^」]{1,40}」|『[^』]{1,40}』|‘[^’]{1,40}’")
_CLAUSE_BREAKS = "，,、：:（）()"
_CLAUSE_BREAK_RE = re.compile("[" + re.escape(_CLAUSE_BREAKS) + "]")
_OBJECT_MARKERS = ("向", "对", "给", "跟", "把", "将", "与", "和", "帮", "到", "找")
_PROBLEM = re.compile(r"^[^，。；]{0,22}?(问题|行为|现象|情况|乱象)")
_FACING = ("面对", "面对着", "不顾")
_OBJECT_BEFORE = re.compile(r"[将把][^，,。；;！!？?、]{1,5}$")
_VALUE_TAIL = re.compile(r" → (正面|负面) [+-]\d+\.\d$")
_RHETORICAL_END = re.compile(r"(?:吗|(?:是|算|叫)(?:啥|什么))[？?！!]*\s*$")   # 这不是X吗？ 这不是X这是啥？
_QUESTION_END = re.compile(r"(？|\?|吗|呢)\s*$")
_REPLY_START = re.compile(REPLY_OPENING)
_PAST_CLAUSE_END = re.compile(r"[，,；;：:。！!？?]|\s{2,}|\s(?=\S*(现在|如今|而今))")    # 网友您好，您反映的…: the bureau's routine reply


@dataclass
class Hit:
    phrase: str
    value: float          # signed contribution (positive > 0, negative < 0, 0 = noted only)
    reason: str           # Chinese explanation for the evidence list
    kind: str = "word"    # word | rule
    category: str = ""    # lexicon category, e.g. 负面·不作为
    pos: int = -1         # where the phrase starts in its sentence (word hits)


@dataclass
class RuleResult:
    pos: float = 0.0
    neg: float = 0.0
    hits: list[Hit] = field(default_factory=list)
    flags: dict[str, float] = field(default_factory=dict)
    band: float = 1.2

    @property
    def has_evidence(self) -> bool:
        """Any polar phrase or whole-text rule found (notes about ignored words do not count)."""
        return any(h.value or h.kind == "rule" for h in self.hits)

    @property
    def net(self) -> float:
        return self.pos - self.neg

    def probabilities(self) -> dict[str, float]:
        """A soft three-way reading of the net score (neutral wins inside the band)."""
        net = max(-12.0, min(12.0, self.net))
        logits = {"positive": net, "negative": -net, "neutral": self.band}
        top = max(logits.values())
        exp = {k: math.exp(v - top) for k, v in logits.items()}
        total = sum(exp.values())
        return {k: v / total for k, v in exp.items()}

    @property
    def label(self) -> str:
        probs = self.probabilities()
        return max(probs, key=probs.get)

    def features(self) -> dict[str, float]:
        """Numeric rule features for the learned component."""
        feats = {
            "rule:pos": min(self.pos, 12.0) / 4,
            "rule:neg": min(self.neg, 12.0) / 4,
            "rule:net": max(-12.0, min(12.0, self.net)) / 4,
        }
        for name, value in self.flags.items():
            feats[f"rule:{name}"] = float(value)
        return feats

    def evidence(self, limit: int = 6) -> list[str]:
        words = sorted((h for h in self.hits if h.kind == "word" and h.value), key=lambda h: -abs(h.value))
        rules = [h.reason for h in self.hits if h.kind == "rule"]
        notes = [h.reason for h in self.hits if h.kind == "word" and not h.value]
        out = [h.reason for h in words[:limit]]
        return out + rules + notes[:2]


class RuleScorer:
    def __init__(self, lexicon: Lexicon | None = None):
        self.lex = lexicon or default_lexicon()
        self.w = self.lex.weights
        self._between = frozenset(self.lex.between)
        cues = list(self.lex.sarcasm_unquoted)
        self._cue_re = re.compile("|".join(re.escape(c) for c in cues) if cues else r"(?!x)x")

    # --- segmentation into weighted sentences -------------------------------------------

    def _sentences(self, title: str, text: str) -> list[tuple[str, str, float]]:
        out = []
        if title:
            out.append((title, "标题", self.w["title"]))
        body = (text or "")[: int(self.w["max_chars"])]
        for i, m in enumerate(_SENT.finditer(body)):
            sent = m.group().strip()
            if not sent:
                continue
            if i == 0:
                out.append((sent, "导语", self.w["lead"]))
            elif i < 3:
                out.append((sent, "正文", self.w["body"]))
            else:
                out.append((sent, "正文", self.w["tail"]))
        return out

    def _contrast_points(self, sentence: str) -> list[int]:
        points = []
        for m in self.lex.contrast_re.finditer(sentence):
            covered = False
            for w in self.lex.not_contrast:
                start = sentence.find(w, max(0, m.start() - len(w)), m.end() + len(w))
                if start != -1 and start <= m.start() < start + len(w):
                    covered = True
                    break
            if not covered:
                points.append(m.start())
        return points

    def _framed(self, sentence: str, start: int, end: int) -> bool:
        """针对/整治 … 不规范问题: the negative word names the problem being tackled."""
        wide_start = max(sentence.rfind(ch, 0, start) for ch in "，,：:；") + 1
        if not self.lex.framing_re.search(sentence, wide_start, start):
            return False
        return bool(_PROBLEM.search(sentence[end:end + 26]))

    def _sarcasm_cue(self, before: str) -> bool:
        """这就是/所谓的/说好的 + praise, without quotation marks."""
        return bool(self._cue_re.search(before))

    def _negated(self, core: str) -> bool:
        negators = self.lex.negators
        if core.endswith(negators):
            return True
        between = self._between
        for k in (1, 2):
            if len(core) > k and core[-k:] in between and core[:-k].endswith(negators):
                return True
        return False

    # --- who did it ------------------------------------------------------------------------

    def _actor(self, sentence: str, start: int, end: int) -> str | None:
        """'bureau' if bureau staff did the act at ``start``, 'civilian' if someone else did."""
        window_start = max(0, start - 24)
        before = sentence[window_start:start]
        if before.endswith(_FACING) or any(before.endswith(f + "围堵") for f in _FACING):
            return "civilian"                      # 面对辱骂: done to the team
        after = sentence[end:end + 6]
        obj = after.lstrip("了着过")
        if self.lex.bureau_actor_re.match(obj):
            return "civilian"                      # 辱骂队员: the team is the object
        if self.lex.civilian_actor_re.match(obj) and not self._has_passive(before):
            return "bureau"                        # 推搡摊主
        for p in self.lex.passive:
            idx = before.rfind(p)
            if idx != -1 and len(before) - (idx + len(p)) <= 6:
                agent = before[idx + len(p):]
                if self.lex.bureau_actor_re.search(agent):
                    return "bureau"
                if self.lex.civilian_actor_re.search(agent):
                    return "civilian"
                subject = self._last_actor(before[:idx])
                if subject == "bureau":
                    return "civilian"      # 队员被打: the bureau is the victim
                return "bureau" if subject == "civilian" else None
        return self._last_actor(before)

    def _has_passive(self, before: str) -> bool:
        return any(p in before[-8:] for p in self.lex.passive)

    def _last_actor(self, text: str) -> str | None:
        found = []
        for kind, rx in (("bureau", self.lex.bureau_actor_re), ("civilian", self.lex.civilian_actor_re)):
            for m in rx.finditer(text):
                if m.start() > 0 and text[m.start() - 1] in _OBJECT_MARKERS and text[m.start() - 2:m.start()] != "面对":
                    continue
                if _OBJECT_BEFORE.search(text[max(0, m.start() - 6):m.start()]):
                    continue                       # 将其中一名队员(打伤): the object, not the actor
                found.append((m.end(), kind))
        return max(found)[1] if found else None

    # --- the scorer --------------------------------------------------------------------------

    def score(self, title: str, text: str, replied: bool = False) -> RuleResult:
        """``replied``: an official reply was cut off the end of ``text`` (the writer's 留言 remains)."""
        lex, w = self.lex, self.w
        result = RuleResult(band=w["neutral_band"])
        sentences = self._sentences(title or "", text or "")
        sarcasm_anywhere = bool(lex.sarcasm_re.search((title or "") + (text or "")[: int(w["max_chars"])]))
        title_genre = bool(title) and bool(lex.notice_re.search(title) or lex.meeting_re.search(title))
        misconduct = 0.0
        remedy_words = 0.0
        prev_hits: list[Hit] = []
        sentence_neg: list[tuple[str, float]] = []
        quote_sarcasm = False
        sides = {"victim": 0, "bureau": 0}     # violent acts done to the staff / by the staff
        improved = lex.improved_re.search((title or "") + "。" + (text or "")[: int(w["max_chars"])])
        for sentence, where, sweight in sentences:
            points = self._contrast_points(sentence)
            if points and points[0] <= 1 and prev_hits:        # sentence opens with 但是/然而
                for h in prev_hits:
                    h.value *= w["before_contrast"]
                    h.reason = _VALUE_TAIL.sub(f"（下句转折） → {'负面' if h.value < 0 else '正面'} {h.value:+.1f}",
                                               h.reason)
            last_point = points[-1] if points else None
            quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(sentence)]
            sent_sarcasm = bool(lex.sarcasm_re.search(sentence))
            sent_hits: list[Hit] = []
            for m in lex.phrase_re.finditer(sentence):
                entry = lex.entries[m.group()]
                if not entry.weight:
                    continue
                s = m.start()
                before = sentence[max(0, s - 12):s]
                cut = _CLAUSE_BREAK_RE.search(before[::-1])
                if cut:
                    before = before[len(before) - cut.start():]
                mult, notes = 1.0, []
                d = next((before[-k:] for k in (3, 2, 1) if len(before) >= k and before[-k:] in lex.degree), None)
                core = before[: len(before) - len(d)] if d else before
                negated = self._negated(core)
                if negated and core.endswith(("不是", "不就是", "难道不")) and _RHETORICAL_END.search(sentence):
                    negated = False                # 这不是钓鱼吗？ = it is 钓鱼
                value = entry.polarity * entry.weight
                if negated:
                    factor = w["negated_positive"] if entry.polarity > 0 else w["negated_negative"]
                    value = abs(value) * (factor if entry.polarity > 0 else -factor)
                    notes.append("被否定")
                elif d:
                    mult = lex.degree[d]
                    notes.append(f"程度“{d}”")
                value *= mult * sweight
                if last_point is not None and not (points[0] <= 1 and len(points) == 1):
                    if s < last_point:
                        value *= w["before_contrast"]
                        notes.append("转折前")
                    else:
                        value *= w["after_contrast"]
                        notes.append("转折后")
                elif points and points[0] <= 1:
                    value *= w["after_contrast"]
                    notes.append("转折后")
                if entry.polarity < 0 and not negated and self._framed(sentence, s, m.end()):
                    sent_hits.append(Hit(entry.phrase, 0.0, f"“{entry.phrase}”是整治的对象（问题表述），不计负面"))
                    continue
                quote = next(((qs, qe) for qs, qe in quotes if qs < s and m.end() <= qe - 1), None)
                if entry.actor_sensitive and not negated:
                    actor = self._actor(sentence, s, m.end())
                    if actor == "civilian":
                        if entry.polarity < 0 and entry.phrase not in lex.victim_symmetric:
                            sides["victim"] += 1           # 推倒/殴打 done to the staff (冲突 names no side)
                        sent_hits.append(Hit(entry.phrase, 0.0, f"“{entry.phrase}”的施动者不是本局人员（如暴力抗法），不计负面"))
                        continue
                    if actor is None:
                        value *= 0.8
                    elif entry.polarity < 0:
                        sides["bureau"] += 1
                elif (entry.polarity < 0 and not negated and entry.category.endswith("暴力冲突")
                      and entry.phrase not in lex.victim_symmetric):
                    sides["bureau"] += 1                # 暴力执法/掀翻: the bureau's violence, named
                if entry.polarity > 0 and value > 0 and quote is not None:
                    qs, qe = quote
                    pre, post = sentence[max(0, qs - 5):qs], sentence[qe:qe + 3]
                    cue = any(pre.endswith(c) for c in lex.sarcasm_before) or any(post.startswith(c) for c in lex.sarcasm_after)
                    praised = any(v in sentence[max(0, qs - 6):qs] for v in lex.praise_verbs)
                    if (cue or sent_sarcasm) and not praised:
                        value = -abs(value) - w["sarcasm"] * (0 if quote_sarcasm else 1)
                        quote_sarcasm = True
                        sent_hits.append(Hit(entry.phrase, value, f"讽刺：{pre[-3:]}{sentence[qs:qe]}{post[:2]} → 负面 {value:+.1f}"))
                        continue
                    if where == "标题" and title_genre:
                        sent_hits.append(Hit(entry.phrase, 0.0, f"标题引号里的口号“{entry.phrase}”不计褒贬"))
                        continue
                    if not praised:
                        value *= w["quoted_positive"]
                        notes.append("引号内")
                elif entry.polarity > 0 and value > 0 and (sent_sarcasm or self._sarcasm_cue(before)):
                    value = -value
                    notes.append("反语")
                    quote_sarcasm = True
                if entry.polarity < 0 and value < 0:
                    if lex.remedy_re.fullmatch(entry.phrase) or entry.phrase in ("致歉", "赔礼道歉", "退还罚款"):
                        remedy_words += -value
                    else:
                        misconduct += -value
                label = "负面" if value < 0 else "正面"
                note = f"（{'，'.join(notes)}）" if notes else ""
                reason = f"{where}·{entry.category.split('·')[1]}“{entry.phrase}”{note} → {label} {value:+.1f}"
                sent_hits.append(Hit(entry.phrase, value, reason, category=entry.category, pos=s))
            perceived = lex.perception_re.search(sentence)
            if perceived and any(h.value < 0 for h in sent_hits):
                factor = w.get("perception_damping", 0.3)
                for h in sent_hits:
                    if h.value < 0:
                        h.value *= factor
                        h.reason = _VALUE_TAIL.sub(f"（转述的印象） → 负面 {h.value:+.1f}", h.reason)
                if not result.flags.get("perception"):
                    result.flags["perception"] = 1.0
                    sent_hits.append(Hit("", 0.0, f"转述的刻板印象或传闻（“{perceived.group()}”）：说的是别人对城管的看法，"
                                                  "不是具体事件，该句负面词打折", kind="rule"))
            if improved:
                self._past(result, sentence, sent_hits, improved.group())
            result.hits.extend(sent_hits)
            prev_hits = [h for h in sent_hits if h.value]
            sentence_neg.append((sentence, -sum(h.value for h in sent_hits if h.value < 0)))
        self._apply_rules(result, title or "", text or "", misconduct, remedy_words, quote_sarcasm, sarcasm_anywhere,
                          self._accusation(sentence_neg), sides, replied)
        return result

    def _past(self, result: RuleResult, sentence: str, sent_hits: list[Hit], improved: str) -> None:
        """以前都会又打又骂 in a text that says it is better now (好多了): the negative words in the
        clause after 以前/过去/曾经 tell the old image, not an event; they count ``perception_damping``."""
        spans = []
        for m in self.lex.past_re.finditer(sentence):
            end = _PAST_CLAUSE_END.search(sentence, m.end())
            spans.append((m.start(), end.start() if end else len(sentence)))
        if not spans:
            return
        factor = self.w.get("perception_damping", 0.3)
        damped = False
        for h in sent_hits:
            if h.value < 0 and any(a <= h.pos < b for a, b in spans):
                h.value *= factor
                h.reason = _VALUE_TAIL.sub(f"（说的是过去） → 负面 {h.value:+.1f}", h.reason)
                damped = True
        if damped and not result.flags.get("past"):
            result.flags["past"] = 1.0
            result.hits.append(Hit("", 0.0, f"说的是过去的印象（文中称“{improved}”）：“以前/过去”所在分句的负面词打折",
                                   kind="rule"))

    def _staff_voice(self, result: RuleResult, text: str) -> bool:
        """The staff speak or feel (我是一名城管…, 城管队长叹气流泪): 无奈/委屈/心寒 are their own
        feelings, not the public's complaint about the bureau; they count ``victim_damping``."""
        marker = self.lex.staff_voice_re.search(text)
        if not marker:
            return False
        factor = self.w.get("victim_damping", 0.1)
        for h in result.hits:
            if h.kind == "word" and h.value < 0 and h.phrase in self.lex.staff_feelings:
                h.value *= factor
                h.reason = _VALUE_TAIL.sub(f"（本局人员的感受） → 负面 {h.value:+.1f}", h.reason)
        result.flags["staff_voice"] = 1.0
        result.hits.append(Hit("", 0.0, f"本局人员自述或写本局人员的感受（“{marker.group()}”）：无奈、委屈等是队员的辛酸，"
                                        "不是对本局的不满，不计负面", kind="rule"))
        return True

    def _accusation(self, sentence_neg: list[tuple[str, float]]) -> re.Match | None:
        """A reported-speech marker (摊主称/网友曝) in a sentence that, with the next one, says something negative."""
        for i, (sentence, _) in enumerate(sentence_neg):
            m = self.lex.reported_re.search(sentence)
            if m and sum(n for _, n in sentence_neg[i:i + 2]) >= 1.5:
                return m
        return None

    def _victim(self, result: RuleResult, head: str, sides: dict[str, int]) -> bool:
        """Staff attacked or insulted (暴力抗法, 队员被打) and no violence by the staff named: the
        conflict words that name no side (冲突/争执) and the acts left to the staff by mistake count
        little, and a reported 曝光/视频显示 tells the other side's act (no accusation)."""
        marker = self.lex.victim_re.search(head)
        victim = sides.get("victim", 0) + (1 if marker else 0)
        if not victim or victim <= 2 * sides.get("bureau", 0):     # clearly more acts done to the staff
            return False
        factor = self.w.get("victim_damping", 0.2)
        for h in result.hits:
            if h.kind == "word" and h.value < 0 and (
                    h.phrase in self.lex.victim_symmetric
                    or (h.phrase in self.lex.entries and self.lex.entries[h.phrase].actor_sensitive)):
                h.value *= factor
                h.reason = _VALUE_TAIL.sub(f"（本局人员受害） → 负面 {h.value:+.1f}", h.reason)
        result.flags["victim"] = 1.0
        said = f"“{marker.group()}”" if marker else "对方推搡、殴打或辱骂本局人员"
        result.hits.append(Hit("", 0.0, f"本局人员是受害方（{said}）：冲突类词语和转述的曝光说的是对方的行为，"
                                        "不按本局负面计", kind="rule"))
        return True

    def _routine(self, result: RuleResult, head: str) -> bool:
        """A work report in the bureau's own words: every positive word describes its work (及时, 整洁,
        守护, 便民), the text speaks of routine duties (整治, 巡查, 保障), nobody else's verdict
        (感谢, 点赞) or a concrete rescue is there, and the positive words outweigh the negative ones. Self-promotion, neutral by the guideline: the
        positive words count ``genre_damping``."""
        if result.flags.get("sarcasm") or result.flags.get("accusation"):
            return False
        positive = [h for h in result.hits if h.kind == "word" and h.value > 0]
        if not positive or any(h.phrase not in self.lex.routine_words for h in positive):
            return False
        negative = -sum(h.value for h in result.hits if h.value < 0)
        if negative >= sum(h.value for h in positive):
            return False                  # a problem report (顽疾难除…缓解): damping its praise would tip it negative
        marker = self.lex.routine_re.search(head)
        if not marker:
            return False
        factor = self.w["genre_damping"]
        for h in positive:
            h.value *= factor
            h.reason = _VALUE_TAIL.sub(f"（例行工作用语） → 正面 {h.value:+.1f}", h.reason)
        result.flags["routine"] = 1.0
        result.hits.append(Hit("", 0.0, f"例行工作报道（“{marker.group()}”）：正面词都是本局描述自身工作的用语，"
                                        "没有受益者或第三方的评价，按中性研判，正面分数打折", kind="rule"))
        return True

    def _apply_rules(self, result: RuleResult, title: str, text: str, misconduct: float, remedy_words: float,
                     quote_sarcasm: bool, sarcasm_anywhere: bool, reported: re.Match | None,
                     sides: dict[str, int] | None = None, replied: bool = False) -> None:
        lex, w = self.lex, self.w
        lead = text[: int(w["max_chars"])]
        head = title + "。" + lead[:120]
        if self._victim(result, title + "。" + lead, sides or {}):
            reported = None
        self._staff_voice(result, title + "。" + lead)
        pos = sum(h.value for h in result.hits if h.value > 0)
        neg = -sum(h.value for h in result.hits if h.value < 0)
        flags = result.flags
        rule = lambda reason: result.hits.append(Hit("", 0.0, reason, kind="rule"))  # noqa: E731
        cleared = lex.cleared_re.search(title + "。" + lead)
        not_bureau = lex.not_bureau_re.search(title + "。" + lead)
        if neg >= 1.5 and not_bureau:
            flags["not_bureau"] = 1.0
            neg *= 0.15
            rule(f"所涉人员并非本局人员（“{not_bureau.group()}”），指控与本局无关，负面分数打折")
        elif neg >= 1.5 and (reported or cleared):
            if cleared and pos >= 2.0:
                flags["cleared"] = 1.0
                neg *= 0.3
                rule(f"指控已澄清（“{cleared.group()}”）且有正面反响，按正面内容研判")
            elif reported:
                flags["accusation"] = 1.0
                neg += w["accusation"]
                rule(f"转述的指控（“{reported.group()}”）：未经证实或被否认也按负面计 -{w['accusation']:.1f}")
        if quote_sarcasm or (sarcasm_anywhere and neg > 0):
            flags["sarcasm"] = 1.0
            if not quote_sarcasm:
                m = lex.sarcasm_re.search(title + lead)
                rule(f"讽刺语气（“{m.group()}”）")
        if remedy_words and misconduct > 0:
            flags["remedy"] = 1.0
            if pos:
                pos *= w["remedy_damping"]
                rule("本局造成的问题：道歉、停职、退款等补救不改变负面定性，正面词打折")
        if self._routine(result, title + "。" + lead):
            pos *= w["genre_damping"]
        reply = _REPLY_START.match(title) or _REPLY_START.match(text.lstrip())
        if reply and not flags.get("accusation") and not flags.get("sarcasm"):
            flags["reply"] = 1.0
            pos *= w["genre_damping"]
            neg *= w["genre_damping"]
            rule(f"官方答复类文体（“{reply.group().strip()}”）：例行答复里的问题表述和致谢不带褒贬，褒贬分数打折")
        elif replied:
            complaint = -sum(h.value for h in result.hits
                             if h.value < 0 and h.category.split("·")[-1] in lex.complaint_categories)
            praise = sum(h.value for h in result.hits if h.value > 0 and h.category.endswith("表扬感谢"))
            if complaint < 2.0 and praise < 2.0 and not flags.get("sarcasm"):
                flags["reply"] = 1.0
                pos *= w["genre_damping"]
                neg *= w["genre_damping"]
                rule("留言附有官方答复，留言反映的是他人的问题（不是对本局的投诉或表扬）：按例行问答研判，褒贬分数打折")
        notice = lex.notice_re.search(title) if title else None
        meeting = lex.meeting_re.search(title) if title else None
        stats = lex.stats_re.search(head)
        if notice:
            flags["notice"] = 1.0
        if meeting:
            flags["meeting"] = 1.0
        if stats:
            flags["stats"] = 1.0
        if (notice or meeting or stats) and not flags.get("accusation") and not flags.get("sarcasm"):
            marker = (notice or meeting or stats).group()
            pos *= w["genre_damping"]
            neg *= w["genre_damping"]
            kind = "通告/公示" if notice else ("会议/部署/培训" if meeting else "执法统计")
            rule(f"{kind}类文体（“{marker}”）：执法用语不带褒贬，褒贬分数打折")
        balanced = lex.balanced_re.search(head)
        if balanced and not flags.get("accusation") and not flags.get("sarcasm"):
            flags["balanced"] = 1.0
            pos *= w["balanced_damping"]
            neg *= w["balanced_damping"]
            rule(f"褒贬并存（“{balanced.group()}”）：按中性研判")
        rhetorical = lex.rhetorical_re.search(head)
        question = lex.question_re.search(head)
        # the writer asks (in the headline or the opening words), not a person in the story (小李求助记者后…)
        opening = title + "。" + text.lstrip()[:30]
        title_asks = _QUESTION_END.search(title) or any(w_ in opening for w_ in ("请问", "求助", "求问", "想问"))
        text_asks = _QUESTION_END.search(text.strip()[-3:] or "")
        complaint = -sum(h.value for h in result.hits if h.value < 0 and h.category.split("·")[-1] in lex.complaint_categories)
        is_question = question and (title_asks or text_asks) and complaint < 2.0   # a complaint is no consultation
        if rhetorical:
            flags["rhetorical"] = 1.0
        elif is_question:
            flags["question"] = 1.0
            pos *= w["question_damping"]
            neg *= w["question_damping"]
            rule(f"咨询类提问（“{question.group()}”）：按中性研判")
        if flags.get("sarcasm") or flags.get("accusation"):
            pos *= 0.5
        result.pos, result.neg = pos, neg
