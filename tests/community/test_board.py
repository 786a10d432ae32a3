"""The KPI board: monthly metrics table-driven from the seeds' numbers, warning alerts through
the real outbox (idempotent), the 3-6-month window, and ``radar kpi board`` end to end."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from community.board import compute_board, kpi_board, raise_board_alerts
from community.effects import event_effect, outcome_window
from community.kpis import Month, apply_warnings, monthly_metrics
from community.models import Event, Interaction, Member, Order, OrderLine
from community.policy import load_policy
from community.records import CrmData, save_records
from monitor.notify import OUTBOX, Outbox
from radar.cli import main
from radar.timezone import BRAND_TZ
from store.base import Store

POLICY = load_policy()
APRIL = Month(2026, 4)
MAR_10 = datetime(2026, 3, 10, 12, tzinfo=BRAND_TZ)
APR_10 = datetime(2026, 4, 10, 12, tzinfo=BRAND_TZ)
JOINED = datetime(2025, 1, 1, tzinfo=BRAND_TZ)
AFTER_APRIL = datetime(2026, 5, 2, tzinfo=BRAND_TZ)


def member(i: int, **fields: object) -> Member:
    return Member.model_validate({"id": f"m{i}", "joined_at": JOINED, "store": "S1", **fields})


def order(member_id: str, at: datetime, margin: str = "normal", amount: str = "50") -> Order:
    line = OrderLine(sku="x", category="粮油", margin_class=margin, amount=Decimal(amount))  # type: ignore[arg-type]
    return Order(
        id=f"o-{member_id}-{at.timestamp()}-{margin}",
        member_id=member_id,
        store="S1",
        placed_at=at,
        lines=[line],
    )


def event(event_id: str, at: datetime, attendees: list[str], kind: str = "brand_event") -> Event:
    return Event.model_validate(
        {
            "id": event_id,
            "type": kind,
            "ring": "middle",
            "store": "S1",
            "held_at": at,
            "attendees": attendees,
        }
    )


def data(
    members: list[Member],
    orders: list[Order] = (),  # type: ignore[assignment]
    interactions: list[Interaction] = (),  # type: ignore[assignment]
    events: list[Event] = (),  # type: ignore[assignment]
) -> CrmData:
    return CrmData(list(members), list(orders), list(interactions), list(events))


def repurchase_70() -> CrmData:
    # seed 001 "月度复购率高达70%": 10 bought in March, 7 of them again in April.
    ms = [member(i) for i in range(10)]
    orders = [order(m.id, MAR_10) for m in ms] + [order(m.id, APR_10) for m in ms[:7]]
    return data(ms, orders)


def referral_over_half() -> CrmData:
    # seed 001 "老客推荐带来的新客占比超过50%": 6 of the 10 members who joined in April were
    # referred by an old one.
    old = member(99)
    new = [member(i, joined_at=APR_10, referred_by="m99" if i < 6 else None) for i in range(10)]
    return data([old, *new])


def interaction_rate() -> CrmData:
    # seed 000 内容互动率(点赞、评论、分享): likes, comments and shares count, chat messages do not.
    ms = [member(i) for i in range(20)]
    kinds = ["like", "like", "like", "comment", "share", "message", "message"]
    touches = [
        Interaction(id=f"i{k}", member_id=f"m{k}", kind=kind, at=APR_10)  # type: ignore[arg-type]
        for k, kind in enumerate(kinds)
    ]
    return data(ms, interactions=touches)


def participation(march: int, april: int) -> Callable[[], CrmData]:
    def build() -> CrmData:
        ms = [member(i) for i in range(20)]
        events = [
            event("e3", MAR_10, [f"m{i}" for i in range(march)]),
            event("e4", APR_10, [f"m{i}" for i in range(april)], "community_ritual"),
        ]
        return data(ms, events=events)

    return build


def paid(converted: int) -> Callable[[], CrmData]:
    def build() -> CrmData:
        ms = [member(i) for i in range(100 - converted)]
        ms += [member(100 + i, paid_member=True, paid_since=APR_10) for i in range(converted)]
        ms.append(member(200, paid_member=True, paid_since=MAR_10))  # paid before: not counted
        return data(ms)

    return build


def high_margin() -> CrmData:
    # seed 000 高毛利品类渗透率: 1 of the 4 April buyers bought a high-margin line.
    ms = [member(i) for i in range(4)]
    orders = [order("m0", APR_10, "high"), *(order(m.id, APR_10) for m in ms)]
    return data(ms, orders)


@pytest.mark.parametrize(
    ("build", "metric", "value", "breached"),
    [
        (repurchase_70, "repurchase_rate", 0.70, False),
        (referral_over_half, "referral_share", 0.60, False),
        (interaction_rate, "interaction_rate", 0.25, False),
        (participation(10, 8), "participation_growth", -0.20, False),  # at the warning value
        (participation(10, 7), "participation_growth", -0.30, True),  # below it
        (participation(0, 7), "participation_growth", None, False),  # no base month
        (paid(2), "paid_conversion", 0.02, False),  # at the warning value
        (paid(1), "paid_conversion", 0.01, True),
        (high_margin, "high_margin_penetration", 0.25, False),
    ],
)
def test_monthly_metrics(
    build: Callable[[], CrmData], metric: str, value: float | None, breached: bool
) -> None:
    metrics = monthly_metrics(build(), APRIL)
    alerts = apply_warnings(metrics, POLICY.kpi.warnings)
    got = metrics[metric]  # type: ignore[index]
    assert got.value == (None if value is None else pytest.approx(value))
    assert got.breached is breached
    assert (metric in alerts) is breached


@pytest.mark.parametrize(
    ("days_after", "counted"),
    [(89, False), (90, True), (179, True), (180, False)],  # seed 000: 活动后3-6个月
)
def test_outcome_window_is_months_3_to_6(days_after: int, counted: bool) -> None:
    held = datetime(2025, 4, 15, 10, tzinfo=UTC)
    start, end = outcome_window(event("e", held, []), POLICY.kpi)
    moment = held + timedelta(days=days_after)
    assert (start <= moment < end) is counted


def test_an_event_whose_window_has_not_ended_is_pending() -> None:
    crm = repurchase_70()
    effect = event_effect(crm, event("e", APR_10, ["m1"]), POLICY.kpi, AFTER_APRIL)
    assert effect.status == "pending" and effect.frequency is None


def test_months_parse_and_step_over_the_year() -> None:
    assert str(Month.parse("2026-12").next()) == "2027-01"
    assert str(Month.parse("2026-01").previous()) == "2025-12"
    assert Month.parse("2026-04").start == datetime(2026, 4, 1, tzinfo=BRAND_TZ)
    with pytest.raises(ValueError, match="YYYY-MM"):
        Month.parse("2026-13")


def _breaching(store: Store) -> None:
    save_records(store, [*participation(10, 7)().members, *participation(10, 7)().events])


def test_a_breach_alerts_once_through_the_outbox(any_store: Store) -> None:
    _breaching(any_store)
    outbox = Outbox(any_store, ["file"])
    board = kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL)
    assert board.complete and "participation_growth" in board.alerts
    assert raise_board_alerts(board, outbox, AFTER_APRIL) == len(board.alerts)
    again = kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL + timedelta(days=1))
    assert raise_board_alerts(again, outbox, AFTER_APRIL + timedelta(days=1)) == 0
    keys = {d.body["key"] for d in any_store.find_docs(OUTBOX, limit=100).items}
    assert "kpi-2026-04-S1-participation_growth" in keys


def test_a_month_in_progress_does_not_alert(any_store: Store) -> None:
    _breaching(any_store)
    board = kpi_board(any_store, POLICY, APRIL, "S1", now=APR_10 + timedelta(days=1))
    assert not board.complete and board.alerts  # shown, but not sent on partial counts
    assert raise_board_alerts(board, Outbox(any_store, ["file"]), APR_10) == 0
    assert any_store.count_docs(OUTBOX) == 0


def test_board_of_a_store_counts_only_its_members() -> None:
    crm = repurchase_70()
    crm.members.append(member(50, store="S2"))
    crm.orders += [order("m50", MAR_10), order("m50", APR_10)]
    board = compute_board(crm, POLICY, APRIL, "S1", AFTER_APRIL)
    assert board.members == 10
    assert board.metrics["repurchase_rate"].denominator == 10
    assert compute_board(crm, POLICY, APRIL, None, AFTER_APRIL).members == 11


def test_kpi_board_cli_prints_the_documented_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path / "var"))
    crm = participation(10, 7)()
    lines = [json.dumps(m.model_dump(mode="json")) for m in crm.members]
    (tmp_path / "members.jsonl").write_text("\n".join(lines), encoding="utf-8")
    lines = [json.dumps(e.model_dump(mode="json"), ensure_ascii=False) for e in crm.events]
    (tmp_path / "events.jsonl").write_text("\n".join(lines), encoding="utf-8")
    assert (
        main(["crm", "import", str(tmp_path / "members.jsonl"), str(tmp_path / "events.jsonl")])
        == 0
    )
    capsys.readouterr()
    assert main(["kpi", "board", "--month", "2026-04", "--store", "S1", "--json"]) == 0
    board = json.loads(capsys.readouterr().out)
    assert set(board) == {
        "month", "store", "as_of", "complete", "members", "metrics", "alerts", "events",
        "event_effect", "ltv", "new_alerts",
    }  # fmt: skip
    assert set(board["metrics"]["participation_growth"]) == {
        "value", "numerator", "denominator", "warning", "breached",
    }  # fmt: skip
    assert set(board["event_effect"]) == {"brand_event", "community_ritual"}
    assert set(board["ltv"]["by_tier"]) == {"koc", "high_value", "potential", "low_value"}
    # No interactions and no paid members either: three metrics under their warning values.
    assert board["alerts"] == ["participation_growth", "interaction_rate", "paid_conversion"]
    assert board["new_alerts"] == 3
    assert main(["kpi", "board", "--month", "2026-04", "--store", "S1"]) == 0
    out = capsys.readouterr().out
    assert "participation_growth" in out and "WARNING" in out
    assert "new warning alert" not in out  # sent once, by the first run
    assert main(["kpi", "board", "--month", "April"]) == 2
