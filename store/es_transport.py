"""How the Elasticsearch backend talks to a cluster: node URLs, and retries with exponential
backoff and jitter.

elastic-transport retries a request on another node at once, which is right when a node is
down and wrong when the cluster is overloaded: a 429 (``es_rejected_execution_exception``, a
full write or search queue) or 503 answered again within milliseconds only adds load.
``backoff_transport`` keeps the immediate fail-over to the next node for connection errors
and waits before every status retry, and before retrying when no node answered at all.

The wait is ``radar.backoff.Backoff``'s (equal jitter, the one retry policy of the product).
Timeouts are never retried: a write that timed out may have been applied, and retrying a
conditional write would then report a false conflict.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from elastic_transport import ConnectionError as TransportConnectionError
from elastic_transport import Transport, TransportApiResponse

from radar.backoff import Backoff


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
