"""Alert rules: one story raises one alert, updated as it grows; cooldown; spikes."""

from __future__ import annotations

from datetime import timedelta

from monitor.alerts import ALERTS, Alert, evaluate_alerts
from monitor.notify import OUTBOX, Outbox
from monitor.policy import load_policy
from radar.schemas import MentionQuery
from radar.settings import Settings
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, mention

POLICY = load_policy()


def _evaluate(store: SQLiteStore, settings: Settings, now_offset: timedelta):  # type: ignore[no-untyped-def]
    now = T0 + now_offset
    recent = list(store.iter_mentions(MentionQuery(since=now - timedelta(days=3), until=now)))
    return evaluate_alerts(store, settings, POLICY, recent, now, Outbox(store, ["file"]))


def _alerts(store: SQLiteStore) -> list[Alert]:
    return [Alert.model_validate(d.body) for d in store.find_docs(ALERTS, limit=100).items]


def test_one_story_one_alert_updated_as_it_grows(
    store: SQLiteStore, monitor_settings: Settings
) -> None:
    settings = monitor_settings.model_copy(
        update={"alert_cooldown_minutes": 30, "spike_min_count": 1000}  # keyword rule only
    )
    kw = {"label": "negative", "p_neg": 0.9, "categories": ("食品安全",)}
    store.upsert_mentions([mention("s1", reads=100, **kw)])  # type: ignore[arg-type]
    first = _evaluate(store, settings, timedelta(minutes=1))
    assert len(first.raised) == 1 and first.notified == first.raised

    # Two reposts of the same story: the same alert grows, no second alert.
    store.upsert_mentions(
        [
            mention("s2", at=T0 + timedelta(minutes=2), repost_of="s1", **kw),  # type: ignore[arg-type]
            mention("s3", at=T0 + timedelta(minutes=3), parent_id="s2", **kw),  # type: ignore[arg-type]
        ]
    )
    grown = _evaluate(store, settings, timedelta(minutes=5))
    assert grown.raised == [] and grown.updated == first.raised
    assert grown.notified == []  # inside the 30-minute cooldown: updated silently
    (alert,) = _alerts(store)
    assert alert.mention_count == 3 and alert.story_id == "s1" and alert.severity == "critical"

    # Nothing new: no write, no notice.
    assert _evaluate(store, settings, timedelta(minutes=10)).updated == []
    # Grows again after the cooldown: one update notice.
    store.upsert_mentions([mention("s4", at=T0 + timedelta(minutes=40), repost_of="s1", **kw)])  # type: ignore[arg-type]
    later = _evaluate(store, settings, timedelta(minutes=41))
    assert later.notified == first.raised
    keys = sorted(d.body["key"] for d in store.find_docs(OUTBOX).items)
    assert keys == [f"alert:{alert.id}:1", f"alert:{alert.id}:2"]
    # A different story with the same category is its own alert.
    store.upsert_mentions([mention("t1", at=T0 + timedelta(minutes=42), **kw)])  # type: ignore[arg-type]
    assert len(_evaluate(store, settings, timedelta(minutes=43)).raised) == 1
    assert store.count_docs(ALERTS) == 2


def test_volume_spike_raises_one_alert_while_it_lasts(
    store: SQLiteStore, monitor_settings: Settings
) -> None:
    settings = monitor_settings.model_copy(
        update={
            "spike_window_minutes": 60,
            "spike_baseline_windows": 6,
            "spike_k": 3.0,
            "spike_min_count": 5,
        }
    )
    quiet = [
        mention(
            f"q{h}-{i}", at=T0 + timedelta(hours=h, minutes=10 * i), label="positive", p_neg=0.1
        )
        for h in range(6)
        for i in range(2)
    ]
    burst = [
        mention(f"b{i}", at=T0 + timedelta(hours=6, minutes=i), label="negative", p_neg=0.9)
        for i in range(20)
    ]
    store.upsert_mentions(quiet + burst)
    report = _evaluate(store, settings, timedelta(hours=7))
    spikes = [a for a in _alerts(store) if a.rule == "spike"]
    assert {(a.metric, a.scope) for a in spikes} == {
        ("volume", "all"),
        ("negative_share", "all"),
        ("volume", "platform:weibo"),
        ("negative_share", "platform:weibo"),
    }
    volume = next(a for a in spikes if a.metric == "volume" and a.scope == "all")
    assert volume.value == 20 and volume.threshold == 2.0
    assert len(report.raised) == 4

    # The burst goes on into the next window: the same alerts are updated, none added.
    store.upsert_mentions(
        [
            mention(f"c{i}", at=T0 + timedelta(hours=7, minutes=i), label="negative", p_neg=0.9)
            for i in range(30)
        ]
    )
    again = _evaluate(store, settings, timedelta(hours=8))
    assert store.count_docs(ALERTS, []) == 4
    assert "spike-volume" in " ".join(again.updated)


def test_no_spike_on_a_steady_stream(store: SQLiteStore, monitor_settings: Settings) -> None:
    steady = [
        mention(f"s{h}-{i}", at=T0 + timedelta(hours=h, minutes=5 * i), label="neutral")
        for h in range(8)
        for i in range(6)
    ]
    store.upsert_mentions(steady)
    settings = monitor_settings.model_copy(update={"spike_baseline_windows": 6})
    _evaluate(store, settings, timedelta(hours=8))
    assert store.count_docs(ALERTS) == 0


def test_resolved_alert_reactivates_when_its_story_grows(
    store: SQLiteStore, monitor_settings: Settings
) -> None:
    settings = monitor_settings.model_copy(
        update={"alert_cooldown_minutes": 0, "spike_min_count": 1000}
    )
    kw = {"label": "negative", "p_neg": 0.9, "categories": ("价格欺诈",)}
    store.upsert_mentions([mention("p1", **kw)])  # type: ignore[arg-type]
    (alert_id,) = _evaluate(store, settings, timedelta(minutes=1)).raised
    doc = store.get_doc(ALERTS, alert_id)
    assert doc is not None
    store.put_doc(
        ALERTS, alert_id, {**doc.body, "status": "resolved"}, expected_version=doc.version
    )
    assert _evaluate(store, settings, timedelta(minutes=2)).updated == []  # unchanged: stays
    store.upsert_mentions([mention("p2", at=T0 + timedelta(minutes=3), repost_of="p1", **kw)])  # type: ignore[arg-type]
    grown = _evaluate(store, settings, timedelta(minutes=4))
    assert grown.updated == [alert_id] and grown.notified == [alert_id]
    (alert,) = _alerts(store)
    assert alert.status == "active" and alert.mention_count == 2 and alert.severity == "high"
