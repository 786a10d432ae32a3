"""The monitor pass end to end: run_monitor + deliver_pending, and `radar incidents`."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from monitor import run_monitor
from monitor.alerts import ALERTS, Alert
from monitor.incidents import get_incident
from monitor.notify import OUTBOX, deliver_pending
from radar.cli import main
from radar.settings import Settings
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, food_safety_story, shifted


def test_run_opens_incident_and_sends_its_notification(
    store: SQLiteStore, monitor_settings: Settings
) -> None:
    store.upsert_mentions(food_safety_story())
    now = T0 + timedelta(hours=3)
    report = run_monitor(store, monitor_settings, now)
    assert report.incidents_opened == ["inc-root"]
    assert report.notifications_enqueued == 2  # the incident and the 食品安全 keyword alert
    delivered = deliver_pending(store, monitor_settings, now)
    assert sorted(delivered.sent) == sorted(d.id for d in store.find_docs(OUTBOX).items)
    files = sorted(monitor_settings.notify_outbox_dir.glob("*.json"))
    bodies = [json.loads(p.read_text("utf-8")) for p in files]
    opened = next(b for b in bodies if b["kind"] == "incident_opened")
    assert opened["ref"] == "incidents/inc-root" and opened["severity"] == "critical"
    assert "15分钟内启动应急小组" in opened["text"]
    # Idempotent: the same pass again queues and sends nothing new.
    assert run_monitor(store, monitor_settings, now).notifications_enqueued == 0
    assert deliver_pending(store, monitor_settings, now).sent == []


def test_radar_incidents_cli(
    store: SQLiteStore,
    monitor_settings: Settings,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    opened = datetime.now(UTC) - timedelta(minutes=20)  # the 15-minute step is overdue
    store.upsert_mentions(shifted(food_safety_story(), opened - timedelta(hours=3)))
    run_monitor(store, monitor_settings, opened)
    monkeypatch.setenv("RADAR_DATA_DIR", str(monitor_settings.data_dir))
    assert main(["incidents"]) == 0
    out = capsys.readouterr().out
    assert "inc-root  [open] critical" in out
    assert "assemble_team" in out and "overdue 0h0" in out and "follow_up" in out

    assert main(["incidents", "--sweep", "--deliver", "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "radar: swept timers: 1 step(s) escalated"
    # "opened", the escalation, and the 食品安全 keyword alert.
    assert lines[1].startswith("radar: notifications: 3 sent")
    incident = json.loads(lines[2])
    assert incident["escalation_level"] == 1 and incident["steps"][0]["escalated_at"]


def test_stream_clock(store: SQLiteStore) -> None:
    from monitor.runner import stream_clock

    now = T0 + timedelta(hours=3)
    assert stream_clock(store, now) == now  # empty store
    store.upsert_mentions(food_safety_story())
    assert stream_clock(store, now) == now  # fresh stream: the real clock
    newest = T0 + timedelta(hours=2)  # nw1
    assert stream_clock(store, now + timedelta(days=5)) == newest  # stalled: its newest mention


def test_radar_incidents_empty(monkeypatch: pytest.MonkeyPatch, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    # A store with nothing in it: no incidents. (No store at all: a read-only command refuses
    # to create one and says where it looked.)
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path / "empty"))
    SQLiteStore(Settings().sqlite_path).close()
    assert main(["incidents"]) == 0
    assert capsys.readouterr().out.strip() == "no open incidents"


def test_radar_incidents_without_a_store_says_where_it_looked(  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch, tmp_path, capsys
) -> None:
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path / "nothing"))
    assert main(["incidents"]) == 2
    assert str(tmp_path / "nothing") in capsys.readouterr().err
    assert not (tmp_path / "nothing" / "radar.sqlite3").exists()


def test_custom_alert_lexicon_sets_the_severities(
    store: SQLiteStore, monitor_settings: Settings, tmp_path: Path
) -> None:
    # RADAR_ALERT_LEXICON_PATH owns alert severities: the bundled lexicon says 食品安全 is
    # critical, this one says medium, and the pass must follow the configured one.
    lexicon = tmp_path / "alerts.yaml"
    lexicon.write_text(
        "categories:\n  食品安全:\n    severity: medium\n    terms: [拉肚子]\n", "utf-8"
    )
    settings = monitor_settings.replace(nlp={"alert_lexicon_path": lexicon})
    store.upsert_mentions(food_safety_story())
    run_monitor(store, settings, T0 + timedelta(hours=3))
    incident = get_incident(store, "inc-root")
    assert incident is not None and incident.severity == "high"  # a crisis is at least high
    (alert,) = [Alert.model_validate(d.body) for d in store.find_docs(ALERTS).items]
    assert alert.category == "食品安全" and alert.severity == "medium"
    # The bundled lexicon gives the same story its critical severity.
    bundled = SQLiteStore(tmp_path / "bundled.sqlite3")
    try:
        bundled.upsert_mentions(food_safety_story())
        run_monitor(bundled, monitor_settings, T0 + timedelta(hours=3))
        assert bundled.get_doc(ALERTS, alert.id).body["severity"] == "critical"  # type: ignore[union-attr]
        assert get_incident(bundled, "inc-root").severity == "critical"  # type: ignore[union-attr]
    finally:
        bundled.close()
