"""The daily snapshot and the churn 回访 tasks, on each backend, through the real outbox."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from community.models import Interaction, Member, Order, OrderLine
from community.policy import load_policy
from community.records import SNAPSHOTS, TASKS, save_records
from community.rfm import tier_of
from community.snapshot import latest_snapshot, refresh
from monitor.notify import OUTBOX, Outbox
from store.base import Store

NOW = datetime(2026, 6, 1, 4, tzinfo=UTC)  # 12:00 in Shanghai
POLICY = load_policy()


def member(i: int, joined_days_ago: float) -> Member:
    return Member(id=f"m{i}", joined_at=NOW - timedelta(days=joined_days_ago), store="S1")


def touch(member_id: str, days_ago: float, kind: str = "message", n: int = 0) -> Interaction:
    return Interaction(
        id=f"i-{member_id}-{days_ago}-{n}",
        member_id=member_id,
        kind=kind,  # type: ignore[arg-type]
        at=NOW - timedelta(days=days_ago),
        reach=10,
    )


def order(i: int, member_id: str, days_ago: float, amount: str) -> Order:
    line = OrderLine(sku="s", category="有机生鲜", margin_class="high", amount=Decimal(amount))
    return Order(
        id=f"o{i}",
        member_id=member_id,
        store="S1",
        placed_at=NOW - timedelta(days=days_ago),
        lines=[line],
    )


def seed(store: Store) -> None:
    save_records(
        store,
        [
            member(1, 3),  # new, idle 3 days: new members are not watched
            member(2, 20),  # active, touched 1 day ago: fine
            member(3, 20),  # active, idle 4 days: warning
            member(4, 200),  # core, idle 10 days: warning
            member(5, 60),  # silent, idle 40 days: not watched
            member(6, 10),  # active, never interacted, joined 10 days ago: warning from joining
            member(7, 300),  # core, idle 40 days: churned, past the early-warning window
            touch("m1", 3),
            touch("m2", 1),
            touch("m3", 4),
            touch("m4", 10),
            touch("m5", 40),
            touch("m7", 40),
            order(1, "m2", 2, "50"),
            order(2, "m4", 30, "500"),
            order(3, "m4", 60, "300"),
        ],
    )


def test_snapshot_places_members_and_stores_cutoffs(any_store: Store) -> None:
    seed(any_store)
    snapshot, created = refresh(any_store, NOW, POLICY)
    assert created == 0  # no outbox: nothing raised
    assert snapshot.counts.members == 7
    assert snapshot.counts.lifecycle == {"new": 1, "active": 3, "silent": 1, "core": 2}
    assert sum(snapshot.counts.tiers.values()) == 7
    assert snapshot.counts.churn_warnings == 3
    stored = latest_snapshot(any_store)
    assert stored is not None and stored.date == "2026-06-01"
    assert any_store.get_doc(SNAPSHOTS, "2026-06-01") is not None
    for member_id, state in stored.members.items():
        bought = member_id in ("m2", "m4")
        assert state.tier == tier_of(
            state.value, state.influence, bought, stored.cutoffs, POLICY.tiers
        )
    assert stored.members["m4"].tags == ["有机生鲜"]


def test_one_followup_task_per_lapse_through_the_outbox(any_store: Store) -> None:
    seed(any_store)
    outbox = Outbox(any_store, ["file"])
    _, created = refresh(any_store, NOW, POLICY, outbox)
    assert created == 3
    tasks = {d.body["member_id"]: d.body for d in any_store.find_docs(TASKS).items}
    assert sorted(tasks) == ["m3", "m4", "m6"]
    assert tasks["m4"]["layer"] == "core" and tasks["m4"]["tier"] in (
        "koc",
        "high_value",
        "potential",
        "low_value",
    )
    messages = [d.body["notification"] for d in any_store.find_docs(OUTBOX).items]
    assert len(messages) == 3
    assert {m["kind"] for m in messages} == {"churn_followup"}
    assert all({"tier", "last_activity", "member"} <= set(m["fields"]) for m in messages)
    # The next day's run: same lapses, no new task and no new message.
    _, again = refresh(any_store, NOW + timedelta(hours=20), POLICY, outbox)
    assert again == 0 and any_store.count_docs(OUTBOX) == 3
    # m3 comes back, then lapses again: a new lapse, a new task.
    save_records(any_store, [touch("m3", -1)])
    _, later = refresh(any_store, NOW + timedelta(days=5), POLICY, outbox)
    new = [d.body for d in any_store.find_docs(TASKS).items if d.body["member_id"] == "m3"]
    assert later >= 1 and len(new) == 2
