"""Downloader middleware: stop redirect loops before the duplicate filter hides them."""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response


class RedirectLoop(IgnoreRequest):
    """A redirect pointed back at a URL already in this request's redirect chain."""

    def __init__(self, message: str, response: Response) -> None:
        super().__init__(message)
        self.response = response


class RedirectLoopMiddleware:
    """Raise ``RedirectLoop`` for A → B → A chains.

    Without this, Scrapy's redirect middleware sends the second request for A to the scheduler,
    whose duplicate filter silently discards it: the page would vanish without a trace. Ordered
    after ``RedirectMiddleware`` (600) so it sees responses first.
    """

    def process_response(self, request: Request, response: Response) -> Response:
        location = response.headers.get(b"Location")
        if response.status in (301, 302, 303, 307, 308) and location:
            target = urljoin(request.url, location.decode("latin-1"))
            chain = [*request.meta.get("redirect_urls", []), request.url]
            if target in chain:
                raise RedirectLoop(f"redirect loop: {' -> '.join([*chain, target])}", response)
        return response
