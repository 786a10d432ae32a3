"""The one error map: domain errors to problem+json, server faults as logged 500s that leak
nothing, connections that survive a 500, and every route's errors in the OpenAPI schema."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from compliance.errors import IntakeError, InvalidInput, NotFoundError, StateConflict
from compliance.rulepack import RulePackError
from compliance.semantic import ReaderFileError
from identity.errors import InvalidIdentity, Throttled, UserConflict, UserNotFound
from identity.users import create_user
from monitor.errors import CaseStateError
from monitor.policy import PolicyError
from nlp.alert_rules import LexiconError
from radar.settings import Settings
from review_api.app import create_app
from review_api.errors import PROBLEM_JSON, problem_kind
from store.base import InvalidCursor, StoreError, VersionConflict
from store.sqlite import SQLiteStore
from store.update import UpdateConflict
from tests.utils.servers import live_uvicorn


@pytest.mark.parametrize(
    ("exc", "status"),
    [
        (NotFoundError("ad", "x"), 404),
        (StateConflict("already decided"), 409),
        (CaseStateError("closed"), 409),
        (VersionConflict("incidents", "i", 1, 2), 409),
        (UpdateConflict("incidents", "i", 8, 9), 409),  # the most specific type wins over 503
        (IntakeError("too_large", "big"), 413),
        (IntakeError("unsupported_type", "exe"), 415),
        (InvalidInput("bad name"), 422),
        (InvalidCursor("malformed cursor"), 422),
        (UserNotFound("x"), 404),
        (UserConflict("name taken"), 409),
        (InvalidIdentity("bad name"), 422),
        (Throttled(30), 429),
        (StoreError("disk full"), 503),
        (PolicyError("/etc/radar/policy.yaml: bad"), 500),
        (RulePackError("rule pack x: bad"), 500),
        (ReaderFileError("adreader.npz: not a reader file"), 500),
        (LexiconError("alerts.yaml: bad"), 500),
        (ValueError("a bug, not a client's error"), 500),
        (KeyError("a bug"), 500),
    ],
)
def test_error_map(exc: Exception, status: int) -> None:
    assert problem_kind(exc).status == status


def test_domain_errors_are_not_value_errors() -> None:
    # The catch-all ValueError -> 400 is gone; no domain error may rely on it.
    for cls in (NotFoundError, StateConflict, IntakeError, CaseStateError, PolicyError):
        assert not issubclass(cls, ValueError), cls
    for cls in (RulePackError, LexiconError, ReaderFileError):
        assert not issubclass(cls, ValueError), cls


def _boom() -> None:
    raise RuntimeError("secret detail in /srv/radar/internal.py")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, dict[str, str]]]:
    broken = tmp_path / "policy.yaml"
    broken.write_text("compensation: [unclosed\n", "utf-8")
    settings = Settings(data_dir=tmp_path / "var", monitor={"policy_path": broken})
    store = SQLiteStore(tmp_path / "s.sqlite3")
    _, token = create_user(store, "ops", "admin")
    app: FastAPI = create_app(settings, store)
    app.add_api_route("/boom", _boom)
    try:
        with live_uvicorn(app) as base:
            yield base, {"Authorization": f"Bearer {token}"}
    finally:
        store.close()


def test_broken_policy_path_is_a_logged_500_that_leaks_nothing(
    server: tuple[str, dict[str, str]], tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    base, auth = server
    with caplog.at_level(logging.ERROR, logger="review_api.errors"):
        response = httpx.post(
            f"{base}/api/compensation/suggest", json={"category": "食品安全"}, headers=auth
        )
    assert response.status_code == 500
    assert response.headers["content-type"] == PROBLEM_JSON
    body = response.json()
    assert (
        body["title"] == "Internal server error" and body["instance"] == "/api/compensation/suggest"
    )
    for leak in (str(tmp_path), "policy.yaml", "unclosed", "yaml", "line", "column"):
        assert leak not in response.text, leak
    # The operator finds the cause in the log.
    logged = [r for r in caplog.records if r.exc_info and isinstance(r.exc_info[1], PolicyError)]
    assert logged and str(tmp_path / "policy.yaml") in str(logged[0].exc_info[1])  # type: ignore[index]


def test_a_500_keeps_the_connection(server: tuple[str, dict[str, str]]) -> None:
    base, auth = server
    peers = set()
    with httpx.Client(base_url=base, headers=auth, timeout=10) as client:

        def call(method: str, path: str, status: int, **kwargs: Any) -> httpx.Response:
            response = client.request(method, path, **kwargs)
            assert response.status_code == status, response.text
            peers.add(response.extensions["network_stream"].get_extra_info("client_addr"))
            return response

        call("GET", "/healthz", 200)
        unexpected = call("GET", "/boom", 500)
        assert "secret" not in unexpected.text
        assert unexpected.json()["detail"] == "an unexpected error occurred"
        call("GET", "/healthz", 200)  # failed with a reset connection before the fix
        call("POST", "/api/compensation/suggest", 500, json={})
        call("GET", "/healthz", 200)
    assert len(peers) == 1  # one keep-alive connection served every request


def test_every_route_documents_its_problems(server: tuple[str, dict[str, str]]) -> None:
    base, _ = server
    spec = httpx.get(f"{base}/openapi.json").json()
    checked = 0
    for path, operations in spec["paths"].items():
        if path == "/boom":
            continue
        for method, operation in operations.items():
            where = f"{method.upper()} {path}"
            responses = operation["responses"]
            errors = {code: r for code, r in responses.items() if int(code) >= 400}
            assert {"500", "503"} <= set(errors), where
            for code, response in errors.items():
                assert PROBLEM_JSON in response.get("content", {}), f"{where} {code}"
            if operation.get("parameters") or operation.get("requestBody"):
                assert "422" in errors, where
            if operation.get("security"):
                assert {"401", "403", "429"} <= set(errors), where
            else:  # public: only signing in itself can answer 401
                assert ("401" in errors) == (path == "/api/session"), where
            if operation.get("x-radar-roles") != ["*"]:
                assert operation.get("security"), where  # every action but a public one
            if operation.get("requestBody"):
                assert "413" in errors, where
            checked += 1
    assert checked >= 20
    assert "HTTPValidationError" not in spec.get("components", {}).get("schemas", {})


def test_broken_lexicon_path_is_a_500_too(tmp_path: Path) -> None:
    broken = tmp_path / "alerts.yaml"
    broken.write_text("categories: {食品安全: {severity: dire, terms: [发霉]}}\n", "utf-8")
    settings = Settings(data_dir=tmp_path / "var", nlp={"alert_lexicon_path": broken})
    store = SQLiteStore(tmp_path / "s.sqlite3")
    _, token = create_user(store, "ops", "admin")
    try:
        with live_uvicorn(create_app(settings, store)) as base:
            response = httpx.post(
                f"{base}/api/compensation/suggest",
                json={"category": "食品安全"},
                headers={"Authorization": f"Bearer {token}"},
            )
    finally:
        store.close()
    assert response.status_code == 500 and response.headers["content-type"] == PROBLEM_JSON
    assert "alerts.yaml" not in response.text and "dire" not in response.text
