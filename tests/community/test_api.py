"""``/api/community/…`` against the real app on loopback, with a token per role: upload through
the intake (idempotent, rejects with line and reason, bounded), tiers with the CLI's fields,
members filtered and paginated, a member's page, 回访 tasks worked to done, the KPI board and
events; and who may do what."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from community.policy import load_policy
from community.snapshot import refresh
from demo.community import YEAR_END, write
from monitor.notify import Outbox
from review_api.app import create_app
from review_api.routes.community import CRM_UPLOAD_MAX_BYTES
from store.sqlite import SQLiteStore
from tests.identity.conftest import serve
from tests.utils.servers import live_uvicorn

KINDS = ("members", "orders", "interactions", "events")


@dataclass
class CrmApi:
    base: str
    store: SQLiteStore
    tokens: dict[str, str]
    data: Path
    files: dict[str, Path]

    def client(self, role: str) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.tokens[role]}"}
        return httpx.Client(base_url=self.base, headers=headers, timeout=60)


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CrmApi]:
    data = tmp_path_factory.mktemp("crm-api")
    store, tokens, settings = serve(data)
    files = {p.stem: p for p in write(data / "files", members=80, seed=3)}
    with live_uvicorn(create_app(settings, store)) as base:
        yield CrmApi(base, store, tokens, data, files)
    store.close()


def members_in(api: CrmApi) -> int:
    """How many members the demo files hold (the draw plus its recent joiners)."""
    return len(api.files["members"].read_text(encoding="utf-8").splitlines())


def upload(client: httpx.Client, path: Path, name: str | None = None) -> httpx.Response:
    files = {"file": (name or path.name, path.read_bytes(), "application/octet-stream")}
    return client.post("/api/community/import", files=files)


@pytest.fixture(scope="module")
def loaded(api: CrmApi) -> CrmApi:
    with api.client("ops") as ops:
        for kind in KINDS:
            response = upload(ops, api.files[kind])
            assert response.status_code == 200, response.text
            report = response.json()
            assert report["kind"] == kind
            assert report["rejected"] == 0
            assert report["created"] == report["rows"] > 0
    return api


def test_a_reimport_changes_nothing(loaded: CrmApi) -> None:
    with loaded.client("admin") as admin:
        report = upload(admin, loaded.files["members"]).json()
    assert report["unchanged"] == report["rows"] > 0
    assert report["created"] == report["updated"] == 0


def test_bad_rows_are_rejected_with_line_and_reason(api: CrmApi, tmp_path: Path) -> None:
    good = {"id": "new-1", "joined_at": "2025-06-01", "store": "S9"}
    path = tmp_path / "batch.jsonl"
    path.write_text(
        json.dumps(good) + "\n" + json.dumps({"id": "bad", "store": "S9"}) + "\nnot json\n",
        encoding="utf-8",
    )
    with api.client("ops") as ops:
        response = ops.post(
            "/api/community/import",
            params={"kind": "members"},
            files={"file": ("新会员 batch.jsonl", path.read_bytes())},
        )
    assert response.status_code == 200, response.text
    report = response.json()
    assert (report["created"], report["rejected"]) == (1, 2)
    assert [(r["file"], r["line"]) for r in report["rejects"]] == [
        ("新会员_batch.jsonl", 2),
        ("新会员_batch.jsonl", 3),
    ]
    assert "joined_at" in report["rejects"][0]["reason"]
    assert "not JSON" in report["rejects"][1]["reason"]
    written = (api.data / "crm-rejects" / "新会员_batch.jsonl.jsonl").read_text(encoding="utf-8")
    assert [json.loads(line)["line"] for line in written.splitlines()] == [2, 3]
    assert api.store.get_doc("crm_members", "new-1") is not None
    api.store.delete_doc("crm_members", "new-1")


@pytest.mark.parametrize(
    ("name", "body", "status"),
    [
        ("members.xlsx", b"id\n", 415),
        ("members.csv", "id,joined_at,store\n1,2025-01-01,门店\n".encode("gbk"), 422),
        ("notes.csv", b"id\n1\n", 422),  # the kind cannot be told from the name
        ("members.csv", b"x" * (CRM_UPLOAD_MAX_BYTES + 1), 413),
    ],
)
def test_an_unreadable_upload_is_refused(api: CrmApi, name: str, body: bytes, status: int) -> None:
    with api.client("ops") as ops:
        response = ops.post("/api/community/import", files={"file": (name, body)})
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert "crm-upload-" not in response.text  # no server path


def test_tiers_have_the_cli_fields(loaded: CrmApi) -> None:
    with loaded.client("viewer") as viewer:
        body = viewer.get("/api/community/tiers").json()
        funnel = viewer.get("/api/community/lifecycle").json()
    assert set(body["tiers"]) == {"koc", "high_value", "potential", "low_value"}
    assert set(body["lifecycle"]) == {"new", "active", "silent", "core"}
    assert sum(body["tiers"].values()) == sum(body["lifecycle"].values()) == body["members"]
    assert body["members"] == members_in(loaded)
    assert isinstance(body["churn_warnings"], int)
    assert funnel["items"][0]["date"] == body["date"]
    assert funnel["items"][0]["lifecycle"] == body["lifecycle"]


def test_members_filter_by_tier_and_paginate(loaded: CrmApi) -> None:
    with loaded.client("ops") as ops:
        tiers = ops.get("/api/community/tiers").json()["tiers"]
        for tier, count in tiers.items():
            page = ops.get("/api/community/members", params={"tier": tier, "limit": 500}).json()
            assert page["total"] == count
            assert {m["tier"] for m in page["items"]} <= {tier}
        seen: list[str] = []
        cursor = None
        while True:
            params = {"limit": 7, **({"cursor": cursor} if cursor else {})}
            page = ops.get("/api/community/members", params=params).json()
            seen += [m["id"] for m in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert len(seen) == len(set(seen)) == members_in(loaded)
        assert seen == sorted(seen)
        silent = ops.get("/api/community/members", params={"layer": "silent", "store": "S1"})
        assert all(m["layer"] == "silent" and m["store"] == "S1" for m in silent.json()["items"])
        assert ops.get("/api/community/members", params={"cursor": "nope"}).status_code == 422
        assert ops.get("/api/community/members", params={"tier": "gold"}).status_code == 422


def test_a_member_page(loaded: CrmApi) -> None:
    with loaded.client("ops") as ops:
        first = ops.get("/api/community/members", params={"limit": 1}).json()["items"][0]
        page = ops.get(f"/api/community/members/{first['id']}").json()
        missing = ops.get("/api/community/members/no-such-member")
    assert page["member"]["id"] == first["id"]
    assert page["member"]["handle"] is None  # never shown, not even hashed
    assert page["state"]["tier"] == first["tier"]
    times = [o["placed_at"] for o in page["orders"]]
    assert times == sorted(times, reverse=True)
    assert missing.status_code == 404
    assert missing.json()["type"].endswith("/not-found")


def test_ops_work_a_churn_warning(loaded: CrmApi) -> None:
    store = loaded.store
    outbox = Outbox(store, [])
    snapshot, created = refresh(store, YEAR_END, load_policy(), outbox)
    assert created == snapshot.counts.churn_warnings > 0
    with loaded.client("ops") as ops, loaded.client("viewer") as viewer:
        open_tasks = ops.get("/api/community/tasks", params={"limit": 500}).json()
        assert open_tasks["total"] == created
        task = open_tasks["items"][0]
        denied = viewer.post(f"/api/community/tasks/{task['task_id']}/done", json={})
        assert denied.status_code == 403
        done = ops.post(f"/api/community/tasks/{task['task_id']}/done", json={"note": "已回访"})
        assert done.status_code == 200, done.text
        assert (done.json()["status"], done.json()["done_by"]) == ("done", "ops-1")
        again = ops.post(f"/api/community/tasks/{task['task_id']}/done", json={})
        assert again.json()["done_at"] == done.json()["done_at"]  # a repeat changes nothing
        still_open = ops.get("/api/community/tasks", params={"limit": 500}).json()
        assert still_open["total"] == created - 1
        finished = ops.get("/api/community/tasks", params={"status": "done"}).json()
        assert [t["task_id"] for t in finished["items"]] == [task["task_id"]]
        member = ops.get(f"/api/community/members/{task['member_id']}").json()
        assert task["task_id"] in [t["task_id"] for t in member["tasks"]]
        assert ops.post("/api/community/tasks/no-such/done", json={}).status_code == 404


def test_kpi_board_and_events(loaded: CrmApi) -> None:
    with loaded.client("viewer") as viewer:
        board = viewer.get("/api/community/board", params={"month": "2025-04"})
        assert board.status_code == 200, board.text
        body = board.json()
        assert body["month"] == "2025-04"
        assert {"participation_growth", "interaction_rate", "paid_conversion"} <= set(
            body["metrics"]
        )
        assert body["events"] and all(e["held_at"].startswith("2025-04") for e in body["events"])
        local = viewer.get("/api/community/board", params={"month": "2025-04", "store": "S1"})
        assert local.json()["store"] == "S1"
        assert viewer.get("/api/community/board", params={"month": "2025-13"}).status_code == 422
        events = viewer.get("/api/community/events", params={"limit": 500}).json()
        held = [e["held_at"] for e in events["items"]]
        assert events["total"] == len(held) > 0
        assert held == sorted(held, reverse=True)


@pytest.mark.parametrize(
    ("role", "method", "path", "status"),
    [
        ("pr", "GET", "/api/community/tiers", 403),
        ("submitter", "GET", "/api/community/board", 403),
        ("viewer", "POST", "/api/community/import", 403),
        ("legal", "GET", "/api/community/members", 403),
    ],
)
def test_who_may_not(api: CrmApi, role: str, method: str, path: str, status: int) -> None:
    with api.client(role) as client:
        response = client.request(method, path, files={"file": ("members.csv", b"id\n")})
    assert response.status_code == status
