"""Fixtures shared by every test package."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radar.settings import Settings
from store.sqlite import SQLiteStore


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
