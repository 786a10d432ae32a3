"""Search stored mentions (Chinese full text with filters); prints JSON lines or a table.

``--since``/``--until`` take an ISO date or time; one without a UTC offset (``2026-11-20``,
``2026-11-20T08:00``) is read in Asia/Shanghai, the brand's time zone. Reads only: with no
store where ``RADAR_DATA_DIR`` points it says so and creates none (exit status 2).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from radar.schemas import MentionQuery
from radar.settings import Settings
from radar.timezone import BRAND_TZ
from store.semantics import MAX_PAGE_SIZE, check_limit


def _aware(value: str) -> datetime:
    """An ISO date or time; one without a UTC offset is read in the brand's time zone."""
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO date or time, e.g. 2026-11-20 or 2026-11-20T08:00+08:00"
        ) from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=BRAND_TZ)


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
    parser.add_argument("--since", type=_aware, help="ISO date or time (no offset: Asia/Shanghai)")
    parser.add_argument("--until", type=_aware, help="ISO date or time (no offset: Asia/Shanghai)")
    parser.add_argument("--min-reads", type=int)
    parser.add_argument(
        "--limit", type=_page_size, default=20, help=f"page size, 1..{MAX_PAGE_SIZE}"
    )
    parser.add_argument("--cursor", help="next_cursor of a previous page")
    parser.add_argument("--json", action="store_true", help="JSON lines instead of a table")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print one page of matches and the cursor of the next."""
    from store import NoStore, open_store
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
    try:
        store = open_store(settings, create=False)
    except NoStore as exc:
        print(f"radar search: {exc}", file=sys.stderr)
        return 2
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
