"""Prefect's process environment: its home under ``RADAR_DATA_DIR``, quiet logs, one API.

Prefect reads its settings from the environment when it is first imported, so a command calls
``configure_prefect(settings)`` before importing any flow module. ``prefect_api`` gives the
flows an API: ``PREFECT_API_URL`` when set, otherwise a local Prefect server that this process
starts as its own child (``LocalPrefectServer``: ``python -m flows.prefect_server``) **with its
services on** (the scheduler that creates the scheduled runs, late runs, cancellation
clean-up). Prefect's own temporary ("ephemeral") server switches the scheduler off, so nothing
served on it would ever run on schedule. The child dies with its parent, even a SIGKILLed one.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from radar.settings import Settings

#: The logger every flow reports progress on (``radar run`` prints it; Prefect's own logs are
#: kept at WARNING, which is what a user needs from it).
PROGRESS_LOGGER = "radar.flows"
#: How long the local Prefect server may take to answer its health check (≈20 s on 2 cores;
#: a first start also creates its database).
SERVER_START_TIMEOUT_S = 180.0
#: How long a stop waits for the server to finish its services before killing it.
SERVER_STOP_TIMEOUT_S = 20.0


def prefect_environment(settings: Settings) -> dict[str, str]:
    """Environment variables that keep Prefect's state and logs where the product wants them.

    Its home (database of flow runs, profiles, local result storage) goes under
    ``RADAR_DATA_DIR/prefect`` so nothing is written outside the project's data directory.
    The scheduler looks for deployments to schedule every 15 s (Prefect: 60 s), so the first
    scheduled runs follow the first pass closely; flow runs older than 14 days are vacuumed,
    so a job running for months keeps a bounded Prefect database.
    """
    home = settings.data_dir.resolve() / "prefect"
    return {
        "PREFECT_HOME": str(home),
        "PREFECT_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_LOGGING_LEVEL": "WARNING",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_TO_API_WHEN_MISSING_FLOW": "ignore",
        "PREFECT_SERVER_UI_ENABLED": "false",
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "15",
        "PREFECT_SERVER_SERVICES_DB_VACUUM_ENABLED": "events,flow_runs",
        "PREFECT_SERVER_SERVICES_DB_VACUUM_RETENTION_PERIOD": str(14 * 24 * 3600),
        # A flow run in a fresh process without PREFECT_API_URL starts Prefect's temporary
        # server; give it room on a busy box.
        "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    }


def configure_prefect(settings: Settings) -> None:
    """Apply ``prefect_environment`` to this process; a variable the user set wins.

    Call before the first ``import prefect``: afterwards Prefect has read its settings already
    (the call then still helps child processes, which inherit the environment).
    """
    for name, value in prefect_environment(settings).items():
        os.environ.setdefault(name, value)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PrefectServerError(RuntimeError):
    """The local Prefect server did not start (the message says why and where its log is)."""


class LocalPrefectServer:
    """A Prefect server with its services, run as a child process of this one.

    The child has its own process group (a Ctrl-C in the terminal reaches only us; we stop it
    after the runner has cancelled its runs, which needs the API) and dies with us
    (``radar.process.die_with_parent``). Its log goes to ``log_path``.
    """

    def __init__(self, log_path: Path, port: int | None = None) -> None:
        self.port = port or _free_port()
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def api_url(self) -> str:
        """The server's API URL (``PREFECT_API_URL`` for clients)."""
        return f"http://127.0.0.1:{self.port}/api"

    def start(self) -> None:
        """Start the child; returns at once (``wait_ready`` waits for it)."""
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        env = {**os.environ, "RADAR_PARENT_PID": str(os.getpid())}
        env.pop("PREFECT__SERVER_EPHEMERAL", None)  # that mode switches the scheduler off
        env.pop("PREFECT_API_URL", None)
        with open(self.log_path, "ab") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "flows.prefect_server", "127.0.0.1", str(self.port)],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def wait_ready(self, timeout: float = SERVER_START_TIMEOUT_S) -> None:
        """Wait until the API answers its health check; ``PrefectServerError`` if it dies or
        takes longer than ``timeout``."""
        assert self.process is not None, "start() first"
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2.0) as client:
            while True:
                code = self.process.poll()
                if code is not None:
                    raise PrefectServerError(
                        f"the local Prefect server exited with status {code} while starting; "
                        f"its log: {self.log_path}"
                    )
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                if time.monotonic() > deadline:
                    self.stop()
                    raise PrefectServerError(
                        f"the local Prefect server did not answer in {timeout:.0f} s; "
                        f"its log: {self.log_path}"
                    )
                time.sleep(0.2)

    def stop(self) -> None:
        """SIGTERM (uvicorn stops the services and exits), then SIGKILL if it hangs."""
        process, self.process = self.process, None
        if process is None or process.poll() is not None:
            return
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=SERVER_STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextmanager
def prefect_api(settings: Settings | None = None) -> Iterator[str]:
    """The Prefect API URL flows report to, for the duration of the block.

    ``PREFECT_API_URL`` when one is configured (a real server, the test harness); otherwise a
    local server with its services is started here, once, and stopped on exit. Its database is
    the one under ``PREFECT_HOME`` (``RADAR_DATA_DIR/prefect``), so run history and schedules
    survive restarts; its log is ``RADAR_DATA_DIR/logs/prefect-server.log``.
    """
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        yield configured
        return
    logs = (
        settings.data_dir / "logs"
        if settings is not None
        else Path(os.environ.get("PREFECT_HOME", ".")).parent / "logs"
    )
    server = LocalPrefectServer(logs / "prefect-server.log")
    server.start()
    try:
        server.wait_ready()
        # Inherited by served flow-run processes; read by Prefect when it is first imported.
        os.environ["PREFECT_API_URL"] = server.api_url
        if "prefect.settings" in sys.modules:  # imported already: tell this process too
            from prefect.settings import PREFECT_API_URL, temporary_settings

            with temporary_settings(updates={PREFECT_API_URL: server.api_url}):
                yield server.api_url
        else:
            yield server.api_url
    finally:
        os.environ.pop("PREFECT_API_URL", None)
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
