"""Search stored mentions (Chinese full text with filters); prints JSON lines or a table."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from radar.schemas import MentionQuery
from radar.settings import Settings
from store.semantics import MAX_PAGE_SIZE, check_limit


def _aware(value: str) -> datetime:
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"{value!r} needs a UTC offset, e.g. 2026-11-20T00:00+08:00"
        )
    return parsed


def _page_size(value: str) -> int:
    try:
        return check_limit(int(value))
    except ValueError as exc:  # InvalidRequest is a ValueError too
        raise argparse.ArgumentTypeError(str(exc)) from exc


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``radar search QUERY [filters]``."""
    parser.add_argument("query", nargs="?", default=None, help="full-text query, e.g. 食品安全")
    parser.add_argument("--platform", action="append", help="repeatable")
    parser.add_argument("--source", action="append", help="repeatable")
    parser.add_argument("--sentiment", action="append", choices=["negative", "neutral", "positive"])
    parser.add_argument("--alert", action="append", dest="alert_category", help="alert category")
    parser.add_argument("--region", action="append")
    parser.add_argument("--since", type=_aware, help="ISO time with offset")
    parser.add_argument("--until", type=_aware, help="ISO time with offset")
    parser.add_argument("--min-reads", type=int)
    parser.add_argument(
        "--limit", type=_page_size, default=20, help=f"page size, 1..{MAX_PAGE_SIZE}"
    )
    parser.add_argument("--cursor", help="next_cursor of a previous page")
    parser.add_argument("--json", action="store_true", help="JSON lines instead of a table")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print one page of matches and the cursor of the next."""
    from store import open_store
    from store.base import InvalidRequest

    query = MentionQuery(
        q=args.query,
        platform=args.platform,
        source=args.source,
        sentiment=args.sentiment,
        alert_category=args.alert_category,
        region=args.region,
        since=args.since,
        until=args.until,
        min_reads=args.min_reads,
    )
    store = open_store(settings)
    try:
        page = store.search_mentions(query, limit=args.limit, cursor=args.cursor)
    except InvalidRequest as exc:  # a malformed --cursor
        print(f"radar search: {exc}", file=sys.stderr)
        return 2
    finally:
        store.close()
    for m in page.items:
        if args.json:
            print(m.model_dump_json())
        else:
            label = m.sentiment.label if m.sentiment else "-"
            text = m.text.replace("\n", " ")
            print(
                f"{m.published_at:%Y-%m-%d %H:%M} {m.platform:<10} {label:<8} "
                f"{m.read_count:>6} {text[:60]}"
            )
    print(
        f"# {len(page.items)} of {page.total}"
        + (f"; next: --cursor {page.next_cursor}" if page.next_cursor else ""),
        file=sys.stderr,
    )
    return 0
