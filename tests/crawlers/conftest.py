"""Fixtures of the collect-stage tests: the demo network on loopback, fast crawl settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from demo.server import DemoNetwork
from radar.settings import Settings


@pytest.fixture(scope="module")
def demo() -> Iterator[DemoNetwork]:
    """The clean demo network (module-scoped: tests must not change its data)."""
    with DemoNetwork("127.0.0.1", 0) as network:
        yield network


@pytest.fixture
def crawl_settings(tmp_path: Path) -> Settings:
    """Settings for loopback crawls: a fresh data dir, no initial AutoThrottle delay."""
    return Settings(
        data_dir=tmp_path / "var",
        crawl={"autothrottle_start_delay": 0.01, "batch_size": 50},
    )
