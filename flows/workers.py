"""Analysis worker processes: the understand stage's CPU work spread over several cores.

Segmentation, keywords and alert matching are pure Python, so threads cannot run them side by
side; a backlog of thousands of mentions is therefore analysed by ``settings.analyse.processes``
worker processes (``AnalysisPool``), each with its own copy of the model, lexicon and IDF table,
loaded once when it starts (a few seconds, which is why small runs stay in the flow's process:
``processes_for``). The workers only compute: reading the mentions and saving the results stay
in the flow's process, through the store interface, so crash safety is the flow's as before.

Workers are started with ``spawn`` (a fresh interpreter): the flow's process runs threads
(Prefect's, the store's), and forking a threaded process can copy a held lock. If the flow's
process is killed, each worker exits when it next reads from or writes to its closed pipe
(after the batch in hand at most).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING

from radar.settings import NlpSettings

if TYPE_CHECKING:
    from nlp.pipeline import Analyser, TextAnalysis

#: Pending mentions from which worker processes are started: below it, their start-up (5-12 s
#: on 2 cores: torch, the model, jieba's dictionary) costs more than they save.
PARALLEL_MIN = 50_000

_analyser: Analyser | None = None


def processes_for(pending: int, batch_size: int, processes: int) -> int:
    """Worker processes worth starting for ``pending`` mentions, at most ``processes``
    (1: analyse in-process).

    A worker pays for itself only on a backlog of ``PARALLEL_MIN`` mentions and when each gets
    at least a couple of batches: below that, its start-up costs more than it saves.
    """
    batches = -(-pending // max(1, batch_size))
    if processes <= 1 or pending < PARALLEL_MIN:
        return 1
    return max(1, min(processes, batches))


def _start_worker(settings: NlpSettings, threads: int) -> None:
    global _analyser
    from nlp.pipeline import Analyser
    from nlp.segment import warm_up_in_background

    warm_up_in_background()
    _analyser = Analyser.configured(settings, threads=threads)


def _ready() -> bool:
    return _analyser is not None


def _analyse(texts: Sequence[str]) -> list[TextAnalysis]:
    assert _analyser is not None, "worker not initialised"
    return _analyser.analyse(texts)


class AnalysisPool:
    """``processes`` spawned workers that run ``nlp.pipeline.Analyser.analyse`` on batches."""

    def __init__(self, settings: NlpSettings, processes: int) -> None:
        from nlp.sentiment.model import bundled_model_dir, require_model

        # The workers' start-up errors would reach us only as a "broken pool": check the one a
        # configuration can cause here, with its own message.
        require_model(settings.sentiment_model_dir or bundled_model_dir())
        self.processes = processes
        # The cores are shared out between the workers, not multiplied.
        threads = max(1, settings.sentiment_threads // processes)
        self._executor = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(settings, threads),
        )
        # Start every worker now, from this thread, and wait until each has loaded its model:
        # a batch then never waits for a start-up, and a worker that cannot start fails here.
        started = [self._executor.submit(_ready) for _ in range(processes)]
        try:
            for future in started:
                future.result()
        except BrokenProcessPool as exc:
            self._executor.shutdown(cancel_futures=True)
            raise RuntimeError(
                "the analysis worker processes could not start (their error is in the log above)"
            ) from exc

    def submit(self, texts: Sequence[str]) -> Future[list[TextAnalysis]]:
        """Analyse ``texts`` in a worker; the future's result is in input order."""
        return self._executor.submit(_analyse, list(texts))

    def close(self) -> None:
        """Stop the workers (waits for batches in flight; pending ones are cancelled)."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> AnalysisPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
