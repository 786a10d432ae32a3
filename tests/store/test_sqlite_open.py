"""Opening the embedded store: connections racing to create the same new file all succeed."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from radar.schemas import MentionQuery
from store.sqlite import SQLiteStore


@pytest.mark.slow  # many threads racing on a new file: about 5 s
def test_connections_racing_to_create_a_new_store_all_open_it(tmp_path: Path) -> None:
    # The collect flow's crawls run side by side, each opening its own connection; on a new
    # data directory they race to switch the file to WAL and create the tables, and SQLite
    # answered some of those races with "database is locked" at once (a source then failed
    # with nothing stored: bench.pipeline found it). Without the retry, about one trial in 20
    # failed here.
    for trial in range(150):
        path = tmp_path / f"race-{trial}.sqlite3"
        barrier = threading.Barrier(8)
        errors: list[BaseException] = []

        def open_close(
            path: Path = path,
            barrier: threading.Barrier = barrier,
            errors: list[BaseException] = errors,
        ) -> None:
            barrier.wait()
            try:
                with SQLiteStore(path) as store:
                    store.count_mentions(MentionQuery())
            except BaseException as exc:  # collected for the assertion below
                errors.append(exc)

        threads = [threading.Thread(target=open_close) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == [], f"trial {trial}: {errors[0]}"
