"""Prefect's process environment: its home under ``RADAR_DATA_DIR``, quiet logs, one API.

Prefect reads its settings from the environment when it is first imported, so a command calls
``configure_prefect(settings)`` before importing any flow module. Without ``PREFECT_API_URL`` a
flow run in a fresh process starts a temporary local Prefect server (≈20 s on 2 cores);
``prefect_api`` starts that server once for a long-lived process (``radar run``) and points
every child process (served flow runs) at it.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from radar.settings import Settings

#: The logger every flow reports progress on (``radar run`` prints it; Prefect's own logs are
#: kept at WARNING, which is what a user needs from it).
PROGRESS_LOGGER = "radar.flows"


def prefect_environment(settings: Settings) -> dict[str, str]:
    """Environment variables that keep Prefect's state and logs where the product wants them.

    Its home (database of flow runs, profiles, local result storage) goes under
    ``RADAR_DATA_DIR/prefect`` so nothing is written outside the project's data directory.
    """
    home = settings.data_dir.resolve() / "prefect"
    return {
        "PREFECT_HOME": str(home),
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
        # Served flow runs are child processes; give the temporary server room on a busy box.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    }


def configure_prefect(settings: Settings) -> None:
    """Apply ``prefect_environment`` to this process; a variable the user set wins.

    Call before the first ``import prefect``: afterwards Prefect has read its settings already
    (the call then still helps child processes, which inherit the environment).
    """
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    for name, value in prefect_environment(settings).items():
        os.environ.setdefault(name, value)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def prefect_api() -> Iterator[str]:
    """The Prefect API URL flows report to, for the duration of the block.

    ``PREFECT_API_URL`` when one is configured (a real server, the test harness); otherwise a
    temporary local server is started here, once, and stopped on exit. Its database is the one
    under ``PREFECT_HOME``, so run history survives restarts.
    """
    from prefect.settings import PREFECT_API_URL, temporary_settings

    configured = PREFECT_API_URL.value()
    if configured:
        yield str(configured)
        return
    from prefect.server.api.server import SubprocessASGIServer

    server = SubprocessASGIServer(port=_free_port())
    server.start(timeout=180)
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = server.api_url  # inherited by served flow-run processes
    try:
        with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
            yield server.api_url
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:  # pragma: no cover - only when set between our check and here
            os.environ["PREFECT_API_URL"] = previous
        server.stop()


def progress_logger() -> logging.Logger:
    """The flows' progress logger; prints plain lines to stderr unless a handler is set up.

    Flow runs served by Prefect run in child processes that did not go through the CLI, so the
    logger configures itself on first use there.
    """
    logger = logging.getLogger(PROGRESS_LOGGER)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("radar: %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
    return logger
