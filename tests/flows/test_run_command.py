"""``radar run``: the main job as a real subprocess (``--once`` twice, a SIGKILL, Ctrl-C)."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from community.board_cache import CACHE as BOARD_CACHE
from community.snapshot import latest_snapshot
from flows.recovery import UNFINISHED, owner_tag, post_retrying
from identity.users import create_user
from radar.schemas import Mention, MentionQuery
from radar.settings import Settings
from store.sqlite import SQLiteStore

from .conftest import free_port, radar_env

pytestmark = pytest.mark.slow
REQUIRED = {"collected", "stored", "analysed", "alerts", "incidents", "historical_incidents"}
#: Small analyse batches so a run can be killed between them.
BATCH = "5"
#: One source keeps the four passes of the crash test short; it carries the crisis story.
SOURCE = "demo-weibo"
ONCE = ["run", "--once", "--source", SOURCE]


def run_once(env: dict[str, str], source: str = SOURCE) -> tuple[dict[str, Any], str]:
    """``radar run --once --source SOURCE``: its last stdout line as JSON, and its stderr."""
    done = subprocess.run(
        [sys.executable, "-m", "radar.cli", "run", "--once", "--source", source],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    return json.loads(last), done.stderr


def snapshot(data_dir: Path) -> dict[str, Any]:
    """Everything a pass produces, comparable between two data directories."""
    store = SQLiteStore(data_dir / "radar.sqlite3")
    try:
        mentions = list(store.iter_mentions(MentionQuery()))
        docs = {
            c: sorted(d.id for d in store.find_docs(c, limit=1000).items)
            for c in ("incidents", "alerts", "outbox")
        }
    finally:
        store.close()
    return {
        "ids": [m.id for m in mentions],
        "analysis": {m.id: _analysis(m) for m in mentions},
        "pending": sum(m.needs_analysis for m in mentions),
        **docs,
    }


def _analysis(m: Mention) -> tuple[Any, ...]:
    p_neg = round(m.sentiment.p_negative, 4) if m.sentiment else None
    label = m.sentiment.label if m.sentiment else None
    alerts = [(a.category, a.term, a.start, a.end) for a in m.alerts]
    return (
        m.analysed_hash,
        m.content_hash,
        tuple(m.tokens),
        tuple(m.keywords),
        label,
        p_neg,
        alerts,
    )


def test_once_reports_a_pass_and_a_rerun_stores_nothing_even_after_a_sigkill(
    prefect_api_url: str, tmp_path: Path
) -> None:
    # Mention ids derive from URLs: every run here sees the demo network on the same port.
    demo_port = str(free_port())
    clean_dir, crashed_dir = tmp_path / "clean", tmp_path / "crashed"
    # Analysis only after the crawls (not during them): the kill must land in the analyse
    # stage, and the clean and resumed runs must batch the mentions alike, since int8 dynamic
    # quantisation moves a text's p_negative by up to ~0.001 with its batch's make-up (during
    # the crawls, a batch is whatever has arrived). test_collect.py covers the overlap.
    extra = {
        "RADAR_DEMO_PORT": demo_port,
        "RADAR_ANALYSE_BATCH_SIZE": BATCH,
        "RADAR_ANALYSE_DURING_COLLECT": "false",
    }

    first, progress = run_once(radar_env(clean_dir, prefect_api_url, **extra))
    assert set(first) >= REQUIRED
    assert first["collected"] >= first["stored"] > 100
    # The demo's food-safety post passed 500 reads; the demo replays a past week, so it is
    # recorded as a historical incident (backfill: no 15-minute timer), not a live one.
    assert first["incidents"] + first["historical_incidents"] > 0
    assert first["analysed"] == first["stored"]
    assert first["failed_sources"] == {}
    assert "collect:" in progress and "analyse:" in progress  # progress while it works

    second, _ = run_once(radar_env(clean_dir, prefect_api_url, **extra))
    assert second["stored"] == 0
    assert second["analysed"] == 0
    assert second["collected"] > 0
    assert second["incidents"] == second["historical_incidents"] == 0
    clean = snapshot(clean_dir)
    assert clean["pending"] == 0 and len(clean["ids"]) == first["stored"]

    # The same pass, killed (SIGKILL) after some analyse batches were saved, then run again.
    killed = subprocess.Popen(
        [sys.executable, "-m", "radar.cli", *ONCE],
        env=radar_env(crashed_dir, prefect_api_url, **extra),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    analysed_at_kill = _kill_mid_analysis(killed, crashed_dir / "radar.sqlite3", len(clean["ids"]))
    assert 0 < analysed_at_kill < len(clean["ids"])
    resumed, resumed_log = run_once(radar_env(crashed_dir, prefect_api_url, **extra))
    assert resumed["analysed"] > 0
    assert resumed["stored"] == 0  # the crawl had finished before the kill
    crashed = snapshot(crashed_dir)
    # Nothing lost, nothing duplicated: the same mentions, analysed the same, same incidents.
    assert crashed["ids"] == clean["ids"]
    assert crashed["analysis"] == clean["analysis"]
    assert crashed["pending"] == 0
    assert crashed["incidents"] == clean["incidents"]
    assert crashed["alerts"] == clean["alerts"]
    assert crashed["outbox"] == clean["outbox"]
    # The runs the killed process left Running were marked crashed when the next one started.
    states = run_states(prefect_api_url, owner_tag(Settings(data_dir=crashed_dir)))
    said = [line for line in resumed_log.splitlines() if "killed" in line]
    assert not [name for name, state in states if state in UNFINISHED], (states, said)
    assert ("full-pass", "CRASHED") in states


def run_states(api_url: str, tag: str) -> list[tuple[str, str]]:
    """(flow name, state type) of every flow run tagged ``tag``; asked again while the shared
    test server's SQLite database is busy, as ``radar run`` asks (``post_retrying``)."""
    with httpx.Client(base_url=api_url + "/", timeout=10) as api:
        flows = post_retrying(api, "flows/filter", {}).json()
        names = {f["id"]: f["name"] for f in flows}
        runs = post_retrying(
            api, "flow_runs/filter", {"flow_runs": {"tags": {"all_": [tag]}}, "limit": 200}
        ).json()
    return [(names.get(r["flow_id"], "?"), r["state_type"]) for r in runs]


