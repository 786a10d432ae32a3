"""The configured crawl sources: radar sources list [--json] | show NAME | check FILE.

``check FILE [--page SAVED --url URL]`` validates a source file (one line naming the file and
the field when it is invalid, exit status 2) and, given a saved page, dry-runs the spider and
pipelines over it: the mentions it would store, the items it would drop and why, the pages it
would fetch next. Nothing is fetched or stored.

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
    check = sub.add_parser("check", help="validate a source file; dry-run it on a saved page")
    check.add_argument("file", help="the source YAML file")
    check.add_argument("--page", help="a saved page (HTML, JSON, feed) to parse with it")
    check.add_argument("--url", help="the saved page's URL (default: the first start URL)")
    check.add_argument(
        "--step",
        default="parse_start",
        help="parse step: parse_start (default), parse_list, parse_detail, parse_items",
    )
    check.add_argument(
        "--var", action="append", default=[], metavar="NAME=VALUE", help="a ${NAME} value"
    )
    check.add_argument("--json", action="store_true", help="print the dry run as JSON")


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
    from crawlers.sources import load_sources

    if args.action == "check":
        return _check(args, settings)
    problems: list[str] = []
    sources = load_sources(settings.crawl.sources_dir, problems)
    for line in problems:  # one line per invalid file; the others are listed
        print(f"radar sources: invalid source file: {line}", file=sys.stderr)
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


def _check(args: argparse.Namespace, settings: Settings) -> int:
    """Validate one source file and, with ``--page``, dry-run it on that saved page."""
    from pathlib import Path

    from crawlers.check import dry_run
    from crawlers.sources import SourceError, parse_source, resolve

    path = Path(args.file)
    try:
        source = parse_source(path.read_text(encoding="utf-8"), str(path))
        variables = {"DEMO_BASE_URL": settings.demo.url}
        variables.update(v.split("=", 1) for v in args.var if "=" in v)
        source = resolve(source, variables)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"radar sources: {path}: cannot read: {exc}", file=sys.stderr)
        return 2
    except SourceError as exc:
        print(f"radar sources: {exc}", file=sys.stderr)
        return 2
    if not args.page:
        print(f"{path}: ok ({source.kind} source {source.name!r}, platform {source.platform})")
        return 0
    url = args.url or (source.start[0] if source.start else "http://localhost/")
    result = dry_run(
        source,
        Path(args.page).read_bytes(),
        url,
        page={"callback": args.step} if args.step != "parse_start" else None,
    )
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
    else:
        print(f"{path}: ok; {args.page} as {url}:")
        for mention in result.mentions:
            text = mention.text.replace("\n", " ")
            print(f"  mention {mention.url}  {mention.published_at:%Y-%m-%d %H:%M}  {text[:40]}")
        for reason, where in result.dropped:
            print(f"  dropped {reason}  {where}")
        for follow in result.follows:
            print(f"  would fetch {follow}")
        for why in result.incomplete:
            print(f"  incomplete: {why}")
        for error in result.errors:
            print(f"  error: {error}")
    return 0 if result.mentions or result.follows else 1
