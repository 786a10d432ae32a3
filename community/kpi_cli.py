"""The KPI board (``radar kpi board``) and its matched-control engine on any table
(``radar kpi compare``).

``radar kpi board [--month YYYY-MM] [--store S] [--policy YAML] [--no-alerts] [--json]`` shows
the 社区运营看板 of a month (default: the month of the latest order) and store (default: all):
the monthly metrics against their warning values, each event's audience against matched
controls 3-6 months after, LTV per tier (community.board); each breached metric of an ended
month is sent once to the ops channels through the outbox (``--no-alerts``: only look).

``radar kpi compare --csv F --treated COL --outcome COL --covariates A,B,… [--caliper SD]
[--json]`` prints the propensity-score matched ATT with its 95 % interval, the naive difference,
how many units were matched and the covariate balance before and after (community.matching).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from radar.settings import Settings

if TYPE_CHECKING:
    from community.board import KpiBoard


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``radar kpi {board,compare} …``."""
    sub = parser.add_subparsers(dest="kpi_command", metavar="ACTION", required=True)
    board = sub.add_parser("board", help="the KPI board of a month and store")
    board.add_argument("--month", help="YYYY-MM (default: the month of the latest order)")
    board.add_argument("--store", help="one store's community (default: all stores)")
    board.add_argument("--policy", type=Path, help="community policy YAML (default: packaged)")
    board.add_argument("--no-alerts", action="store_true", help="do not send warning alerts")
    board.add_argument("--json", action="store_true", help="JSON output")
    cmp = sub.add_parser("compare", help="matched comparison of a treated group on a CSV table")
    cmp.add_argument("--csv", type=Path, required=True, help="table with a header row")
    cmp.add_argument("--treated", required=True, help="0/1 column: in the treated group")
    cmp.add_argument("--outcome", required=True, help="numeric outcome column")
    cmp.add_argument("--covariates", required=True, help="comma-separated numeric columns")
    cmp.add_argument("--caliper", type=float, default=0.2, help="caliper in SD of logit (0.2)")
    cmp.add_argument("--json", action="store_true", help="JSON output")


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Dispatch the action."""
    if args.kpi_command == "board":
        return _board(args, settings)
    return _compare(args)


def _board(args: argparse.Namespace, settings: Settings) -> int:
    from community.board import kpi_board, raise_board_alerts
    from community.kpis import Month
    from community.policy import PolicyError, load_policy
    from monitor.notify import Outbox, configured_channels
    from store import open_store

    try:
        policy = load_policy(args.policy)
        month = Month.parse(args.month) if args.month else None
    except (PolicyError, ValueError) as exc:
        print(f"radar kpi board: {exc}", file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    store = open_store(settings)
    try:
        board = kpi_board(store, policy, month, args.store, now)
        new_alerts = 0
        if not args.no_alerts:
            outbox = Outbox(store, list(configured_channels(settings)))
            new_alerts = raise_board_alerts(board, outbox, now)
    finally:
        store.close()
    if args.json:
        print(json.dumps({**board.model_dump(mode="json"), "new_alerts": new_alerts}))
        return 0
    print(render_board(board))
    if new_alerts:
        print(f"  {new_alerts} new warning alert(s) sent to the ops channels")
    return 0


def _compare(args: argparse.Namespace) -> int:
    import numpy as np

    from community.matching import MatchingError, compare

    names = [c.strip() for c in args.covariates.split(",") if c.strip()]
    columns = [args.treated, args.outcome, *names]
    values: list[list[float]] = []
    try:
        with args.csv.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in columns if c not in (reader.fieldnames or [])]
            if missing:
                print(f"radar kpi compare: no column(s) {', '.join(missing)}", file=sys.stderr)
                return 2
            for number, row in enumerate(reader, start=2):
                try:
                    values.append([float(row[c]) for c in columns])
                except (TypeError, ValueError):
                    print(f"radar kpi compare: line {number}: not a number", file=sys.stderr)
                    return 2
    except OSError as exc:
        print(f"radar kpi compare: {exc}", file=sys.stderr)
        return 2
    table = np.array(values, dtype=float).reshape(len(values), len(columns))
    try:
        result = compare(
            table[:, 2:], table[:, 0] != 0, table[:, 1], names, caliper_sd=args.caliper
        )
    except MatchingError as exc:
        print(f"radar kpi compare: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result.model_dump()))
        return 0
    print(
        f"ATT {result.att:.4g} (95% CI {result.ci_low:.4g} .. {result.ci_high:.4g}); "
        f"naive {result.naive:.4g}"
    )
    print(f"matched {result.matched_treated} treated to {result.matched_control} control(s)")
    for name in names:
        print(f"  {name:<20} SMD {result.smd_before[name]:+.3f} -> {result.smd_after[name]:+.3f}")
    return 0


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.4g}"


def render_board(board: KpiBoard) -> str:
    """The board for people."""
    scope = board.store or "all stores"
    state = "" if board.complete else " (month in progress)"
    lines = [f"KPI board {board.month}, {scope}: {board.members} member(s){state}"]
    for name, metric in board.metrics.items():
        flag = "  WARNING" if metric.breached else ""
        limit = "" if metric.warning is None else f" (warn < {metric.warning:g})"
        lines.append(
            f"  {name:<24} {_number(metric.value):>8}  "
            f"= {metric.numerator:g}/{metric.denominator:g}{limit}{flag}"
        )
    for effect in board.events:
        lines.append(f"  event {effect.event_id} ({effect.type}, {effect.attendees} came): ")
        if effect.status != "measured":
            lines[-1] += f"{effect.status}: {effect.reason}"
            continue
        for outcome in ("frequency", "aov", "high_margin"):
            result = getattr(effect, outcome)
            if result is not None:
                lines.append(
                    f"    {outcome:<12} ATT {result.att:+.3g} [{result.ci_low:+.3g}, "
                    f"{result.ci_high:+.3g}], naive {result.naive:+.3g}, "
                    f"{result.matched_treated} matched to {result.matched_control}"
                )
    ltv = ", ".join(f"{t} {_number(v.mean)}" for t, v in board.ltv.by_tier.items())
    lines.append(f"  LTV over {board.ltv.horizon_days} days by tier: {ltv}")
    return "\n".join(lines)
