"""Hostile input against the real app on loopback: bodies bounded before authentication,
out-of-range parameters and crafted cursors answered 422 (never 500), security headers on every
response, CORS off unless configured."""

from __future__ import annotations

import base64
import json
import socket
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
PROBLEM = "application/problem+json"
LIST_PATHS = [
    "/api/mentions",
    "/api/alerts",
    "/api/incidents",
    "/api/tickets",
    "/api/ads",
    "/api/reviews",
    "/api/users",
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    data = tmp_path_factory.mktemp("hostile")
    store = SQLiteStore(Path(data) / "s.sqlite3")
    store.upsert_mentions(
        [
            Mention(
                id=f"m{i}",
                platform="weibo",
                source="demo",
                url=f"https://example.test/{i}",
                text=f"团长服务很好 {i}",
                published_at=T0 + timedelta(hours=i),
                read_count=i * 100,
            )
            for i in range(4)
        ]
    )
    _, token = create_user(store, "root", "admin")
    for name in ("a1", "a2", "a3"):
        create_user(store, name, "viewer")
    settings = Settings(
        data_dir=Path(data), api={"max_body_bytes": 4096}, compliance={"max_upload_bytes": 64_000}
    )
    with live_uvicorn(create_app(settings, store)) as base:
        yield base, {"Authorization": f"Bearer {token}"}
    store.close()


def _raw(base: str, request: bytes) -> bytes:
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(request)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_declared_oversized_body_is_refused_before_authentication(server: tuple) -> None:
    base, _ = server
    # 300 MB announced, nothing sent: the answer comes without reading (or waiting for) it.
    answer = _raw(
        base,
        b"POST /api/ads/upload HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; "
        b"boundary=b\r\nContent-Length: 300000000\r\n\r\n",
    )
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 413") and PROBLEM.encode() in head
    assert json.loads(body)["title"] == "Content too large"
    assert b"content-security-policy" in head.lower()


def test_streamed_oversized_body_is_cut_off(server: tuple) -> None:
    base, _ = server

    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(10_000):  # 10 MB, chunked: no Content-Length to refuse up front
            yield b"x" * 1000
        yield b'"}'

    answer = httpx.post(
        f"{base}/api/ads", content=chunks(), headers={"Content-Type": "application/json"}
    )
    assert answer.status_code == 413 and answer.headers["content-type"] == PROBLEM


def test_upload_routes_take_files_up_to_their_own_limit(server: tuple) -> None:
    base, auth = server
    small_limit = httpx.post(f"{base}/api/tickets", json={"subject": "x" * 5000}, headers=auth)
    assert small_limit.status_code == 413
    files = {"file": ("copy.txt", "社区团购今日到货".encode() * 1000, "text/plain")}  # 24 KB
    upload = httpx.post(f"{base}/api/ads/upload", files=files)
    assert upload.status_code == 401  # past the body limit, stopped by authentication
    too_big = {"file": ("copy.txt", b"x" * 200_000, "text/plain")}
    assert httpx.post(f"{base}/api/ads/upload", files=too_big).status_code == 413


@pytest.mark.parametrize(
    "query",
    [
        {"min_reads": str(2**63)},
        {"min_reads": "-1"},
        {"limit": "0"},
        {"limit": str(2**64)},
        {"platform": ["p"] * 51},
        {"platform": "x" * 201},
        {"since": "9999-99-99"},
    ],
)
def test_out_of_range_parameters_are_422(server: tuple, query: dict) -> None:
    base, auth = server
    answer = httpx.get(f"{base}/api/mentions", params=query, headers=auth)
    assert answer.status_code == 422 and answer.headers["content-type"] == PROBLEM


def _cursor(values: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def _tampered(real: str) -> list[str]:
    padded = real + "=" * (-len(real) % 4)
    sort, _, last_id = json.loads(base64.urlsafe_b64decode(padded))
    keys: list[object] = [2**70, -(2**70), 1e308, "x", None, True, [1], {"a": 1}]
    return [_cursor([sort, key, last_id]) for key in keys] + [
        _cursor([sort, 1, 5]),
        _cursor([sort, 1]),
        _cursor("just a string"),
        "%%%",
        "A" * 1999,
        base64.urlsafe_b64encode(b"\xff\xfe not json").decode(),
    ]


@pytest.mark.parametrize("path", LIST_PATHS)
def test_crafted_cursors_are_422_on_every_list(server: tuple, path: str) -> None:
    base, auth = server
    first = httpx.get(f"{base}{path}", params={"limit": 1}, headers=auth).json()
    real = first.get("next_cursor") or _cursor(["published_at_desc", 1, "m1"])
    for cursor in _tampered(real):
        answer = httpx.get(f"{base}{path}", params={"cursor": cursor}, headers=auth)
        assert answer.status_code in (200, 422), (cursor, answer.text)
        assert answer.headers["content-type"] in (PROBLEM, "application/json")
    too_long = httpx.get(f"{base}{path}", params={"cursor": "A" * 2001}, headers=auth)
    assert too_long.status_code == 422


@pytest.mark.parametrize(
    ("path", "status"),
    [("/healthz", 200), ("/api/mentions", 401), ("/nowhere", 404), ("/openapi.json", 200)],
)
def test_security_headers_on_every_response(server: tuple, path: str, status: int) -> None:
    answer = httpx.get(server[0] + path)
    assert answer.status_code == status
    csp = answer.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["referrer-policy"] == "same-origin"
    assert "access-control-allow-origin" not in answer.headers


def test_cors_is_off_unless_configured(server: tuple, tmp_path: Path) -> None:
    preflight = {"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"}
    answer = httpx.options(f"{server[0]}/api/mentions", headers=preflight)
    assert "access-control-allow-origin" not in answer.headers
    settings = Settings(data_dir=tmp_path, api={"cors_origins": ["https://console.brand.cn"]})
    app = create_app(settings)
    try:
        with live_uvicorn(app) as base:
            ok = httpx.options(
                f"{base}/api/mentions",
                headers={**preflight, "Origin": "https://console.brand.cn"},
            )
            evil = httpx.get(f"{base}/healthz", headers={"Origin": "https://evil.example"})
    finally:
        app.state.store.close()
    assert ok.headers["access-control-allow-origin"] == "https://console.brand.cn"
    assert "access-control-allow-origin" not in evil.headers
