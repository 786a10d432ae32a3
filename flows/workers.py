"""Analysis worker processes: the understand stage's CPU work spread over several cores.

Segmentation, keywords and alert matching are pure Python, so threads cannot run them side by
side; a backlog of thousands of mentions is therefore analysed by ``settings.analyse_processes``
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
from typing import TYPE_CHECKING, Any

from radar.settings import Settings

if TYPE_CHECKING:
    from nlp.pipeline import Analyser, TextAnalysis

_analyser: Analyser | None = None


def processes_for(pending: int, batch_size: int, settings: Settings) -> int:
    """Worker processes worth starting for ``pending`` mentions (1: analyse in-process).

    A worker pays for itself only when each gets at least a couple of batches: below that, the
    start-up (loading torch, the model and jieba's dictionary) costs more than it saves.
    """
    batches = -(-pending // max(1, batch_size))
    if settings.analyse_processes <= 1 or pending < settings.analyse_parallel_min:
        return 1
    return max(1, min(settings.analyse_processes, batches))


def _start_worker(options: dict[str, Any]) -> None:
    global _analyser
    from nlp.pipeline import Analyser
    from nlp.segment import warm_up_in_background

    warm_up_in_background()
    _analyser = Analyser.default(
        model_dir=options["model_dir"],
        lexicon_path=options["lexicon_path"],
        idf_path=options["idf_path"],
        threads=options["threads"],
        batch_size=options["batch_size"],
    )


def _ready() -> bool:
    return _analyser is not None


def _analyse(texts: Sequence[str]) -> list[TextAnalysis]:
    assert _analyser is not None, "worker not initialised"
    return _analyser.analyse(texts)


class AnalysisPool:
    """``processes`` spawned workers that run ``nlp.pipeline.Analyser.analyse`` on batches."""

    def __init__(self, settings: Settings, processes: int) -> None:
        from nlp.sentiment.model import bundled_model_dir, require_model

        # The workers' start-up errors would reach us only as a "broken pool": check the one a
        # configuration can cause here, with its own message.
        require_model(settings.sentiment_model_dir or bundled_model_dir())
        self.processes = processes
        options = {
            "model_dir": settings.sentiment_model_dir,
            "lexicon_path": settings.alert_lexicon_path,
            "idf_path": settings.keywords_idf_path,
            # The cores are shared out between the workers, not multiplied.
            "threads": max(1, settings.sentiment_threads // processes),
            "batch_size": settings.sentiment_batch_size,
        }
        self._executor = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(options,),
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
