"""Personal data on request: export or forget a person, apply the retention period.

radar privacy export AUTHOR_OR_MEMBER [--out FILE]   # PIPL art. 45: a copy of their data (JSON)
radar privacy forget AUTHOR_OR_MEMBER [--yes]        # PIPL art. 47: delete it; prints the receipt
radar privacy retain [--days N]                      # PIPL art. 19: delete mentions past retention

AUTHOR_OR_MEMBER is a member id, a handle (a post's author or a member's chat name) or a
pseudonym (``hh1:…``). Receipts are JSON (``community.privacy.Receipt``), printed on stdout and
stored in ``privacy_receipts``. See docs/privacy.md.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Subcommands export, forget, retain."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = sub.add_parser("export", help="a copy of everything stored about a person (JSON)")
    export.add_argument("who", metavar="AUTHOR_OR_MEMBER")
    export.add_argument("--out", type=Path, help="write the JSON here instead of stdout")
    forget = sub.add_parser("forget", help="delete a person's posts, messages and CRM records")
    forget.add_argument("who", metavar="AUTHOR_OR_MEMBER")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    retain = sub.add_parser("retain", help="delete mentions older than the retention period")
    retain.add_argument(
        "--days", type=int, help="retention in days (default: RADAR_PRIVACY_RETENTION_DAYS)"
    )


def _operator() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in a bare container
        return "cli:unknown"


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the chosen action against the configured store."""
    from community import privacy
    from radar.privacy import pseudonym_key
    from store import open_store

    key = pseudonym_key(settings.privacy)
    now = datetime.now(UTC)
    if args.action == "forget" and not args.yes:
        print(f"forget {args.who!r} everywhere? type 'yes': ", end="", file=sys.stderr, flush=True)
        if sys.stdin.readline().strip() != "yes":
            print("radar privacy: nothing deleted", file=sys.stderr)
            return 1
    if args.action == "retain" and args.days is not None and args.days < 1:
        print("radar privacy: --days must be at least 1", file=sys.stderr)
        return 2
    store = open_store(settings)
    try:
        if args.action == "export":
            text = json.dumps(privacy.export_person(store, args.who, key, now), ensure_ascii=False)
            if args.out is not None:
                args.out.write_text(text + "\n", encoding="utf-8")
            else:
                print(text)
            return 0
        if args.action == "forget":
            receipt = privacy.forget_person(store, args.who, key, by=_operator(), now=now)
        else:
            days = args.days or settings.privacy.retention_days
            receipt = privacy.retain_mentions(store, days, by=_operator(), now=now)
        print(receipt.model_dump_json())
        return 0
    finally:
        store.close()
