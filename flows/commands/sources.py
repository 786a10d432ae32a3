"""List the configured crawl sources: radar sources list [--json] | radar sources show NAME.

``list`` shows each source's kind, platform, schedule and start URL, and — from the store's
``crawl_state`` — its watermark and when it last ran.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``radar sources``."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION")
    listing = sub.add_parser("list", help="list the sources")
    listing.add_argument("--json", action="store_true", help="print JSON")
    show = sub.add_parser("show", help="print one source's configuration")
    show.add_argument("name")


def _state(settings: Settings) -> dict[str, dict[str, Any]]:
    """Per-source crawl state from the store (empty when the store cannot be opened)."""
    from crawlers.sink import STATE_COLLECTION
    from store import open_store

    try:
        store = open_store(settings)
    except Exception:  # a listing must work before the store exists
        return {}
    try:
        page = store.find_docs(STATE_COLLECTION, limit=1000)
        return {doc.id: doc.body for doc in page.items}
    finally:
        store.close()


def run(args: argparse.Namespace, settings: Settings) -> int:
    """List or show sources."""
    from crawlers.sources import SourceError, load_sources

    try:
        sources = load_sources(settings.crawl_sources_dir)
    except SourceError as exc:
        print(f"radar sources: {exc}", file=sys.stderr)
        return 2
    if args.action == "show":
        if args.name not in sources:
            print(
                f"radar sources: unknown source {args.name!r}; known: {sorted(sources)}",
                file=sys.stderr,
            )
            return 2
        print(json.dumps(sources[args.name].model_dump(mode="json"), ensure_ascii=False, indent=2))
        return 0
    state = _state(settings)
    rows: list[dict[str, Any]] = []
    for source in sources.values():
        schedule = source.schedule
        rows.append(
            {
                "name": source.name,
                "kind": source.kind,
                "platform": source.platform,
                "enabled": source.enabled,
                "schedule": {"interval_seconds": schedule.interval_seconds, "cron": schedule.cron},
                "start": source.start[0] if source.start else None,
                "description": source.description,
                "watermark": state.get(source.name, {}).get("watermark"),
                "last_run_at": state.get(source.name, {}).get("last_run_at"),
            }
        )
    if getattr(args, "json", False):
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(
        f"{'NAME':<18} {'KIND':<9} {'PLATFORM':<11} {'SCHEDULE':<14} {'WATERMARK':<26} DESCRIPTION"
    )
    for row in rows:
        sched = row["schedule"]
        every = (
            f"every {sched['interval_seconds']}s" if sched["interval_seconds"] else sched["cron"]
        )
        name = row["name"] + ("" if row["enabled"] else " (off)")
        print(
            f"{name:<18} {row['kind']:<9} {row['platform']:<11} {every:<14} "
            f"{row['watermark'] or '-':<26} {row['description']}"
        )
    return 0
