"""Text normalisation shared by the alert lexicon, keywords and the sentiment model.

``normalize(text)`` folds full-width forms to half width (NFKC), converts traditional to
simplified Chinese (OpenCC ``t2s``), drops invisible characters (BOM, zero-width spaces),
collapses runs of one repeated punctuation mark (``！！！`` → ``!``) and of whitespace, and keeps
emoji untouched: on social platforms 😡 and 👍 carry the sentiment.

Alerts must point into the text the user wrote, not into this normalised form, so
``normalize_with_offsets`` also returns, for every normalised character, the span of original
characters it came from; ``NormalizedText.original_span`` maps a normalised ``[start, end)`` back.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import opencc

# Dropped outright: they are invisible and break matching (a BOM inside 过\u200b期).
_INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u2060\u00ad")


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _t2s_chars() -> frozenset[str]:
    """Traditional characters OpenCC knows; used only to skip OpenCC (0.5 ms/text) when none."""
    # The reimplementation has no API for its tables; read its character dictionary directly.
    source = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt")
    keys = set()
    with source.open(encoding="utf-8") as fh:
        for line in fh:
            key, _, value = line.partition("\t")
            if len(key) == 1 and value.split()[:1] != [key]:
                keys.add(key)
    return frozenset(keys)


def _needs_t2s(text: str) -> bool:
    return not _t2s_chars().isdisjoint(text)


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    if ch in _INVISIBLE:
        return ""
    folded = unicodedata.normalize("NFKC", ch)
    # NFKC turns U+3000 and other odd spaces into " "; tabs and newlines stay (line structure).
    return folded


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised text plus, per character, the ``[start, end)`` it covers in the original."""

    text: str
    spans: tuple[tuple[int, int], ...]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` (end > start) to a span of the original text."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalised text of {len(self.text)}")
        return self.spans[start][0], self.spans[end - 1][1]


def normalize_with_offsets(text: str) -> NormalizedText:
    """Normalise ``text`` and keep, per output character, its span in ``text``.

    Most texts change only character by character (full-width punctuation, traditional
    characters): then the spans are the identity and are built without a loop per character.
    """
    parts = list(map(_fold_char, text))
    if all(len(p) == 1 for p in parts):
        norm = _finish("".join(parts))
        if len(norm) == len(text):  # nothing dropped, expanded or collapsed
            size = len(text)
            return NormalizedText(norm, tuple(zip(range(size), range(1, size + 1), strict=True)))
    return _normalize_with_offsets_by_character(text)


def _normalize_with_offsets_by_character(text: str) -> NormalizedText:
    """The general case of ``normalize_with_offsets`` (and the reference the tests hold to)."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        for out in _fold_char(ch):
            chars.append(out)
            spans.append((i, i + 1))
    folded = "".join(chars)
    if folded and _needs_t2s(folded):
        converted = _converter().convert(folded)
        if len(converted) == len(folded):
            folded = converted
        else:  # a phrase rule changed the length: convert char by char to keep offsets exact
            folded = "".join(_converter().convert(c)[:1] or c for c in folded)
    # Collapse runs of one punctuation mark and of whitespace into the first of the run.
    out_chars: list[str] = []
    out_spans: list[tuple[int, int]] = []
    for ch, span in zip(folded, spans, strict=True):
        if out_chars:
            prev = out_chars[-1]
            same_punct = ch == prev and _is_punct(ch)
            both_space = ch.isspace() and prev.isspace() and ch != "\n" and prev != "\n"
            if same_punct or both_space:
                out_spans[-1] = (out_spans[-1][0], span[1])
                continue
        out_chars.append(" " if ch.isspace() and ch != "\n" else ch)
        out_spans.append(span)
    return NormalizedText("".join(out_chars), tuple(out_spans))


# Runs of one repeated character (collapsed only when it is punctuation, ``_collapse_punct``)
# and of whitespace other than newlines.
_REPEAT = re.compile(r"(\S)\1+")
_SPACES = re.compile(r"[^\S\n]+")


def _collapse_punct(match: re.Match[str]) -> str:
    return match.group(1) if _is_punct(match.group(1)) else match.group(0)


def normalize(text: str) -> str:
    """Normalised form of ``text`` (width, script, punctuation runs; emoji kept).

    The same text as ``normalize_with_offsets(text).text`` (a test holds them equal), built with
    whole-string operations instead of a loop per character: about 5x faster, which matters for
    the sentiment model and keywords, which do not need the offsets.
    """
    return _finish("".join(map(_fold_char, text)))


def _finish(folded: str) -> str:
    """Script conversion and run collapsing of an already width-folded text."""
    if folded and _needs_t2s(folded):
        converted = _converter().convert(folded)
        if len(converted) == len(folded):
            folded = converted
        else:
            folded = "".join(_converter().convert(c)[:1] or c for c in folded)
    return _SPACES.sub(" ", _REPEAT.sub(_collapse_punct, folded))
