"""Tier 1 of the review (初审): the automatic Advertising-Law check of one ad copy.

Seed 002 (002_f20953b0c327b653.txt): "初审:AI语义识别系统(过滤敏感词)". The rules come from the
packs in ``compliance/rules`` (see ``compliance.rulepack``); matching is ``nlp.admatch``.

A match is then read in its context, as a lawyer would (the pack's *contexts*): an objective
specification with units (``最高时速 25 km/h``), a time or sequence word (``最近``, ``第一次``),
a promotion's cap (``最高立减 20 元``), first-person preference (``我最喜欢的``), a consumption
tip (``最佳赏味期``) clear it; a quoted customer's opinion or an officially awarded title lower it
to review. Each finding says what decided it: ``article``, ``contribution`` to the verdict
(``reject`` / ``review``), the ``context`` that applied and an ``explanation``, plus a concrete
``rewrite`` of its clause. Cleared matches are kept, explained, in ``CheckResult.cleared``.

Then the semantic reader (``compliance.semantic``) gives its second opinion on wording no rule
lists: a sentence it reads as a violation adds a finding (rule ``SEMANTIC-<CATEGORY>``) citing
the pack's rule for that category, where the rules have not decided that category (no rule
finding of it, no match of it cleared in that sentence: ``semantic_findings``). It never
clears, lowers or raises a rule's finding.

Verdict (``verdict_for``): any finding contributing ``reject`` (a ``banned`` rule, no context
lowering it) → ``reject``; any other finding → ``review``; none → ``pass``. The verdict is advice
to the reviewers and an input of the routing rules (``compliance.routing``); it never approves
copy on its own unless routing sends clean copy straight to approval.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, Field, model_validator

from compliance.pricemath import VERIFIERS, compares_a_price
from compliance.rulepack import (
    SEVERITY_RANK,
    ContextSpec,
    RulePackError,
    RuleSpec,
    Severity,
    check_contexts,
    fold_for_contexts,
    load_packs,
)
from compliance.semantic import CONTEXT_CLASS, SemanticHit, SemanticReader, bundled_reader
from nlp.admatch import TermGroup, TermMatch, TermMatcher
from nlp.prefilter import LiteralPrefilter, PrefilterScan, compile_once
from radar.settings import ComplianceSettings

Verdict = Literal["pass", "review", "reject"]
Contribution = Literal["reject", "review", "none"]


def contribution_of(severity: str) -> Contribution:
    """A ``banned`` finding rejects; any other asks for a review."""
    return "reject" if severity == "banned" else "review"


class Finding(BaseModel):
    """One rule hit in the submitted text (offsets are character offsets into it)."""

    rule: str = Field(description="Rule id, e.g. AD9-ABSOLUTE.")
    category: str = Field(description="absolute, authority, exclusive, medical, health, …")
    severity: Severity = Field(description="The severity after context (see ``context``).")
    start: int = Field(ge=0, description="Start offset (characters) in the submitted text.")
    end: int = Field(ge=0, description="End offset (exclusive).")
    term: str = Field(description="The listed term or pattern that matched.")
    matched: str = Field(description="The submitted text at [start, end).")
    law: str = Field(description="The article of law the rule enforces.")
    suggestion: str = Field(description="Suggested rewrite.")
    article: str = Field(default="", description="Short citation, e.g. 《广告法》第九条第（三）项.")
    contribution: Contribution = Field(
        default="review",
        description="What the finding does to the verdict: reject, review, or none (cleared).",
    )
    context: str | None = Field(
        default=None,
        description="The context that cleared or lowered the rule (spec, quoted_customer, …); "
        "null: read as the advertiser's own claim.",
    )
    explanation: str = Field(default="", description="Why this finding decides as it does.")
    rewrite: str | None = Field(
        default=None,
        description="The clause with the span replaced by compliant wording ('' drops the "
        "clause); null: keep the wording and attach the evidence the suggestion names.",
    )

    @model_validator(mode="before")
    @classmethod
    def _derive_contribution(cls, data: Any) -> Any:
        # Findings stored before ``contribution`` existed read as their severity decided.
        if isinstance(data, dict) and "contribution" not in data and "severity" in data:
            return {**data, "contribution": contribution_of(str(data["severity"]))}
        return data


class CheckResult(BaseModel):
    """The tier-1 verdict and its findings."""

    verdict: Verdict
    findings: list[Finding]
    cleared: list[Finding] = Field(
        default_factory=list,
        description="Matches a context cleared (contribution none), each with its explanation.",
    )
    rewrite: str | None = Field(
        default=None,
        description="The copy with every finding that has a rewrite replaced; null when no "
        "finding has one.",
    )


#: The rule id of a semantic reader's finding is this plus its category (``SEMANTIC-PRICE``).
SEMANTIC_PREFIX = "SEMANTIC-"


def verdict_for(findings: Sequence[Finding]) -> Verdict:
    """``reject`` on a finding contributing reject, ``review`` on any other, else ``pass``."""
    if any(f.contribution == "reject" for f in findings):
        return "reject"
    return "review" if any(f.contribution == "review" for f in findings) else "pass"


_CLAUSE_END = "。！？!?；;，,\n…~～"
_CLAUSE_BOUNDARY = re.compile("[" + re.escape(_CLAUSE_END) + "]")
_VERDICT_WORD = {"reject": "拒绝", "review": "转人工复审", "none": "不构成违规"}


class _Scopes:
    """The spans one context covers in a copy, asked "does one cover [start, end)?" by bisection
    over the starts (with the running maximum of the ends)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self.starts = [a for a, _ in spans]
        self.reach: list[int] = []
        for _, b in spans:
            self.reach.append(max(b, self.reach[-1]) if self.reach else b)

    def cover(self, start: int, end: int) -> bool:
        last = bisect_right(self.starts, start) - 1
        return last >= 0 and self.reach[last] >= end


