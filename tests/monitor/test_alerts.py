"""Alert rules: one story raises one alert, updated as it grows; cooldown; spikes."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from monitor.alerts import ALERTS, Alert, evaluate_alerts, resolve_alert
from monitor.errors import NotFoundError
from monitor.notify import OUTBOX, Outbox
from monitor.policy import MonitorPolicy, load_policy
from nlp.alerts import AlertLexicon
from radar.schemas import MentionQuery
from store.sqlite import SQLiteStore
from store.update import UpdateConflict
from tests.monitor.factories import T0, mention

POLICY = load_policy()


def _policy(cooldown_minutes: int = 30, **spike: float) -> MonitorPolicy:
    """The built-in policy with the alert cooldown and spike rule numbers changed."""
    rules = POLICY.alerts.model_copy(
        update={
            "cooldown_minutes": cooldown_minutes,
            "spike": POLICY.alerts.spike.model_copy(update=spike),
        }
    )
    return POLICY.model_copy(update={"alerts": rules})


def _evaluate(store: SQLiteStore, policy: MonitorPolicy, now_offset: timedelta):  # type: ignore[no-untyped-def]
    now = T0 + now_offset
    recent = list(store.iter_mentions(MentionQuery(since=now - timedelta(days=3), until=now)))
    return evaluate_alerts(
        store, policy, recent, now, Outbox(store, ["file"]), lexicon=AlertLexicon.default()
    )


def _alerts(store: SQLiteStore) -> list[Alert]:
    return [Alert.model_validate(d.body) for d in store.find_docs(ALERTS, limit=100).items]


def test_one_story_one_alert_updated_as_it_grows(store: SQLiteStore) -> None:
    policy = _policy(cooldown_minutes=30, min_count=1000)  # keyword rule only
    kw = {"label": "negative", "p_neg": 0.9, "categories": ("食品安全",)}
    store.upsert_mentions([mention("s1", reads=100, **kw)])  # type: ignore[arg-type]
    first = _evaluate(store, policy, timedelta(minutes=1))
    assert len(first.raised) == 1 and first.notified == first.raised

    # Two reposts of the same story: the same alert grows, no second alert.
    store.upsert_mentions(
        [
            mention("s2", at=T0 + timedelta(minutes=2), repost_of="s1", **kw),  # type: ignore[arg-type]
            mention("s3", at=T0 + timedelta(minutes=3), parent_id="s2", **kw),  # type: ignore[arg-type]
        ]
    )
    grown = _evaluate(store, policy, timedelta(minutes=5))
    assert grown.raised == [] and grown.updated == first.raised
    assert grown.notified == []  # inside the 30-minute cooldown: updated silently
    (alert,) = _alerts(store)
    assert alert.mention_count == 3 and alert.story_id == "s1" and alert.severity == "critical"

    # Nothing new: no write, no notice.
    assert _evaluate(store, policy, timedelta(minutes=10)).updated == []
    # Grows again after the cooldown: one update notice.
    store.upsert_mentions([mention("s4", at=T0 + timedelta(minutes=40), repost_of="s1", **kw)])  # type: ignore[arg-type]
    later = _evaluate(store, policy, timedelta(minutes=41))
    assert later.notified == first.raised
    keys = sorted(d.body["key"] for d in store.find_docs(OUTBOX).items)
    assert keys == [f"alert:{alert.id}:1", f"alert:{alert.id}:2"]
    # A different story with the same category is its own alert.
    store.upsert_mentions([mention("t1", at=T0 + timedelta(minutes=42), **kw)])  # type: ignore[arg-type]
    assert len(_evaluate(store, policy, timedelta(minutes=43)).raised) == 1
    assert store.count_docs(ALERTS) == 2


def test_volume_spike_raises_one_alert_while_it_lasts(store: SQLiteStore) -> None:
    policy = _policy(window_minutes=60, baseline_windows=6, k=3.0, min_count=5)
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
    report = _evaluate(store, policy, timedelta(hours=7))
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
    again = _evaluate(store, policy, timedelta(hours=8))
    assert store.count_docs(ALERTS, []) == 4
    assert "spike-volume" in " ".join(again.updated)


def test_no_spike_on_a_steady_stream(store: SQLiteStore) -> None:
    steady = [
        mention(f"s{h}-{i}", at=T0 + timedelta(hours=h, minutes=5 * i), label="neutral")
        for h in range(8)
        for i in range(6)
    ]
    store.upsert_mentions(steady)
    policy = _policy(baseline_windows=6)
    _evaluate(store, policy, timedelta(hours=8))
    assert store.count_docs(ALERTS) == 0


def test_resolved_alert_reactivates_when_its_story_grows(store: SQLiteStore) -> None:
    policy = _policy(cooldown_minutes=0, min_count=1000)
    kw = {"label": "negative", "p_neg": 0.9, "categories": ("价格欺诈",)}
    store.upsert_mentions([mention("p1", **kw)])  # type: ignore[arg-type]
    (alert_id,) = _evaluate(store, policy, timedelta(minutes=1)).raised
    doc = store.get_doc(ALERTS, alert_id)
    assert doc is not None
    store.put_doc(
        ALERTS, alert_id, {**doc.body, "status": "resolved"}, expected_version=doc.version
    )
    assert _evaluate(store, policy, timedelta(minutes=2)).updated == []  # unchanged: stays
    store.upsert_mentions([mention("p2", at=T0 + timedelta(minutes=3), repost_of="p1", **kw)])  # type: ignore[arg-type]
    grown = _evaluate(store, policy, timedelta(minutes=4))
    assert grown.updated == [alert_id] and grown.notified == [alert_id]
    (alert,) = _alerts(store)
    assert alert.status == "active" and alert.mention_count == 2 and alert.severity == "high"


class RacedStore(SQLiteStore):
    """The real store, with another writer that changes ``raced`` documents between every read
    and conditional write (the lost race the read-modify-write loops retry)."""

    raced: set[tuple[str, str]]

    def put_doc(  # type: ignore[override]
        self, collection: str, doc_id: str, body: dict, *, expected_version: int | None = None
    ):
        if (collection, doc_id) in self.raced and expected_version is not None:
            current = self.get_doc(collection, doc_id)
            super().put_doc(collection, doc_id, current.body if current else body)
        return super().put_doc(collection, doc_id, body, expected_version=expected_version)


def test_lost_races_are_retried_then_raised_never_dropped(tmp_path: Path) -> None:
    store = RacedStore(tmp_path / "raced.sqlite3")
    store.raced = set()
    try:
        kw = {"label": "negative", "p_neg": 0.9, "categories": ("食品安全",)}
        store.upsert_mentions([mention("s1", reads=100, **kw)])  # type: ignore[arg-type]
        policy = _policy(min_count=1000)
        (alert_id,) = _evaluate(store, policy, timedelta(minutes=1)).raised
        # A racing writer on the alert: resolving it and growing it both give up loudly.
        store.raced = {(ALERTS, alert_id)}
        with pytest.raises(UpdateConflict):
            resolve_alert(store, alert_id)
        store.upsert_mentions([mention("s2", at=T0 + timedelta(minutes=2), repost_of="s1", **kw)])  # type: ignore[arg-type]
        with pytest.raises(UpdateConflict):
            _evaluate(store, policy, timedelta(minutes=5))
        # Once the race is over, the next pass applies the growth.
        store.raced = set()
        assert _evaluate(store, policy, timedelta(minutes=6)).updated == [alert_id]
        assert resolve_alert(store, alert_id).status == "resolved"
        with pytest.raises(NotFoundError):
            resolve_alert(store, "no-such-alert")
    finally:
        store.close()
