"""One error format for the whole API: RFC 9457 problem details (``application/problem+json``).

Route handlers call the stages and let their domain errors escape; ``ERROR_MAP`` below is the one
table from exception type to (status, title, problem type), in the manner of httpx's
``map_httpcore_exceptions``, and ``install_error_handlers`` registers it once. The most specific
type in an exception's MRO wins (``UpdateConflict`` is a ``VersionConflict`` is a ``StoreError``:
409, not 503). Request validation errors and unknown routes get the same body::

    {"type": "...", "title": "...", "status": 422, "detail": "...", "instance": "/api/...",
     "errors": [...]}          # ``errors`` only for validation problems

``type`` is a stable URI per problem kind (``about:blank`` when the HTTP status says it all).
Client errors carry the domain error's message as ``detail``. Server errors never leak
internals: a misconfiguration (a broken policy file, rule pack or lexicon), a store that cannot
answer or an unexpected exception is logged with its traceback, and the body says only what
kind of failure it was. An unexpected exception is answered inside the app (``_ContainErrors``)
instead of escaping to the server, so the client's keep-alive connection survives it.

``problem_responses`` documents a route's errors in the OpenAPI schema with the ``Problem``
model: each route declares the client errors its domain can raise (400, 403, 404, 409, …), and
``document_problems`` adds what any route can answer (401, 403 and 429 behind sign-in, 413 where
it takes a body, 422 where it takes parameters or a body, 500 and 503 everywhere).
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from community import intake as community_intake
from community import policy as community_policy
from community.members import MemberNotFound
from community.tasks import TaskNotFound
from compliance import errors as compliance
from compliance.parsing import ParsersBusy
from compliance.rulepack import RulePackError
from compliance.semantic import ReaderFileError
from identity import errors as identity
from monitor import errors as monitor
from monitor.policy import PolicyError
from monitor.propagation import StoryNotFound
from nlp.alert_rules import LexiconError
from store.base import InvalidRequest, StoreError, VersionConflict

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://community-radar.example/problems/"
log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ProblemKind:
    """How one kind of error is answered.

    ``detail`` is formatted with the exception as ``exc``; a text without ``{exc}`` hides it.
    ``log``: a server-side failure, logged with its traceback. ``headers``: sent with it.
    """

    status: int
    title: str
    slug: str | None = None
    detail: str = "{exc}"
    log: bool = False
    headers: tuple[tuple[str, str], ...] = ()

    @property
    def type(self) -> str:
        """The problem type URI."""
        return TYPE_BASE + self.slug if self.slug else "about:blank"


NOT_FOUND = ProblemKind(404, "Not found", "not-found")
FORBIDDEN = ProblemKind(403, "Forbidden", "forbidden")
CONFLICT = ProblemKind(409, "Conflict", "conflict")
BAD_REQUEST = ProblemKind(400, "Bad request", "bad-request")
INVALID = ProblemKind(422, "Invalid request", "validation")
MISCONFIGURED = ProblemKind(
    500, "Internal server error", None, "the server is misconfigured; see its log", log=True
)
UNEXPECTED = ProblemKind(500, "Internal server error", None, "an unexpected error occurred")
STORE_DOWN = ProblemKind(
    503, "Storage unavailable", None, "the store could not serve this request; retry later", True
)

_INTAKE = {
    "too_large": ProblemKind(413, "Content too large", "too-large"),
    "unsupported_type": ProblemKind(415, "Unsupported media type", "unsupported-type"),
}


def _throttled(exc: Exception) -> ProblemKind:
    wait = str(getattr(exc, "retry_after_s", 60))
    return ProblemKind(429, "Too many requests", "throttled", headers=(("Retry-After", wait),))


def _parsers_busy(exc: Exception) -> ProblemKind:
    wait = str(getattr(exc, "retry_after_s", 10))
    return ProblemKind(503, "Service unavailable", "parsers-busy", headers=(("Retry-After", wait),))


def _intake(exc: Exception) -> ProblemKind:
    problem = getattr(exc, "problem", "invalid")
    return _INTAKE.get(
        problem, ProblemKind(422, "Unprocessable content", problem.replace("_", "-"))
    )


#: Every domain error the API can see, and how it is answered. A type not listed here (nor
#: ``ProblemError``, nor a validation or routing error) is a bug: 500, logged, nothing leaked.
ERROR_MAP: dict[type[Exception], ProblemKind | Callable[[Exception], ProblemKind]] = {
    # Client errors: the message is written for the client.
    compliance.NotFoundError: NOT_FOUND,
    monitor.NotFoundError: NOT_FOUND,
    StoryNotFound: NOT_FOUND,
    identity.UserNotFound: NOT_FOUND,
    compliance.PermissionDenied: FORBIDDEN,
    compliance.StateConflict: CONFLICT,
    monitor.CaseStateError: CONFLICT,
    monitor.UnknownCategory: ProblemKind(422, "Unprocessable content", "unknown-category"),
    identity.UserConflict: CONFLICT,
    VersionConflict: ProblemKind(
        409, "Conflict", "conflict", "changed concurrently; reload and retry ({exc})"
    ),
    compliance.IntakeError: _intake,
    identity.InvalidIdentity: ProblemKind(422, "Unprocessable content", "invalid"),
    identity.Throttled: _throttled,
    MemberNotFound: NOT_FOUND,
    TaskNotFound: NOT_FOUND,
    community_intake.IntakeError: ProblemKind(422, "Unprocessable content", "unreadable-file"),
    # Every .docx/.pdf reader busy past the queue's wait: the upload itself may be fine.
    ParsersBusy: _parsers_busy,
    # A malformed or crafted cursor, a limit out of range: the request's parameters are invalid.
    InvalidRequest: INVALID,
    # Server errors: logged; the body says nothing about paths, files or parser output.
    PolicyError: MISCONFIGURED,
    RulePackError: MISCONFIGURED,
    ReaderFileError: MISCONFIGURED,
    LexiconError: MISCONFIGURED,
    StoreError: STORE_DOWN,
    community_policy.PolicyError: MISCONFIGURED,
    compliance.AuditTrailBroken: UNEXPECTED,
}


def problem_kind(exc: Exception) -> ProblemKind:
    """How ``exc`` is answered: the ``ERROR_MAP`` entry of the nearest type in its MRO."""
    for cls in type(exc).__mro__:
        entry = ERROR_MAP.get(cls)
        if entry is not None:
            return entry(exc) if callable(entry) else entry
    return UNEXPECTED


class ProblemError(Exception):
    """A request that cannot be served, described for the client (for errors of the API itself,
    such as authentication; the stages raise their own domain errors)."""

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


class BadRequest(ProblemError):
    """The request's parameters are well-formed but contradict each other."""

    def __init__(self, detail: str) -> None:
        super().__init__(400, BAD_REQUEST.title, detail, type_=BAD_REQUEST.type)


