"""`radar serve` with several worker processes (``RADAR_API_WORKERS``), run as a real command.

Each worker is its own process with its own memory, so the sign-in throttle is split between
them (``identity.throttle.worker_share``): however an attacker's connections are spread, the
failed guesses accepted in a window add up to no more than ``RADAR_AUTH_MAX_FAILURES``.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from identity.throttle import worker_share
from identity.users import create_user
from store.sqlite import SQLiteStore
from tests.utils.servers import free_port

MAX_FAILURES = 6
WORKERS = 2


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found += [int(child) for child in children]
    return found


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, str, subprocess.Popen[str]]]:
    store = SQLiteStore(tmp_path / "radar.sqlite3")
    _, token = create_user(store, "ops-1", "ops")
    store.close()
    port = free_port()
    env = {
        **os.environ,
        "RADAR_DATA_DIR": str(tmp_path),
        "RADAR_API_WORKERS": str(WORKERS),
        "RADAR_AUTH_MAX_FAILURES": str(MAX_FAILURES),
        "RADAR_AUTH_FAILURE_WINDOW_S": "600",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "radar.cli", "serve", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            assert process.poll() is None, process.stdout.read() if process.stdout else ""
            try:
                if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "radar serve did not answer within 90 s"
            time.sleep(0.2)
        yield base, token, process
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_two_workers_answer_and_keep_the_throttle_bound(
    served: tuple[str, str, subprocess.Popen[str]],
) -> None:
    base, token, process = served
    # uvicorn's supervisor runs the workers as its children; both serve (health answered by one
    # of them, and every one of a few signed-in requests on fresh connections succeeds).
    deadline = time.monotonic() + 60
    while len(_children(process.pid)) < WORKERS and time.monotonic() < deadline:
        time.sleep(0.2)
    assert len(_children(process.pid)) >= WORKERS
    for _ in range(6):
        answer = httpx.get(f"{base}/api/mentions", headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200, answer.text

    statuses = []
    for attempt in range(4 * MAX_FAILURES):  # each on a new connection: any worker may take it
        guess = httpx.get(f"{base}/api/me", headers={"Authorization": f"Bearer rdr_guess{attempt}"})
        statuses.append(guess.status_code)
    assert set(statuses) <= {401, 429}
    # Every worker allows its share; together never more than the configured limit.
    assert statuses.count(401) <= WORKERS * worker_share(MAX_FAILURES, WORKERS) <= MAX_FAILURES
    assert statuses[-1] == 429


@pytest.mark.parametrize(
    ("limit", "workers", "share"), [(10, 1, 10), (10, 2, 5), (7, 2, 3), (3, 4, 1), (1, 1, 1)]
)
def test_worker_share_keeps_the_sum_within_the_limit(limit: int, workers: int, share: int) -> None:
    assert worker_share(limit, workers) == share
    assert workers * share <= max(limit, workers)


def test_worker_share_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        worker_share(0, 2)
    with pytest.raises(ValueError):
        worker_share(5, 0)
