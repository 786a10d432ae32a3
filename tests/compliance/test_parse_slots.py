"""A burst of .docx/.pdf uploads queues for the parsing slots; past the queue's bound or its
wait, the API answers 503 problem+json with Retry-After (compliance.parsing)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager

import httpx

from compliance import parsing
from tests.compliance.conftest import LiveApi
from tests.compliance.files import docx_bytes, pdf_bytes

PROBLEM = "application/problem+json"


def _upload(api: LiveApi, n: int) -> httpx.Response:
    kind = ("docx", "pdf")[n % 2]
    data = docx_bytes(f"团购第{n}期文案") if kind == "docx" else pdf_bytes(f"flyer {n}")
    with api.client("sam") as c:
        return c.post("/api/ads/upload", files={"file": (f"burst-{n}.{kind}", data)})


@contextmanager
def held(semaphore: threading.BoundedSemaphore, count: int) -> Iterator[None]:
    """Hold ``count`` permits of one of the parser's semaphores (as busy uploads would)."""
    for _ in range(count):
        assert semaphore.acquire(timeout=30)
    try:
        yield
    finally:
        for _ in range(count):
            semaphore.release()


def _assert_busy(answer: httpx.Response) -> None:
    assert answer.status_code == 503, answer.text
    assert answer.headers["content-type"] == PROBLEM
    assert answer.json()["type"].endswith("/parsers-busy")
    assert int(answer.headers["Retry-After"]) >= 1


def test_a_burst_of_uploads_queues_instead_of_failing(api: LiveApi) -> None:
    burst = parsing.PARSERS + 3  # more than the slots, fewer than the queue holds
    with ThreadPoolExecutor(burst) as pool:
        answers = list(pool.map(lambda n: _upload(api, n), range(burst)))
    assert [a.status_code for a in answers] == [201] * burst, [a.text for a in answers]


def test_all_slots_busy_past_the_wait_is_503_with_retry_after(api: LiveApi) -> None:
    with held(parsing._SLOTS, parsing.PARSERS):
        _assert_busy(_upload(api, 100))  # waited slot_wait_s (5 s) in the queue, in vain
    assert _upload(api, 101).status_code == 201  # a slot free again: served


def test_a_full_queue_turns_uploads_away_at_once(api: LiveApi) -> None:
    with held(parsing._ADMITTED, parsing.PARSERS + parsing.QUEUED):
        _assert_busy(_upload(api, 200))
        # Plain text needs no parser: it is served meanwhile.
        with api.client("sam") as c:
            text = c.post("/api/ads/upload", files={"file": ("copy.txt", "团购文案".encode())})
        assert text.status_code == 201, text.text
