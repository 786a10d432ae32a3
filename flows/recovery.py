"""Runs a killed ``radar run`` left behind: marked crashed at the next start.

Every flow run ``radar run`` starts (its first pass, its served deployments) carries the tag
``owner_tag(settings)``, one per host and data directory. A run still ``Running`` (or
``Pending``, ``Cancelling``) with that tag when a new ``radar run`` starts on the same data
directory belonged to a process that is gone (``radar run`` refuses to start while another
one runs there, ``radar.process.RunRecord``), so it is set to ``Crashed``: the run history and
``radar status`` then say what happened instead of showing a run that never ends. Plain REST
calls: no Prefect import.

A Prefect server on SQLite answers 500 ("database is locked") or stalls while another writer
holds its database, and right after a kill it is often busy: each call is tried again on a
server error or a dropped connection, a few times with growing delays (``RETRY``, the
product's one retry policy, ``radar.backoff``),
before the start says it could not check. Setting ``Crashed`` again is harmless.
"""

from __future__ import annotations

import hashlib
import socket
import time
from typing import Any

import httpx

from radar.backoff import Backoff
from radar.settings import Settings

#: States of a run whose process is still supposed to be working on it.
UNFINISHED = ("RUNNING", "PENDING", "CANCELLING")
#: Most runs marked in one start (a killed job leaves a handful).
_LIMIT = 200
#: How a call to a busy server is tried again: five retries, waits of about 0.5, 1, 2, 4 and 8
#: seconds (equal jitter), on any server error (5xx).
RETRY = Backoff(retries=5, base=0.5, cap=8.0, statuses=tuple(range(500, 600)))


def owner_tag(settings: Settings) -> str:
    """The tag of every flow run started by ``radar run`` on this host and data directory."""
    where = f"{socket.gethostname()}:{settings.data_dir.resolve()}"
    return "radar-job:" + hashlib.sha256(where.encode()).hexdigest()[:12]


def mark_abandoned_runs_crashed(api_url: str, tag: str, *, timeout: float = 10.0) -> list[str]:
    """Set every unfinished flow run tagged ``tag`` to ``Crashed``; returns their names.

    Call only when no live process owns ``tag`` (at the start of ``radar run``).
    Raises ``httpx.HTTPError`` when the server still fails after ``RETRY``'s retries.
    """
    with httpx.Client(base_url=api_url.rstrip("/") + "/", timeout=timeout) as client:
        found = post_retrying(
            client,
            "flow_runs/filter",
            {
                "flow_runs": {
                    "state": {"type": {"any_": list(UNFINISHED)}},
                    "tags": {"all_": [tag]},
                },
                "limit": _LIMIT,
            },
        )
        marked = []
        for run in found.json():
            state = {
                "type": "CRASHED",
                "name": "Crashed",
                "message": "the radar run process running it was killed",
            }
            post_retrying(
                client, f"flow_runs/{run['id']}/set_state", {"state": state, "force": True}
            )
            marked.append(str(run["name"]))
    return marked


def post_retrying(client: httpx.Client, path: str, body: dict[str, Any]) -> httpx.Response:
    """POST ``body`` to the Prefect API; tried again per ``RETRY`` while the server errs (5xx) or
    the connection fails. A 4xx answer (a request the server will never accept) raises at once."""
    for attempt in range(RETRY.retries):
        try:
            return _post_once(client, path, body)
        except httpx.HTTPStatusError as exc:
            if exc.response.status_code not in RETRY.statuses:
                raise
        except httpx.TransportError:
            pass
        time.sleep(RETRY.delay(attempt))
    return _post_once(client, path, body)


def _post_once(client: httpx.Client, path: str, body: dict[str, Any]) -> httpx.Response:
    answer = client.post(path, json=body)
    answer.raise_for_status()
    return answer