class NotFound(ProblemError):
    """A stored item the API looked up itself (a mention) does not exist."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(
            404, NOT_FOUND.title, f"{what} {ident!r} does not exist", type_=NOT_FOUND.type
        )


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str = Field(description="URI identifying the problem kind.")
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None


class ValidationIssue(BaseModel):
    """One invalid part of a request."""

    loc: list[str | int]
    msg: str
    type: str


class ValidationProblem(Problem):
    """A 422 from request validation: every issue found."""

    errors: list[ValidationIssue] = Field(default_factory=list)


_DESCRIPTIONS = {
    400: "Bad request (contradictory parameters)",
    401: "No valid bearer token or session",
    403: "The user's role (or ownership) does not allow this",
    404: "Not found",
    409: "Not in a state that allows this, or changed concurrently (reload and retry)",
    413: "Upload or copy over the size limit",
    415: "Unsupported file type",
    422: "Invalid request (a parameter out of range, a malformed cursor), or a file that "
    "cannot be read",
    429: "Too many failed sign-ins or unknown tokens from this client; see Retry-After",
    500: "Server error or misconfiguration (logged; the body says nothing more)",
    503: "The store could not serve the request; retry later",
}


def _inline_schema(model: type[BaseModel]) -> dict[str, Any]:
    """``model``'s JSON schema with its ``$defs`` inlined (a response schema sits deep inside the
    OpenAPI document, where pydantic's ``#/$defs/...`` references would not resolve)."""
    return copy.deepcopy(_inlined(model))


