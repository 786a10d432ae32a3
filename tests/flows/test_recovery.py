"""``flows.recovery``: runs a killed job left unfinished, marked crashed against a real Prefect
API — directly, and through a loopback proxy that fails some answers as a busy SQLite-backed
server does (500 "database is locked", a dropped connection)."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from flows import recovery
from flows.recovery import mark_abandoned_runs_crashed

pytestmark = pytest.mark.slow


class FaultyProxy:
    """Forwards POSTs to ``upstream``; the first answers follow ``faults``: an HTTP status to
    answer with, ``"drop"`` to close the connection without answering, None to forward."""

    def __init__(self, upstream: str, faults: list[int | str | None]) -> None:
        target = httpx.URL(upstream)
        self.upstream = f"{target.scheme}://{target.host}:{target.port}"
        self.faults = list(faults)
        self.seen: list[str] = []
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                fault = proxy.faults.pop(0) if proxy.faults else None
                proxy.seen.append(f"{self.path} {fault or 'forwarded'}")
                if fault == "drop":
                    self.close_connection = True
                    self.connection.close()
                    return
                if isinstance(fault, int):
                    self._answer(fault, b'{"exception_message": "database is locked"}')
                    return
                answer = httpx.post(
                    proxy.upstream + self.path,
                    content=body,
                    headers={"Content-Type": "application/json"},
                    timeout=30,
                )
                self._answer(answer.status_code, answer.content)

            def _answer(self, status: int, content: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}{target.path}"

    def __enter__(self) -> FaultyProxy:
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(autouse=True)
def short_delays(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same number of attempts, without the seconds between them."""
    monkeypatch.setattr(recovery, "RETRY", replace(recovery.RETRY, base=0.01, cap=0.01))


@pytest.fixture
def runs(prefect_api_url: str) -> Iterator[dict[str, str]]:
    """Flow runs in four states: three tagged with a fresh owner tag, one with another tag
    (made with the module's own retrying POST: the session's test server may answer 503 while
    other tests keep its database busy)."""
    tag, other = f"radar-job:{uuid.uuid4().hex[:12]}", f"radar-job:{uuid.uuid4().hex[:12]}"
    with httpx.Client(base_url=prefect_api_url + "/", timeout=10) as api:
        flow = recovery.post_retrying(api, "flows/", {"name": "recovery-test"}).json()
        made = {}
        for name, state, tags in [
            ("left-running", "RUNNING", [tag]),
            ("left-pending", "PENDING", [tag]),
            ("finished", "COMPLETED", [tag]),
            ("another-job", "RUNNING", [other]),
        ]:
            answer = recovery.post_retrying(
                api,
                "flow_runs/",
                {
                    "flow_id": flow["id"],
                    "name": f"{name}-{uuid.uuid4().hex[:6]}",
                    "tags": tags,
                    "state": {"type": state, "name": state.title()},
                },
            )
            made[name] = answer.json()["id"]
    yield {"tag": tag, **made}


def states(api_url: str, ids: dict[str, str]) -> dict[str, str]:
    return {
        name: httpx.get(f"{api_url}/flow_runs/{run_id}", timeout=10).json()["state_type"]
        for name, run_id in ids.items()
        if name != "tag"
    }


def test_the_owners_unfinished_runs_are_marked_crashed_and_no_other(
    prefect_api_url: str, runs: dict[str, str]
) -> None:
    marked = mark_abandoned_runs_crashed(prefect_api_url, runs["tag"])
    assert sorted(name.rsplit("-", 1)[0] for name in marked) == ["left-pending", "left-running"]
    assert states(prefect_api_url, runs) == {
        "left-running": "CRASHED",
        "left-pending": "CRASHED",
        "finished": "COMPLETED",
        "another-job": "RUNNING",
    }
    assert mark_abandoned_runs_crashed(prefect_api_url, runs["tag"]) == []  # nothing left


def test_a_busy_server_is_asked_again_until_it_answers(
    prefect_api_url: str, runs: dict[str, str]
) -> None:
    # The search fails twice (locked, then a dropped connection), the first update once.
    with FaultyProxy(prefect_api_url, [500, "drop", None, 503]) as proxy:
        marked = mark_abandoned_runs_crashed(proxy.url, runs["tag"])
    assert len(marked) == 2
    assert states(prefect_api_url, runs)["left-running"] == "CRASHED"
    assert states(prefect_api_url, runs)["left-pending"] == "CRASHED"
    assert proxy.seen[:3] == [
        "/api/flow_runs/filter 500",
        "/api/flow_runs/filter drop",
        "/api/flow_runs/filter forwarded",
    ]
    assert proxy.seen[3].endswith("/set_state 503")
    assert proxy.seen[4] == proxy.seen[3].replace("503", "forwarded")
    assert len(proxy.seen) == 6  # the second run's update at the first try


def test_a_server_that_keeps_failing_raises_after_a_bounded_number_of_attempts(
    prefect_api_url: str, runs: dict[str, str]
) -> None:
    attempts = recovery.RETRY.retries + 1
    with (
        FaultyProxy(prefect_api_url, [500] * 50) as proxy,
        pytest.raises(httpx.HTTPStatusError, match="500"),
    ):
        mark_abandoned_runs_crashed(proxy.url, runs["tag"])
    assert len(proxy.seen) == attempts
    assert states(prefect_api_url, runs)["left-running"] == "RUNNING"


def test_a_request_the_server_refuses_is_not_repeated(
    prefect_api_url: str, runs: dict[str, str]
) -> None:
    with (
        FaultyProxy(prefect_api_url, [422]) as proxy,
        pytest.raises(httpx.HTTPStatusError, match="422"),
    ):
        mark_abandoned_runs_crashed(proxy.url, runs["tag"])
    assert proxy.seen == ["/api/flow_runs/filter 422"]
