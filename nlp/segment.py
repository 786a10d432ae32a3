"""jieba segmentation with the domain dictionary, shared by indexing and querying.

The store indexes ``tokenize(title + text)`` and segments queries with ``query_tokens``; both
backends (SQLite FTS5 and Elasticsearch's whitespace-analysed ``tokens`` field) therefore
tokenise alike. Index tokens use jieba's search mode (a compound such as 食品安全 also yields 食品
and 安全) so that a precise-mode query token always finds its compound.

The segmentation is jieba's dictionary cut (precise mode, HMM off) run by ``_Segmenter``: the
same algorithm over the same dictionary (jieba's plus ``nlp/data/userdict.txt``) with the same
floating-point arithmetic, so it returns exactly what ``jieba.Tokenizer.cut(text, HMM=False)``
returns, in less than half the time (``bench.store`` prints both). jieba builds its word graph
(``get_DAG``) and then its best route (``calc``) in two passes, computing ``log(freq) -
log(total)`` for every candidate word of every text; ``_Segmenter`` takes those weights from a
table computed once when the dictionary loads and finds the route in the same right-to-left
pass that walks the dictionary prefixes. ``reference_tokenize`` and ``reference_query_tokens``
run jieba's own code: ``tests/nlp/test_segment_reference.py`` checks the two agree token for
token.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from importlib import resources
from math import inf, log

import jieba

jieba.setLogLevel(logging.WARNING)  # its start-up banner is noise on stderr

_init_lock = threading.Lock()
_loaded: list[_Segmenter] = []  # the process-wide segmenter, once loaded
_reference: list[jieba.Tokenizer] = []  # jieba's own tokenizer, loaded for comparisons only


def _jieba_tokenizer() -> jieba.Tokenizer:
    """A jieba tokenizer with its dictionary and the domain user dictionary loaded (~0.8 s)."""
    tok = jieba.Tokenizer()
    tok.initialize()
    userdict = resources.files("nlp.data").joinpath("userdict.txt")
    with resources.as_file(userdict) as path:
        tok.load_userdict(str(path))
    return tok


# A token is kept when it has a letter or digit (any script); punctuation and spaces are not.
_WORDLIKE = re.compile(r"[^\W_]")
# jieba's own patterns: the runs it segments with the dictionary, and what it skips.
_HAN_RUN = jieba.re_han_default
# Single ASCII letters or digits next to each other are glued into one word (jieba's re_eng).
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_RUN_SYMBOLS = "+#&._%-"
_ABSENT = object()


class _Segmenter:
    """jieba's precise cut without the HMM, over a weight table computed once.

    ``weights`` maps every key of jieba's prefix dictionary ``FREQ`` to ``log(freq) -
    log(total)`` when it is a word (freq > 0) and to None when it is only a prefix of one.
    Each candidate's score is that weight plus the best score of the rest of the run, added in
    the order jieba adds them, and ties go to the longer word as in jieba's ``max`` over
    ``(score, end)`` pairs, so the chosen route is jieba's to the last bit.
    """

    __slots__ = ("_get", "_unknown")

    def __init__(self, freq: dict[str, int], total: int) -> None:
        logtotal = log(total)
        weights: dict[str, float | None] = {
            word: (log(count) - logtotal) if count else None for word, count in freq.items()
        }
        self._get = weights.get
        # jieba scores a character that starts no dictionary word as log(1) - log(total).
        self._unknown = log(1) - logtotal

    def cut(self, text: str) -> list[str]:
        """``jieba.Tokenizer.cut(text, HMM=False)`` less the pieces without a letter or digit
        (punctuation, spaces), which no caller keeps."""
        words: list[str] = []
        for run in _HAN_RUN.split(text):
            if not run:
                continue
            if _HAN_RUN.match(run):
                self._cut_run(run, words)
            else:
                # Outside the runs jieba yields every character on its own.
                words.extend(c for c in run if _WORDLIKE.search(c))
        return words

    def search_tokens(self, words: list[str]) -> list[str]:
        """jieba's search mode from its precise cut ``words``: before each word longer than two
        characters the dictionary's 2-grams inside it, then (longer than three) its 3-grams.

        A gram of a word without letters or digits has none either, so dropping such words
        first (``cut`` does) drops nothing else; a gram itself can still be punctuation.
        """
        get = self._get
        index: list[str] = []
        for word in words:
            size = len(word)
            if size > 2:
                for i in range(size - 1):
                    gram = word[i : i + 2]
                    if get(gram) is not None and _WORDLIKE.search(gram):
                        index.append(gram)
                if size > 3:
                    for i in range(size - 2):
                        gram = word[i : i + 3]
                        if get(gram) is not None and _WORDLIKE.search(gram):
                            index.append(gram)
            index.append(word)
        return index

    def _cut_run(self, run: str, words: list[str]) -> None:
        get, absent = self._get, _ABSENT
        n = len(run)
        score = [0.0] * (n + 1)
        end = [0] * n  # end[k]: where the best-route word starting at k ends (exclusive)
        for k in range(n - 1, -1, -1):
            best_end = 0
            best = -inf
            j = k + 1
            weight = get(run[k], absent)
            while weight is not absent:
                if weight is not None:
                    candidate = weight + score[j]  # type: ignore[operator]
                    if candidate >= best:
                        best, best_end = candidate, j
                if j == n:
                    break
                j += 1
                weight = get(run[k:j], absent)
            if not best_end:
                best, best_end = self._unknown + score[k + 1], k + 1
            score[k] = best
            end[k] = best_end
        x = 0
        glued = ""
        while x < n:
            y = end[x]
            word = run[x:y]
            if y - x == 1 and word in _ASCII_ALNUM:
                glued += word
            else:
                if glued:
                    words.append(glued)
                    glued = ""
                # Han-run characters are all letters or digits but ``+#&._%-``.
                if word.strip(_RUN_SYMBOLS):
                    words.append(word)
            x = y
        if glued:
            words.append(glued)


def _segmenter() -> _Segmenter:
    if not _loaded:
        with _init_lock:
            if not _loaded:  # another thread may have loaded it while we waited
                tok = _jieba_tokenizer()
                _loaded.append(_Segmenter(tok.FREQ, tok.total))
    return _loaded[0]


def warm_up_in_background() -> None:
    """Start loading the dictionaries (~1 s) in a daemon thread, unless already loaded.

    A writer calls it when it opens, so the load overlaps with whatever it waits for first (a
    crawl process starting up) instead of delaying its first batch.
    """
    if not _loaded:
        threading.Thread(target=_segmenter, name="jieba-warm-up", daemon=True).start()


def _fold(text: str) -> str:
    # NFKC folds full-width letters/digits; lower() makes Latin brand names case-insensitive.
    return unicodedata.normalize("NFKC", text).lower()


# HMM off: the HMM guesses unknown words differently depending on context, which would make
# the same phrase tokenise differently in a document and in a query; the dictionary (plus the
# domain user dictionary) is deterministic, and faster.
def tokenize(text: str) -> list[str]:
    """Index tokens of ``text``: folded, search-mode segmented, punctuation dropped."""
    seg = _segmenter()
    return seg.search_tokens(seg.cut(_fold(text)))


def query_tokens(text: str) -> list[str]:
    """Query tokens of ``text``: folded, precise-mode segmented, punctuation dropped."""
    return _segmenter().cut(_fold(text))


def index_and_query_tokens(text: str, query_text: str | None = None) -> tuple[list[str], list[str]]:
    """``(tokenize(text), query_tokens(query_text or text))``, from one cut when it can.

    The analyse stage needs both for every mention (index tokens and the keywords' words);
    search mode is the precise cut plus the dictionary's 2- and 3-grams inside its long words,
    so one cut gives both. When ``query_text`` folds to something else than ``text`` (the
    keywords read the normalised text: traditional characters, punctuation runs), it cuts twice.
    """
    seg = _segmenter()
    folded = _fold(text)
    words = seg.cut(folded)
    if query_text is not None and (query_folded := _fold(query_text)) != folded:
        query_words = seg.cut(query_folded)
    else:
        query_words = words
    return seg.search_tokens(words), query_words


def _reference_tokenizer() -> jieba.Tokenizer:
    if not _reference:
        with _init_lock:
            if not _reference:
                _reference.append(_jieba_tokenizer())
    return _reference[0]


def reference_tokenize(text: str) -> list[str]:
    """``tokenize`` computed by jieba's own ``cut_for_search`` (the tests and bench compare)."""
    cut = _reference_tokenizer().cut_for_search(_fold(text), HMM=False)
    return [t for t in cut if _WORDLIKE.search(t)]


def reference_query_tokens(text: str) -> list[str]:
    """``query_tokens`` computed by jieba's own ``cut`` (the tests and bench compare)."""
    cut = _reference_tokenizer().cut(_fold(text), HMM=False)
    return [t for t in cut if _WORDLIKE.search(t)]
