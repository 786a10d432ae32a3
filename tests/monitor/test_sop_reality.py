"""Crisis SOP that matches reality (seed 002 危机处理SOP, 1-3-5): backfill is history, the
brand's own posts are its response, false positives are dismissed, tickets cannot skip the
1-hour response, aliases are categories, one reach figure per story."""

from __future__ import annotations

from datetime import timedelta

import pytest

from monitor import run_monitor
from monitor.alerts import ALERTS, Alert, dismiss_alert, list_alerts, status_counts
from monitor.crisis import first_seen_at, is_backfill
from monitor.errors import CaseStateError, UnknownCategory
from monitor.incidents import (
    close_incident,
    dismiss_incident,
    get_incident,
    outcome_counts,
)
from monitor.notify import OUTBOX, Outbox
from monitor.propagation import story_graph
from monitor.sop import sweep
from monitor.tickets import complete_ticket_step, list_tickets, open_ticket
from nlp.alerts import AlertLexicon
from radar.privacy import pseudonym_key, pseudonymise
from radar.settings import Settings
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, food_safety_story, mention

LIVE = T0 + timedelta(hours=3)
HOUR = timedelta(hours=1)


@pytest.mark.parametrize(
    ("published", "collected", "now", "seen"),
    [
        # Collected 10 minutes after publication, monitored later: the clock starts at collection.
        (T0, T0 + timedelta(minutes=10), T0 + HOUR, T0 + timedelta(minutes=10)),
        # No collected time (stored by hand): the pass's own time.
        (T0, None, T0 + HOUR, T0 + HOUR),
        # Never before publication, never after now.
        (T0, T0 - HOUR, T0 + HOUR, T0),
        (T0, T0 + 2 * HOUR, T0 + HOUR, T0 + HOUR),
    ],
)
def test_first_seen_at(published, collected, now, seen) -> None:  # type: ignore[no-untyped-def]
    assert first_seen_at(published, collected, now) == seen


def test_backfill_is_history_without_timers(store: SQLiteStore, settings: Settings) -> None:
    # A month-old story found now (a first crawl brings history): not a crisis.
    collected = T0 + timedelta(days=30)
    story = [m.model_copy(update={"collected_at": collected}) for m in food_safety_story()]
    store.upsert_mentions(story)
    report = run_monitor(store, settings, collected + timedelta(minutes=1))
    assert report.incidents_opened == [] and report.incidents_historical == ["inc-root"]
    incident = get_incident(store, "inc-root")
    assert incident is not None and incident.status == "historical" and incident.steps == []
    assert is_backfill(T0, collected, timedelta(hours=48))
    # Nothing ever escalates; one informational notice, no "opened" one.
    assert sweep(store, collected + timedelta(days=10), Outbox(store, ["file"])).escalated == []
    keys = {d.body["key"] for d in store.find_docs(OUTBOX, limit=100).items}
    assert "incidents:inc-root:historical" in keys and "incidents:inc-root:opened" not in keys

    # A fresh repost going viral today makes the story live: timers from when it was seen.
    fresh_at = collected + timedelta(hours=2)
    fresh = mention(
        "viral",
        at=fresh_at - timedelta(minutes=30),
        reads=2000,
        label="negative",
        p_neg=0.9,
        repost_of="root",
    ).model_copy(update={"collected_at": fresh_at})
    store.upsert_mentions([fresh])
    run_monitor(store, settings, fresh_at + timedelta(minutes=3))
    live = get_incident(store, "inc-root")
    assert live is not None and live.status == "open" and not live.historical
    assert live.clock_started_at == fresh_at
    assert live.steps[0].due_at == fresh_at + timedelta(minutes=15)


def test_clock_starts_when_the_post_was_first_seen(store: SQLiteStore, settings: Settings) -> None:
    seen = LIVE - timedelta(minutes=20)  # collected 20 minutes ago, the monitor ran late
    store.upsert_mentions(
        [m.model_copy(update={"collected_at": seen}) for m in food_safety_story()]
    )
    report = run_monitor(store, settings, LIVE)
    incident = get_incident(store, "inc-root")
    assert incident is not None and incident.steps[0].due_at == seen + timedelta(minutes=15)
    # Already overdue when the pass found it: escalated by the same pass.
    assert report.sweep.escalated == [("incidents/inc-root", "assemble_team")]


