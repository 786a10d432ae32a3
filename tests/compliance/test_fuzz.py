"""A bounded schemathesis run against the compliance API's OpenAPI: no input may cause a 500.

Schemathesis' pytest integration (``from_fixture``) does not run under pytest 9, so this drives
its Python API directly: one Hypothesis run of ``MAX_EXAMPLES`` cases per operation.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from radar.settings import Settings
from review_api.app import create_app
from tests.compliance.conftest import start_api
from tests.utils.servers import live_uvicorn

MAX_EXAMPLES = 25


def _acting_user(path: str) -> str:
    # Act as a user the operation admits, so fuzzing reaches past the auth check.
    if path.startswith("/api/reviews"):
        return "lena"
    if path.startswith("/api/users"):
        return "ada"
    return "sam"


def _fuzz(operation: schemathesis.APIOperation, token: str) -> None:
    @given(case=operation.as_strategy())
    @settings(
        max_examples=MAX_EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def run(case: schemathesis.Case) -> None:
        response = case.call(headers={"Authorization": f"Bearer {token}"}, timeout=30)
        where = f"{case.method} {case.formatted_path}"
        assert response.status_code < 500, (where, response.text[:300])
        if response.status_code >= 400:
            kind = response.headers.get("content-type") or []
            assert kind == ["application/problem+json"], (where, response.status_code, kind)

    run()


@pytest.mark.slow
def test_no_server_errors(tmp_path: Path) -> None:
    store, tokens = start_api(tmp_path)
    failures: list[str] = []
    try:
        with live_uvicorn(create_app(Settings(data_dir=tmp_path), store)) as base:
            schema = schemathesis.openapi.from_url(f"{base}/openapi.json")
            operations = [
                result.ok()
                for result in schema.include(
                    path_regex=r"^/api/(ads|reviews|users)"
                ).get_all_operations()
            ]
            assert len(operations) >= 12

            for operation in operations:
                token = tokens[_acting_user(operation.path)]
                try:
                    _fuzz(operation, token)
                except AssertionError as exc:
                    failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
    finally:
        store.close()
    assert failures == []
