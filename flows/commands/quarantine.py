"""Pages the crawl could not use: radar quarantine list|show|retry|purge.

``list [--source S] [--json]`` the kept pages (id, source, reason, URL, when); ``show ID`` one
page's record and the start of its bytes; ``retry [ID ...] [--source S]`` parses kept pages
again with the current source files (after a selector fix) and stores what they now give,
removing the pages that gave mentions without drops; ``purge [ID ...] [--source S]
[--older-than DAYS]`` deletes kept pages. See docs/crawlers.md.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``radar quarantine``."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="list the quarantined pages")
    listing.add_argument("--source", help="only this source's pages")
    listing.add_argument("--json", action="store_true", help="print JSON")
    show = sub.add_parser("show", help="one page's record and the start of its bytes")
    show.add_argument("id")
    retry = sub.add_parser("retry", help="parse kept pages again with the current source files")
    retry.add_argument("ids", nargs="*", metavar="ID")
    retry.add_argument("--source", help="every kept page of this source")
    purge = sub.add_parser("purge", help="delete kept pages")
    purge.add_argument("ids", nargs="*", metavar="ID")
    purge.add_argument("--source", help="only this source's pages")
    purge.add_argument("--older-than", type=float, metavar="DAYS", help="only pages this old")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run one quarantine action."""
    from crawlers.quarantine import list_quarantine, purge, read_entry, remove_entry

    root = settings.data_dir / "quarantine"
    if args.action == "list":
        entries = list_quarantine(root, args.source)
        if args.json:
            print(json.dumps(entries, ensure_ascii=False, indent=2))
        else:
            for e in entries:
                print(f"{e['id']:<40} {e['at'][:19]}  {e['reason']:<24} {e['url']}")
        return 0
    if args.action == "show":
        try:
            meta, body = read_entry(root, args.id)
        except KeyError:
            print(f"radar quarantine: no kept page {args.id!r}", file=sys.stderr)
            return 2
        print(json.dumps(meta, ensure_ascii=False, indent=2))
        print(body[:2000].decode("utf-8", "replace"))
        return 0
    if args.action == "purge":
        if args.ids:
            removed = []
            for entry_id in args.ids:
                try:
                    remove_entry(root, entry_id)
                except KeyError:
                    print(f"radar quarantine: no kept page {entry_id!r}", file=sys.stderr)
                    return 2
                removed.append(entry_id)
        else:
            before = (
                datetime.now(UTC) - timedelta(days=args.older_than)
                if args.older_than is not None
                else None
            )
            removed = purge(root, args.source, before)
        print(f"purged {len(removed)} page(s)")
        return 0
    return _retry(args, settings)


def _retry(args: argparse.Namespace, settings: Settings) -> int:
    from crawlers.quarantine import list_quarantine, read_entry, remove_entry
    from crawlers.sources import load_sources
    from store import open_store

    root = settings.data_dir / "quarantine"
    ids = list(args.ids) or [e["id"] for e in list_quarantine(root, args.source)]
    sources = load_sources(settings.crawl.sources_dir, [])
    store = open_store(settings)
    status = 0
    try:
        for entry_id in ids:
            try:
                meta, body = read_entry(root, entry_id)
            except KeyError:
                print(f"{entry_id}: no such kept page", file=sys.stderr)
                status = 2
                continue
            line = _retry_one(meta, body, sources, settings, store)
            print(f"{entry_id}: {line}")
            if line.startswith("stored"):
                remove_entry(root, entry_id)
    finally:
        store.close()
    return status


def _retry_one(
    meta: dict[str, Any],
    body: bytes,
    sources: dict[str, Any],
    settings: Settings,
    store: Any,
) -> str:
    """Re-parse one kept page; a line saying what came of it."""
    from crawlers.check import dry_run
    from crawlers.sources import SourceError, resolve

    source = sources.get(meta["source"])
    if source is None:
        return f"kept: no source {meta['source']!r} any more"
    if not body:
        return "kept: nothing was received (network or HTTP error): crawl again"
    try:
        source = resolve(source, {"DEMO_BASE_URL": settings.demo.url})
    except SourceError as exc:
        return f"kept: {exc}"
    result = dry_run(source, body, meta["url"], page=meta.get("page"))
    if result.mentions:
        upsert = store.upsert_mentions(result.mentions)
        if not result.dropped:
            return f"stored {len(result.mentions)} mention(s) ({upsert.created} new); removed"
        reasons = sorted({r for r, _ in result.dropped})
        return f"kept: {len(result.mentions)} mention(s) stored, still dropping {reasons}"
    reasons = sorted({r for r, _ in result.dropped}) or ["nothing found"]
    return f"kept: still {', '.join(reasons)}"