def test_brand_accounts_are_the_response(store: SQLiteStore, settings: Settings) -> None:
    official = mention(
        "official",
        at=T0 + timedelta(minutes=12),
        reads=9000,
        label="negative",  # an apology reads as negative to the model
        p_neg=0.9,
        categories=("食品安全",),
        parent_id="root",
        author="邻里鲜官方",
        text="关于鸡肉拉肚子的致歉说明",
    )
    store.upsert_mentions([*food_safety_story(), official])
    report = run_monitor(store, settings, LIVE)
    assert report.incidents_opened == ["inc-root"] and report.responses_recorded == 1
    incident = get_incident(store, "inc-root")
    assert incident is not None and incident.response_mention_ids == ["official"]
    assert "official" not in incident.mention_ids
    respond = incident.steps[0]
    brand = pseudonymise("邻里鲜官方", pseudonym_key(settings.privacy))
    assert respond.name == "assemble_team" and respond.done_by == f"weibo:{brand}"
    assert any(e.event == "brand response" for e in incident.timeline)
    # The brand's post never raises an incident or an alert of its own.
    assert store.get_doc("incidents", "inc-official") is None
    alerts = [Alert.model_validate(d.body) for d in store.find_docs(ALERTS).items]
    assert all("official" not in a.mention_ids for a in alerts)
    # Idempotent.
    assert run_monitor(store, settings, LIVE).responses_recorded == 0


def test_dismissed_incident_and_alert_are_false_positives(
    store: SQLiteStore, settings: Settings
) -> None:
    store.upsert_mentions(food_safety_story())
    run_monitor(store, settings, LIVE)
    outbox = Outbox(store, ["file"])
    with pytest.raises(CaseStateError):
        dismiss_incident(store, "inc-root", "pr-lead", " ", LIVE, outbox)
    dismissed = dismiss_incident(store, "inc-root", "pr-lead", "竞品水军,非真实顾客", LIVE, outbox)
    assert dismissed.status == "closed" and dismissed.outcome == "false_positive"
    assert dismissed.report is None and dismissed.dismissal_reason == "竞品水军,非真实顾客"
    assert outcome_counts(store)["false_positive"] == 1 and outcome_counts(store)["rectified"] == 0
    notice = store.get_doc(OUTBOX, "incidents:inc-root:closed@file")
    assert notice is not None and notice.body["kind"] == "incident_dismissed"
    assert sweep(store, LIVE + timedelta(days=8), outbox).escalated == []  # timers stop
    with pytest.raises(CaseStateError):
        close_incident(store, "inc-root", "pr-lead", "report", LIVE, outbox)

    (alert,) = list_alerts(store).items
    gone = dismiss_alert(store, alert.id, "pr-lead", "误报", LIVE)
    assert gone.status == "dismissed" and status_counts(store)["dismissed"] == 1
    # The story grows: the alert stays dismissed and silent.
    store.upsert_mentions(
        [mention("more", at=LIVE, repost_of="root", label="negative", categories=("食品安全",))]
    )
    before = store.count_docs(OUTBOX)
    run_monitor(store, settings, LIVE + timedelta(hours=1))
    assert store.get_doc(ALERTS, alert.id).body["status"] == "dismissed"  # type: ignore[union-attr]
    assert store.count_docs(OUTBOX) == before


def test_one_reach_figure_per_story(store: SQLiteStore, settings: Settings) -> None:
    store.upsert_mentions(food_safety_story())
    run_monitor(store, settings, LIVE)
    reach = story_graph(store, "root").reach
    incident = get_incident(store, "inc-root")
    (alert,) = list_alerts(store).items
    assert incident is not None and incident.reach == alert.reach == reach
    opened = store.get_doc(OUTBOX, "incidents:inc-root:opened@file")
    assert opened is not None and opened.body["notification"]["fields"]["reach"] == reach


def test_tickets_respond_first_overdue_and_aliases(store: SQLiteStore) -> None:
    lexicon = AlertLexicon.default()
    ticket = open_ticket(store, "鸡肉变质", T0, lexicon=lexicon, category="food_safety")
    assert ticket.category == "食品安全"
    with pytest.raises(UnknownCategory, match="食品安全 \\(food_safety\\)"):
        open_ticket(store, "x", T0, lexicon=lexicon, category="nope")
    with pytest.raises(CaseStateError, match="1小时响应"):
        complete_ticket_step(store, ticket.id, "solution", "ops", T0)
    other = open_ticket(store, "配送慢", T0 + 2 * HOUR)
    overdue = list_tickets(store, overdue=True, now=T0 + 90 * timedelta(minutes=1)).items
    assert [t.id for t in overdue] == [ticket.id]
    complete_ticket_step(store, ticket.id, "respond", "ops", T0 + 2 * HOUR)
    assert list_tickets(store, overdue=True, now=T0 + 2 * HOUR).items == []
    late = list_tickets(store, overdue=True, now=T0 + 4 * HOUR).items
    assert [t.id for t in late] == [other.id]
    assert [a.id for a in list_alerts(store, category="food_safety", lexicon=lexicon).items] == []


@pytest.fixture
def settings(monitor_settings: Settings) -> Settings:
    return monitor_settings
