"""The understand stage in one call: ``analyse_mentions(mentions, now)`` for a batch.

``analyse_mentions`` returns copies of the mentions carrying their NLP results (``tokens``,
``keywords``, ``sentiment``, ``alerts``) stamped with the ``content_hash`` they were computed
from (``analysed_hash``) and ``analysed_at``: what the analyse flow saves. When the analysis runs
elsewhere (a worker process), ``analysis_texts`` gives the strings to send and ``with_analysis``
puts the ``TextAnalysis`` results that come back onto the mentions; ``analyse_texts(texts)`` is
the same analysis over plain strings (``radar score`` calls ``Analyser.analyse``).

For a mention the analysed text is ``analysis_text(title, text)``: ``title + "\\n" + text`` when
it has a title, else ``text``. Alert offsets (``AlertHit.start``/``end``) index that ORIGINAL
combined string (not the normalised one): a hit with ``start < len(title) + 1`` lies in the title;
subtract ``len(title) + 1`` for an offset into ``text`` (``text_offset`` does it).

Tokens are the store's index tokens (``nlp.segment.tokenize``), keywords the TF-IDF top 5
(``nlp.keywords``), sentiment the transformer's calibrated output (``nlp.sentiment``), alerts the
lexicon's hits (``nlp.alerts``). The sentiment model runs once over the whole batch (length-
bucketed); everything else is per text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from nlp.alerts import AlertLexicon
from nlp.keywords import IdfTable, default_idf, extract_keywords
from nlp.normalize import normalize
from nlp.segment import index_and_query_tokens
from nlp.sentiment import SentimentModel
from radar.schemas import AlertHit, Mention, Sentiment
from radar.settings import NlpSettings


@dataclass(frozen=True, slots=True)
class TextAnalysis:
    """What the understand stage says about one text."""

    tokens: list[str]
    keywords: list[str]
    sentiment: Sentiment
    alerts: list[AlertHit]


def analysis_text(title: str | None, text: str) -> str:
    """The string a mention is analysed as (alert offsets index it)."""
    return f"{title}\n{text}" if title else text


def text_offset(title: str | None, offset: int) -> int | None:
    """An offset into ``analysis_text(title, text)`` as an offset into ``text`` (None: in title)."""
    shift = len(title) + 1 if title else 0
    return offset - shift if offset >= shift else None


@dataclass
class Analyser:
    """The three resources of the stage; ``analyse`` runs them over a batch."""

    model: SentimentModel
    lexicon: AlertLexicon
    idf: IdfTable
    top_k: int = 5

    @classmethod
    def default(
        cls,
        *,
        model_dir: Path | None = None,
        lexicon_path: Path | None = None,
        idf_path: Path | None = None,
        threads: int = 2,
        batch_size: int = 256,
    ) -> Analyser:
        """Bundled (or configured) model, lexicon and IDF table, each loaded once per process."""
        return cls(
            model=SentimentModel.default(model_dir, threads=threads, batch_size=batch_size),
            lexicon=AlertLexicon.default(lexicon_path),
            idf=default_idf(idf_path),
        )

    @classmethod
    def configured(cls, settings: NlpSettings, *, threads: int | None = None) -> Analyser:
        """The model, lexicon and IDF table ``settings`` name; ``threads`` overrides
        ``settings.sentiment_threads`` (a worker process gets its share of the cores)."""
        return cls.default(
            model_dir=settings.sentiment_model_dir,
            lexicon_path=settings.alert_lexicon_path,
            idf_path=settings.keywords_idf_path,
            threads=settings.sentiment_threads if threads is None else threads,
            batch_size=settings.sentiment_batch_size,
        )

    def analyse(self, texts: Sequence[str]) -> list[TextAnalysis]:
        """Analyse ``texts``; results in input order."""
        sentiments = self.model.predict(texts)
        out = []
        for text, sentiment in zip(texts, sentiments, strict=True):
            # One jieba pass for the index tokens and the keywords' (normalised) words.
            tokens, words = index_and_query_tokens(text, normalize(text))
            out.append(
                TextAnalysis(
                    tokens=tokens,
                    keywords=extract_keywords(text, self.top_k, idf=self.idf, tokens=words),
                    sentiment=sentiment,
                    alerts=self.lexicon.match(text),
                )
            )
        return out


def analyse_texts(texts: Sequence[str]) -> list[TextAnalysis]:
    """Analyse a batch with the bundled resources (see ``Analyser`` to configure them)."""
    return Analyser.default().analyse(texts)


def analysis_texts(mentions: Sequence[Mention]) -> list[str]:
    """The strings ``mentions`` are analysed as (``analysis_text(title, text)`` each)."""
    return [analysis_text(m.title, m.text) for m in mentions]


def with_analysis(
    mentions: Sequence[Mention], results: Sequence[TextAnalysis], now: datetime
) -> list[Mention]:
    """Copies of ``mentions`` carrying ``results`` (same order), stamped with the hash of the
    content analysed and ``now``."""
    return [
        m.model_copy(
            update={
                "tokens": r.tokens,
                "keywords": r.keywords,
                "sentiment": r.sentiment,
                "alerts": r.alerts,
                "analysed_hash": m.content_hash,
                "analysed_at": now,
            }
        )
        for m, r in zip(mentions, results, strict=True)
    ]


def analyse_mentions(
    mentions: Sequence[Mention], now: datetime, analyser: Analyser | None = None
) -> list[Mention]:
    """Copies of ``mentions`` with their NLP results and the hash of the content analysed
    (``analyser``: the bundled resources when None)."""
    results = (analyser or Analyser.default()).analyse(analysis_texts(mentions))
    return with_analysis(mentions, results, now)
