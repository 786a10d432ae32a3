"""Runs a killed ``radar run`` left behind: marked crashed at the next start.

Every flow run ``radar run`` starts (its first pass, its served deployments) carries the tag
``owner_tag(settings)``, one per host and data directory. A run still ``Running`` (or
``Pending``, ``Cancelling``) with that tag when a new ``radar run`` starts on the same data
directory belonged to a process that is gone (``radar run`` refuses to start while another
one runs there, ``radar.process.RunRecord``), so it is set to ``Crashed``: the run history and
``radar status`` then say what happened instead of showing a run that never ends. Plain REST
calls: no Prefect import.
"""

from __future__ import annotations

import hashlib
import socket

import httpx

from radar.settings import Settings

#: States of a run whose process is still supposed to be working on it.
UNFINISHED = ("RUNNING", "PENDING", "CANCELLING")
#: Most runs marked in one start (a killed job leaves a handful).
_LIMIT = 200


def owner_tag(settings: Settings) -> str:
    """The tag of every flow run started by ``radar run`` on this host and data directory."""
    where = f"{socket.gethostname()}:{settings.data_dir.resolve()}"
    return "radar-job:" + hashlib.sha256(where.encode()).hexdigest()[:12]


def mark_abandoned_runs_crashed(api_url: str, tag: str, *, timeout: float = 10.0) -> list[str]:
    """Set every unfinished flow run tagged ``tag`` to ``Crashed``; returns their names.

    Call only when no live process owns ``tag`` (at the start of ``radar run``).
    """
    with httpx.Client(base_url=api_url.rstrip("/") + "/", timeout=timeout) as client:
        found = client.post(
            "flow_runs/filter",
            json={
                "flow_runs": {
                    "state": {"type": {"any_": list(UNFINISHED)}},
                    "tags": {"all_": [tag]},
                },
                "limit": _LIMIT,
            },
        )
        found.raise_for_status()
        marked = []
        for run in found.json():
            state = {
                "type": "CRASHED",
                "name": "Crashed",
                "message": "the radar run process running it was killed",
            }
            answer = client.post(
                f"flow_runs/{run['id']}/set_state", json={"state": state, "force": True}
            )
            answer.raise_for_status()
            marked.append(str(run["name"]))
    return marked
