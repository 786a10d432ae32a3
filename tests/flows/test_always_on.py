"""``radar run`` after its first pass: scheduled runs happen, a stop is clean, children die with it.

The long test runs ``radar run`` as a user would, WITHOUT the session's test harness (whose
temporary server has no scheduler): the job starts its own local Prefect server, and the
monitor flow must complete scheduled runs on its own after the first pass.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest

from radar.process import RUN_FILE, RunRecord, pid_alive
from review_api.status import FLOW_NAMES, FlowStatus, flow_statuses

from .conftest import free_port

#: Scheduled monitor runs to see completed after the first pass.
SCHEDULED_RUNS = 3


@pytest.mark.slow
@pytest.mark.timeout(420)
def test_the_job_runs_the_monitor_flow_on_its_schedule_until_sigint(tmp_path: Path) -> None:
    sources = tmp_path / "sources"  # no sources: the test is about the schedule, not crawling
    sources.mkdir()
    data_dir = tmp_path / "var"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(
        RADAR_DATA_DIR=str(data_dir),
        RADAR_CRAWL_SOURCES_DIR=str(sources),
        RADAR_FLOWS_MONITOR_INTERVAL_SECONDS="10",  # the smallest the settings allow
        RADAR_FLOWS_ANALYSE_INTERVAL_SECONDS="3600",
        RADAR_DEMO_PORT=str(free_port()),
        PYTHONUNBUFFERED="1",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "radar.cli", "run", "--no-api"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr or []), daemon=True)
    reader.start()
    log = lambda: "".join(lines)[-4000:]  # noqa: E731
    try:
        deadline = time.monotonic() + 360
        while not any("serving" in line for line in lines):  # the first pass is over
            assert proc.poll() is None and time.monotonic() < deadline, log()
            time.sleep(0.5)
        record = RunRecord.read(data_dir)
        assert record is not None and record.pid == proc.pid and record.prefect_api_url
        api = record.prefect_api_url
        first_pass = _monitor(api).completed_runs
        assert first_pass >= 1
        while _monitor(api).completed_runs < first_pass + SCHEDULED_RUNS:
            assert proc.poll() is None and time.monotonic() < deadline, log()
            time.sleep(2)
        status = subprocess.run(
            [sys.executable, "-m", "radar.cli", "status", "--json"],
            capture_output=True,
            text=True,
            env={k: v for k, v in env.items() if k != "PREFECT_API_URL"},
            timeout=120,
        )
        assert status.returncode == 0, status.stderr
        report = json.loads(status.stdout)
        assert [f["name"] for f in report["flows"]] == list(FLOW_NAMES)
        (monitor,) = [f for f in report["flows"] if f["name"] == "monitor"]
        assert monitor["completed_runs"] >= first_pass + SCHEDULED_RUNS
        assert monitor["next_scheduled_at"] is not None
        assert monitor["last_completed_at"] is not None
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=120) == 0, log()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    reader.join(timeout=5)
    assert any("stopped" in line for line in lines)
    assert not (data_dir / RUN_FILE).exists()
    with pytest.raises(httpx.TransportError):  # its Prefect server went with it
        httpx.get(f"{api}/health", timeout=2)
    assert "Traceback" not in "".join(lines)


def _monitor(api_url: str) -> FlowStatus:
    (status,) = flow_statuses(api_url, ("monitor",))
    return status


_CHILD = """
import sys, time
from radar.process import die_with_parent
die_with_parent()
print("bound", flush=True)
time.sleep(60)
"""
_PARENT = """
import subprocess, sys
child = subprocess.Popen([sys.executable, "-c", sys.argv[1]], stdout=subprocess.PIPE, text=True)
assert child.stdout.readline().strip() == "bound"
print(child.pid, flush=True)
import time; time.sleep(60)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_bound_child_dies_with_its_sigkilled_parent() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", _PARENT, _CHILD], stdout=subprocess.PIPE, text=True
    )
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    assert pid_alive(child)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 10
    while pid_alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    # Reaped by init (or a subreaper) once it exited; a zombie would still "exist" briefly.
    assert not pid_alive(child) or _is_zombie(child)


def _is_zombie(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z"
    except OSError:
        return False