class _Context:
    def __init__(self, spec: ContextSpec, first: int) -> None:
        self.spec = spec
        #: The arithmetic a match must pass for the context to apply (``ContextSpec.verify``).
        self.verify = VERIFIERS[spec.verify] if spec.verify is not None else None
        #: Index of the first regex in the checker's list of every context regex.
        self.first = first

    def scopes(self, folded: str, scan: PrefilterScan | None = None) -> _Scopes:
        """The spans this context covers in ``folded``; ``scan``: the context prefilter's reading
        of it (which of every context's regexes may match, and near where), None to run each
        regex over the whole text. Each regex is compiled at its first run (``compile_once``)."""
        out: list[tuple[int, int]] = []
        for n, source in enumerate(self.spec.patterns):
            if scan is not None and self.first + n not in scan.candidates:
                continue  # the prefilter says the regex cannot match
            regex = compile_once(source)
            group = "scope" if "scope" in regex.groupindex else 0
            for m in scan.finditer(self.first + n, regex) if scan else regex.finditer(folded):
                if m.end(group) > m.start(group) and (
                    self.verify is None or self.verify(m.group(0)) is not None
                ):
                    out.append((m.start(group), m.end(group)))
        return _Scopes(out)


@dataclass
class _Reading:
    """What one check works out about its copy at most once, when first needed."""

    text: str
    folded: str = ""
    scopes: dict[str, _Scopes] = field(default_factory=dict)
    #: The context regexes that may match ``folded``, and near where (one automaton pass, at
    #: the first need).
    scan: PrefilterScan | None = None
    clause_ends: list[int] | None = None

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around ``[start, end)``: from after the last clause end before ``start``
        to the first clause end at or after ``end``."""
        if self.clause_ends is None:
            # Each boundary is one character: its offset is the lengths of the pieces before
            # it plus one per earlier boundary (C-level, no match object per boundary).
            pieces = _CLAUSE_BOUNDARY.split(self.text)[:-1]
            self.clause_ends = list(accumulate(map(add, map(len, pieces), repeat(1)), initial=-1))
            del self.clause_ends[0]
        ends = self.clause_ends
        before = bisect_left(ends, start)
        after = bisect_left(ends, end)
        lo = ends[before - 1] + 1 if before > 0 else 0
        return lo, ends[after] if after < len(ends) else len(self.text)


class AdChecker:
    """The tier-1 check with a fixed rule set (build once, call ``check`` many times)."""

    def __init__(
        self,
        rules: Sequence[RuleSpec],
        contexts: Sequence[ContextSpec] = (),
        *,
        prefilter: bool = True,
        windows: bool = True,
        reader: SemanticReader | None = None,
    ) -> None:
        """``prefilter=False`` runs every regex (rule patterns, contexts) on every copy, and
        ``windows=False`` each regex that may match over the whole copy instead of near its
        literals (``nlp.prefilter.PrefilterScan``): the same results, slower (for benchmarks).
        ``reader``: the semantic reader's second opinion (``compliance.semantic``; none: the
        rules alone)."""
        check_contexts(rules, contexts)
        self.reader = reader
        self.rules = {rule.id: rule for rule in rules}
        self._articles = {rule.id: rule.short_article() for rule in rules}
        self.contexts: dict[str, _Context] = {}
        first = 0
        for spec in contexts:
            self.contexts[spec.id] = _Context(spec, first)
            first += len(spec.patterns)
        every_pattern = [p for c in self.contexts.values() for p in c.spec.patterns]
        self._context_prefilter = (
            LiteralPrefilter(every_pattern, windows=windows) if prefilter else None
        )
        self._matcher = TermMatcher(
            (
                TermGroup(
                    name=rule.id,
                    terms=rule.terms,
                    patterns=rule.patterns,
                    exceptions=rule.exceptions,
                    exception_patterns=rule.exception_patterns,
                    within_clause=rule.within_clause,
                    any_gap=rule.verify is not None,
                )
                for rule in rules
            ),
            prefilter=prefilter,
            windows=windows,
        )

    def check(self, text: str) -> CheckResult:
        """Check one copy: the rules, then the semantic reader's second opinion."""
        if self.reader is None:
            return self.check_rules(text)
        set_aside: list[TermMatch] = []
        reading = _Reading(text)
        result = self._check_rules(text, set_aside, reading)
        return self.with_hits(text, result, self.reader.read(text), set_aside, reading)

    def with_hits(
        self,
        text: str,
        result: CheckResult,
        hits: list[SemanticHit],
        set_aside: list[TermMatch] | None = None,
        reading: _Reading | None = None,
    ) -> CheckResult:
        """``result`` (the rules' check of ``text``) with the semantic reader's ``hits`` added as
        findings where the rules left their category undecided (``semantic_findings``), and the
        verdict they make. ``check`` is ``with_hits(text, check_rules(text), reader.read(text))``;
        training judges one copy at many reader thresholds with one rules' check. ``set_aside``
        and ``reading``: what the rules' check of ``text`` already found (the matches its
        exceptions dropped, the contexts it read), so they are not read again."""
        judged = [*result.findings, *result.cleared]
        if hits:
            hits = self._unsettled(text, hits, set_aside, reading)
        added = semantic_findings(text, hits, judged, self.rules)
        if not added:
            return result
        findings = result.findings + added
        return result.model_copy(update={"verdict": verdict_for(findings), "findings": findings})

    def _unsettled(
        self,
        text: str,
        hits: list[SemanticHit],
        set_aside: list[TermMatch] | None = None,
        reading: _Reading | None = None,
    ) -> list[SemanticHit]:
        """The reader's ``hits`` less those whose weightiest words (cues) the rules read and
        settled: a cue inside a claim the copy declines or an ordinary notice
        (``SETTLING_CONTEXTS``: 本店储值卡没有返利，也没有利息 read as an income promise for 利息;
        本群禁止发理财、高收益投资类广告), or inside a match of the hit's category
        that a rule's context exception set aside (``TermMatcher.find``'s ``set_aside``: 第一菜市场
        an address, 唯一的收款码 a notice, 实名认证 a platform's check), or, for the categories of
        ``QUOTED_OPINION_CATEGORIES``, inside a customer's quoted words (``QUOTED_CONTEXT``:
        周阿姨：“保洁阿姨干活稳当，连冰箱顶都擦了” is no rank). Copies the reader does not hit pay
        for none of these readings."""
        if set_aside is None:
            set_aside = []
            self._matcher.find(text, set_aside)
        if reading is None:
            reading = _Reading(text)
        settled = [
            self._scopes(reading, name) for name in SETTLING_CONTEXTS if name in self.contexts
        ]
        quoted = (
            self._scopes(reading, QUOTED_CONTEXT)
            if QUOTED_CONTEXT in self.contexts
            and any(hit.category in QUOTED_OPINION_CATEGORIES for hit in hits)
            else None
        )
        kept = []
        for hit in hits:
            if any(_cue_within(text, hit, scopes) for scopes in settled):
                continue
            if (
                quoted is not None
                and hit.category in QUOTED_OPINION_CATEGORIES
                and _cue_within(text, hit, quoted)
            ):
                continue
            rule = self.rules.get(hit.rule)
            categories = {hit.category, rule.category if rule is not None else hit.category}
            spans = [
                (m.start, m.end) for m in set_aside if self.rules[m.group].category in categories
            ]
            if spans and _cue_within(text, hit, _Scopes(spans)):
                continue
            kept.append(hit)
        return kept

    def check_rules(self, text: str) -> CheckResult:
        """Check one copy with the rules alone (no semantic reader)."""
        return self._check_rules(text)

    def _check_rules(
        self,
        text: str,
        set_aside: list[TermMatch] | None = None,
        reading: _Reading | None = None,
    ) -> CheckResult:
        """``check_rules``; ``set_aside`` receives the matches the rules' exceptions dropped and
        ``reading`` keeps the contexts read, for the semantic reader's hits (``with_hits``)."""
        matches = self._matcher.find(text, set_aside)
        if not matches:
            return CheckResult(verdict="pass", findings=[])
        if reading is None:
            reading = _Reading(text)
        findings: list[Finding] = []
        cleared: list[Finding] = []
        for match in matches:
            verify = self.rules[match.group].verify
            shown = VERIFIERS[verify](match.text) if verify is not None else None
            if verify is not None and shown is None:
                continue
            finding = self._judge(reading, match, shown)
            (cleared if finding.contribution == "none" else findings).append(finding)
        findings = _drop_shadowed(findings)
        return CheckResult(
            verdict=verdict_for(findings),
            findings=findings,
            cleared=cleared,
            rewrite=_rewrite_all(reading, findings, self.rules),
        )

    def _scopes(self, reading: _Reading, name: str) -> _Scopes:
        scopes = reading.scopes.get(name)
        if scopes is None:
            if not reading.folded:
                reading.folded = fold_for_contexts(reading.text)
                if self._context_prefilter is not None:
                    reading.scan = self._context_prefilter.scan(reading.folded)
            scopes = self.contexts[name].scopes(reading.folded, reading.scan)
            reading.scopes[name] = scopes
        return scopes

    def _judge(self, reading: _Reading, match: TermMatch, shown: str | None = None) -> Finding:
        """The finding of ``match`` in its context; ``shown``: what the rule's ``verify`` check
        found (the arithmetic), said in the explanation."""
        rule = self.rules[match.group]
        severity: Severity = rule.severity
        applied: ContextSpec | None = None
        for name in rule.contexts:
            if self._scopes(reading, name).cover(match.start, match.end):
                applied = self.contexts[name].spec
                break
        contribution: Contribution
        if applied is None:
            contribution = contribution_of(severity)
            why = f"{shown}；{rule.why or rule.law}" if shown else rule.why or rule.law
            explanation = (
                f"“{match.text}”是广告主自己的表述：{why}。→ {_VERDICT_WORD[contribution]}"
            )
        elif applied.effect == "clear":
            contribution = "none"
            explanation = f"“{match.text}”：{applied.reason}。→ {_VERDICT_WORD['none']}"
        else:
            if SEVERITY_RANK[applied.effect] < SEVERITY_RANK[severity]:
                severity = applied.effect
            contribution = contribution_of(severity)
            explanation = f"“{match.text}”：{applied.reason}。→ {_VERDICT_WORD[contribution]}"
        law, article = rule.law, self._articles[rule.id]
        for cited in rule.also_cites:
            if compile_once(cited.goods).search(reading.folded):
                law, article = f"{law}；{cited.law}", f"{article}、{cited.article}"
        return Finding(
            rule=rule.id,
            category=rule.category,
            severity=severity,
            start=match.start,
            end=match.end,
            term=match.term,
            matched=match.text,
            law=law,
            suggestion=rule.suggestion,
            article=article,
            contribution=contribution,
            context=applied.id if applied else None,
            explanation=explanation,
            rewrite=None if contribution == "none" else _clause_rewrite(reading, match, rule),
        )


