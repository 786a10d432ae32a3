"""The community CRM: import records, refresh the daily snapshot, show tiers, fit LTV.

``radar crm import FILE… [--kind K] [--rejects PATH] [--json]`` stores members, orders,
interactions or events from CSV / JSON lines (idempotent by id; bad rows go to the reject file,
exit status 1 when any row was rejected). ``radar crm refresh [--as-of DATE]`` takes the day's
snapshot and raises 回访 tasks through the notification outbox. ``radar crm tiers [--json]``
shows the latest snapshot's counts (taking one when none is stored). ``radar crm fit-ltv``
fits BG/NBD + Gamma-Gamma to a transactions CSV.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from radar.settings import Settings


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``radar crm {import,refresh,tiers,fit-ltv}``."""
    sub = parser.add_subparsers(dest="crm_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import members/orders/interactions/events files")
    imp.add_argument("files", nargs="+", type=Path, help="CSV or JSON-lines files")
    imp.add_argument(
        "--kind", choices=["members", "orders", "interactions", "events"], help="record kind"
    )
    imp.add_argument("--rejects", type=Path, help="reject file (default: under the data dir)")
    imp.add_argument("--json", action="store_true", help="print the import reports as JSON")
    for name, text in (("refresh", "take today's snapshot, raise 回访 tasks"), ("tiers", "")):
        cmd = sub.add_parser(name, help=text or "counts of the latest snapshot")
        cmd.add_argument("--as-of", type=date.fromisoformat, help="snapshot at the end of DATE")
        cmd.add_argument("--policy", type=Path, help="community policy YAML (default: packaged)")
        cmd.add_argument("--json", action="store_true", help="JSON output")
    fit = sub.add_parser("fit-ltv", help="fit BG/NBD + Gamma-Gamma to transactions")
    fit.add_argument("--transactions", type=Path, required=True, help="transactions CSV")
    fit.add_argument("--customer-col", required=True)
    fit.add_argument("--date-col", required=True, help="YYYY-MM-DD, YYYYMMDD or ISO time")
    fit.add_argument("--amount-col", required=True)
    fit.add_argument("--observation-end", type=date.fromisoformat, required=True)
    fit.add_argument("--unit", choices=["day", "week"], default="week")
    fit.add_argument("--json", action="store_true", help="JSON output")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch the action."""
    if args.crm_command == "import":
        return _import(args, settings)
    if args.crm_command == "fit-ltv":
        return _fit_ltv(args)
    return _snapshot(args, settings)


def _import(args: argparse.Namespace, settings: Settings) -> int:
    from community.intake import IntakeError, import_file
    from store import open_store

    reports = []
    store = open_store(settings)
    try:
        for path in args.files:
            rejects = args.rejects or settings.data_dir / "crm-rejects" / f"{path.name}.jsonl"
            try:
                report = import_file(store, path, kind=args.kind, rejects_path=rejects)
            except IntakeError as exc:
                print(f"radar crm import: {exc}", file=sys.stderr)
                return 2
            reports.append(report)
            if not args.json:
                print(report.summary())
                for reject in report.rejects:
                    print(f"  {reject.file}:{reject.line}: {reject.reason}")
                if report.rejects:
                    print(f"  rejects written to {rejects}")
    finally:
        store.close()
    if args.json:
        print(json.dumps([r.model_dump(mode="json") for r in reports], ensure_ascii=False))
    return 1 if any(r.rejected for r in reports) else 0


def _snapshot(args: argparse.Namespace, settings: Settings) -> int:
    from community.policy import PolicyError, load_policy
    from community.snapshot import latest_snapshot, refresh
    from monitor.notify import Outbox, configured_channels
    from radar.timezone import BRAND_TZ
    from store import open_store

    try:
        policy = load_policy(args.policy)
    except PolicyError as exc:
        print(f"radar crm: {exc}", file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    if args.as_of is not None:
        now = datetime.combine(args.as_of, datetime.max.time(), BRAND_TZ).replace(microsecond=0)
    store = open_store(settings)
    try:
        snapshot, created = None, 0
        if args.crm_command == "tiers" and args.as_of is None:
            snapshot = latest_snapshot(store)
        if snapshot is None:
            outbox = None
            if args.crm_command == "refresh":
                outbox = Outbox(store, list(configured_channels(settings)))
            snapshot, created = refresh(store, now, policy, outbox)
    finally:
        store.close()
    counts = snapshot.counts.model_dump()
    if args.json:
        if args.crm_command == "refresh":
            counts = {**counts, "date": snapshot.date, "new_tasks": created}
        print(json.dumps(counts, ensure_ascii=False))
        return 0
    print(f"snapshot {snapshot.date}: {counts['members']} member(s)")
    print("  tiers:     " + ", ".join(f"{k} {v}" for k, v in counts["tiers"].items()))
    print("  lifecycle: " + ", ".join(f"{k} {v}" for k, v in counts["lifecycle"].items()))
    print(f"  churn warnings: {counts['churn_warnings']}")
    if args.crm_command == "refresh":
        print(f"  new 回访 tasks: {created}")
    return 0


def _parse_day(text: str) -> date:
    text = text.strip()
    if len(text) == 8 and text.isdigit():
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if len(text) == 10:
        return date.fromisoformat(text)
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is not None:
        from radar.timezone import BRAND_TZ

        moment = moment.astimezone(BRAND_TZ)
    return moment.date()


def _fit_ltv(args: argparse.Namespace) -> int:
    from community.ltv import LtvFitError, fit_bgnbd, fit_gamma_gamma, summarise

    rows: list[tuple[str, date, float]] = []
    try:
        with args.transactions.open(encoding="utf-8-sig", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), start=2):
                try:
                    rows.append(
                        (
                            row[args.customer_col],
                            _parse_day(row[args.date_col]),
                            float(row[args.amount_col]),
                        )
                    )
                except (KeyError, TypeError, ValueError) as exc:
                    print(f"radar crm fit-ltv: line {number}: {exc!r}", file=sys.stderr)
                    return 2
        summary = summarise(rows, args.observation_end, args.unit)
        bgnbd, gg = fit_bgnbd(summary), fit_gamma_gamma(summary)
    except (OSError, LtvFitError) as exc:
        print(f"radar crm fit-ltv: {exc}", file=sys.stderr)
        return 2
    result = {
        "customers": len(summary.customers),
        "repeat_customers": int((summary.frequency > 0).sum()),
        "bgnbd": bgnbd.model_dump(),
        "gamma_gamma": gg.model_dump(),
    }
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"{result['customers']} customers, {result['repeat_customers']} repeat")
    print(
        f"BG/NBD r={bgnbd.r:.4g} alpha={bgnbd.alpha:.4g} a={bgnbd.a:.4g} b={bgnbd.b:.4g} "
        f"LL={bgnbd.log_likelihood:.1f}"
    )
    print(f"Gamma-Gamma p={gg.p:.4g} q={gg.q:.4g} gamma={gg.gamma:.4g}")
    return 0