@lru_cache(maxsize=8)
def _inlined(model: type[BaseModel]) -> dict[str, Any]:
    # Built once per model: every operation of the schema declares several problems.
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                return resolve(defs[ref.removeprefix("#/$defs/")])
            return {key: resolve(value) for key, value in node.items()}
        if isinstance(node, list):
            return [resolve(value) for value in node]
        return node

    resolved: dict[str, Any] = resolve(schema)
    return resolved


def problem_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for problem+json errors with these status codes."""
    return {
        code: {
            "description": _DESCRIPTIONS[code],
            "content": {
                PROBLEM_JSON: {
                    "schema": _inline_schema(ValidationProblem if code == 422 else Problem)
                }
            },
        }
        for code in codes
    }


def _declare_problems(schema: dict[str, Any]) -> None:
    for path_item in schema.get("paths", {}).values():
        for operation in path_item.values():
            responses = operation.setdefault("responses", {})
            codes = [500, 503]
            if "422" in responses:  # FastAPI's default: the route takes parameters or a body
                codes.append(422)
            if operation.get("security"):  # signed in: may be refused, or throttled
                codes += [401, 403, 429]
            if "requestBody" in operation:  # RADAR_API_MAX_BODY_BYTES (review_api.middleware)
                codes.append(413)
            for code, entry in problem_responses(*codes).items():
                declared = responses.get(str(code), {})
                if PROBLEM_JSON not in declared.get("content", {}):
                    responses[str(code)] = entry
    text = json.dumps(schema.get("paths", {}))
    components = schema.get("components", {}).get("schemas", {})
    if "#/components/schemas/HTTPValidationError" not in text:
        components.pop("HTTPValidationError", None)
        components.pop("ValidationError", None)


def document_problems(app: FastAPI) -> None:
    """Declare on every operation of the OpenAPI schema the problems any route can answer (see
    the module docstring); what a route declares itself as problem+json stays."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        schema = generate()
        _declare_problems(schema)  # idempotent: the schema is generated once and cached
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


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


def mapped_response(request: Request, exc: Exception) -> JSONResponse:
    """The problem+json answer to ``exc`` by ``ERROR_MAP`` (logged when it is the server's)."""
    kind = problem_kind(exc)
    if kind.log or kind is UNEXPECTED:
        log.error("%s on %s", kind.title, request.url.path, exc_info=exc)
    return problem_response(
        request,
        kind.status,
        kind.title,
        kind.detail.format(exc=exc),
        kind.type,
        headers=dict(kind.headers) or None,
    )


class _ContainErrors:
    """Answer an exception that escaped every handler with a logged 500 inside the app.

    Starlette's outermost ``ServerErrorMiddleware`` re-raises after sending its 500, and
    uvicorn then closes the connection: the client's next request on it fails. Catching here,
    inside that middleware, ends the request normally. When the response had already started
    there is nothing to answer with: the exception goes on (and the connection with it).
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            if started:
                raise
            await mapped_response(Request(scope), exc)(scope, receive, send)


def install_error_handlers(app: FastAPI) -> None:
    """Map every error the app can raise to problem+json (``ERROR_MAP``, registered once)."""

    async def _mapped(request: Request, exc: Exception) -> JSONResponse:
        return mapped_response(request, exc)

    for exc_type in ERROR_MAP:
        app.add_exception_handler(exc_type, _mapped)
    app.add_middleware(_ContainErrors)

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
        title = {404: "Not found", 405: "Method not allowed", 413: "Content too large"}.get(
            exc.status_code, "HTTP error"
        )
        type_ = TYPE_BASE + "too-large" if exc.status_code == 413 else "about:blank"
        return problem_response(
            request,
            exc.status_code,
            title,
            str(exc.detail),
            type_,
            headers=getattr(exc, "headers", None),
        )
