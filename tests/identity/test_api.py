"""Signing in over the real API: sessions with CSRF, throttling, expired tokens, and separation
of duties through the creator chain."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from identity.sessions import SESSION_COOKIE
from identity.users import create_user, rotate_token
from review_api.app import create_app
from tests.identity.conftest import PASSWORD, RoleApi, serve
from tests.utils.servers import live_uvicorn

BAD_COPY = "本店草莓全网最低价，医生推荐，吃了降血压！"


def test_console_session_sign_in_csrf_and_sign_out(role_api: RoleApi) -> None:
    with httpx.Client(base_url=role_api.base) as browser:
        signed_in = browser.post("/api/session", json={"name": "pr-1", "password": PASSWORD})
        assert signed_in.status_code == 201, signed_in.text
        cookie = signed_in.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
        body = signed_in.json()
        assert body["user"]["name"] == "pr-1" and body["csrf_token"]
        assert browser.get("/api/me").json()["role"] == "pr"
        assert browser.get("/api/incidents").status_code == 200
        # A change made with the cookie needs the CSRF token.
        without = browser.post("/api/tickets", json={"subject": "漏发"})
        assert without.status_code == 403 and "X-CSRF-Token" in without.json()["detail"]
        csrf = {"X-CSRF-Token": body["csrf_token"]}
        made = browser.post("/api/tickets", json={"subject": "漏发"}, headers=csrf)
        assert made.status_code == 201, made.text
        assert browser.delete("/api/session").status_code == 403
        assert browser.delete("/api/session", headers=csrf).status_code == 204
        browser.cookies.clear()
        secret = cookie.split(";")[0].split("=", 1)[1]
        after = httpx.get(f"{role_api.base}/api/me", cookies={SESSION_COOKIE: secret})
        assert after.status_code == 401  # ended on the server, not only in the browser


def test_wrong_password_is_401_then_throttled(tmp_path: Path) -> None:
    store, _, settings = serve(
        tmp_path, auth={"cookie_secure": False, "max_failures": 3, "failure_window_s": 600}
    )
    try:
        with live_uvicorn(create_app(settings, store)) as base:
            for _ in range(3):
                wrong = httpx.post(f"{base}/api/session", json={"name": "ops-1", "password": "x"})
                assert wrong.status_code == 401
            right = httpx.post(f"{base}/api/session", json={"name": "ops-1", "password": PASSWORD})
            assert right.status_code == 429 and int(right.headers["retry-after"]) > 0
            assert right.headers["content-type"] == "application/problem+json"
            # Token guesses from the same address are refused as well, valid or not.
            guess = httpx.get(f"{base}/api/me", headers={"Authorization": "Bearer rdr_guess"})
            assert guess.status_code == 429
    finally:
        store.close()


def test_expired_token_is_refused(tmp_path: Path) -> None:
    store, _, settings = serve(tmp_path)
    past = datetime.now(UTC) - timedelta(days=3)
    _, token = rotate_token(store, "viewer-1", token_ttl=timedelta(days=1), now=past)
    try:
        with live_uvicorn(create_app(settings, store)) as base:
            answer = httpx.get(f"{base}/api/me", headers={"Authorization": f"Bearer {token}"})
    finally:
        store.close()
    assert answer.status_code == 401 and "expired" in answer.json()["detail"]


def test_admin_cannot_approve_own_copy_through_an_account_it_made(tmp_path: Path) -> None:
    store, tokens, settings = serve(tmp_path)
    create_user(store, "lena", "legal")  # made at the console: not in the admin's chain
    lena = create_user(store, "lena2", "legal")[1]
    try:
        with live_uvicorn(create_app(settings, store)) as base:
            admin = httpx.Client(
                base_url=base, headers={"Authorization": f"Bearer {tokens['admin']}"}
            )
            ad = admin.post("/api/ads", json={"text": BAD_COPY, "public": False}).json()
            assert ad["status"] == "legal_review"
            made = admin.post("/api/users", json={"name": "sock-puppet", "role": "legal"})
            assert made.status_code == 201 and made.json()["user"]["created_by"] == "admin-1"
            puppet = {"Authorization": f"Bearer {made.json()['token']}"}
            decision = {"decision": "approve", "comment": "ok"}
            refused = httpx.post(
                f"{base}/api/reviews/{ad['id']}/decision", json=decision, headers=puppet
            )
            assert refused.status_code == 403 and "admin-1" in refused.json()["detail"]
            # A second generation does not help either.
            boss = admin.post("/api/users", json={"name": "boss", "role": "admin"}).json()
            boss_client = {"Authorization": f"Bearer {boss['token']}"}
            grand = httpx.post(
                f"{base}/api/users", json={"name": "puppet2", "role": "legal"}, headers=boss_client
            ).json()
            refused = httpx.post(
                f"{base}/api/reviews/{ad['id']}/decision",
                json=decision,
                headers={"Authorization": f"Bearer {grand['token']}"},
            )
            assert refused.status_code == 403
            # A reviewer outside the chain decides.
            done = httpx.post(
                f"{base}/api/reviews/{ad['id']}/decision",
                json=decision,
                headers={"Authorization": f"Bearer {lena}"},
            )
            assert done.status_code == 200 and done.json()["status"] == "approved"
            admin.close()
    finally:
        store.close()


@pytest.mark.parametrize("role", ["viewer", "ops", "committee", "legal", "submitter"])
def test_only_pr_and_admin_change_a_crisis(role_api: RoleApi, role: str) -> None:
    with role_api.client(role) as client:
        for method, path, body in [
            ("PATCH", "/api/incidents/inc-x", {"severity": "low"}),
            ("POST", "/api/incidents/inc-x/close", {"report": "done"}),
            ("POST", "/api/alerts/a-x/resolve", None),
        ]:
            assert client.request(method, path, json=body).status_code == 403
