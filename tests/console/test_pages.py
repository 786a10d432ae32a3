"""Every console page's permission (200 / 403 / redirect to sign-in, as the table says), the
CSRF check of every form post, sign-in and sign-out, and the local assets and API docs."""

from __future__ import annotations

import re

import httpx
import pytest

from identity.permissions import allowed
from identity.roles import ROLES
from review_api.auth import route_actions
from review_api.pages.assets import missing_assets
from tests.console.conftest import PASSWORD, Console


def sign_in(console: Console, role: str) -> httpx.Client:
    client = httpx.Client(base_url=console.base, timeout=30)
    form = client.get("/console/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token is not None
    response = client.post(
        "/console/login",
        data={
            "name": f"{role}-1",
            "password": PASSWORD,
            "csrf_token": token[1],
            "next": "/console/account",
        },
    )
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/console/account"
    assert "httponly" in response.headers["set-cookie"].lower()
    assert "samesite=lax" in response.headers["set-cookie"].lower()
    return client


def csrf_of(client: httpx.Client) -> str:
    page = client.get("/console/account")
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found is not None
    return found[1]


def _pages(console: Console) -> list[tuple[str, str, str]]:
    app = console_app_of(console)
    concrete = {
        "{incident_id}": console.incident_id,
        "{ad_id}": console.ad_id,
        "{mention_id}": console.story_id,
    }
    out = []
    for method, path, action in route_actions(app):
        assert action is not None, f"{method} {path} declares no action"
        for key, value in concrete.items():
            path = path.replace(key, value)
        out.append((method, "/console" + path, action))
    return out


def console_app_of(console: Console):  # type: ignore[no-untyped-def]
    from fastapi import FastAPI

    from review_api.pages import console_app

    parent = FastAPI()
    parent.state.store, parent.state.settings, parent.state.throttle = console.store, None, None
    return console_app(parent)


@pytest.fixture(scope="module")
def clients(console: Console) -> dict[str, httpx.Client]:
    return {role: sign_in(console, role) for role in ROLES}


def test_every_page_checks_the_table(console: Console, clients: dict[str, httpx.Client]) -> None:
    pages = [(m, p, a) for m, p, a in _pages(console) if m == "GET" and a != "session.start"]
    assert len(pages) >= 9
    for _, path, action in pages:
        anonymous = httpx.get(console.base + path, timeout=30)
        assert anonymous.status_code == 303, path
        assert anonymous.headers["location"].startswith("/console/login?next=")
        for role in ROLES:
            response = clients[role].get(path)
            expected = 303 if path == "/console/" else 200
            if not allowed(role, action):  # type: ignore[arg-type]
                expected = 403
            elif role == "submitter" and path.startswith("/console/ads/"):
                expected = 200  # the submitter's own copy
            assert response.status_code == expected, (role, path, response.text[:300])
            if expected == 403:
                assert "无权" in response.text


def test_every_form_post_needs_the_csrf_token(
    console: Console, clients: dict[str, httpx.Client]
) -> None:
    posts = [(p, a) for m, p, a in _pages(console) if m == "POST" and a != "session.start"]
    assert len(posts) >= 5
    for path, action in posts:
        role = next(r for r in ("pr", "legal", "admin") if allowed(r, action))  # type: ignore[arg-type]
        without = clients[role].post(path, data={"report": "x", "decision": "approve"})
        assert without.status_code == 403, (path, without.text[:200])
        assert "CSRF" in without.text
        wrong = clients[role].post(path, data={"csrf_token": "forged", "decision": "approve"})
        assert wrong.status_code == 403, path
    # Nothing changed.
    incident = clients["pr"].get(f"/console/incidents/{console.incident_id}")
    assert "待响应" in incident.text


def test_a_role_without_the_action_cannot_post(
    console: Console, clients: dict[str, httpx.Client]
) -> None:
    viewer = clients["viewer"]
    response = viewer.post(
        f"/console/incidents/{console.incident_id}/acknowledge",
        data={"csrf_token": csrf_of(viewer)},
    )
    assert response.status_code == 403


def test_sign_in_refuses_a_wrong_password_and_a_forged_form(console: Console) -> None:
    with httpx.Client(base_url=console.base, timeout=30) as client:
        form = client.get("/console/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token is not None
        wrong = client.post(
            "/console/login", data={"name": "pr-1", "password": "nope", "csrf_token": token[1]}
        )
        assert wrong.status_code == 401
        assert "密码错误" in wrong.text
    with httpx.Client(base_url=console.base, timeout=30) as fresh:
        forged = fresh.post(
            "/console/login", data={"name": "pr-1", "password": PASSWORD, "csrf_token": "x"}
        )
        assert forged.status_code == 401
        assert "radar_session" not in forged.headers.get("set-cookie", "")


def test_sign_in_goes_only_to_console_pages(console: Console) -> None:
    with httpx.Client(base_url=console.base, timeout=30) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/console/login").text)
        assert token is not None
        response = client.post(
            "/console/login",
            data={
                "name": "ops-1",
                "password": PASSWORD,
                "csrf_token": token[1],
                "next": "//evil.example/",
            },
        )
        assert response.headers["location"] == "/console/"


def test_sign_out_ends_the_session(console: Console) -> None:
    client = sign_in(console, "ops")
    token = csrf_of(client)
    response = client.post("/console/logout", data={"csrf_token": token})
    assert response.status_code == 303
    # The old cookie no longer signs in, even if a browser kept it.
    again = client.get("/console/account")
    assert again.status_code == 303


def test_root_redirects_to_the_console_and_docs_are_local(console: Console) -> None:
    root = httpx.get(console.base + "/", timeout=30)
    assert root.status_code == 307
    assert root.headers["location"] == "/console/"
    docs = httpx.get(console.base + "/docs", timeout=30).text
    redoc = httpx.get(console.base + "/redoc", timeout=30).text
    assert "/static/vendor/swagger-ui-bundle.js" in docs
    assert "/static/vendor/redoc.standalone.js" in redoc
    assert "cdn.jsdelivr.net" not in docs + redoc
    css = httpx.get(console.base + "/static/console.css", timeout=30)
    assert css.status_code == 200


def test_vendored_assets_are_served_when_installed(console: Console) -> None:
    if missing_assets():
        pytest.skip("console assets not installed (`make assets` needs npm)")
    for name in ("echarts.min.js", "htmx.min.js", "swagger-ui-bundle.js", "redoc.standalone.js"):
        response = httpx.get(f"{console.base}/static/vendor/{name}", timeout=30)
        assert response.status_code == 200, name


def test_the_api_is_unchanged_by_the_console(console: Console) -> None:
    # API routes still answer problem+json 401 to an anonymous client, not a redirect.
    response = httpx.get(console.base + "/api/incidents", timeout=30)
    assert response.status_code == 401
