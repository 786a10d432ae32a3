"""Rule packs: the tier-1 check's rules as data (``compliance/rules/*.yaml``).

Each rule names the article it enforces (``law``), a ``severity`` (``banned``: the law forbids the
wording; ``sensitive``: a human must judge the context; ``needs_evidence``: allowed only with
proof, e.g. a reference price) and a suggested rewrite. Terms and patterns are matched by
``nlp.admatch`` on normalised text, so packs list plain simplified words only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

Severity = Literal["banned", "sensitive", "needs_evidence"]
SEVERITY_RANK: dict[str, int] = {"needs_evidence": 1, "sensitive": 2, "banned": 3}


class RuleSpec(BaseModel):
    """One rule of a pack."""

    id: str = Field(pattern=r"^[A-Z0-9][A-Z0-9-]*$")
    category: str = Field(min_length=1)
    severity: Severity
    law: str = Field(min_length=4, description="The article this rule enforces.")
    suggestion: str = Field(min_length=2)
    terms: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    exceptions: list[str] = Field(default_factory=list)
    exception_patterns: list[str] = Field(default_factory=list)

    @field_validator("patterns", "exception_patterns")
    @classmethod
    def _compiles(cls, value: list[str]) -> list[str]:
        for pattern in value:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from exc
        return value


class RulePack(BaseModel):
    """A YAML file of rules."""

    pack: str
    title: str
    rules: list[RuleSpec]


class RulePackError(ValueError):
    """A rule pack is malformed (the message names the file and the problem)."""


def _read(name: str, text: str) -> RulePack:
    try:
        return RulePack.model_validate(yaml.safe_load(text))
    except (yaml.YAMLError, ValidationError) as exc:
        raise RulePackError(f"rule pack {name}: {exc}") from exc


def load_rules(directory: Path | None = None) -> list[RuleSpec]:
    """All rules of the packs in ``directory`` (default: the bundled ``compliance/rules``)."""
    packs: list[RulePack] = []
    if directory is None:
        root = resources.files("compliance.rules")
        for entry in sorted(root.iterdir(), key=lambda e: e.name):
            if entry.name.endswith((".yaml", ".yml")):
                packs.append(_read(entry.name, entry.read_text(encoding="utf-8")))
    else:
        files = sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])
        if not files:
            raise RulePackError(f"no rule packs (*.yaml) in {directory}")
        packs = [_read(p.name, p.read_text(encoding="utf-8")) for p in files]
    return _checked(rule for pack in packs for rule in pack.rules)


def _checked(rules: Iterable[RuleSpec]) -> list[RuleSpec]:
    seen: set[str] = set()
    out: list[RuleSpec] = []
    for rule in rules:
        if rule.id in seen:
            raise RulePackError(f"duplicate rule id {rule.id}")
        if not rule.terms and not rule.patterns:
            raise RulePackError(f"rule {rule.id} has neither terms nor patterns")
        seen.add(rule.id)
        out.append(rule)
    return out
