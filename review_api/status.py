"""The job's status: flows (from the Prefect API), store, outbox and quarantine, in one object.

``system_status`` is what ``radar status`` prints and ``GET /api/status`` returns. Its JSON
field names are a contract (other tools read them): extend, never rename. The flows come from
Prefect's REST API over plain HTTP (no Prefect import: the API and ``radar status`` stay light):
``PREFECT_API_URL`` when set, otherwise the one the ``radar run`` on this data directory
recorded in ``run.json`` (``radar.process.RunRecord``). When there is none, or it does not
answer, ``flows`` is empty and ``prefect_error`` says why; the rest is still reported.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import httpx
from pydantic import BaseModel, Field

from crawlers.quarantine import list_quarantine
from monitor.notify.outbox import OUTBOX
from radar.process import RunRecord
from radar.schemas import Filter, MentionQuery
from radar.settings import Settings
from store.base import Store

#: The flows ``radar run`` runs (Prefect flow names; tests/flows check they match).
FLOW_NAMES = (
    "collect",
    "analyse",
    "community",
    "monitor",
    "ad-intake",
    "privacy",
    "full-pass",
)
#: Seconds a status request may wait for the Prefect API.
PREFECT_TIMEOUT_S = 5.0


class FlowStatus(BaseModel):
    """One flow's runs, as Prefect recorded them (every deployment and the first pass)."""

    name: str = Field(description="Prefect flow name.")
    last_completed_at: datetime | None = Field(description="End of the latest completed run.")
    next_scheduled_at: datetime | None = Field(description="Start of the next scheduled run.")
    completed_runs: int = Field(description="Runs that completed.")
    failed_runs: int = Field(description="Runs that failed or crashed.")


class StoreStatus(BaseModel):
    """What the store holds."""

    mentions: int = Field(description="Stored mentions.")
    pending_analysis: int = Field(description="Mentions new or changed since their analysis.")


class OutboxStatus(BaseModel):
    """Notification deliveries by state (``sent`` ones are not counted)."""

    pending: int = Field(description="Waiting for their (next) attempt.")
    sending: int = Field(description="Claimed by a delivery round in progress.")
    dead: int = Field(description="Given up after their attempts: `radar outbox` lists them.")
    unknown: int = Field(
        0,
        description="Robot sends whose outcome is unknown (a crash or timeout mid-send): never "
        "resent automatically; `radar outbox` lists them.",
    )


class SystemStatus(BaseModel):
    """The job at a glance (``radar status --json``, ``GET /api/status``)."""

    flows: list[FlowStatus]
    store: StoreStatus
    outbox: OutboxStatus
    quarantine: int = Field(description="Pages the crawl kept aside (`radar quarantine list`).")
    prefect_api_url: str | None = Field(description="The Prefect API the flows were read from.")
    prefect_error: str | None = Field(description="Why `flows` is empty, when it is.")


def job_prefect_api_url(settings: Settings, environ: Mapping[str, str]) -> str | None:
    """``PREFECT_API_URL`` from ``environ``, else that of the live ``radar run`` on the data
    directory, else None."""
    if environ.get("PREFECT_API_URL"):
        return environ["PREFECT_API_URL"]
    record = RunRecord.read(settings.data_dir)
    if record is not None and record.alive:
        return record.prefect_api_url
    return None


def flow_statuses(api_url: str, names: tuple[str, ...] = FLOW_NAMES) -> list[FlowStatus]:
    """Each flow's counts, last completion and next scheduled start; ``httpx.HTTPError`` when
    the Prefect API does not answer."""
    with httpx.Client(base_url=api_url.rstrip("/") + "/", timeout=PREFECT_TIMEOUT_S) as client:

        def runs(name: str, states: list[str]) -> dict[str, Any]:
            return {
                "flows": {"name": {"any_": [name]}},
                "flow_runs": {"state": {"type": {"any_": states}}},
            }

        def count(name: str, states: list[str]) -> int:
            answer = client.post("flow_runs/count", json=runs(name, states))
            answer.raise_for_status()
            return int(answer.json())

        def first(name: str, states: list[str], sort: str) -> dict[str, Any] | None:
            body = {**runs(name, states), "sort": sort, "limit": 1}
            answer = client.post("flow_runs/filter", json=body)
            answer.raise_for_status()
            found: list[dict[str, Any]] = answer.json()
            return found[0] if found else None

        statuses = []
        for name in names:
            last = first(name, ["COMPLETED"], "END_TIME_DESC")
            upcoming = first(name, ["SCHEDULED"], "NEXT_SCHEDULED_START_TIME_ASC")
            statuses.append(
                FlowStatus(
                    name=name,
                    last_completed_at=last["end_time"] if last else None,
                    next_scheduled_at=(
                        upcoming.get("next_scheduled_start_time")
                        or upcoming.get("expected_start_time")
                        if upcoming
                        else None
                    ),
                    completed_runs=count(name, ["COMPLETED"]),
                    failed_runs=count(name, ["FAILED", "CRASHED"]),
                )
            )
    return statuses


def system_status(store: Store, settings: Settings, prefect_api_url: str | None) -> SystemStatus:
    """The job's status; the flows part from ``prefect_api_url`` (see the module docstring)."""
    flows: list[FlowStatus] = []
    error = None
    if prefect_api_url is None:
        error = (
            "no Prefect API: no `radar run` is running on this data directory "
            "and PREFECT_API_URL is not set"
        )
    else:
        try:
            flows = flow_statuses(prefect_api_url)
        except (httpx.HTTPError, ValueError) as exc:
            error = f"the Prefect API at {prefect_api_url} did not answer: {exc}"

    def outbox(status: str) -> int:
        return store.count_docs(OUTBOX, [Filter(field="status", value=status)])

    return SystemStatus(
        flows=flows,
        store=StoreStatus(
            mentions=store.count_mentions(MentionQuery()),
            pending_analysis=store.count_mentions(MentionQuery(needs_analysis=True)),
        ),
        outbox=OutboxStatus(
            pending=outbox("pending"),
            sending=outbox("sending"),
            dead=outbox("dead"),
            unknown=outbox("unknown"),
        ),
        quarantine=len(list_quarantine(settings.data_dir / "quarantine")),
        prefect_api_url=prefect_api_url,
        prefect_error=error,
    )
