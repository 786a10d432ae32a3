"""Score JSON lines from stdin: sentiment, keywords and alerts for each, as JSON lines on stdout.

Each input line is a JSON object with a ``text`` string (other fields are passed through; a
``title`` string is analysed with the text). Each output line is the input object plus

- ``sentiment``: ``{"label": "negative"|"neutral"|"positive", "p_negative": 0..1}``
- ``keywords``: up to ``--top-k`` strings
- ``alerts``: ``[{"category", "term", "start", "end", "field"}]``; ``start``/``end`` are character
  offsets into the input's ``field`` (``"text"`` or ``"title"``) as written, so
  ``obj[field][start:end]`` is the matched span.

Lines are processed in chunks (``--chunk-size``), so memory stays bounded however long the stream.
A line that is not a JSON object with a string ``text`` is reported on stderr and in its output
line, ``{"line": N, "error": "...", "input": "<the raw line>"}``, and the stream goes on; the exit
status is 1 when any line failed, else 0.

    radar score < mentions.jsonl > scored.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import IO, Any

from radar.settings import Settings

_MAX_RAW = 200  # characters of a bad line echoed back in its error record


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``radar score``."""
    parser.add_argument("--chunk-size", type=int, default=None, help="lines analysed at once")
    parser.add_argument("--top-k", type=int, default=5, help="keywords per line")
    parser.add_argument("--tokens", action="store_true", help="also output index tokens")


def _parse(number: int, raw: bytes) -> tuple[dict[str, Any] | None, str | None]:
    try:
        obj = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None, "not valid UTF-8"
    except json.JSONDecodeError as exc:
        return None, f"not JSON: {exc.msg} at column {exc.colno}"
    if not isinstance(obj, dict):
        return None, f"expected a JSON object, got {type(obj).__name__}"
    if not isinstance(obj.get("text"), str):
        return None, "missing string field `text`"
    title = obj.get("title")
    if title is not None and not isinstance(title, str):
        return None, "field `title` must be a string or null"
    return obj, None


def _chunks(stream: IO[bytes], size: int) -> Iterator[list[tuple[int, bytes]]]:
    chunk: list[tuple[int, bytes]] = []
    for number, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        chunk.append((number, raw))
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Stream stdin to stdout; 1 when some line could not be scored."""
    from nlp.pipeline import Analyser, analysis_text

    analyser = Analyser.configured(settings.nlp)
    analyser.top_k = args.top_k
    size = args.chunk_size or settings.nlp.score_chunk_size
    failed = 0
    out = sys.stdout
    for chunk in _chunks(sys.stdin.buffer, size):
        parsed = [(number, raw, *_parse(number, raw)) for number, raw in chunk]
        good = [
            (obj, analysis_text(obj.get("title"), obj["text"])) for _, _, obj, _ in parsed if obj
        ]
        results = iter(analyser.analyse([text for _, text in good]))
        for number, raw, obj, error in parsed:
            if obj is None:
                failed += 1
                text = raw.decode("utf-8", "replace").rstrip("\r\n")
                print(f"radar score: line {number}: {error}", file=sys.stderr)
                record: dict[str, Any] = {"line": number, "error": error, "input": text[:_MAX_RAW]}
            else:
                result = next(results)
                title = obj.get("title")
                shift = len(title) + 1 if title else 0
                record = dict(obj)
                record["sentiment"] = result.sentiment.model_dump()
                record["keywords"] = result.keywords
                record["alerts"] = [
                    {
                        "category": hit.category,
                        "term": hit.term,
                        "start": hit.start - shift if hit.start >= shift else hit.start,
                        "end": hit.end - shift if hit.start >= shift else hit.end,
                        "field": "text" if hit.start >= shift else "title",
                    }
                    for hit in result.alerts
                ]
                if args.tokens:
                    record["tokens"] = result.tokens
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    if failed:
        print(f"radar score: {failed} line(s) could not be scored", file=sys.stderr)
    return 1 if failed else 0
