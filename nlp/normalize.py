"""The one text normaliser of the understand stage, with offsets back into the original.

Two modes, one table of traditional characters (OpenCC's ``TSCharacters``) and one result type:

* ``"standard"`` (the alert lexicon, keywords, the sentiment model): full-width forms fold to
  half width (NFKC), traditional Chinese becomes simplified (OpenCC ``t2s``), invisible
  characters go (BOM, zero-width spaces), runs of one repeated punctuation mark (``！！！`` →
  ``!``) and of whitespace collapse, and emoji stay: on social platforms 😡 and 👍 carry the
  sentiment.
* ``"evasion"`` (the Advertising-Law check, ``nlp.admatch``; seed 002, 合规管理模块: "初审:AI语义
  识别系统(过滤敏感词)"): copywriters dodge keyword filters, so full-width ASCII becomes half
  width and lower case (``ＮＯ．１`` → ``no.1``; the mathematical styles too, ``𝐍𝐨.𝟏``),
  enclosed digits and numerals become the digit or numeral (``第①`` → ``第1``, ``第㊀`` →
  ``第一``), traditional characters become simplified one by one (``國家級`` → ``国家级``),
  and spaces, punctuation, symbols, emoji, zero-width and combining characters are *dropped*
  (``最*好``, ``第 一``, ``最\u200b佳`` read as the plain term), except ``%``, which is part
  of terms such as ``100%``, and ``®``, a registration claim of its own. Its table is applied
  as two regex character classes (characters it drops, characters it folds): a C scan each,
  and Python code only per run of folded characters, never per character (``str.translate``
  with a dict looks every character up, about 4x slower on Chinese copy).

Findings must point into the text the user wrote, not into the normalised form, so
``normalize_with_offsets`` returns a ``NormalizedText``: the normalised text plus, for every
normalised character, the span of original characters it came from; ``original_span`` maps a
normalised ``[start, end)`` back. ``normalize`` is the same text without the offsets, faster.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import accumulate, chain, repeat
from operator import add
from typing import Literal

import opencc

Mode = Literal["standard", "evasion"]

# Dropped in both modes: they are invisible and break matching (a BOM inside 过\u200b期).
_INVISIBLE = frozenset("\ufeff\u200b\u200c\u200d\u2060\u00ad")
#: The code points that join or modify an emoji without being a character of their own: the
#: zero-width joiner with the emoji it joins on, variation selectors, skin tones, tag characters,
#: the keycap mark.
_EMOJI_PARTS = re.compile(
    "\u200d.|[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\u20e3]", re.DOTALL
)
#: The evasion mode's mark for a dropped character inside its translate table.
_DROP = "\x00"
#: Symbols that carry meaning inside ad-law terms and therefore survive the evasion mode (®, the
#: registered mark, is a claim of its own: 《商标法》第五十二条).
_KEEP_SYMBOLS = frozenset("%®")
#: The first code point of each run of enclosed digits one to nine (①, ⑴, ⒈, ❶, ➀, ➊): the
#: evasion mode reads them as the digit (排名第① is 排名第1); ⑩ and above would need two
#: characters and stay as written.
_ENCLOSED_ONE_TO_NINE = (0x2460, 0x2474, 0x2488, 0x2776, 0x2780, 0x278A)
#: Ranges scanned for droppable characters (BMP and the emoji/pictograph planes' blocks).
_SCAN_RANGES = ((0, 0x10000), (0x1F000, 0x1FB00), (0xE0000, 0xE0080))


@dataclass(frozen=True, slots=True, eq=False)
class NormalizedText:
    """A normalised text plus, per character ``i``, the ``[starts[i], ends[i])`` it covers in
    the original. Spans never go backwards; characters dropped from the original lie between
    two spans; one original character expanded by NFKC (``ﬁ`` → ``fi``) gives equal spans.
    Compare two of them by ``text`` and ``spans`` (the maps may be ranges or lists)."""

    text: str
    starts: Sequence[int]
    ends: Sequence[int]

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` in the original of every normalised character."""
        return tuple(zip(self.starts, self.ends, strict=True))

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised ``[start, end)`` (end > start) to a span of the original text."""
        if not 0 <= start < end <= len(self.text):
            raise ValueError(f"span [{start}, {end}) outside normalised text of {len(self.text)}")
        return self.starts[start], self.ends[end - 1]

    def widest_gap(self, start: int, end: int, original: str | None = None) -> int:
        """Longest run of dropped original characters inside the normalised ``[start, end)``.

        Given the ``original`` text, a run counts what a reader sees: the joiners, variation
        selectors and skin-tone modifiers inside an emoji sequence add nothing (``!💇‍♀️`` is two
        characters, not five code points)."""
        starts, ends = self.starts, self.ends
        widest = 0  # an expanded character gives a gap of -1, not a gap
        for i in range(start, end - 1):
            gap = starts[i + 1] - ends[i]
            if gap > widest and original is not None:
                gap -= sum(map(len, _EMOJI_PARTS.findall(original, ends[i], starts[i + 1])))
            widest = max(widest, gap)
        return widest


def normalize(text: str, mode: Mode = "standard") -> str:
    """Normalised form of ``text`` in ``mode`` (see the module docstring).

    The same text as ``normalize_with_offsets(text, mode).text`` (a test holds them equal),
    built with whole-string operations instead of a loop per character: about 5x faster, which
    matters for the sentiment model and keywords, which do not need the offsets.
    """
    if mode == "evasion":
        dropped, folded = _evasion_classes()
        return _fold_evasion(dropped.sub("", text), folded)
    return _finish("".join(map(_fold_char, text)))


def normalize_with_offsets(text: str, mode: Mode = "standard") -> NormalizedText:
    """Normalise ``text`` in ``mode`` and keep, per output character, its span in ``text``.

    Most texts change only character by character (full-width punctuation, traditional
    characters): then the spans are the identity and are built without a loop per character.
    """
    if mode == "evasion":
        return _evasion_with_offsets(text)
    parts = list(map(_fold_char, text))
    if all(len(p) == 1 for p in parts):
        norm = _finish("".join(parts))
        if len(norm) == len(text):  # nothing dropped, expanded or collapsed
            return _identity(norm)
    return _normalize_with_offsets_by_character(text)


def _identity(text: str) -> NormalizedText:
    return NormalizedText(text, range(len(text)), range(1, len(text) + 1))


# --- the table of traditional characters (shared by both modes) ---------------------------


@lru_cache(maxsize=1)
def _ts_characters() -> dict[int, str]:
    """Traditional → simplified single characters (the first candidate) from OpenCC's
    ``TSCharacters`` dictionary."""
    # The reimplementation has no API for its tables; read its character dictionary directly.
    source = resources.files("opencc").joinpath("dictionary", "TSCharacters.txt")
    table: dict[int, str] = {}
    with source.open(encoding="utf-8") as fh:
        for line in fh:
            key, _, values = line.rstrip("\n").partition("\t")
            target = values.split(" ")[0]
            if len(key) == 1 and len(target) == 1 and target != key:
                table[ord(key)] = target
    return table


@lru_cache(maxsize=1)
def _t2s_chars() -> frozenset[str]:
    """Traditional characters; used only to skip OpenCC (0.5 ms/text) when a text has none."""
    return frozenset(map(chr, _ts_characters()))


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def _to_simplified(folded: str) -> str:
    """OpenCC ``t2s`` (phrase-aware) when it keeps the length, else character by character,
    so offsets stay exact."""
    if not folded or _t2s_chars().isdisjoint(folded):
        return folded
    converted = _converter().convert(folded)
    return converted if len(converted) == len(folded) else folded.translate(_ts_characters())


# --- standard mode --------------------------------------------------------------------------


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    # NFKC turns U+3000 and other odd spaces into " "; tabs and newlines stay (line structure).
    return "" if ch in _INVISIBLE else unicodedata.normalize("NFKC", ch)


def _is_punct(ch: str) -> bool:
    return unicodedata.category(ch).startswith("P")


def _normalize_with_offsets_by_character(text: str) -> NormalizedText:
    """The general case of the standard mode (and the reference the tests hold to)."""
    chars: list[str] = []
    spans: list[tuple[int, int]] = []
    for i, ch in enumerate(text):
        for out in _fold_char(ch):
            chars.append(out)
            spans.append((i, i + 1))
    folded = _to_simplified("".join(chars))
    # Collapse runs of one punctuation mark and of whitespace into the first of the run.
    out_chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for ch, (start, end) in zip(folded, spans, strict=True):
        if out_chars:
            prev = out_chars[-1]
            same_punct = ch == prev and _is_punct(ch)
            both_space = ch.isspace() and prev.isspace() and ch != "\n" and prev != "\n"
            if same_punct or both_space:
                ends[-1] = end
                continue
        out_chars.append(" " if ch.isspace() and ch != "\n" else ch)
        starts.append(start)
        ends.append(end)
    return NormalizedText("".join(out_chars), starts, ends)


# Runs of one repeated character (collapsed only when it is punctuation, ``_collapse_punct``)
# and of whitespace other than newlines.
_REPEAT = re.compile(r"(\S)\1+")
_SPACES = re.compile(r"[^\S\n]+")


def _collapse_punct(match: re.Match[str]) -> str:
    return match.group(1) if _is_punct(match.group(1)) else match.group(0)


def _finish(folded: str) -> str:
    """Script conversion and run collapsing of an already width-folded text."""
    return _SPACES.sub(" ", _REPEAT.sub(_collapse_punct, _to_simplified(folded)))


# --- evasion mode ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _evasion_table() -> dict[int, str]:
    """One translate table: fold (1:1) or mark as dropped (``_DROP``)."""
    table: dict[int, str] = dict(_ts_characters())
    for cp in range(0xFF01, 0xFF5F):  # full-width ASCII
        table[cp] = chr(cp - 0xFEE0)
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    for cp in range(ord("Ａ"), ord("Ｚ") + 1):
        table[cp] = chr(cp - 0xFEE0 + 32)
    for first in _ENCLOSED_ONE_TO_NINE:  # 排名第① → 排名第1 (one digit: the fold is 1:1)
        for digit in range(9):
            table[first + digit] = str(digit + 1)
    table[ord("⓪")] = table[ord("⓿")] = "0"
    for first in (0x3220, 0x3280):  # ㈠ … ㈩, ㊀ … ㊉: 第㊀名 is 第一名
        for n, numeral in enumerate("一二三四五六七八九十"):
            table[first + n] = numeral
    # The formal numerals that are nothing but numerals (业内第壹 is 业内第一); 伍, 陆, 拾 … are
    # words too (队伍, 陆续, 收拾) and stay.
    for formal, numeral in (("壹", "一"), ("贰", "二"), ("貳", "二"), ("叁", "三")):
        table[ord(formal)] = numeral
    for cp in range(0x1D400, 0x1D800):  # styled letters and digits (𝐍𝐨.𝟏, 𝙉𝙊𝟭) are plain ones
        plain = unicodedata.normalize("NFKC", chr(cp))
        if len(plain) == 1 and plain.isascii() and plain.isalnum():
            table[cp] = plain.lower()
    for lo, hi in _SCAN_RANGES:
        for cp in range(lo, hi):
            ch = chr(cp)
            target = table.get(cp, ch)
            if target in _KEEP_SYMBOLS:
                continue
            cat = unicodedata.category(target)
            if cat[0] in "ZPS" or cat in ("Cc", "Cf", "Mn", "Me"):
                table[cp] = _DROP
    return table


@lru_cache(maxsize=1)
def _evasion_classes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``_evasion_table`` as two regexes: a run of characters it drops, a run it folds."""
    table = _evasion_table()
    dropped = sorted(cp for cp, target in table.items() if target == _DROP)
    folded = sorted(cp for cp, target in table.items() if target != _DROP)
    # The dropped runs are captured: ``split`` then returns kept and dropped runs alike.
    return re.compile(f"({_char_class(dropped)})"), re.compile(_char_class(folded))


