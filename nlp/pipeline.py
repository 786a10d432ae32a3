"""The understand stage in one call: ``analyse_texts(texts)`` for a batch of mentions.

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
from pathlib import Path

from nlp.alerts import AlertLexicon
from nlp.keywords import IdfTable, default_idf, extract_keywords
from nlp.normalize import normalize
from nlp.segment import index_and_query_tokens
from nlp.sentiment import SentimentModel
from radar.schemas import AlertHit, Sentiment


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
