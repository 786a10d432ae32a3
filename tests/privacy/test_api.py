"""Authors over the real API: pseudonyms for every role, audited reveals for pr and admin, and
the admin's export and forget."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from community.privacy import AUDIT, RECEIPTS
from radar.privacy import pseudonym_key, pseudonymise
from radar.schemas import Mention
from review_api.app import create_app
from tests.identity.conftest import RoleApi, serve
from tests.utils.servers import live_uvicorn

KEY = "canary-free-test-key-0123456789abcdef"


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RoleApi]:
    data = tmp_path_factory.mktemp("privacy-api")
    store, tokens, settings = serve(data, privacy={"key": KEY})
    store.upsert_mentions(
        [
            Mention(
                id="p1",
                platform="forum",
                source="demo-forum",
                url="https://example.test/p1",
                text="草莓发霉了",
                author="王小明",
                published_at=datetime(2026, 5, 1, tzinfo=UTC),
            )
        ]
    )
    assert pseudonym_key(settings.privacy) == KEY.encode()
    with live_uvicorn(create_app(settings, store)) as base:
        yield RoleApi(base, store, tokens)
    store.close()


PSEUDONYM = pseudonymise("王小明", KEY.encode())


@pytest.mark.parametrize("role", ["pr", "ops", "viewer", "admin"])
def test_every_role_reads_authors_as_pseudonyms(api: RoleApi, role: str) -> None:
    with api.client(role) as client:
        listed = client.get("/api/mentions").json()["items"]
        one = client.get("/api/mentions/p1").json()
    assert [m["author"] for m in listed] == [PSEUDONYM] and one["author"] == PSEUDONYM
    assert "王小明" not in str(listed) + str(one)


@pytest.mark.parametrize(
    ("role", "status"),
    [("pr", 200), ("admin", 200), ("ops", 403), ("viewer", 403), ("legal", 403)],
)
def test_only_pr_and_admin_reveal_and_each_reveal_is_audited(
    api: RoleApi, role: str, status: int
) -> None:
    before = api.store.count_docs(AUDIT)
    with api.client(role) as client:
        answer = client.post("/api/privacy/reveal", json={"mention_id": "p1"})
    assert answer.status_code == status, answer.text
    if status == 200:
        assert answer.json()["author"] == "王小明"
        entry = api.store.get_doc(AUDIT, answer.json()["audit_id"])
        assert entry is not None
        assert entry.body["by"] == f"{role}-1" and entry.body["author"] == PSEUDONYM
        assert api.store.count_docs(AUDIT) == before + 1
    else:
        assert api.store.count_docs(AUDIT) == before


def test_reveal_of_an_unknown_mention_is_404(api: RoleApi) -> None:
    with api.client("pr") as client:
        assert client.post("/api/privacy/reveal", json={"mention_id": "nope"}).status_code == 404


def test_admin_exports_then_forgets_with_a_receipt(api: RoleApi) -> None:
    with api.client("pr") as client:
        assert client.post("/api/privacy/forget", json={"who": "王小明"}).status_code == 403
    with api.client("admin") as client:
        exported = client.post("/api/privacy/export", json={"who": "王小明"}).json()
        assert [m["id"] for m in exported["mentions"]] == ["p1"]
        receipt = client.post("/api/privacy/forget", json={"who": "王小明"}).json()
        assert receipt["deleted"] == {"mentions": 1} and receipt["by"] == "admin-1"
        assert client.get("/api/mentions/p1").status_code == 404
        receipts = client.get("/api/privacy/receipts").json()["items"]
        assert receipt["id"] in [r["id"] for r in receipts]
        audit = client.get("/api/privacy/audit", params={"mention_id": "p1"}).json()
        assert all(e["author"] == PSEUDONYM for e in audit["items"])
    assert api.store.get_doc(RECEIPTS, receipt["id"]) is not None
