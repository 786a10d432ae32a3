"""A bounded schemathesis run against the compliance API's OpenAPI (``tests.utils.fuzz``): no input
may cause a 500, and every error is a problem+json body."""

from __future__ import annotations

from pathlib import Path

import pytest

from radar.settings import Settings
from review_api.app import create_app
from tests.compliance.conftest import start_api
from tests.utils.fuzz import fuzz_api
from tests.utils.servers import live_uvicorn

MAX_EXAMPLES = 25


def _acting_user(path: str) -> str:
    # Act as a user the operation admits, so fuzzing reaches past the auth check.
    if path.startswith("/api/reviews"):
        return "lena"
    if path.startswith("/api/users"):
        return "ada"
    return "sam"


@pytest.mark.slow
def test_no_server_errors(tmp_path: Path) -> None:
    store, tokens = start_api(tmp_path)
    try:
        with live_uvicorn(create_app(Settings(data_dir=tmp_path), store)) as base:
            report = fuzz_api(
                base,
                path_regex=r"^/api/(ads|reviews|users)",
                token=lambda path: tokens[_acting_user(path)],
                max_examples=MAX_EXAMPLES,
            )
    finally:
        store.close()
    assert len(report.operations) >= 12
    assert report.failures == []
