"""Fixtures for the act stage: a store file that tests can reopen, settings using it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from radar.settings import Settings
from store.sqlite import SQLiteStore


@pytest.fixture
def monitor_settings(tmp_path: Path) -> Settings:
    """Settings on a fresh data dir, no notification channel (the file channel)."""
    return Settings(data_dir=tmp_path / "var", store="sqlite", notify={"backoff_seconds": 60})


@pytest.fixture
def store(monitor_settings: Settings) -> Iterator[SQLiteStore]:
    """The embedded store at ``monitor_settings.sqlite_path``."""
    opened = SQLiteStore(monitor_settings.sqlite_path)
    yield opened
    opened.close()