def _replacement(rule: RuleSpec, term: str) -> str | None:
    return rule.replacements.get(term, rule.replacement)


#: What a clause cannot end on: a deletion that leaves one of these before the clause's end left
#: a fragment (三个月把…, 让你…, 这款茶能有效…), so the whole clause goes instead.
_DANGLING = re.compile(
    "(把|将|让|使|被|给|对|帮|能|有效|可以|可|在|从|比|和|跟|与|是|会|就|都|也|更|你|您)$"
)


#: A deletion from a clause's start that leaves fewer characters than this (letters and digits)
#: leaves the claim's tail, not a clause of its own: the whole clause goes.
_SHORTEST_REST = 5


def _edit_span(text: str, clause: tuple[int, int], start: int, end: int) -> tuple[int, int]:
    """What deleting ``[start, end)`` from its ``clause`` removes: the span itself; with the 的
    after it when 是 comes before (本店是全市最好的面包店 → 本店是面包店); or the whole clause
    when the span runs to the clause's end and what precedes it cannot end one
    (蓝帽子深海鱼油，三个月把血脂降下来 → 蓝帽子深海鱼油), or starts the clause and leaves only a
    few characters of it."""
    lo, hi = clause
    if end < hi and text[end] == "的" and start > lo and text[start - 1] == "是":
        return start, end + 1
    left = text[lo:start].rstrip()
    if left and _DANGLING.search(left) and not _ALNUM.search(text, end, hi):
        return lo, hi
    if not left and len(_ALNUM.findall(text, end, hi)) < _SHORTEST_REST:
        return lo, hi  # what is left is the tail of the claim (…药水|催出来的)
    return start, end


