"""Index tokens of a large batch segmented in a worker process while the writer goes on.

Segmenting is about half of the Python work of a bulk write to the embedded store, and it needs
nothing from the database: ``store.sqlite`` hands a batch's texts to one worker process, fills
its other tables meanwhile (SQLite works with the GIL released), and collects the tokens for the
full-text index last. On two cores that made bulk upserts about 1.3x faster (``bench.store``
prints the comparison).

``joined_tokens_later(texts)`` returns a function that gives ``" ".join(tokenize(text))`` for
each text. Small batches (under ``BACKGROUND_MIN`` texts), a worker still loading its dictionary
(the first large batch is segmented here while it does), and a worker that died all mean the
tokens are computed in the calling process: the answer is always the same, only where it is
computed changes. One worker per process, started on first use with ``spawn`` (safe beside
threads), at the caller's priority; it dies with its parent (``radar.process.die_with_parent``)
and is shut down at exit.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from nlp import segment
from radar.process import die_with_parent

log = logging.getLogger(__name__)

#: Fewer texts than this are segmented in the calling process (the hand-over costs ~1 ms).
BACKGROUND_MIN = 100

_lock = threading.Lock()
_pool: list[tuple[ProcessPoolExecutor, Future[list[str]]]] = []  # (pool, its warm-up)
_disabled: list[str] = []  # why the worker is not used any more (it failed once)


def joined_tokens(texts: Sequence[str]) -> list[str]:
    """``" ".join(tokenize(text))`` for each text (what the worker runs)."""
    return [" ".join(segment.tokenize(text)) for text in texts]


def _start_worker() -> None:
    die_with_parent()


def _ready_pool() -> ProcessPoolExecutor | None:
    """The worker once it has loaded its dictionary; None before that, or if it failed."""
    with _lock:
        if _disabled:
            return None
        if not _pool:
            pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker,
            )
            _pool.append((pool, pool.submit(joined_tokens, ["预热"])))  # loads the dictionary
            return None
        pool, warm_up = _pool[0]
    if not warm_up.done():
        return None
    if warm_up.exception() is not None:
        _give_up(f"the worker could not start: {warm_up.exception()}")
        return None
    return pool


def _give_up(why: str) -> None:
    with _lock:
        if not _disabled:
            log.warning("segmenting in this process from now on: %s", why)
            _disabled.append(why)


def _shutdown() -> None:
    with _lock:
        for pool, _ in _pool:
            pool.shutdown(wait=False, cancel_futures=True)
        _pool.clear()


atexit.register(_shutdown)


def joined_tokens_later(texts: Sequence[str]) -> Callable[[], list[str]]:
    """Start segmenting ``texts``; the returned function gives their joined index tokens."""
    texts = list(texts)
    pool = _ready_pool() if len(texts) >= BACKGROUND_MIN else None
    if pool is None:
        done = joined_tokens(texts)
        return lambda: done
    try:
        future = pool.submit(joined_tokens, texts)
    except (BrokenProcessPool, RuntimeError) as exc:  # died, or shut down at exit
        _give_up(str(exc) or type(exc).__name__)
        done = joined_tokens(texts)
        return lambda: done

    def result() -> list[str]:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            _give_up(str(exc) or "the worker died")
            return joined_tokens(texts)

    return result
