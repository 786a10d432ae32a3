"""How the Elasticsearch backend talks to a cluster: node URLs, and retries with exponential
backoff and jitter.

elastic-transport retries a request on another node at once, which is right when a node is
down and wrong when the cluster is overloaded: a 429 (``es_rejected_execution_exception``, a
full write or search queue) or 503 answered again within milliseconds only adds load.
``backoff_transport`` keeps the immediate fail-over to the next node for connection errors
and waits before every status retry, and before retrying when no node answered at all.

The wait is "equal jitter" (AWS Architecture Blog, *Exponential Backoff And Jitter*, 2015):
half of ``min(cap, base * 2**attempt)`` plus a random part of the other half, so clients that
were rejected together do not come back together, and each wait is at least half the step.
Timeouts are never retried: a write that timed out may have been applied, and retrying a
conditional write would then report a false conflict.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import Transport, TransportApiResponse


@dataclass(frozen=True)
class Backoff:
    """When and how long to wait before retrying a request."""

    #: Retries after the first attempt (0: never retry).
    retries: int = 3
    #: First wait's step in seconds; it doubles per retry.
    base: float = 0.5
    #: Largest step in seconds.
    cap: float = 30.0
    #: HTTP statuses a request is retried on (the cluster is busy or a proxy lost a node).
    statuses: tuple[int, ...] = (429, 502, 503, 504)

    def __post_init__(self) -> None:
        if self.retries < 0 or self.base < 0 or self.cap < self.base:
            raise ValueError(f"invalid backoff {self}")

    def delay(self, attempt: int, rng: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry ``attempt`` (0-based): equal jitter."""
        step = min(self.cap, self.base * 2.0**attempt)
        return float(step / 2 + rng() * step / 2)


def split_urls(urls: str) -> list[str]:
    """The node URLs of ``ES_URL`` (several may be given, comma-separated)."""
    nodes = [u.strip() for u in urls.split(",") if u.strip()]
    if not nodes:
        raise ValueError("no Elasticsearch URL given")
    return nodes


def redact(url: str) -> str:
    """``url`` without its password (for messages and logs)."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"***@{host}" + (f":{parts.port}" if parts.port else "")
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def backoff_transport(
    policy: Backoff, sleep: Callable[[float], None] = time.sleep
) -> type[Transport]:
    """A ``Transport`` class retrying per ``policy`` (for ``Elasticsearch(transport_class=)``)."""

    class BackoffTransport(Transport):
        def perform_request(self, method: str, target: str, **kwargs: Any) -> TransportApiResponse:
            # Statuses are retried here, after a pause; the inner loop only fails over to the
            # next node on connection errors (``max_retries`` of the client).
            kwargs["retry_on_status"] = ()
            attempt = 0
            while True:
                try:
                    response = super().perform_request(method, target, **kwargs)
                except TransportConnectionError:  # no node answered (timeouts are not this)
                    if attempt >= policy.retries:
                        raise
                else:
                    if response.meta.status not in policy.statuses or attempt >= policy.retries:
                        return response
                sleep(policy.delay(attempt))
                attempt += 1

    return BackoffTransport
