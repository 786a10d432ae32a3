"""Keyword extraction: TF-IDF with an IDF table fitted on the project's own corpus, or TextRank.

jieba's bundled IDF table was fitted on general news; in community-retail talk words such as 团长,
自提点 or 水果 are everyday vocabulary and must weigh less than 发霉 or 退款. The bundled table
(``nlp/data/idf.txt.gz``, ``word<TAB>idf`` lines) is fitted on the labelled review corpus
(``radar fit-idf``, reproducible from the same data as the sentiment model); words it has not
seen get the table's median IDF, as jieba does. Candidates are the precise-mode tokens of the
normalised text (``nlp.segment.query_tokens``) minus stopwords (``nlp/data/stopwords.txt``),
single characters and numbers.

TextRank (Mihalcea & Tarau, 2004) ranks the same candidates by PageRank over a co-occurrence graph
(window of 5 candidates); it needs no corpus statistics and suits long posts.
"""

from __future__ import annotations

import gzip
import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

from nlp.normalize import normalize
from nlp.segment import query_tokens

Method = Literal["tfidf", "textrank"]
_NUMBER = re.compile(r"^[\d.,%]+$")
_lock = threading.Lock()


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The bundled stopword list."""
    source = resources.files("nlp.data").joinpath("stopwords.txt")
    lines = source.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def candidates(text: str, *, tokens: Sequence[str] | None = None) -> list[str]:
    """Keyword candidates of ``text`` in order (repeats kept).

    ``tokens``: ``query_tokens(normalize(text))`` when the caller already has them.
    """
    stop = stopwords()
    if tokens is None:
        tokens = query_tokens(normalize(text))
    return [t for t in tokens if len(t) >= 2 and t not in stop and not _NUMBER.match(t)]


@dataclass(frozen=True, slots=True)
class IdfTable:
    """Inverse document frequencies plus the value for unseen words."""

    idf: dict[str, float]
    default: float

    @classmethod
    def load(cls, path: Path | None = None) -> IdfTable:
        """Read a ``word<TAB>idf`` table (gzipped when it ends in .gz); bundled when no path."""
        if path is None:
            raw = resources.files("nlp.data").joinpath("idf.txt.gz").read_bytes()
            text = gzip.decompress(raw).decode("utf-8")
        elif path.suffix == ".gz":
            text = gzip.decompress(path.read_bytes()).decode("utf-8")
        else:
            text = path.read_text(encoding="utf-8")
        idf: dict[str, float] = {}
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            word, _, value = line.rpartition("\t")
            try:
                idf[word] = float(value)
            except ValueError as exc:
                raise ValueError(f"{path or 'bundled idf'}:{number}: bad line {line!r}") from exc
        if not idf:
            raise ValueError(f"{path or 'bundled idf'}: empty IDF table")
        values = sorted(idf.values())
        return cls(idf, values[len(values) // 2])

    def save(self, path: Path) -> None:
        """Write the table (gzipped when ``path`` ends in .gz), highest IDF last."""
        lines = "".join(f"{w}\t{v:.4f}\n" for w, v in sorted(self.idf.items(), key=lambda x: x[1]))
        data = lines.encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(gzip.compress(data, mtime=0) if path.suffix == ".gz" else data)


def fit_idf(texts: Iterable[str], min_df: int = 2) -> IdfTable:
    """Fit ``idf = ln((N + 1) / (df + 1)) + 1`` over ``texts``, keeping words with df >= min_df."""
    df: Counter[str] = Counter()
    n = 0
    for text in texts:
        n += 1
        df.update(set(candidates(text)))
    idf = {w: math.log((n + 1) / (c + 1)) + 1.0 for w, c in df.items() if c >= min_df}
    if not idf:
        raise ValueError("no word reaches min_df: corpus too small")
    # Unseen words are rarer than anything kept: give them the IDF of a min_df word.
    return IdfTable(idf, math.log((n + 1) / (min_df + 1)) + 1.0)


@lru_cache(maxsize=4)
def _table(path: str | None) -> IdfTable:
    with _lock:
        return IdfTable.load(Path(path) if path else None)


def default_idf(path: Path | None = None) -> IdfTable:
    """The process-wide IDF table (bundled unless ``path``)."""
    return _table(str(path) if path else None)


def _textrank(words: list[str], window: int = 5, iterations: int = 20) -> dict[str, float]:
    graph: dict[str, set[str]] = defaultdict(set)
    for i, word in enumerate(words):
        for other in words[i + 1 : i + window]:
            if other != word:
                graph[word].add(other)
                graph[other].add(word)
    if not graph:
        return {w: 1.0 for w in words}
    score = dict.fromkeys(graph, 1.0)
    for _ in range(iterations):
        score = {w: 0.15 + 0.85 * sum(score[n] / len(graph[n]) for n in graph[w]) for w in graph}
    return score


def extract_keywords(
    text: str,
    top_k: int = 5,
    *,
    method: Method = "tfidf",
    idf: IdfTable | None = None,
    tokens: Sequence[str] | None = None,
) -> list[str]:
    """The ``top_k`` keywords of ``text``, best first (ties: first occurrence).

    ``tokens``: ``query_tokens(normalize(text))`` when the caller already has them.
    """
    words = candidates(text, tokens=tokens)
    if not words or top_k <= 0:
        return []
    first = {w: i for i, w in reversed(list(enumerate(words)))}
    if method == "textrank":
        scores = _textrank(words)
    else:
        table = idf or default_idf()
        counts = Counter(words)
        total = len(words)
        scores = {w: c / total * table.idf.get(w, table.default) for w, c in counts.items()}
    ranked = sorted(scores, key=lambda w: (-scores[w], first[w]))
    return ranked[:top_k]
