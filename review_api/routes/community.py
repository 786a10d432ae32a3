"""The community CRM and KPI board for ops (docs/community.md): members, tiers and the lifecycle
funnel, churn 回访 tasks, the KPI board, events, and the upload of CRM records.

Reads are ``community.read`` (ops, viewer, admin); marking a 回访 task done is
``community.write`` and uploading records ``community.import`` (ops, admin). The upload goes
through ``community.intake.import_file`` like ``radar crm import``: idempotent by id, every bad
row rejected with its line and reason in the report (and the reject file under the data
directory), every valid row stored; at most ``CRM_UPLOAD_MAX_BYTES``.
"""

from __future__ import annotations

import re
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Query, UploadFile
from pydantic import BaseModel, ConfigDict, Field

from community import members as crm
from community.board import KpiBoard, kpi_board
from community.handles import handle_key
from community.intake import ImportReport, IntakeError, import_file, kind_from_path
from community.kpis import Month
from community.models import Event
from community.policy import CommunityPolicy, Layer, load_policy
from community.records import EVENTS, RecordKind
from community.rfm import Tier
from community.tasks import FollowupTask, TaskStatus, complete_task, list_tasks
from identity.users import User
from radar.schemas import Filter, Page
from review_api.auth import require
from review_api.deps import ItemId, PageCursor, PageLimit, SettingsDep, StoreDep
from review_api.errors import TYPE_BASE, ProblemError, problem_responses

router = APIRouter(prefix="/api/community", tags=["community"])
READ = [Depends(require("community.read"))]

#: The upload path (``review_api.app`` lets its body past the API's default limit).
CRM_UPLOAD_PATH = "/api/community/import"
#: Largest CRM file accepted by upload (a year of a store's orders as JSON lines fits easily;
#: bigger files go through ``radar crm import``).
CRM_UPLOAD_MAX_BYTES = 20 * 1024 * 1024
UPLOAD_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".json")

StoreId = Annotated[str | None, Query(max_length=200, description="One store's community.")]
MonthParam = Annotated[
    str | None,
    Query(pattern=r"^\d{4}-(0[1-9]|1[0-2])$", description="YYYY-MM (default: latest order's)."),
]


def get_community_policy() -> CommunityPolicy:
    """The packaged community policy (``community/policy.yaml``)."""
    return load_policy()


CommunityPolicyDep = Annotated[CommunityPolicy, Depends(get_community_policy)]


@router.get("/tiers", response_model=crm.CrmOverview, dependencies=READ)
def get_tiers(store: StoreDep, policy: CommunityPolicyDep) -> crm.CrmOverview:
    """Tier, lifecycle and ring counts of the latest snapshot (``radar crm tiers --json``'s
    fields, with the snapshot's date and cut-offs); one is taken when none is stored."""
    return crm.overview(crm.current_snapshot(store, policy, datetime.now(UTC)))


@router.get("/lifecycle", response_model=Page[crm.FunnelPoint], dependencies=READ)
def get_lifecycle(
    store: StoreDep, limit: PageLimit = 30, cursor: PageCursor = None
) -> Page[crm.FunnelPoint]:
    """The lifecycle funnel over time: each stored snapshot's layer counts, newest first."""
    return crm.funnel(store, limit=limit, cursor=cursor)


@router.get("/members", response_model=Page[crm.MemberRow], dependencies=READ)
def get_members(
    store: StoreDep,
    policy: CommunityPolicyDep,
    tier: Tier | None = None,
    layer: Layer | None = None,
    store_id: Annotated[StoreId, Query(alias="store")] = None,
    limit: PageLimit = 50,
    cursor: PageCursor = None,
) -> Page[crm.MemberRow]:
    """Members of the latest snapshot by id, with layer, tier, ring, RFM scores and tags."""
    snapshot = crm.current_snapshot(store, policy, datetime.now(UTC))
    return crm.list_members(
        store, snapshot, tier=tier, layer=layer, store_id=store_id, limit=limit, cursor=cursor
    )


@router.get(
    "/members/{member_id}",
    response_model=crm.MemberProfile,
    responses=problem_responses(404),
    dependencies=READ,
)
def get_member(member_id: ItemId, store: StoreDep) -> crm.MemberProfile:
    """One member: record, latest state, recent orders and interactions, 回访 tasks."""
    return crm.member_profile(store, member_id)


