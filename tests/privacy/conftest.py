"""Fixtures of the privacy tests: a store on every backend."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.base import Store
from tests.utils.fake_elasticsearch import store_on


@pytest.fixture(params=["sqlite", "elasticsearch-fake", "elasticsearch"])
def any_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """SQLite, Elasticsearch through the fake node, and a real node when ES_URL names one."""
    if request.param == "sqlite":
        from store.sqlite import SQLiteStore

        backend: Store = SQLiteStore(tmp_path / "privacy.sqlite3")
        yield backend
        backend.close()
        return
    if request.param == "elasticsearch-fake":
        fake = request.getfixturevalue("fake_es")
        with store_on(fake.url, fake) as on_fake:
            yield on_fake
        return
    es_url = os.environ.get("ES_URL")
    if not es_url:
        pytest.skip("ES_URL is not set: no Elasticsearch node for the privacy tests")
    with store_on(es_url) as on_node:
        yield on_node
