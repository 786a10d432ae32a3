"""One error format for the whole API: RFC 9457 problem details (``application/problem+json``).

Route handlers raise ``ProblemError`` (or a subclass); request validation errors, unknown routes
and unexpected exceptions are mapped to the same body::

    {"type": "...", "title": "...", "status": 422, "detail": "...", "instance": "/api/...",
     "errors": [...]}          # ``errors`` only for validation problems

``type`` is a stable URI per problem kind (``about:blank`` when the HTTP status says it all).
Unexpected exceptions never leak internals: a 500 says only that it happened, and is logged.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from store.base import StoreError, VersionConflict

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://community-radar.example/problems/"
log = logging.getLogger(__name__)


class ProblemError(Exception):
    """A request that cannot be served, described for the client."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str | None = None,
        *,
        type_: str | None = None,
        extra: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or title)
        self.status, self.title, self.detail = status, title, detail
        self.type = type_ or "about:blank"
        self.extra = extra or {}
        self.headers = headers


class NotFound(ProblemError):
    """The named resource does not exist."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(
            404, "Not found", f"{what} {ident!r} does not exist", type_=TYPE_BASE + "not-found"
        )


class Conflict(ProblemError):
    """The resource changed or is in a state that forbids the request."""

    def __init__(self, detail: str) -> None:
        super().__init__(409, "Conflict", detail, type_=TYPE_BASE + "conflict")


def problem_response(
    request: Request,
    status: int,
    title: str,
    detail: str | None = None,
    type_: str = "about:blank",
    extra: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    """Build a problem+json response."""
    body: dict[str, Any] = {"type": type_, "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body["instance"] = request.url.path
    body.update(extra or {})
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Map every error the app can raise to problem+json."""

    @app.exception_handler(ProblemError)
    async def _problem(request: Request, exc: ProblemError) -> JSONResponse:
        return problem_response(
            request, exc.status, exc.title, exc.detail, exc.type, exc.extra, exc.headers
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(str(p) for p in first["loc"])
        return problem_response(
            request,
            422,
            "Invalid request",
            f"{where}: {first['msg']}" if where else str(first["msg"]),
            TYPE_BASE + "validation",
            {"errors": errors},
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "HTTP error")
        return problem_response(
            request, exc.status_code, title, str(exc.detail), headers=getattr(exc, "headers", None)
        )

    @app.exception_handler(VersionConflict)
    async def _conflict(request: Request, exc: VersionConflict) -> JSONResponse:
        return problem_response(
            request, 409, "Conflict", f"changed concurrently, retry: {exc}", TYPE_BASE + "conflict"
        )

    @app.exception_handler(ValueError)
    async def _bad_value(request: Request, exc: ValueError) -> JSONResponse:
        return problem_response(request, 400, "Bad request", str(exc), TYPE_BASE + "bad-request")

    @app.exception_handler(StoreError)
    async def _store(request: Request, exc: StoreError) -> JSONResponse:
        log.error("store error on %s: %s", request.url.path, exc)
        return problem_response(
            request,
            503,
            "Storage unavailable",
            "the store could not serve this request; retry later",
        )

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return problem_response(
            request, 500, "Internal server error", "an unexpected error occurred"
        )