def _kill_mid_analysis(proc: subprocess.Popen[bytes], db: Path, total: int) -> int:
    """SIGKILL ``proc`` once some (not all) mentions are analysed; returns how many were."""
    deadline = time.monotonic() + 200
    while not db.exists():
        assert proc.poll() is None and time.monotonic() < deadline, "the pass never stored"
        time.sleep(0.2)
    store = SQLiteStore(db)
    try:
        while True:
            assert proc.poll() is None, "the pass finished before it could be killed"
            assert time.monotonic() < deadline
            done = store.count_mentions(MentionQuery(needs_analysis=False))
            if done >= 20:
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=30)
                assert proc.returncode == -signal.SIGKILL
                return store.count_mentions(MentionQuery(needs_analysis=False))
            time.sleep(0.05)
    finally:
        store.close()


def test_run_serves_the_api_and_the_flows_until_ctrl_c(
    prefect_api_url: str, tmp_path: Path
) -> None:
    api_port = free_port()
    # The demo network on port 0: the job binds the API's port before the demo network asks
    # the OS for one (a fresh-clone run once saw the demo network given the API's port, free
    # again once free_port() closed it, when the job bound the demo network first).
    env = radar_env(
        tmp_path / "var",
        prefect_api_url,
        RADAR_API_PORT=str(api_port),
        RADAR_DEMO_PORT="0",
    )
    # Reading mentions needs a user: an ops viewer created before the job starts.
    (tmp_path / "var").mkdir(parents=True, exist_ok=True)
    users_store = SQLiteStore(tmp_path / "var" / "radar.sqlite3")
    _, token = create_user(users_store, "olga", "ops")
    users_store.close()
    proc = subprocess.Popen(
        [sys.executable, "-m", "radar.cli", "run", "--source", "demo-weibo"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr or []), daemon=True)
    reader.start()
    base = f"http://127.0.0.1:{api_port}"
    try:
        deadline = time.monotonic() + 240
        while True:
            assert proc.poll() is None, "".join(lines)[-3000:]
            assert time.monotonic() < deadline, "".join(lines)[-3000:]
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            time.sleep(0.2)
        # Wait for the first pass and the served flows, then Ctrl-C.
        while not any("serving" in line for line in lines):
            assert proc.poll() is None, "".join(lines)[-3000:]
            assert time.monotonic() < deadline, "".join(lines)[-3000:]
            time.sleep(0.2)
        assert any(f"{base}/docs" in line for line in lines)
        assert httpx.get(f"{base}/api/mentions", timeout=10).status_code == 401
        found = httpx.get(
            f"{base}/api/mentions",
            params={"q": "邻里鲜"},
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        ).json()
        assert found["total"] > 0
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=60) == 0, "".join(lines)[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reader.join(timeout=5)
    assert any("stopped" in line for line in lines)
    with pytest.raises(httpx.TransportError):  # the API is gone with it
        httpx.get(f"{base}/healthz", timeout=2)


def test_the_first_run_loads_the_demo_crm(prefect_api_url: str, tmp_path: Path) -> None:
    # The demo CRM ends today, so the first pass has members in every layer, a realistic few
    # fresh lapses (not every member) and a KPI board with data for last month. A tenth of the
    # default size and one small source keep it short (the default: docs/community.md).
    env = radar_env(
        tmp_path / "var",
        prefect_api_url,
        RADAR_DEMO_PORT="0",
        RADAR_RUN_DEMO_CRM="true",
        RADAR_DEMO_CRM_MEMBERS="300",
    )
    summary, progress = run_once(env, source="demo-news")
    assert "loaded the demo CRM" in progress
    assert summary["crm_members"] == 315  # 300 and 5 % who joined in the last 60 days
    assert 0 < summary["churn_warnings"] < summary["crm_members"] / 4
    assert summary["churn_tasks"] == summary["churn_warnings"]  # one 回访 task per fresh lapse
    store = SQLiteStore(tmp_path / "var" / "radar.sqlite3")
    try:
        snapshot = latest_snapshot(store)
        boards = store.count_docs(BOARD_CACHE)  # last month's (warnings) and the console's
    finally:
        store.close()
    assert boards >= 1
    assert snapshot is not None
    assert all(n > 0 for n in snapshot.counts.lifecycle.values()), snapshot.counts.lifecycle
