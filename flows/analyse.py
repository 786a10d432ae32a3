"""The ``analyse`` flow: NLP over new or changed mentions, in batches, written back to the store.

Crash safety: a mention is in the store (raw) before it is analysed, and ``save_analysis``
stamps each one with the ``analysed_hash`` of the content it analysed, so the work left is
always exactly ``MentionQuery(needs_analysis=True)``. A run killed between batches loses only
the batch in flight; the next run picks up the rest, and re-analysing a mention overwrites the
same fields with the same values (no duplicates, nothing appended).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from time import perf_counter

from prefect import flow, task
from prefect.futures import PrefectFuture

from flows.environment import progress_logger
from flows.retrying import IO_TASK
from flows.workers import AnalysisPool, processes_for
from radar.schemas import MentionQuery
from radar.settings import Settings
from store import open_store
from store.base import Store


@dataclass
class AnalyseReport:
    """What one analyse run did."""

    pending: int = 0
    analysed: int = 0
    batches: int = 0
    skipped: int = 0  # listed as pending, but done meanwhile by a concurrent run
    processes: int = 1  # analysis worker processes used (1: the flow's own process)
    seconds: float = 0.0


@task(**IO_TASK)
def list_pending(store: Store, limit: int | None = None) -> list[str]:
    """Ids of the mentions whose analysis is missing or stale, oldest first (at most ``limit``)."""
    pending = store.iter_mentions(MentionQuery(needs_analysis=True))
    return [m.id for m in islice(pending, limit)]


@task(**IO_TASK)
def analyse_batch(
    store: Store,
    settings: Settings,
    mention_ids: Sequence[str],
    pool: AnalysisPool | None = None,
) -> int:
    """Analyse the mentions of ``mention_ids`` that still need it and save the results.

    Re-reads them first, so a mention changed since it was listed is analysed as it is now,
    and one analysed meanwhile (by a concurrent run) is skipped. The NLP runs in one of
    ``pool``'s worker processes when given, else here. Returns how many were saved.
    """
    from nlp.pipeline import Analyser, analyse_mentions, analysis_texts, with_analysis

    todo = [m for m in store.get_mentions(mention_ids) if m.needs_analysis]
    if not todo:
        return 0
    if pool is None:
        analysed = analyse_mentions(todo, datetime.now(UTC), Analyser.configured(settings.nlp))
    else:
        results = pool.submit(analysis_texts(todo)).result()
        analysed = with_analysis(todo, results, datetime.now(UTC))
    return store.save_analysis(analysed)


def analyse_pending(
    store: Store,
    settings: Settings,
    batch_size: int | None = None,
    *,
    limit: int | None = None,
    quiet: bool = False,
) -> AnalyseReport:
    """The analyse flow's body (run inside a flow: the collect flow runs it too): every pending
    mention (the oldest ``limit`` ones when given), ``batch_size`` at a time; ``quiet`` leaves
    out the progress lines."""
    log = progress_logger()
    started = perf_counter()
    batch_size = batch_size or settings.analyse.batch_size
    ids = list_pending(store, limit)
    chunks = [ids[start : start + batch_size] for start in range(0, len(ids), batch_size)]
    processes = processes_for(len(ids), batch_size, settings.analyse.processes)
    report = AnalyseReport(pending=len(ids), processes=processes)
    done = 0

    def finished(chunk: list[str], saved: int) -> None:
        nonlocal done
        done += len(chunk)
        report.analysed += saved
        report.skipped += len(chunk) - saved
        report.batches += 1
        if not quiet and (report.batches % 10 == 0 or done == len(ids)):
            log.info("analyse: %d/%d mentions analysed", done, len(ids))

    if report.processes == 1:
        for chunk in chunks:
            finished(chunk, analyse_batch(store, settings, chunk))
    else:
        log.info("analyse: %d mentions over %d worker processes", len(ids), report.processes)
        # One batch more in flight than there are workers: while they compute, this process
        # reads the next batch and saves the last one.
        with AnalysisPool(settings.nlp, report.processes) as pool:

            def submit(chunk: list[str]) -> PrefectFuture[int]:
                return analyse_batch.submit(store, settings, chunk, pool)

            _windowed(chunks, submit, report.processes + 1, finished)
    report.seconds = round(perf_counter() - started, 3)
    return report


def _windowed(
    chunks: Sequence[list[str]],
    submit: Callable[[list[str]], PrefectFuture[int]],
    window: int,
    finished: Callable[[list[str], int], None],
) -> None:
    """Run ``submit`` over ``chunks`` with at most ``window`` in flight; results in order."""
    in_flight: deque[tuple[list[str], PrefectFuture[int]]] = deque()
    for chunk in chunks:
        in_flight.append((chunk, submit(chunk)))
        if len(in_flight) >= window:
            first, future = in_flight.popleft()
            finished(first, future.result())
    while in_flight:
        first, future = in_flight.popleft()
        finished(first, future.result())


@flow(name="analyse", log_prints=False, validate_parameters=False)
def analyse(settings: Settings | None = None, batch_size: int | None = None) -> AnalyseReport:
    """NLP (segmentation, keywords, alert terms, sentiment) over new or changed mentions."""
    settings = settings or Settings()
    store = open_store(settings)
    try:
        return analyse_pending(store, settings, batch_size)
    finally:
        store.close()
