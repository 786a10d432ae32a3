"""Fixtures shared by every test package, and the rule that marks tests needing slow fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radar.settings import Settings
from store.sqlite import SQLiteStore
from tests.utils.fake_elasticsearch import FakeElasticsearch, fake_elasticsearch

#: Fixtures that make any test using them slow: the session's Prefect test server takes ~20 s to
#: start, so a test that needs it is ``slow`` (``make test-fast`` leaves it out) without saying so.
SLOW_FIXTURES = frozenset({"prefect_api_url"})


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if SLOW_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings pointing at a fresh data directory (embedded store)."""
    return Settings(data_dir=tmp_path / "var", store="sqlite")


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[SQLiteStore]:
    """A fresh embedded store in a temporary file."""
    store = SQLiteStore(tmp_path / "store.sqlite3")
    yield store
    store.close()


@pytest.fixture(scope="session")
def fake_es() -> Iterator[FakeElasticsearch]:
    """The FAKE Elasticsearch node of the session (tests/utils/fake_elasticsearch.py): an HTTP
    server on 127.0.0.1 that checks each request against the 8.15 REST specification."""
    with fake_elasticsearch() as fake:
        yield fake