@router.get("/tasks", response_model=Page[FollowupTask], dependencies=READ)
def get_tasks(
    store: StoreDep,
    status: TaskStatus | None = "open",
    store_id: Annotated[StoreId, Query(alias="store")] = None,
    limit: PageLimit = 50,
    cursor: PageCursor = None,
) -> Page[FollowupTask]:
    """Churn-warning 回访 tasks, oldest first (default: the open ones)."""
    return list_tasks(store, status=status, store_id=store_id, limit=limit, cursor=cursor)


class TaskDone(BaseModel):
    """How the 回访 went (optional)."""

    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(None, max_length=2000)


@router.post(
    "/tasks/{task_id}/done", response_model=FollowupTask, responses=problem_responses(404, 409)
)
def mark_task_done(
    task_id: ItemId,
    store: StoreDep,
    user: Annotated[User, Depends(require("community.write"))],
    body: TaskDone | None = None,
) -> FollowupTask:
    """Mark a 回访 task done (the member was called back); done again changes nothing."""
    note = body.note if body else None
    return complete_task(store, task_id, user.name, datetime.now(UTC), note)


@router.get("/board", response_model=KpiBoard, dependencies=READ)
def get_board(
    store: StoreDep,
    policy: CommunityPolicyDep,
    month: MonthParam = None,
    store_id: Annotated[StoreId, Query(alias="store")] = None,
) -> KpiBoard:
    """The KPI board of a month and store (``radar kpi board --json``): each metric against
    its warning value, event audiences against matched controls, LTV per tier."""
    return kpi_board(store, policy, Month.parse(month) if month else None, store_id)


@router.get("/events", response_model=Page[Event], dependencies=READ)
def get_events(
    store: StoreDep,
    store_id: Annotated[StoreId, Query(alias="store")] = None,
    limit: PageLimit = 50,
    cursor: PageCursor = None,
) -> Page[Event]:
    """Community events (brand events and rituals), latest first."""
    filters = [Filter(field="store", value=store_id)] if store_id else []
    page = store.find_docs(EVENTS, filters, sort="-held_at", limit=limit, cursor=cursor)
    return page.map(lambda doc: Event.model_validate(doc.body))


def _upload_name(filename: str | None) -> str:
    name = re.sub(r"[^\w.-]", "_", Path(filename or "upload").name)[-100:]
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        raise ProblemError(
            415,
            "Unsupported media type",
            f"a CRM file is {', '.join(UPLOAD_SUFFIXES)}",
            type_=TYPE_BASE + "unsupported-type",
        )
    return name


@router.post(
    "/import",
    response_model=ImportReport,
    responses=problem_responses(413, 415, 422),
    dependencies=[Depends(require("community.import"))],
)
def upload_records(
    file: Annotated[UploadFile, File(description="CSV or JSON lines, UTF-8")],
    store: StoreDep,
    settings: SettingsDep,
    kind: RecordKind | None = None,
) -> ImportReport:
    """Import members, orders, interactions or events (kind from ``kind`` or the file name);
    the report lists every rejected row with its line and reason, also appended to
    ``$RADAR_DATA_DIR/crm-rejects/<file>.jsonl`` as ``radar crm import`` does."""
    name = _upload_name(file.filename)
    data = file.file.read(CRM_UPLOAD_MAX_BYTES + 1)
    if len(data) > CRM_UPLOAD_MAX_BYTES:
        raise ProblemError(
            413,
            "Content too large",
            f"a CRM upload is at most {CRM_UPLOAD_MAX_BYTES} bytes; use `radar crm import`",
            type_=TYPE_BASE + "too-large",
        )
    try:
        data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise IntakeError(f"{name}: not UTF-8 text ({exc.reason})") from None
    record_kind: str = kind or kind_from_path(Path(name))
    with tempfile.TemporaryDirectory(prefix="crm-upload-") as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        try:
            report = import_file(
                store, path, kind=record_kind, handle_key=handle_key(settings.privacy)
            )
        except IntakeError as exc:  # its message names the temporary file: name the upload
            raise IntakeError(str(exc).replace(str(path), name)) from None
    for reject in report.rejects:
        reject.file = name
    report.file = name
    if report.rejects:
        rejects = settings.data_dir / "crm-rejects" / f"{name}.jsonl"
        rejects.parent.mkdir(parents=True, exist_ok=True)
        with rejects.open("a", encoding="utf-8") as out:
            out.writelines(reject.model_dump_json() + "\n" for reject in report.rejects)
    return report