def _clause_rewrite(reading: _Reading, match: TermMatch, rule: RuleSpec) -> str | None:
    replacement = _replacement(rule, match.term)
    if replacement is None:
        return None
    lo, hi = reading.clause(match.start, match.end)
    text = reading.text
    start, end = match.start, match.end
    if not replacement:
        start, end = _edit_span(text, (lo, hi), start, end)
    return _tidy(text[lo:start] + replacement + text[end:hi])


def _rewrite_all(
    reading: _Reading, findings: Sequence[Finding], rules: dict[str, RuleSpec]
) -> str | None:
    """The copy with every finding that has a rewrite replaced (the clause reading is the
    check's own, ``reading``)."""
    text = reading.text
    spans: list[tuple[int, int, str]] = []
    for f in findings:
        replacement = _replacement(rules[f.rule], f.term) if f.rule in rules else None
        if replacement is None:
            continue
        start, end = f.start, f.end
        if not replacement:
            start, end = _edit_span(text, reading.clause(start, end), start, end)
        spans.append((start, end, replacement))
    edits: list[tuple[int, int, str]] = []
    for start, end, replacement in sorted(spans, key=lambda e: (e[0], -e[1])):
        if not (edits and start < edits[-1][1]):
            edits.append((start, end, replacement))
    if not edits:
        return None
    out, at = [], 0
    for start, end, replacement in edits:
        out += [text[at:start], replacement]
        at = end
    out.append(text[at:])
    return _tidy("".join(out))


