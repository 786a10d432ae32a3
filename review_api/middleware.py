"""ASGI middleware every response passes through: the request body limit and security headers.

``BodyLimit`` bounds what the API reads of a request body before anything else runs (before
authentication, before a byte of the body is parsed): a declared ``Content-Length`` over the
limit is answered 413 at once; a body sent without one (chunked) is counted as it streams and
cut off with 413 at the first byte past the limit. The limit is ``RADAR_API_MAX_BODY_BYTES``;
routes that take file uploads get their own, larger one (``larger``, by exact path).

``SecurityHeaders`` adds to every response, errors included: a Content-Security-Policy for a
server-rendered console whose assets the app serves itself (``default-src 'self'``, no framing,
no plugins, forms post only to us), ``X-Frame-Options: DENY`` for browsers without CSP level 2,
``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: same-origin``. FastAPI's interactive
docs (``/docs``, ``/redoc``) load Swagger UI and ReDoc from their CDN with an inline script, so
those two pages get a policy that allows exactly that, and no framing either.
"""

from __future__ import annotations

import json
from collections.abc import Mapping

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from review_api.errors import PROBLEM_JSON, TYPE_BASE

CSP = (
    "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
    "object-src 'none'"
)
_CDN = "https://cdn.jsdelivr.net"
DOCS_CSP = (
    f"default-src 'self'; script-src 'self' 'unsafe-inline' {_CDN}; "
    f"style-src 'self' 'unsafe-inline' {_CDN}; img-src 'self' data: https://fastapi.tiangolo.com; "
    "worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; object-src 'none'"
)
DOCS_PATHS = frozenset({"/docs", "/docs/oauth2-redirect", "/redoc"})
SECURITY_HEADERS = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
)


class BodyTooLarge(HTTPException):
    """A request body past the limit (an ``HTTPException``, so that FastAPI's body parsing lets
    it through as it is instead of turning it into a 400)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"the request body is larger than {limit} bytes")
        self.limit = limit


def _problem_413(path: str, limit: int) -> bytes:
    body = {
        "type": TYPE_BASE + "too-large",
        "title": "Content too large",
        "status": 413,
        "detail": f"the request body is larger than {limit} bytes",
        "instance": path,
    }
    return json.dumps(body).encode()


class BodyLimit:
    """Refuse request bodies over the limit before the app reads them (see the module)."""

    def __init__(self, app: ASGIApp, *, max_bytes: int, larger: Mapping[str, int]) -> None:
        self.app, self.max_bytes, self.larger = app, max_bytes, dict(larger)

    async def _refuse(self, scope: Scope, send: Send, limit: int) -> None:
        body = _problem_413(scope.get("path", ""), limit)
        headers = [
            (b"content-type", PROBLEM_JSON.encode()),
            (b"content-length", str(len(body)).encode()),
            (b"connection", b"close"),
        ]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.larger.get(scope["path"], self.max_bytes)
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > limit):
            await self._refuse(scope, send, limit)
            return
        received = 0
        started = False

        async def counting() -> Message:  # the body as it streams, cut off past the limit
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting, sending)
        except BodyTooLarge:
            if started:
                raise
            await self._refuse(scope, send, limit)


class SecurityHeaders:
    """Add the security headers to every HTTP response (see the module)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        csp = DOCS_CSP if scope["path"] in DOCS_PATHS else CSP

        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name.lower() for name, _ in headers}
                extra = [*SECURITY_HEADERS, (b"content-security-policy", csp.encode())]
                headers += [(name, value) for name, value in extra if name not in present]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, sending)
