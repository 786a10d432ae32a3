"""When a failed task is retried: on I/O only, where trying again can help.

A network error, a locked database, a full disk that an operator frees, a version conflict
between two writers: the next attempt may succeed, so the task is retried (a few times, with
growing delays). A bug or bad data (``ValueError``, ``KeyError``, a validation error) fails the
same way every time: it is not retried, and the flow reports the task with its cause.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import httpx
from prefect.cache_policies import NONE

from crawlers.report import SourceReport
from store.base import StoreError

#: Attempts after the first, and the delays before them (seconds).
IO_RETRIES = 3
IO_RETRY_DELAYS = [1.0, 5.0, 15.0]

#: Exception types a retry can fix. ``StoreError`` covers a busy or unreachable backend and
#: optimistic-version conflicts (the retried task re-reads); ``OSError`` covers sockets, files,
#: timeouts and broken pipes to a crawl's child process.
TRANSIENT: tuple[type[BaseException], ...] = (
    OSError,
    sqlite3.OperationalError,
    httpx.TransportError,
    StoreError,
)


#: I/O errors that say something is missing or forbidden: the same next time (a model file that
#: was never trained, a directory without write permission).
PERMANENT: tuple[type[BaseException], ...] = (
    FileNotFoundError,
    PermissionError,
    IsADirectoryError,
    NotADirectoryError,
)


def is_transient(exc: BaseException) -> bool:
    """True when ``exc`` (or an exception it was raised from) is an I/O failure a retry can fix."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, PERMANENT):
            return False
        if isinstance(current, TRANSIENT):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def retry_on_io(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect ``retry_condition_fn``: retry the failed task run only for I/O failures."""
    exc = state.data
    if not isinstance(exc, BaseException):
        exc = state.result(raise_on_failure=False)
    return isinstance(exc, BaseException) and is_transient(exc)


def describe(exc: BaseException) -> str:
    """``Type: message`` of an error and of the error it was raised from (for reports)."""
    text = f"{type(exc).__name__}: {exc}"
    cause = exc.__cause__
    if cause is not None:
        text += f" (caused by {type(cause).__name__}: {cause})"
    return text


def source_failure(part: SourceReport) -> str | None:
    """Why one source's crawl counts as failed, or None: it did not finish, or it met only
    errors (site down, every page bad). ``radar run`` and ``radar crawl`` apply this one rule."""
    if part.completed and not (part.error_count and not part.items):
        return None
    first = part.errors[0] if part.errors else part.finish_reason or "unknown reason"
    state = "incomplete crawl" if not part.completed else "nothing collected"
    return f"{state}: {first}"


#: The options of every task that does I/O (``@task(**IO_TASK)``): retried on I/O errors with
#: the delays above, and never cached (a rerun must redo the work).
IO_TASK: dict[str, Any] = {
    "retries": IO_RETRIES,
    "retry_delay_seconds": IO_RETRY_DELAYS,
    "retry_condition_fn": retry_on_io,
    "cache_policy": NONE,
}
