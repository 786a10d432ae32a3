"""A stop lets the runs in flight finish; a second signal cancels them (flows.serve).

``serve_flows`` runs in a child process (signals go to it as a user's Ctrl-C would) and serves
one deployment of a small flow that sleeps, then writes a file. The session's Prefect server has
no scheduler, so the test creates the run itself and waits until the runner executes it.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path
from uuid import UUID

import pytest

#: The served flow: sleeps, then leaves its mark (a cancelled run leaves none).
FLOW = """
import time
from pathlib import Path

from prefect import flow


@flow(name="drain-probe")
def drain_probe(mark: str, seconds: float) -> None:
    time.sleep(seconds)
    Path(mark).write_text("finished")
"""

#: Serves the flow until a signal: ``python serve.py MARK SECONDS DRAIN_TIMEOUT``.
SERVE = """
import sys

from prefect.types.entrypoint import EntrypointType

from drain_probe import drain_probe
from flows.serve import serve_flows

mark, seconds, drain = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
deployment = drain_probe.to_deployment(
    name=f"drain-{seconds}-{drain}",
    parameters={"mark": mark, "seconds": seconds},
    entrypoint_type=EntrypointType.MODULE_PATH,
)
print("serving", flush=True)
serve_flows([deployment], drain_timeout=drain)
print("stopped", flush=True)
"""

REPO = Path(__file__).resolve().parents[2]


def _serve(
    tmp_path: Path, api: str, seconds: float, drain: float
) -> tuple[subprocess.Popen[str], list[str]]:
    (tmp_path / "drain_probe.py").write_text(textwrap.dedent(FLOW))
    (tmp_path / "serve.py").write_text(textwrap.dedent(SERVE))
    env = {
        **os.environ,
        "PREFECT_API_URL": api,
        "PYTHONPATH": os.pathsep.join([str(tmp_path), str(REPO)]),
        "PYTHONUNBUFFERED": "1",
    }
    proc = subprocess.Popen(
        [sys.executable, "serve.py", str(tmp_path / "mark"), str(seconds), str(drain)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    threading.Thread(target=lambda: lines.extend(proc.stdout or []), daemon=True).start()
    return proc, lines


async def _start_run(deployment: str, timeout: float) -> UUID:
    """Create a run of ``deployment`` once the serving process has registered it; its id."""
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    deadline = time.monotonic() + timeout
    async with get_client() as client:
        while True:
            try:
                found = await client.read_deployment_by_name(deployment)
                break
            except ObjectNotFound:
                assert time.monotonic() < deadline, f"{deployment} was never registered"
                await asyncio.sleep(0.5)
        run = await client.create_flow_run_from_deployment(found.id)
        return run.id


async def _state(run_id: UUID) -> str:
    from prefect.client.orchestration import get_client

    async with get_client() as client:
        run = await client.read_flow_run(run_id)
        assert run.state is not None
        return run.state.type.value


def _wait_for(run_id: UUID, states: set[str], proc: subprocess.Popen[str], log: list[str]) -> str:
    """The run's state once it is one of ``states`` (the serving process must stay up)."""
    deadline = time.monotonic() + 120
    while (state := asyncio.run(_state(run_id))) not in states:
        assert proc.poll() is None and time.monotonic() < deadline, (state, "".join(log)[-3000:])
        time.sleep(0.3)
    return state


def _stop(proc: subprocess.Popen[str], log: list[str], signals: int) -> None:
    try:
        for _ in range(signals):
            proc.send_signal(signal.SIGINT)
            time.sleep(1.0)
        assert proc.wait(timeout=120) == 0, "".join(log)[-3000:]
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_a_stop_lets_the_run_in_flight_finish(prefect_api_url: str, tmp_path: Path) -> None:
    proc, log = _serve(tmp_path, prefect_api_url, seconds=6.0, drain=90.0)
    run_id = asyncio.run(_start_run("drain-probe/drain-6.0-90.0", timeout=60))
    _wait_for(run_id, {"RUNNING"}, proc, log)
    _stop(proc, log, signals=1)  # while the flow sleeps
    output = "".join(log)
    assert (tmp_path / "mark").read_text() == "finished", output[-3000:]
    assert asyncio.run(_state(run_id)) == "COMPLETED"
    assert "letting 1 run(s) in flight finish" in output
    assert "cancelling" not in output
    assert "Traceback" not in output
    assert output.rstrip().endswith("stopped")


@pytest.mark.slow
@pytest.mark.timeout(300)
@pytest.mark.parametrize(("drain", "signals"), [(90.0, 2), (3.0, 1)], ids=["again", "deadline"])
def test_a_second_signal_or_the_deadline_cancels_the_run_in_flight(
    prefect_api_url: str, tmp_path: Path, drain: float, signals: int
) -> None:
    proc, log = _serve(tmp_path, prefect_api_url, seconds=120.0, drain=drain)
    run_id = asyncio.run(_start_run(f"drain-probe/drain-120.0-{drain}", timeout=60))
    _wait_for(run_id, {"RUNNING"}, proc, log)
    _stop(proc, log, signals=signals)
    output = "".join(log)
    assert not (tmp_path / "mark").exists()
    assert "letting 1 run(s) in flight finish" in output
    assert "cancelling 1 run(s) still in flight" in output
    assert asyncio.run(_state(run_id)) == "CANCELLED", output[-3000:]
    assert output.rstrip().endswith("stopped")