def _char_class(codepoints: Sequence[int]) -> str:
    """A regex matching a run of the sorted ``codepoints``, written for speed: ``re`` skips
    to a possible start with one bitmap lookup per character when the pattern begins with a
    class of BMP characters, but tries ranges beyond the BMP one by one. So the class is the
    BMP members plus every character beyond the BMP, and a look-behind turns away those of
    the latter that are not members (tested only on characters the class took)."""
    inside = _ranges(codepoints)
    outside = _gaps(inside, 0x10000, 0x10FFFF)
    bmp = "".join(rf"\U{lo:08x}-\U{min(hi, 0xFFFF):08x}" for lo, hi in inside if lo <= 0xFFFF)
    one = rf"[{bmp}\U00010000-\U0010ffff]"
    if outside:
        one += "(?<![" + "".join(rf"\U{lo:08x}-\U{hi:08x}" for lo, hi in outside) + "])"
    return f"{one}(?:{one})*"


def _gaps(ranges: Sequence[tuple[int, int]], lo: int, hi: int) -> list[tuple[int, int]]:
    """The ``(first, last)`` runs of ``[lo, hi]`` that none of the sorted, disjoint ``ranges``
    covers (walking the runs, not the million codepoints beyond the BMP)."""
    gaps: list[tuple[int, int]] = []
    at = lo
    for first, last in ranges:
        if last < at:
            continue
        if first > hi:
            break
        if first > at:
            gaps.append((at, first - 1))
        at = last + 1
    if at <= hi:
        gaps.append((at, hi))
    return gaps


def _ranges(codepoints: Sequence[int]) -> list[tuple[int, int]]:
    """Sorted codepoints as ``(first, last)`` runs of consecutive ones."""
    ranges: list[tuple[int, int]] = []
    for cp in codepoints:
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return ranges


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_evasion_table())


def _fold_evasion(kept: str, folded: re.Pattern[str]) -> str:
    """Fold the characters the table maps 1:1 (``kept`` holds no dropped character)."""
    return folded.sub(_fold_run, kept) if folded.search(kept) else kept


def _evasion_with_offsets(text: str) -> NormalizedText:
    dropped, folded = _evasion_classes()
    # Kept and dropped runs alternate (kept first; either may be empty): split in C, then
    # every kept character covers exactly its own original character, built by C-level
    # iterators from the runs' lengths (no loop per character).
    runs = dropped.split(text)
    if len(runs) == 1:
        return _identity(_fold_evasion(text, folded))
    bounds = list(accumulate(map(len, runs), initial=0))
    kept = list(chain.from_iterable(map(range, bounds[0::2], bounds[1::2])))
    squeezed = _fold_evasion("".join(runs[0::2]), folded)
    return NormalizedText(squeezed, kept, list(map(add, kept, repeat(1))))