# Dropping a span leaves stray separators behind ("，，", a leading "，").
_REPEATED_SEPARATOR = re.compile(r"([，,；;、])(\s*[，,；;、])+")
_SEPARATOR_BEFORE_END = re.compile(r"[，,；;、]+(\s*[。！？!?])")
_LEADING_SEPARATORS = re.compile(r"^[\s，,；;、。！？!?]+")
_TRAILING_SEPARATORS = re.compile(r"[\s，,；;、]+$")
#: ``str.isalnum`` as a regex (``\w`` is isalnum plus "_"): one C scan, not a generator.
_ALNUM = re.compile(r"[^\W_]")


def _tidy(text: str) -> str:
    text = _REPEATED_SEPARATOR.sub(r"\1", text)
    text = _SEPARATOR_BEFORE_END.sub(r"\1", text)
    text = _LEADING_SEPARATORS.sub("", text)
    text = _TRAILING_SEPARATORS.sub("", text)
    return text.strip() if _ALNUM.search(text) else ""


def _drop_shadowed(findings: list[Finding]) -> list[Finding]:
    # A weaker hit inside a stronger one says nothing new: the generic "最…" (sensitive) inside a
    # banned "最好", the word 保证 inside the banned 保证收益. Of equal hits of one category, the
    # longest (or the first on the same span) speaks for them. Across categories only a banned
    # hit speaks for a weaker one: two review-level hits of different articles (a comparison with
    # a rival under 第十三条, its price under the price rules) each ask their own proof.
    def covers(g: Finding, f: Finding, g_at: int, f_at: int) -> bool:
        if not (g.start <= f.start and f.end <= g.end):
            return False
        rank_g, rank_f = SEVERITY_RANK[g.severity], SEVERITY_RANK[f.severity]
        if g.category != f.category:
            return rank_g > rank_f and g.severity == "banned"
        if rank_g != rank_f:
            return rank_g > rank_f
        return (g.end - g.start) > (f.end - f.start) or g_at < f_at

    return [
        f
        for f_at, f in enumerate(findings)
        if not any(g_at != f_at and covers(g, f, g_at, f_at) for g_at, g in enumerate(findings))
    ]


