"""Index tokens segmented in a worker process (``nlp.segment_worker``), a real one."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nlp import segment_worker
from nlp.segment import tokenize
from radar.schemas import Mention, MentionQuery
from store.semantics import index_text
from store.sqlite import SQLiteStore

TEXTS = [f"邻里鲜{i}号店的草莓发霉了，食品安全谁负责？团长说明天退款{i}" for i in range(150)]


@pytest.fixture(autouse=True)
def fresh_worker() -> Iterator[None]:
    segment_worker._shutdown()
    segment_worker._disabled.clear()
    yield
    segment_worker._shutdown()
    segment_worker._disabled.clear()


def _worker_pid() -> int:
    """Start the worker if needed and wait until it has loaded its dictionary."""
    deadline = time.monotonic() + 120
    while segment_worker._ready_pool() is None:
        assert not segment_worker._disabled, segment_worker._disabled
        assert time.monotonic() < deadline, "the worker did not start within 120 s"
        time.sleep(0.1)
    pool, _ = segment_worker._pool[0]
    return pool.submit(os.getpid).result(timeout=60)


def test_small_batches_stay_in_this_process() -> None:
    texts = TEXTS[: segment_worker.BACKGROUND_MIN - 1]
    assert segment_worker.joined_tokens_later(texts)() == [" ".join(tokenize(t)) for t in texts]
    assert segment_worker._pool == []  # no worker was started for them


def test_a_large_batch_is_segmented_by_the_worker_the_same_way() -> None:
    first = segment_worker.joined_tokens_later(TEXTS)()  # while the worker starts: here
    assert first == [" ".join(tokenize(t)) for t in TEXTS]
    assert _worker_pid() != os.getpid()
    later = segment_worker.joined_tokens_later(TEXTS)
    assert later.__name__ == "result"  # waits on the worker's answer, not on one made here
    assert later() == first


def test_a_dead_worker_loses_nothing(caplog: pytest.LogCaptureFixture) -> None:
    pid = _worker_pid()
    os.kill(pid, 9)
    texts = [f"{t}！" for t in TEXTS]
    # Submitted to the dead worker, or refused by its broken pool: computed here either way.
    assert segment_worker.joined_tokens_later(texts)() == [" ".join(tokenize(t)) for t in texts]
    assert segment_worker._disabled
    assert "segmenting in this process from now on" in caplog.text
    assert segment_worker.joined_tokens_later(texts)() == [" ".join(tokenize(t)) for t in texts]


def test_bulk_upserts_index_what_the_worker_segmented(tmp_path: Path) -> None:
    _worker_pid()
    when = datetime(2026, 11, 20, tzinfo=UTC)
    mentions = [
        Mention(
            id=f"m{i}", platform="weibo", source="s", url=f"u/{i}", text=text,
            published_at=when + timedelta(minutes=i),
        )
        for i, text in enumerate(TEXTS)
    ]  # fmt: skip
    with SQLiteStore(tmp_path / "radar.sqlite3") as store:
        assert store.upsert_mentions(mentions).created == len(TEXTS)
        assert store.count_mentions(MentionQuery(q="食品安全")) == len(TEXTS)
        assert store.count_mentions(MentionQuery(q="草莓 发霉")) == len(TEXTS)
        indexed = store._db.execute("SELECT tokens FROM mention_fts ORDER BY rowid").fetchall()
        assert [row[0] for row in indexed] == [index_text(m) for m in mentions]
