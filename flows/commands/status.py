"""Show the job's status: each flow's last and next run, the store, the outbox, the quarantine.

``radar status`` prints a table; ``--json`` prints ``review_api.status.SystemStatus`` (the
same object as ``GET /api/status``; field names are a contract). The flows come from the
Prefect API of the ``radar run`` on this data directory (or ``PREFECT_API_URL``). Exit status:
0, 1 when the flows could not be read, 2 when there is no store where ``RADAR_DATA_DIR`` says.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``radar status [--json]``."""
    parser.add_argument("--json", action="store_true", help="print the status as JSON")


def _when(moment: datetime | None) -> str:
    from radar.timezone import local_time

    return local_time(moment) if moment is not None else "-"


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Print the status."""
    from review_api.status import job_prefect_api_url, system_status
    from store import NoStore, open_store

    try:
        store = open_store(settings, create=False)
    except NoStore as exc:
        print(f"radar status: {exc}", file=sys.stderr)
        return 2
    try:
        status = system_status(store, settings, job_prefect_api_url(settings, os.environ))
    finally:
        store.close()
    if args.json:
        print(status.model_dump_json(indent=2))
        return 0 if status.prefect_error is None else 1
    if status.prefect_error:
        print(f"flows: unknown ({status.prefect_error})")
    else:
        print(f"flows (Prefect API {status.prefect_api_url}):")
        print(
            f"  {'FLOW':<10} {'LAST COMPLETED':<20} {'NEXT SCHEDULED':<20} "
            f"{'DONE':>6} {'FAILED':>6}"
        )
        for flow in status.flows:
            print(
                f"  {flow.name:<10} {_when(flow.last_completed_at):<20} "
                f"{_when(flow.next_scheduled_at):<20} "
                f"{flow.completed_runs:>6} {flow.failed_runs:>6}"
            )
    print(
        f"store: {status.store.mentions} mentions, {status.store.pending_analysis} pending analysis"
    )
    print(
        f"outbox: {status.outbox.pending} pending, {status.outbox.sending} sending, "
        f"{status.outbox.dead} dead, {status.outbox.unknown} unknown"
        + ("  (radar outbox list)" if status.outbox.dead or status.outbox.unknown else "")
    )
    print(
        f"quarantine: {status.quarantine} page(s)"
        + ("  (radar quarantine list)" if status.quarantine else "")
    )
    return 0 if status.prefect_error is None else 1
