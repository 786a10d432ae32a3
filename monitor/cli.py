"""List crisis incidents with their SOP deadlines; optionally sweep timers and send notifications.

``radar incidents`` shows open and acknowledged incidents, each step's deadline and whether it
is done, overdue or pending. ``--sweep`` escalates overdue steps first, ``--deliver`` sends the
notification outbox, ``--json`` prints the incidents as JSON (one object per line).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``radar incidents [--all] [--json] [--sweep] [--deliver] [--limit N]``."""
    parser.add_argument("--all", action="store_true", help="include closed incidents")
    parser.add_argument("--json", action="store_true", help="JSON lines instead of a table")
    parser.add_argument("--sweep", action="store_true", help="escalate overdue steps first")
    parser.add_argument("--deliver", action="store_true", help="send pending notifications")
    parser.add_argument("--limit", type=int, default=100, help="most incidents shown (100)")


def _when(due: datetime, now: datetime) -> str:
    seconds = (due - now).total_seconds()
    minutes = int(abs(seconds) // 60)
    span = f"{minutes // 60}h{minutes % 60:02d}m"
    return f"overdue {span}" if seconds < 0 else f"in {span}"


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print incidents (and sweep/deliver when asked)."""
    from monitor.incidents import list_incidents
    from monitor.notify import Outbox, configured_channels, deliver_pending
    from monitor.sop import sweep
    from radar.timezone import local_time
    from store import NoStore, open_store

    now = datetime.now(UTC)
    try:
        store = open_store(settings, create=False)
    except NoStore as exc:
        print(f"radar incidents: {exc}", file=sys.stderr)
        return 2
    try:
        if args.sweep:
            swept = sweep(store, now, Outbox(store, list(configured_channels(settings))))
            print(f"radar: swept timers: {len(swept.escalated)} step(s) escalated", flush=True)
        if args.deliver:
            print(f"radar: notifications: {deliver_pending(store, settings, now).summary()}")
        page = list_incidents(
            store,
            status=None if args.all else ("open", "acknowledged"),
            limit=max(args.limit, 1),
        )
        incidents = page.items
    finally:
        store.close()
    if args.json:
        for incident in incidents:
            print(incident.model_dump_json())
        return 0
    if not incidents:
        print("no open incidents" if not args.all else "no incidents")
        return 0
    for inc in incidents:
        print(
            f"{inc.id}  [{inc.status}] {inc.severity:<8} reach {inc.reach:>7}  "
            f"owner {inc.owner or '-'}  opened {local_time(inc.opened_at)}"
        )
        print(f"    {inc.title}")
        for step in inc.steps:
            state = (
                f"done {local_time(step.done_at)}"
                if step.done_at
                else _when(step.due_at, now) + (" (escalated)" if step.escalated_at else "")
            )
            print(f"    - {step.name:<22} due {local_time(step.due_at)}  {state}")
    if page.total > len(incidents):
        print(f"({page.total - len(incidents)} more; use --limit)")
    return 0
