"""Tier 1 of the review (初审): the automatic Advertising-Law check of one ad copy.

Seed 002 (002_f20953b0c327b653.txt): "初审:AI语义识别系统(过滤敏感词)". The rules come from the
packs in ``compliance/rules`` (see ``compliance.rulepack``); matching is ``nlp.admatch``.

Verdict (``verdict_for``): any ``banned`` finding → ``reject``; any ``sensitive`` or
``needs_evidence`` finding → ``review``; none → ``pass``. The verdict is advice to the reviewers
and an input of the routing rules (``compliance.routing``); it never approves copy on its own
unless routing sends clean copy straight to approval.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from compliance.rulepack import SEVERITY_RANK, RuleSpec, Severity, load_rules
from nlp.admatch import TermGroup, TermMatcher

Verdict = Literal["pass", "review", "reject"]


class Finding(BaseModel):
    """One rule hit in the submitted text (offsets are character offsets into it)."""

    rule: str = Field(description="Rule id, e.g. AD9-ABSOLUTE.")
    category: str = Field(description="absolute, medical, health, guarantee, disparagement, …")
    severity: Severity
    start: int = Field(ge=0, description="Start offset (characters) in the submitted text.")
    end: int = Field(ge=0, description="End offset (exclusive).")
    term: str = Field(description="The listed term or pattern that matched.")
    matched: str = Field(description="The submitted text at [start, end).")
    law: str = Field(description="The article of law the rule enforces.")
    suggestion: str = Field(description="Suggested rewrite.")


class CheckResult(BaseModel):
    """The tier-1 verdict and its findings."""

    verdict: Verdict
    findings: list[Finding]


def verdict_for(findings: Sequence[Finding]) -> Verdict:
    """``reject`` on a banned finding, ``review`` on any other finding, else ``pass``."""
    if any(f.severity == "banned" for f in findings):
        return "reject"
    return "review" if findings else "pass"


class AdChecker:
    """The tier-1 check with a fixed rule set (build once, call ``check`` many times)."""

    def __init__(self, rules: Sequence[RuleSpec]) -> None:
        self.rules = {rule.id: rule for rule in rules}
        self._matcher = TermMatcher(
            TermGroup(
                name=rule.id,
                terms=rule.terms,
                patterns=rule.patterns,
                exceptions=rule.exceptions,
                exception_patterns=rule.exception_patterns,
            )
            for rule in rules
        )

    def check(self, text: str) -> CheckResult:
        """Check one copy."""
        findings: list[Finding] = []
        for match in self._matcher.find(text):
            rule = self.rules[match.group]
            findings.append(
                Finding(
                    rule=rule.id,
                    category=rule.category,
                    severity=rule.severity,
                    start=match.start,
                    end=match.end,
                    term=match.term,
                    matched=match.text,
                    law=rule.law,
                    suggestion=rule.suggestion,
                )
            )
        findings = _drop_shadowed(findings)
        return CheckResult(verdict=verdict_for(findings), findings=findings)


def _drop_shadowed(findings: list[Finding]) -> list[Finding]:
    # A generic "最…" (sensitive) hit inside a banned "最好" of the same category says nothing new.
    kept: list[Finding] = []
    for f in findings:
        shadowed = any(
            g is not f
            and g.category == f.category
            and SEVERITY_RANK[g.severity] > SEVERITY_RANK[f.severity]
            and g.start <= f.start
            and f.end <= g.end
            for g in findings
        )
        if not shadowed:
            kept.append(f)
    return kept


@lru_cache(maxsize=4)
def default_checker(rules_dir: Path | None = None) -> AdChecker:
    """The checker for the bundled packs (or those in ``rules_dir``), built once per process."""
    return AdChecker(load_rules(rules_dir))
