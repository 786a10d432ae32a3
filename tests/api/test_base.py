"""The API base: health, mention search (signed in), OpenAPI, problem+json errors — over real
uvicorn."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from identity.users import create_user
from radar.schemas import Mention
from radar.settings import Settings
from review_api.app import create_app
from store.sqlite import SQLiteStore
from tests.utils.servers import live_uvicorn

T0 = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, str]]:
    data = tmp_path_factory.mktemp("api")
    store = SQLiteStore(Path(data) / "s.sqlite3")
    _, token = create_user(store, "vera", "viewer")
    store.upsert_mentions(
        [
            Mention(
                id=f"m{i}",
                platform="weibo" if i % 2 else "forum",
                source="demo",
                url=f"https://example.test/{i}",
                text="草莓发霉了，食品安全问题" if i == 3 else f"团长服务很好 {i}",
                published_at=T0 + timedelta(hours=i),
                read_count=i * 100,
            )
            for i in range(7)
        ]
    )
    with live_uvicorn(create_app(Settings(data_dir=Path(data)), store)) as base:
        yield base, token
    store.close()


@pytest.fixture(scope="module")
def api(server: tuple[str, str]) -> Iterator[httpx.Client]:
    base, token = server
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
        yield client


def test_healthz_is_open_and_says_nothing_internal(server: tuple[str, str]) -> None:
    response = httpx.get(f"{server[0]}/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.parametrize("path", ["/api/mentions", "/api/mentions/m3", "/api/mentions?q=x"])
def test_mentions_need_a_user(server: tuple[str, str], path: str) -> None:
    response = httpx.get(server[0] + path)
    assert response.status_code == 401 and response.headers["www-authenticate"] == "Bearer"
    assert response.headers["content-type"] == "application/problem+json"
    assert "草莓" not in response.text


def test_search_with_filters_and_pagination(api: httpx.Client) -> None:
    hits = api.get("/api/mentions", params={"q": "食品安全"}).json()
    assert [m["id"] for m in hits["items"]] == ["m3"]
    seen: list[str] = []
    params: dict[str, str | int] = {"platform": "forum", "limit": 2}
    while True:
        page = api.get("/api/mentions", params=params).json()
        assert page["total"] == 4
        seen += [m["id"] for m in page["items"]]
        if not page["next_cursor"]:
            break
        params["cursor"] = page["next_cursor"]
    assert seen == ["m6", "m4", "m2", "m0"]
    one = api.get("/api/mentions/m3").json()
    assert one["read_count"] == 300


@pytest.mark.parametrize(
    ("path", "status", "needle"),
    [
        ("/api/mentions?limit=0", 422, "limit"),
        ("/api/mentions?sentiment=angry", 422, "sentiment"),
        ("/api/mentions?since=yesterday", 422, "since"),
        ("/api/mentions?cursor=%%%", 422, "cursor"),
        ("/api/mentions/nope", 404, "nope"),
        ("/no/such/route", 404, "Not Found"),
    ],
)
def test_errors_are_problem_json(api: httpx.Client, path: str, status: int, needle: str) -> None:
    response = api.get(path)
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"] and body["instance"]
    assert needle in body.get("detail", "")


def test_openapi_lists_routes(api: httpx.Client) -> None:
    spec = api.get("/openapi.json").json()
    assert {"/healthz", "/api/mentions", "/api/mentions/{mention_id}"} <= set(spec["paths"])