#: The contexts that clear a claim because the copy names where to check it (第十一条: 表明出处;
#: 第十二条: 专利号): a grey-zone hit of the reader (``semantic.CONTEXT_CLASS``) asks for no more.
SOURCE_CONTEXTS = frozenset({"sourced_citation", "cert_number", "patent_number"})
#: The category of price claims (《价格法》第十四条, 《明码标价和禁止价格欺诈规定》: the price
#: packs, whose sums ``compliance.pricemath`` works out). The reader cannot do those sums, so a
#: price hit of its own adds a finding only when it rejects, or when its sentence compares the
#: price with someone else's (``pricemath.compares_a_price``): a proof a reviewer asks for.
PRICE_CATEGORY = "price"


#: The context of a claim the copy declines in a word (没有保底收入, 不是什么官方授权店,
#: 不和别家比价, 没啥秘方): a reader's hit whose weightiest words lie in such a denial is dropped
#: (``AdChecker._unsettled``).
DECLINED_CONTEXT = "declined_claim"

#: A group's rules, a notice to parents, a warning against fraud (本群禁止发理财广告; 家长须知;
#: 须有成人陪同; 有人私发二维码请勿扫): read for the reader's hits only, no rule names it.
NOTICE_CONTEXT = "ordinary_notice"

#: The contexts in whose scope a reader's cue is settled, whatever the hit's category.
SETTLING_CONTEXTS = (DECLINED_CONTEXT, NOTICE_CONTEXT)

#: The context of a customer's words quoted with their attribution (会员小赵：“…”; “…”——老孙).
QUOTED_CONTEXT = "quoted_customer"

#: The reader's categories whose hit on a customer's quoted words is dropped: a rank, a tone, a
#: grey-zone comparison, a child or an exclusive read into a customer's own account (鞋跟钉得稳稳的,
#: 爸爸妈妈们可以一起拼). The rules still read the plain words of a quote (全城最好吃 is reviewed,
#: ``quoted_customer``). The law forbids the testimonial itself for cures, health foods, schooling
#: and returns (第十六、十七、十八、二十四、二十五条), and a quoted customer may run down a rival or
#: tell a price: the reader's hits of those categories stand in a quote (tune10b-166, tune12b-093).
QUOTED_OPINION_CATEGORIES = frozenset(
    {"absolute", "context_review", "exclusive", "minors", "vulgar"}
)


def _cue_within(text: str, hit: SemanticHit, scopes: _Scopes) -> bool:
    """Whether one of the words that weighed most for ``hit`` (its cues) stands, within the
    hit's sentence, inside one of ``scopes``: words the rules already read and settled."""
    sentence = text[hit.start : hit.end]
    for cue in hit.cues:
        at = sentence.find(cue)
        while at >= 0:
            if scopes.cover(hit.start + at, hit.start + at + len(cue)):
                return True
            at = sentence.find(cue, at + 1)
    return False


