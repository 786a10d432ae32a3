"""The one retry policy of the product's HTTP clients: exponential backoff with jitter.

The Elasticsearch transport (``store.es_transport``) and the calls ``radar run`` makes to the
Prefect API at its start (``flows.recovery``) wait the same way between attempts: "equal jitter"
(AWS Architecture Blog, *Exponential Backoff And Jitter*, 2015), half of
``min(cap, base * 2**attempt)`` plus a random part of the other half, so clients that were
rejected together do not come back together, and each wait is at least half the step.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Backoff:
    """When and how long to wait before retrying a request."""

    #: Retries after the first attempt (0: never retry).
    retries: int = 3
    #: First wait's step in seconds; it doubles per retry.
    base: float = 0.5
    #: Largest step in seconds.
    cap: float = 30.0
    #: HTTP statuses a request is retried on (by default: the server is busy, or a proxy lost the
    #: node behind it).
    statuses: tuple[int, ...] = (429, 502, 503, 504)

    def __post_init__(self) -> None:
        if self.retries < 0 or self.base < 0 or self.cap < self.base:
            raise ValueError(f"invalid backoff {self}")

    def delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry ``attempt`` (0-based): equal jitter."""
        step = min(self.cap, self.base * 2.0**attempt)
        return float(step / 2 + rng() * step / 2)
