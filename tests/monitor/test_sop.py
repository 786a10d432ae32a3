"""Crisis SOP and 1-3-5 timers: stored deadlines survive a restart; each overdue step
escalates once and notifies once."""

from __future__ import annotations

from datetime import timedelta

from monitor import run_monitor
from monitor.cases import save_case
from monitor.incidents import acknowledge, close, get_incident
from monitor.notify import OUTBOX, Outbox
from monitor.propagation import story_graph
from monitor.sop import sweep
from monitor.tickets import TICKETS, complete, get_ticket, new_ticket
from radar.schemas import Filter
from radar.settings import Settings
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, food_safety_story

OPENED = T0 + timedelta(hours=3)


def _outbox_keys(store: SQLiteStore) -> list[str]:
    return sorted(d.body["key"] for d in store.find_docs(OUTBOX, limit=500).items)


def test_timers_survive_restart(store: SQLiteStore, monitor_settings: Settings) -> None:
    store.upsert_mentions(food_safety_story())
    report = run_monitor(store, monitor_settings, OPENED)
    assert report.incidents_opened == ["inc-root"]
    store.close()  # the process "restarts": nothing but the database file is kept

    reopened = SQLiteStore(monitor_settings.sqlite_path)
    try:
        outbox = Outbox(reopened, ["file"])
        assert sweep(reopened, OPENED + timedelta(minutes=14), outbox).escalated == []
        first = sweep(reopened, OPENED + timedelta(minutes=16), outbox)
        assert first.escalated == [("incidents/inc-root", "assemble_team")]
        # A second sweep (or a third process) finds nothing new to escalate.
        assert sweep(reopened, OPENED + timedelta(minutes=30), outbox).escalated == []
        late = sweep(reopened, OPENED + timedelta(days=3, seconds=1), outbox)
        assert late.escalated == [("incidents/inc-root", "follow_up")]
        incident = get_incident(reopened, "inc-root")
        assert incident is not None and incident.escalation_level == 2
        assert [e.event for e in incident.timeline][-1] == "step follow_up overdue: escalated"
        keys = [k for k in _outbox_keys(reopened) if k.startswith("incidents:")]
        assert keys == [
            "incidents:inc-root:opened",
            "incidents:inc-root:overdue:assemble_team",
            "incidents:inc-root:overdue:follow_up",
        ]
    finally:
        reopened.close()


def test_acknowledged_in_time_is_not_escalated(
    store: SQLiteStore, monitor_settings: Settings
) -> None:
    store.upsert_mentions(food_safety_story())
    run_monitor(store, monitor_settings, OPENED)
    incident = get_incident(store, "inc-root")
    assert incident is not None
    acknowledge(incident, "pr-lead", OPENED + timedelta(minutes=10), "team assembled")
    save_case(store, "incidents", incident)
    report = sweep(store, OPENED + timedelta(hours=1), Outbox(store, ["file"]))
    assert report.escalated == []
    incident = get_incident(store, "inc-root")
    assert (
        incident is not None and incident.owner == "pr-lead" and incident.status == "acknowledged"
    )
    # Closed with its report: no timer is left, even long after the 7-day deadline.
    close(
        incident, "pr-lead", "整改报告: 供应商已更换, 全部批次送检合格", OPENED + timedelta(days=2)
    )
    save_case(store, "incidents", incident)
    assert sweep(store, OPENED + timedelta(days=30), Outbox(store, ["file"])).escalated == []
    stored = store.get_doc("incidents", "inc-root")
    assert stored is not None and stored.body["next_due_ts"] is None


def test_one_story_one_incident(store: SQLiteStore, monitor_settings: Settings) -> None:
    store.upsert_mentions(food_safety_story())
    run_monitor(store, monitor_settings, OPENED)
    run_monitor(store, monitor_settings, OPENED + timedelta(minutes=1))
    assert store.count_docs("incidents") == 1
    incident = get_incident(store, "inc-root")
    assert incident is not None
    # root (3200 reads) and rp1 (800) pass 500; fr1 (400) and the 5000-read news item
    # (neutral) do not trigger.
    assert incident.mention_ids == ["root", "rp1"]
    # One reach figure per story: the incident shows the propagation graph's.
    assert incident.reach == story_graph(store, "root").reach == 9480
    assert incident.category == "食品安全"
    assert incident.severity == "critical"


def test_ticket_135_escalation_after_restart(
    store: SQLiteStore, monitor_settings: Settings
) -> None:
    ticket = new_ticket("鸡蛋破损投诉", T0, customer="王女士", ticket_id="tkt-1")
    save_case(store, TICKETS, ticket, create=True)
    store.close()
    reopened = SQLiteStore(monitor_settings.sqlite_path)
    try:
        outbox = Outbox(reopened, ["file"])
        # 1小时响应: missed at 61 minutes.
        assert sweep(reopened, T0 + timedelta(minutes=61), outbox).escalated == [
            ("tickets/tkt-1", "respond")
        ]
        stored = get_ticket(reopened, "tkt-1")
        assert stored is not None
        complete(stored, "respond", "客服小李", T0 + timedelta(hours=2), "已电话联系")
        complete(stored, "solution", "客服小李", T0 + timedelta(days=1), "补发并赠券")
        save_case(reopened, TICKETS, stored)
        # 5天效果反馈 is still pending: escalated after day 5.
        assert sweep(reopened, T0 + timedelta(days=4), outbox).escalated == []
        assert sweep(reopened, T0 + timedelta(days=5, minutes=1), outbox).escalated == [
            ("tickets/tkt-1", "effect_feedback")
        ]
        assert reopened.count_docs(OUTBOX, [Filter(field="status", value="pending")]) == 2
    finally:
        reopened.close()


def test_negative_complaint_opens_one_135_ticket(
    store: SQLiteStore, monitor_settings: Settings
) -> None:
    from tests.monitor.factories import mention

    store.upsert_mentions(
        [
            mention(
                "c1", platform="complaints", label="negative", p_neg=0.9, categories=("退款纠纷",)
            ),
            mention("c2", platform="complaints", label="positive", p_neg=0.1),  # praise: no ticket
            mention("w1", platform="weibo", label="negative", p_neg=0.9),  # not a complaint site
        ]
    )
    first = run_monitor(store, monitor_settings, OPENED)
    assert first.tickets_opened == ["tkt-c1"]
    assert run_monitor(store, monitor_settings, OPENED).tickets_opened == []  # once
    ticket = get_ticket(store, "tkt-c1")
    assert ticket is not None and ticket.mention_id == "c1" and ticket.category == "退款纠纷"
    assert ticket.steps[0].due_at == OPENED + timedelta(hours=1)  # 1小时响应
    late = run_monitor(store, monitor_settings, OPENED + timedelta(minutes=61))
    assert ("tickets/tkt-c1", "respond") in late.sweep.escalated
    off = monitor_settings.replace(monitor={"complaint_platforms": []})
    store.upsert_mentions([mention("c3", platform="complaints", label="negative", p_neg=0.9)])
    assert run_monitor(store, off, OPENED).tickets_opened == []
