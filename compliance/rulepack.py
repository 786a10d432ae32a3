"""Rule packs: the tier-1 check's rules as data (``compliance/rules/*.yaml``).

Each rule names the article it enforces (``law``, and ``article``: the short citation), a
``severity`` (``banned``: the law forbids the wording; ``sensitive``: a human must judge the
context; ``needs_evidence``: allowed only with proof, e.g. a reference price or a certificate),
a ``suggestion`` for the rewrite and the ``replacement`` wording a finding's ``rewrite`` uses.
Terms and patterns are matched by ``nlp.admatch`` on normalised text, so packs list plain
simplified words only.

A pack may also declare *contexts*: the situations in which a lawyer reads the same words
differently (an objective specification with units, a time word, a promotion's cap, first-person
preference, a quoted customer's opinion, an officially awarded title). A context is a set of
regular expressions run on the copy as written (full width folded, lower case); it applies to a
finding that its match covers (or, when the pattern has a group named ``scope``, that the group
covers). Its ``effect`` clears the finding (``clear``) or sets its severity (``sensitive``,
``needs_evidence``), and its ``reason`` is the explanation the finding carries. A rule lists,
in order, the contexts it accepts; the first that applies wins.

A pack may declare a *lexicon*: named word lists (``supplement: [鱼油, 氨糖, 辅酶\\s*q10]``)
that any pattern of any pack writes as ``{{supplement}}``; loading puts the alternation
``(?:鱼油|氨糖|辅酶\\s*q10)`` in its place before the pattern is checked and compiled, so a
vocabulary that several rules read (ailments, supplements, words for relief) is written once.
Each entry is a regular expression alternative (most are plain words); a name defined twice or
used but not defined is refused. The words of prices (``reference_price``, ``own_reference_price``,
``price_asked``, ``sale_price``, ``marked_price``, ``raised_since``) are
``compliance.pricemath.PRICE_LEXICON``'s: the checks that weigh a price's figures and the
patterns that find them read one list.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache, partial
from importlib import resources
from pathlib import Path

# Python's own regex parser, as nlp.prefilter reads it (``sre_parse`` is its deprecated alias).
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, field_validator

from compliance.pricemath import PRICE_LEXICON, VERIFIERS
from nlp.normalize import normalize
from nlp.prefilter import check_pattern
from radar import yamlfile

Severity = Literal["banned", "sensitive", "needs_evidence"]
SEVERITY_RANK: dict[str, int] = {"needs_evidence": 1, "sensitive": 2, "banned": 3}
ContextEffect = Literal["clear", "sensitive", "needs_evidence"]


def _compile_all(value: list[str]) -> list[str]:
    """Every pattern would compile (checked without compiling: ``nlp.prefilter.check_pattern``;
    the check compiles a pattern when it first runs)."""
    for pattern in value:
        try:
            check_pattern(pattern)
        except re.error as exc:
            raise ValueError(f"pattern {pattern!r} does not compile: {exc}") from exc
    return value


# Context patterns read the copy as written, folded without changing its length, so their
# offsets are the finding's: full-width ASCII to half width, Latin to lower case.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FOLD |= {cp: cp + 32 for cp in range(ord("A"), ord("Z") + 1)}
_FOLD |= {cp: cp - 0xFEE0 + 32 for cp in range(0xFF21, 0xFF3B)}
# ``str.translate`` looks up every character of a non-ASCII text (slow); instead each distinct
# foldable character present is replaced once (no target is itself foldable, so order is free).
_FOLDABLE = re.compile("[A-Z\uff01-\uff5e\u3000]")
_FOLD_CHAR = {chr(cp): chr(target) for cp, target in _FOLD.items()}


def fold_for_contexts(text: str) -> str:
    """``text`` as context patterns read it: full-width ASCII and the ideographic space to half
    width, Latin to lower case, nothing else changed (the same length, so a context's spans are
    the copy's)."""
    for ch in set(_FOLDABLE.findall(text)):
        text = text.replace(ch, _FOLD_CHAR[ch])
    return text


_REPEATS = {sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", -1)}


def _rules_reading(text: str) -> str:
    return normalize(text, "evasion")


#: How each kind of pattern reads the copy (rule patterns and their exceptions; context
#: patterns), and how the loader says so when a pattern needs a character that reading changes.
_READINGS: dict[bool, tuple[Callable[[str], str], Callable[[str, str], str]]] = {
    False: (
        _rules_reading,
        lambda char, read: (
            "which the check never sees: it reads the copy through "
            "nlp.normalize's evasion mode, which "
            + (
                f"reads it as {read!r}; write that"
                if read
                else "drops spaces, punctuation and symbols; make it optional"
            )
        ),
    ),
    True: (
        fold_for_contexts,
        lambda char, read: (
            "which a context never sees: it reads the copy folded, "
            f"{char!r} as {read!r}; write that"
        ),
    ),
}


@cache
def _unseen(char: str, contexts: bool = False) -> bool:
    """The text a pattern reads never holds ``char``: the evasion normaliser drops it
    (punctuation, symbols, spaces, emoji) or folds it into another (Ｋ and K into k, 壹 and ① into
    一 and 1, 國 into 国); for a context pattern (``contexts``), ``fold_for_contexts`` folds it."""
    return _READINGS[contexts][0](char) != char


def _required_unseen(items: Any, unseen: Callable[[str], bool], required: bool = True) -> str:
    """The first character a match (of the pattern, or of one of its branches) must contain
    that the text it reads never has (``unseen``); "" when there is none."""
    for op, av in items:
        if op is sre_parse.LITERAL and required and unseen(chr(av)):
            return chr(av)
        if op is sre_parse.IN and required:
            # A class of nothing but unseen characters ([，,], [:：]) is as unreadable as one.
            members = [chr(v) for o, v in av if o is sre_parse.LITERAL]
            if members and len(members) == len(av) and all(map(unseen, members)):
                return members[0]
            continue
        if op is sre_parse.SUBPATTERN:
            found = _required_unseen(av[-1], unseen, required)
        elif op is sre_parse.BRANCH:
            found = next((c for b in av[1] if (c := _required_unseen(b, unseen, required))), "")
        elif op in _REPEATS:
            found = _required_unseen(av[2], unseen, required and av[0] > 0)
        else:
            continue
        if found:
            return found
    return ""


@cache
def _unreadable(pattern: str, contexts: bool = False) -> str:
    """``_required_unseen`` of a rule's pattern (or, ``contexts``, a context's), parsed once per
    process (packs load many times)."""
    return _required_unseen(sre_parse.parse(pattern), partial(_unseen, contexts=contexts))


def _readable_all(value: list[str], contexts: bool = False) -> list[str]:
    """Rule patterns and their exceptions read the copy after ``nlp.normalize``'s evasion mode,
    which drops spaces, punctuation and symbols (最*好 reads as 最好) and folds look-alikes (KET
    reads as ket, 第壹 as 第一); context patterns (``contexts``) read it as written, full-width
    ASCII folded to half width and Latin to lower case (``fold_for_contexts``). A pattern, or a
    branch of one, that needs a character its reading changes never matches: refused."""
    fold, says = _READINGS[contexts]
    for pattern in _compile_all(value):
        if char := _unreadable(pattern, contexts):
            kind = "context pattern" if contexts else "pattern"
            raise ValueError(
                f"{kind} {pattern!r} (or a branch of it) needs {char!r}, "
                f"{says(char, fold(char))} or leave it out"
            )
    return value


class GoodsCitation(BaseModel):
    """An article that applies as well when the copy names goods of a kind: a disease claim is
    barred from every ad by 《广告法》第十七条, and from a health food's ad by 第十八条 too."""

    goods: str = Field(min_length=2, description="A regex naming the goods in the copy as read.")
    law: str = Field(min_length=4, description="The further article, with its text.")
    article: str = Field(min_length=4, description="Its short citation.")

    @field_validator("goods")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _compile_all([value])[0]


def _known_verifier(value: str | None) -> str | None:
    """``value`` when it names a check of ``compliance.pricemath.VERIFIERS`` (or is None)."""
    if value is not None and value not in VERIFIERS:
        raise ValueError(f"unknown check {value!r} (known: {', '.join(sorted(VERIFIERS))})")
    return value


class RuleSpec(BaseModel):
    """One rule of a pack."""

    id: str = Field(pattern=r"^[A-Z0-9][A-Z0-9-]*$")
    category: str = Field(min_length=1)
    severity: Severity
    law: str = Field(min_length=4, description="The article this rule enforces, with its text.")
    article: str = Field(
        default="", description="Short citation (default: ``law`` up to its first colon)."
    )
    why: str = Field(default="", description="Why the wording falls under the article.")
    suggestion: str = Field(min_length=2)
    replacement: str | None = Field(
        default=None,
        description="Wording that replaces a matched span in the finding's rewrite ('' drops "
        "it); null: no rewrite (the copy stays, with evidence).",
    )
    replacements: dict[str, str] = Field(
        default_factory=dict, description="Per listed term, a better replacement."
    )
    terms: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    exceptions: list[str] = Field(default_factory=list)
    exception_patterns: list[str] = Field(default_factory=list)
    contexts: list[str] = Field(
        default_factory=list, description="Ids of the contexts this rule accepts, in order."
    )
    within_clause: bool = Field(
        default=False,
        description="A match may not span a clause break (，；。) of the copy as written: the "
        "claim is one clause (90%的顾客), and words split across two say something else.",
    )
    also_cites: list[GoodsCitation] = Field(
        default_factory=list,
        description="Further articles a finding cites when the copy names goods of a kind.",
    )
    verify: str | None = Field(
        default=None,
        description="A check of ``compliance.pricemath.VERIFIERS`` the matched span must pass "
        "for the match to stand (arithmetic no pattern can do: a discount that does not add "
        "up).",
    )

    @field_validator("patterns")
    @classmethod
    def _readable(cls, value: list[str]) -> list[str]:
        return _readable_all(value)

    @field_validator("exception_patterns")
    @classmethod
    def _readable_exceptions(cls, value: list[str]) -> list[str]:
        return _readable_all(value)

    @field_validator("verify")
    @classmethod
    def _known_check(cls, value: str | None) -> str | None:
        return _known_verifier(value)

    def short_article(self) -> str:
        """``article``, or ``law`` up to its first colon."""
        return self.article or re.split("[:：]", self.law, maxsplit=1)[0]


class ContextSpec(BaseModel):
    """A situation in which a rule's words mean something else (see the module docstring)."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    effect: ContextEffect
    reason: str = Field(min_length=4, description="The explanation a finding carries.")
    patterns: list[str] = Field(min_length=1)
    verify: str | None = Field(
        default=None,
        description="A check of ``compliance.pricemath.VERIFIERS`` a pattern's match must pass "
        "for the context to apply (arithmetic no pattern can do: a markdown of at most a "
        "fifth).",
    )

    @field_validator("patterns")
    @classmethod
    def _readable(cls, value: list[str]) -> list[str]:
        return _readable_all(value, contexts=True)

    @field_validator("verify")
    @classmethod
    def _known_check(cls, value: str | None) -> str | None:
        return _known_verifier(value)


class RulePack(BaseModel):
    """A YAML file of rules (and contexts, and a lexicon its patterns and others' may use)."""

    pack: str
    title: str
    rules: list[RuleSpec] = Field(default_factory=list)
    contexts: list[ContextSpec] = Field(default_factory=list)
    lexicon: dict[str, list[str]] = Field(default_factory=dict)


class RulePackError(Exception):
    """A rule pack is malformed (the message names the file and the problem); in the API, a
    server misconfiguration (500, logged)."""


@dataclass(frozen=True)
class RuleSet:
    """The rules and contexts of a directory of packs."""

    rules: list[RuleSpec]
    contexts: list[ContextSpec]


#: A lexicon name as a pattern writes it: ``{{supplement}}``.
_LEXICON_REF = re.compile(r"\{\{([a-z][a-z0-9_]*)\}\}")
_LEXICON_NAME = re.compile(r"[a-z][a-z0-9_]*")


def _parse(name: str, text: str) -> dict[str, Any]:
    try:
        raw = yamlfile.load(text)
    except yaml.YAMLError as exc:
        raise RulePackError(f"rule pack {name}: {exc}") from exc
    if not isinstance(raw, dict):
        raise RulePackError(f"rule pack {name}: not a mapping of pack, title, rules")
    return raw


def _lexicon(raws: list[tuple[str, dict[str, Any]]]) -> dict[str, str]:
    """Every pack's lexicon and ``pricemath.PRICE_LEXICON``, each name as its alternation
    ``(?:a|b)``; a name defined twice, an odd name or an empty or non-text list is refused. A word
    may name another list (``{{surname}}记``, in any pack): expanded in turn; a name no list has,
    or a list that names itself through others, is refused."""
    alternations = {name: "(?:" + "|".join(words) + ")" for name, words in PRICE_LEXICON.items()}
    for name, raw in raws:
        lexicon = raw.get("lexicon") or {}
        if not isinstance(lexicon, dict):
            raise RulePackError(f"rule pack {name}: lexicon must map names to word lists")
        for word_list, words in lexicon.items():
            if not isinstance(word_list, str) or not _LEXICON_NAME.fullmatch(word_list):
                raise RulePackError(f"rule pack {name}: lexicon name {word_list!r} is not a-z_0-9")
            if word_list in alternations:
                raise RulePackError(f"rule pack {name}: lexicon {word_list} is defined twice")
            if not words or not all(isinstance(w, str) and w for w in words):
                raise RulePackError(f"rule pack {name}: lexicon {word_list} needs words")
            alternations[word_list] = "(?:" + "|".join(words) + ")"
    resolved: dict[str, str] = {}

    def resolve(word_list: str, trail: tuple[str, ...]) -> str:
        if word_list in trail:
            cycle = " → ".join((*trail[trail.index(word_list) :], word_list))
            raise RulePackError(f"rule pack lexicon: {cycle} names itself")
        if word_list not in resolved:

            def inner(match: re.Match[str]) -> str:
                name = match.group(1)
                if name not in alternations:
                    raise RulePackError(
                        f"rule pack lexicon: {word_list} names an unknown lexicon {name}"
                    )
                return resolve(name, (*trail, word_list))

            resolved[word_list] = _LEXICON_REF.sub(inner, alternations[word_list])
        return resolved[word_list]

    return {word_list: resolve(word_list, ()) for word_list in alternations}


def _expanded(name: str, raw: dict[str, Any], lexicon: dict[str, str]) -> dict[str, Any]:
    """``raw`` with every ``{{name}}`` in its rules' and contexts' patterns (and the goods a rule
    also cites an article for) replaced by the lexicon's alternation (a name the lexicon lacks is
    refused)."""

    def expand(pattern: object) -> object:
        if not isinstance(pattern, str):
            return pattern
        unknown = sorted({m.group(1) for m in _LEXICON_REF.finditer(pattern)} - lexicon.keys())
        if unknown:
            raise RulePackError(f"rule pack {name}: unknown lexicon {', '.join(unknown)}")
        return _LEXICON_REF.sub(lambda m: lexicon[m.group(1)], pattern)

    def expand_cited(cited: object) -> object:
        if not isinstance(cited, dict):
            return cited
        return {**cited, "goods": expand(cited.get("goods"))}

    out = dict(raw)
    for key, fields in (("rules", ("patterns", "exception_patterns")), ("contexts", ("patterns",))):
        items = raw.get(key)
        if not isinstance(items, list):
            continue
        out[key] = [
            {
                **item,
                **{
                    f: [expand(p) for p in item[f]] for f in fields if isinstance(item.get(f), list)
                },
                **(
                    {"also_cites": [expand_cited(c) for c in item["also_cites"]]}
                    if isinstance(item.get("also_cites"), list)
                    else {}
                ),
            }
            if isinstance(item, dict)
            else item
            for item in items
        ]
    return out


def _read_all(texts: list[tuple[str, str]]) -> list[RulePack]:
    """The packs of ``(file name, text)`` pairs, their lexicons put into every pack's patterns."""
    raws = [(name, _parse(name, text)) for name, text in texts]
    lexicon = _lexicon(raws)
    packs: list[RulePack] = []
    for name, raw in raws:
        try:
            packs.append(RulePack.model_validate(_expanded(name, raw, lexicon)))
        except ValidationError as exc:
            raise RulePackError(f"rule pack {name}: {exc}") from exc
    return packs


def load_packs(directory: Path | None = None) -> RuleSet:
    """Rules and contexts of the packs in ``directory`` (default: the bundled
    ``compliance/rules``); a rule naming an unknown context is refused."""
    texts: list[tuple[str, str]] = []
    if directory is None:
        root = resources.files("compliance.rules")
        for entry in sorted(root.iterdir(), key=lambda e: e.name):
            if entry.name.endswith((".yaml", ".yml")):
                texts.append((entry.name, entry.read_text(encoding="utf-8")))
    else:
        files = sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")])
        if not files:
            raise RulePackError(f"no rule packs (*.yaml) in {directory}")
        texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    packs = _read_all(texts)
    rules = _checked(rule for pack in packs for rule in pack.rules)
    if not rules:
        raise RulePackError("the rule packs hold no rules")
    contexts = [context for pack in packs for context in pack.contexts]
    check_contexts(rules, contexts)
    return RuleSet(rules, contexts)


def load_rules(directory: Path | None = None) -> list[RuleSpec]:
    """All rules of the packs in ``directory`` (default: the bundled ``compliance/rules``)."""
    return load_packs(directory).rules


def check_contexts(rules: Iterable[RuleSpec], contexts: Iterable[ContextSpec]) -> None:
    """Raise ``RulePackError`` on a duplicate context id or a rule naming an unknown one."""
    known: set[str] = set()
    for context in contexts:
        if context.id in known:
            raise RulePackError(f"duplicate context id {context.id}")
        known.add(context.id)
    for rule in rules:
        unknown = [c for c in rule.contexts if c not in known]
        if unknown:
            raise RulePackError(f"rule {rule.id} names unknown context(s) {', '.join(unknown)}")


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
