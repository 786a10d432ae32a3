"""jieba segmentation with the domain dictionary, shared by indexing and querying.

The store indexes ``tokenize(title + text)`` and segments queries with ``query_tokens``; both
backends (SQLite FTS5 and Elasticsearch's whitespace-analysed ``tokens`` field) therefore
tokenise alike. Index tokens use jieba's search mode (a compound such as 食品安全 also yields 食品
and 安全) so that a precise-mode query token always finds its compound.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from importlib import resources

import jieba

jieba.setLogLevel(logging.WARNING)  # its start-up banner is noise on stderr

_init_lock = threading.Lock()
_loaded: list[jieba.Tokenizer] = []  # the process-wide tokenizer, once loaded


def _tokenizer() -> jieba.Tokenizer:
    if not _loaded:
        with _init_lock:
            if not _loaded:  # another thread may have loaded it while we waited
                tok = jieba.Tokenizer()
                tok.initialize()
                userdict = resources.files("nlp.data").joinpath("userdict.txt")
                with resources.as_file(userdict) as path:
                    tok.load_userdict(str(path))
                _loaded.append(tok)
    return _loaded[0]


def warm_up_in_background() -> None:
    """Start loading the dictionaries (~0.8 s) in a daemon thread, unless already loaded.

    A writer calls it when it opens, so the load overlaps with whatever it waits for first (a
    crawl process starting up) instead of delaying its first batch.
    """
    if not _loaded:
        threading.Thread(target=_tokenizer, name="jieba-warm-up", daemon=True).start()


def _fold(text: str) -> str:
    # NFKC folds full-width letters/digits; lower() makes Latin brand names case-insensitive.
    return unicodedata.normalize("NFKC", text).lower()


# A token is kept when it has a letter or digit (any script); punctuation and spaces are not.
_WORDLIKE = re.compile(r"[^\W_]")


# HMM=False: the HMM guesses unknown words differently depending on context, which would make
# the same phrase tokenise differently in a document and in a query; the dictionary (plus the
# domain user dictionary) is deterministic, and ~30% faster.
def tokenize(text: str) -> list[str]:
    """Index tokens of ``text``: folded, search-mode segmented, punctuation dropped."""
    cut = _tokenizer().cut_for_search(_fold(text), HMM=False)
    return [t for t in cut if _WORDLIKE.search(t)]


def query_tokens(text: str) -> list[str]:
    """Query tokens of ``text``: folded, precise-mode segmented, punctuation dropped."""
    cut = _tokenizer().cut(_fold(text), HMM=False)
    return [t for t in cut if _WORDLIKE.search(t)]


def index_and_query_tokens(text: str, query_text: str | None = None) -> tuple[list[str], list[str]]:
    """``(tokenize(text), query_tokens(query_text or text))``, from one jieba pass when it can.

    jieba's search mode is its precise mode plus, for each word longer than two characters, the
    dictionary's 2- and 3-grams inside it; this derives both from one precise cut (the analyse
    stage needs both for every mention, and segmentation is most of its non-model time). When
    ``query_text`` folds to something else than ``text`` (the keywords read the normalised text:
    traditional characters, punctuation runs), it segments twice.
    """
    folded = _fold(text)
    if query_text is not None and _fold(query_text) != folded:
        return tokenize(text), query_tokens(query_text)
    tok = _tokenizer()
    freq = tok.FREQ
    index: list[str] = []
    query: list[str] = []
    for word in tok.cut(folded, HMM=False):
        size = len(word)
        if size > 2:
            index.extend(g for i in range(size - 1) if freq.get(g := word[i : i + 2]))
        if size > 3:
            index.extend(g for i in range(size - 2) if freq.get(g := word[i : i + 3]))
        index.append(word)
        if _WORDLIKE.search(word):
            query.append(word)
    return [t for t in index if _WORDLIKE.search(t)], query