def semantic_findings(
    text: str,
    hits: Sequence[SemanticHit],
    judged: Sequence[Finding],
    rules: dict[str, RuleSpec],
) -> list[Finding]:
    """The semantic reader's hits as findings, where the rules have not decided their category at
    the reader's level: a hit is dropped when its sentence holds a match of its category that a
    context judged, clearing it or lowering it to review (a lawyer's reading: a time word, a
    quoted customer's 全城最好吃) — a price hit at review level, unless its sentence compares the
    price with another seller's (``PRICE_CATEGORY``: 新品尝鲜价9.9元 and 限时特价，买一送一 are
    the copy's own prices, whose sums the price packs check) — a grey-zone hit, which
    asks for a source, when one of ``SOURCE_CONTEXTS`` cleared a match there (an award with its
    body, year and certificate's number) — and when a rule finding
    of its category stands anywhere in the copy, unless the hit rejects and every such finding
    is ``sensitive``: wording a lawyer reviews for what it implies, which the reader may read as
    a plainly unlawful claim (维C咀嚼片（保健食品）吃了就不会感冒: the rules see 保健, the reader a
    health claim). A ``needs_evidence`` finding (a celebrity endorser, a reference price, an
    award) waits for a proof the reader cannot see. So the reader never clears, lowers or
    repeats a rule's finding; it raises one only from review to reject, by a finding of its own."""
    out = []
    for hit in hits:
        rule = rules.get(hit.rule)
        if rule is None:
            continue
        if (
            hit.category == PRICE_CATEGORY
            and hit.level != "reject"
            and not compares_a_price(text[hit.start : hit.end])
        ):
            continue  # a doubt about the copy's own price: the price packs did the sums
        # A grey-zone hit (``semantic.CONTEXT_CLASS``) is judged in the category of the rule it
        # cites: a soft rank beside a rule's superlative, a quote whose 最好 a context cleared.
        categories = {hit.category, rule.category}
        mine = [f for f in judged if f.category in categories]
        if any(f.context is not None and f.start < hit.end and hit.start < f.end for f in mine):
            continue  # a context judged a match of the category in this sentence
        if hit.category == CONTEXT_CLASS and any(
            f.context in SOURCE_CONTEXTS and f.start < hit.end and hit.start < f.end for f in judged
        ):
            continue  # the grey zone asks for a source, and a context found it in this sentence
        standing = {f.severity for f in mine if f.contribution != "none"}
        if standing and (hit.level != "reject" or standing != {"sensitive"}):
            continue  # the rules decided the category, or left it to a proof the reader can't see
        cues = "、".join(hit.cues) or "整句"
        contribution: Contribution = "reject" if hit.level == "reject" else "review"
        reading = (
            "需要出处或证明的宣称（人气、排名或与他人的比较：法务复核的灰色地带）"
            if hit.category == CONTEXT_CLASS
            else f" {hit.category} 类违规"
        )
        out.append(
            Finding(
                rule=f"{SEMANTIC_PREFIX}{hit.category.upper()}",
                category=hit.category,
                severity="banned" if contribution == "reject" else "needs_evidence",
                start=hit.start,
                end=hit.end,
                term="",
                matched=text[hit.start : hit.end],
                law=rule.law,
                suggestion=rule.suggestion,
                article=rule.short_article(),
                contribution=contribution,
                context=None,
                explanation=(
                    f"语义识别（词表未列）：这一句读作{reading}"
                    f"（概率 {hit.probability:.2f}），依据{rule.short_article()}；"
                    f"分量最重的字词：{cues}。"
                    f"→ {_VERDICT_WORD[contribution]}"
                ),
                rewrite=None,
            )
        )
    return out


@lru_cache(maxsize=4)
def default_checker(rules_dir: Path | None = None, reader: Path | bool = True) -> AdChecker:
    """The checker for the bundled packs (or those in ``rules_dir``) with the bundled semantic
    reader (``compliance.semantic``; a path: that model file; False: none), built once per
    process."""
    packs = load_packs(rules_dir)
    semantic = None
    if reader is not False:
        semantic = bundled_reader() if reader is True else bundled_reader(reader)
    return AdChecker(packs.rules, packs.contexts, reader=semantic)


def checker_for(settings: ComplianceSettings, rules_dir: Path | None = None) -> AdChecker:
    """The checker the settings configure (``RADAR_COMPLIANCE_RULES_DIR`` unless ``rules_dir``
    is given, ``RADAR_COMPLIANCE_SEMANTIC_READER``, ``RADAR_COMPLIANCE_READER_PATH``)."""
    reader: Path | bool = False
    if settings.semantic_reader:
        reader = settings.reader_path or True
    return default_checker(rules_dir or settings.rules_dir, reader)


__all__ = [
    "SEMANTIC_PREFIX",
    "AdChecker",
    "CheckResult",
    "Contribution",
    "Finding",
    "RulePackError",
    "Verdict",
    "checker_for",
    "default_checker",
    "verdict_for",
]
