"""The permission table: every route declares an action, every action is tried with every role
against the real app, and docs/security.md prints the table as it is."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI

from identity.permissions import PERMISSIONS, allowed, markdown_table, permission
from identity.roles import ROLES
from radar.settings import Settings
from review_api.app import create_app
from review_api.auth import route_actions
from tests.identity.conftest import RoleApi

DOCS = Path(__file__).parents[2] / "docs" / "security.md"


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> FastAPI:
    return create_app(Settings(data_dir=tmp_path_factory.mktemp("perm")))


def _routes(app: FastAPI) -> list[tuple[str, str, str | None]]:
    return list(route_actions(app))


def test_every_route_declares_a_known_action(app: FastAPI) -> None:
    routes = _routes(app)
    assert len(routes) >= 35
    missing = [f"{method} {path}" for method, path, action in routes if action is None]
    assert missing == []
    assert {action for _, _, action in routes} >= set(PERMISSIONS)  # no dead table entries
    assert {action for _, _, action in routes} <= set(PERMISSIONS)


def test_openapi_names_every_operations_action(app: FastAPI) -> None:
    for path, operations in app.openapi()["paths"].items():
        for method, operation in operations.items():
            action = operation.get("x-radar-action")
            assert action in PERMISSIONS, f"{method.upper()} {path}"
            entry = permission(action)
            assert operation["x-radar-roles"] == (["*"] if entry.public else list(entry.roles))


def test_a_route_without_an_action_is_found(app: FastAPI) -> None:
    extra = create_app(Settings(data_dir=Path(app.state.settings.data_dir)), app.state.store)
    extra.add_api_route("/api/forgotten", lambda: {"ok": True})
    assert ("GET", "/api/forgotten", None) in _routes(extra)


def test_crises_are_changed_by_pr_and_admin_only() -> None:
    for action in ("incidents.update", "incidents.close", "alerts.resolve"):
        assert [role for role in ROLES if allowed(role, action)] == ["pr", "admin"]


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "no-such-id", path)


def _route_table() -> list[tuple[str, str, str | None]]:
    with tempfile.TemporaryDirectory() as data:
        app = create_app(Settings(data_dir=Path(data)))
        try:
            return _routes(app)
        finally:
            app.state.store.close()


#: The API's routes (the console's pages answer with pages and redirects: their own tests).
CASES = [
    (method, path, action, role)
    for method, path, action in _route_table()
    if action is not None and (path.startswith("/api/") or path == "/healthz")
    for role in ROLES
]


@pytest.mark.parametrize(("method", "path", "action", "role"), CASES)
def test_every_action_with_every_role(
    role_api: RoleApi, method: str, path: str, action: str, role: str
) -> None:
    with role_api.client(role) as client:
        response = client.request(method, _concrete(path), json={})
    if allowed(role, action):  # type: ignore[arg-type]
        assert response.status_code not in (401, 403), response.text
    else:
        assert response.status_code == 403, response.text
        assert action in response.json()["detail"]


@pytest.mark.parametrize(
    ("method", "path", "action"),
    [case[:3] for case in CASES if case[3] == "admin" and not PERMISSIONS[case[2]].public],
)
def test_every_protected_action_needs_a_user(
    role_api: RoleApi, method: str, path: str, action: str
) -> None:
    response = httpx.request(method, role_api.base + _concrete(path), json={})
    assert response.status_code == 401, action


def test_docs_print_the_table() -> None:
    text = DOCS.read_text(encoding="utf-8")
    start = text.index("<!-- permissions:start -->") + len("<!-- permissions:start -->")
    end = text.index("<!-- permissions:end -->")
    assert text[start:end].strip() == markdown_table(), (
        "docs/security.md is out of date: paste identity.permissions.markdown_table()"
    )
