"""The ``collect`` flow: one task per source, each crawl persisted raw through the store.

Each task runs one source's crawl (``crawlers.run.crawl_sources``, which runs Scrapy in a child
process because Twisted's reactor cannot restart) and writes every mention through the store's
idempotent upsert as it arrives, before anything analyses it. Tasks run side by side; a source
that fails is retried when the failure is I/O and otherwise reported with its cause, and never
stops the other sources.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from time import perf_counter
from typing import Any, cast

from prefect import flow, task
from prefect.futures import PrefectFuture
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner

from flows.environment import progress_logger
from flows.retrying import IO_TASK, describe, source_failure
from radar.schemas import MentionQuery
from radar.settings import Settings
from store import open_store

#: Crawls run side by side: each is a child process mostly waiting on the network.
MAX_PARALLEL_CRAWLS = 4
#: How often ``analyse_while`` looks for a full batch of new mentions, seconds.
_ANALYSE_POLL_S = 0.5


class CrawlProcessError(OSError):
    """The crawl's child process died (killed, out of memory): trying again can help."""


@dataclass
class SourceOutcome:
    """One source's part of a collect run."""

    source: str
    ok: bool
    collected: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: int = 0
    error: str | None = None
    seconds: float = 0.0

    @property
    def stored(self) -> int:
        """New or changed mentions."""
        return self.created + self.updated


@dataclass
class CollectReport:
    """What one collect run did, per source and in total."""

    sources: list[SourceOutcome] = field(default_factory=list)
    #: Mentions the analyse stage finished while the crawls ran (``analyse_meanwhile``).
    analysed: int = 0

    @property
    def collected(self) -> int:
        """Mentions crawled (new, changed and unchanged)."""
        return sum(s.collected for s in self.sources)

    @property
    def stored(self) -> int:
        """New or changed mentions written to the store."""
        return sum(s.stored for s in self.sources)

    @property
    def failed(self) -> dict[str, str]:
        """Source name -> why it failed."""
        return {s.source: s.error or "failed" for s in self.sources if not s.ok}


def enabled_sources(settings: Settings) -> list[str]:
    """Names of the enabled sources in the configured source directory."""
    from crawlers.sources import load_sources

    # An invalid file is skipped here (each crawl report names it), so the others still crawl.
    sources = load_sources(settings.crawl.sources_dir, problems=[])
    return [s.name for s in sources.values() if s.enabled]


@task(
    **IO_TASK,
    task_run_name="crawl-{source}",
)
def crawl_source(source: str, settings: Settings) -> SourceOutcome:
    """Crawl one source into the store; raises ``CrawlProcessError`` if its process died."""
    from crawlers.run import crawl_sources

    started = perf_counter()
    store = open_store(settings)
    try:
        report = crawl_sources([source], store, settings)
    finally:
        store.close()
    if report.worker_exit_code not in (0, None):
        raise CrawlProcessError(
            f"crawl process of {source!r} exited with status {report.worker_exit_code}"
        )
    outcome = SourceOutcome(source=source, ok=True, seconds=round(perf_counter() - started, 3))
    for part in report.sources:
        outcome.collected += part.items
        outcome.created += part.created
        outcome.updated += part.updated
        outcome.unchanged += part.duplicate
        outcome.errors += part.error_count
        failure = source_failure(part)
        if failure is not None:
            outcome.ok, outcome.error = False, failure
    return outcome


def collect_sources(
    sources: Sequence[str], settings: Settings, *, analyse_meanwhile: bool = False
) -> CollectReport:
    """The collect flow's body: every source, side by side; failures reported, not raised.

    With ``analyse_meanwhile`` this thread, which would only wait for the crawls, analyses
    what they have stored so far, a full batch at a time (``analyse_while``).
    """
    log = progress_logger()
    report = CollectReport()
    futures = {name: crawl_source.submit(name, settings) for name in sources}
    if analyse_meanwhile:
        report.analysed = analyse_while(_all_done(futures.values()), settings)
    for name, future in futures.items():
        report.sources.append(_outcome_of(name, future))
    for s in report.sources:
        if s.ok:
            log.info(
                "collect: %-20s %5d items, %d new, %d changed (%.1f s)",
                s.source,
                s.collected,
                s.created,
                s.updated,
                s.seconds,
            )
        else:
            log.warning("collect: %-20s FAILED: %s", s.source, s.error)
    return report


def _all_done(futures: Iterable[PrefectFuture[SourceOutcome]]) -> Callable[[], bool]:
    """A check that is true once every one of ``futures`` has finished (by their
    done-callbacks: a Prefect future's ``state`` would ask the API each time)."""
    pending = list(futures)
    finished: list[PrefectFuture[SourceOutcome]] = []
    for future in pending:
        future.add_done_callback(finished.append)
    return lambda: len(finished) >= len(pending)


def analyse_while(crawls_done: Callable[[], bool], settings: Settings) -> int:
    """Analyse stored mentions, one full batch at a time, until ``crawls_done()``; returns how
    many were analysed.

    The crawls leave CPU idle (their processes wait on the network and on this process's store
    writes), so the analyse stage's work starts early instead of after the last source. It is
    the analyse flow's own body on the oldest pending batch, so everything it guarantees holds
    (raw first, idempotent, hash-stamped); what is left when the crawls end is the analyse
    flow's. A batch that fails is logged and left pending for it.
    """
    from flows.analyse import analyse_pending

    log = progress_logger()
    batch = settings.analyse.batch_size
    analysed = 0
    store = open_store(settings)
    try:
        while not crawls_done():
            if store.count_mentions(MentionQuery(needs_analysis=True)) < batch:
                time.sleep(_ANALYSE_POLL_S)
                continue
            try:
                done = analyse_pending(store, settings, limit=batch, quiet=True)
            except Exception as exc:  # the analyse flow after collect retries and reports it
                log.warning("collect: analysis during the crawls stopped: %s", describe(exc))
                break
            analysed += done.analysed
        if analysed:
            log.info("collect: %d mentions analysed while crawling", analysed)
    finally:
        store.close()
    return analysed


def _outcome_of(name: str, future: PrefectFuture[SourceOutcome]) -> SourceOutcome:
    try:
        outcome = future.result()
    except Exception as exc:  # a failed source is reported, the others go on
        return SourceOutcome(source=name, ok=False, error=describe(exc))
    return outcome


@flow(
    name="collect",
    task_runner=cast("TaskRunner[PrefectFuture[Any]]", ThreadPoolTaskRunner(MAX_PARALLEL_CRAWLS)),
    validate_parameters=False,
)
def collect(
    sources: list[str] | None = None,
    settings: Settings | None = None,
    analyse_meanwhile: bool = False,
) -> CollectReport:
    """Crawl the given sources (default: every enabled one) into the store; with
    ``analyse_meanwhile``, analyse full batches of what they store while they run."""
    settings = settings or Settings()
    return collect_sources(
        sources or enabled_sources(settings), settings, analyse_meanwhile=analyse_meanwhile
    )
