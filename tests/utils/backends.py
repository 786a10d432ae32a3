"""One way to open a store on every backend for the suites that must hold on each of them.

``BACKENDS`` are the fixture params: SQLite (the embedded default), Elasticsearch through the
FAKE node of ``tests/utils/fake_elasticsearch.py`` (always, so CI exercises the backend's
requests), and a real Elasticsearch node only when ``ES_URL`` names one (skipped otherwise).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from store.base import Store
from tests.utils.fake_elasticsearch import store_on

BACKENDS = ["sqlite", "elasticsearch-fake", "elasticsearch"]

ES_SKIP_REASON = "ES_URL is not set: no Elasticsearch node to run the backend suites against"


def open_backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Yield a fresh store on ``request.param`` (one of ``BACKENDS``), closed afterwards."""
    if request.param == "sqlite":
        from store.sqlite import SQLiteStore

        backend: Store = SQLiteStore(tmp_path / "backend.sqlite3")
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
        pytest.skip(ES_SKIP_REASON)
    with store_on(es_url) as on_node:
        yield on_node
