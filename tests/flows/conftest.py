"""Fixtures of the orchestration tests: ONE Prefect test server per session, the demo network.

Prefect's temporary server takes ~20 s to start, so every flow test (and every ``radar run``
subprocess, through ``PREFECT_API_URL``) shares the session-scoped harness. If another test
package needs it, move ``prefect_api_url`` up to tests/conftest.py.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from demo.server import DemoNetwork
from radar.settings import Settings


@pytest.fixture(scope="session")
def prefect_api_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Prefect API backed by a temporary database, for the whole session; Prefect's
    home (result storage, memo files) in a temporary directory, not the user's ~/.prefect."""
    from prefect.settings import (
        PREFECT_API_URL,
        PREFECT_HOME,
        PREFECT_SERVER_ANALYTICS_ENABLED,
        temporary_settings,
    )
    from prefect.testing.utilities import prefect_test_harness

    home = tmp_path_factory.mktemp("prefect-home")
    quiet = {PREFECT_HOME: home, PREFECT_SERVER_ANALYTICS_ENABLED: False}  # no network here
    with (
        temporary_settings(updates=quiet),
        prefect_test_harness(server_startup_timeout=120),
    ):
        yield str(PREFECT_API_URL.value())


@pytest.fixture
def demo() -> Iterator[DemoNetwork]:
    """The clean demo network on a free loopback port (function-scoped: tests may change it)."""
    with DemoNetwork("127.0.0.1", 0) as network:
        yield network


@pytest.fixture
def flow_settings(tmp_path: Path, demo: DemoNetwork) -> Settings:
    """Settings for flows over the demo network with a fresh data directory."""
    return Settings(
        data_dir=tmp_path / "var",
        demo={"base_url": demo.base_url},
        crawl={"autothrottle_start_delay": 0.01},
        analyse={"batch_size": 50},
    )


def free_port() -> int:
    """A currently free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def radar_env(data_dir: Path, prefect_api_url: str, **extra: str) -> dict[str, str]:
    """Environment of a ``radar`` subprocess: its own data dir, the shared Prefect API."""
    env = {
        **os.environ,
        "RADAR_DATA_DIR": str(data_dir),
        "PREFECT_API_URL": prefect_api_url,
        "RADAR_CRAWL_AUTOTHROTTLE_START_DELAY": "0.01",
        "RADAR_RUN_DEMO_CRM": "false",  # ~30 s per run; test_run_command.py checks it once
        "PYTHONUNBUFFERED": "1",
    }
    env.update(extra)
    return env
