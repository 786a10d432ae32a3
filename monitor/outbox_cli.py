"""The notification outbox's dead letters: radar outbox list|retry|purge.

``list [--status S ...] [--json] [--limit N]`` shows the entries a person has to look at
(default ``dead`` and ``unknown``: a robot message whose outcome is unknown is never resent by
itself) with the channel, attempts and the last error; ``retry [ID ...] [--status S ...]``
queues them again (attempts reset: the next ``radar run`` pass or ``radar incidents --deliver``
sends them); ``purge [ID ...] [--status S ...] [--older-than DAYS] --yes`` deletes entries
(default ``sent`` ones). See docs/monitor.md and docs/operations.md.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta

from radar.settings import Settings

#: ``monitor.notify.outbox.OUTBOX_STATUSES`` (not imported: the CLI stays lazy).
STATUSES = ("pending", "sending", "sent", "dead", "unknown")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``radar outbox``."""
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = sub.add_parser("list", help="list dead and unknown deliveries (or --status)")
    listing.add_argument("--status", action="append", choices=STATUSES, help="repeatable")
    listing.add_argument("--json", action="store_true", help="JSON lines")
    listing.add_argument("--limit", type=int, default=100, help="most entries shown (100)")
    retry = sub.add_parser("retry", help="queue dead/unknown deliveries again")
    retry.add_argument("ids", nargs="*", metavar="ID")
    retry.add_argument("--status", action="append", choices=STATUSES, help="default dead, unknown")
    purge = sub.add_parser("purge", help="delete deliveries (default: sent ones)")
    purge.add_argument("ids", nargs="*", metavar="ID")
    purge.add_argument("--status", action="append", choices=STATUSES, help="default sent")
    purge.add_argument("--older-than", type=float, metavar="DAYS", help="only entries this old")
    purge.add_argument("--yes", action="store_true", help="really delete")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Run one outbox action."""
    from monitor.notify.outbox import STUCK, list_entries, purge, requeue
    from radar.timezone import local_time
    from store import NoStore, open_store

    now = datetime.now(UTC)
    try:
        store = open_store(settings, create=False)
    except NoStore as exc:
        print(f"radar outbox: {exc}", file=sys.stderr)
        return 2
    try:
        if args.action == "list":
            page = list_entries(store, status=args.status or STUCK, limit=max(args.limit, 1))
            for entry in page.items:
                if args.json:
                    print(entry.model_dump_json(exclude={"notification"}))
                    continue
                print(
                    f"{entry.id}  [{entry.status}] {entry.channel}  attempts {entry.attempts}  "
                    f"queued {local_time(datetime.fromisoformat(entry.enqueued_at))}"
                )
                print(f"    {entry.notification.title}")
                if entry.last_error:
                    print(f"    last error: {entry.last_error}")
            if not page.items and not args.json:
                print("no entries")
            return 0
        if args.action == "retry":
            done = requeue(store, now, ids=args.ids or None, status=args.status or STUCK)
            print(f"{len(done)} requeued" + (": " + ", ".join(done) if done else ""))
            return 0
        if not args.yes:
            print("radar outbox purge deletes deliveries: add --yes", file=sys.stderr)
            return 2
        before = now - timedelta(days=args.older_than) if args.older_than is not None else None
        removed = purge(store, ids=args.ids or None, status=args.status or ("sent",), before=before)
        print(f"purged {removed} entr{'y' if removed == 1 else 'ies'}")
        return 0
    finally:
        store.close()
