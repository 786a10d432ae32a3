"""Who is asking, and may they: authentication and the permission check of every route.

A request is signed in by a bearer token (API clients: ``Authorization: Bearer rdr_…``, from
``radar users add`` or ``POST /api/users``) or by a console session cookie (``POST
/api/session``; ``identity.sessions``). No or an unknown token or session: 401 with
``WWW-Authenticate: Bearer``. A request signed in by the cookie that changes anything (POST,
PUT, PATCH, DELETE) must also send the session's CSRF token in ``X-CSRF-Token`` (403 without
it). Unknown tokens and failed sign-ins count against the client's address (and the user name
tried) in a bounded throttle; past ``RADAR_AUTH_MAX_FAILURES`` in ``RADAR_AUTH_FAILURE_WINDOW_S``
the answer is 429 with ``Retry-After``, whatever the credentials.

Every route declares its action from ``identity.permissions.PERMISSIONS`` with ``require``
(or ``public`` for the few open ones); the check is a dependency, so it runs before the handler
looks anything up: a submitter deciding on a review gets 403 even for an unknown id.
``route_actions`` lists every route's action (the tests walk every route with it) and
``document_actions`` writes it into the OpenAPI schema as ``x-radar-action`` / ``x-radar-roles``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Iterator
from typing import Annotated, Any

import fastapi.routing
from fastapi import Depends, FastAPI, Request
from fastapi.dependencies.models import Dependant
from fastapi.security import APIKeyCookie, HTTPAuthorizationCredentials, HTTPBearer

from identity.permissions import permission
from identity.sessions import CSRF_HEADER, SESSION_COOKIE, Session, check_csrf, session_user
from identity.throttle import FailureThrottle
from identity.users import User, authenticate
from review_api.deps import StoreDep
from review_api.errors import FORBIDDEN, TYPE_BASE, ProblemError

ACTION_ATTR = "__radar_action__"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="BearerToken",
    description="A token printed by `radar users add NAME --role ROLE`.",
)
cookie_scheme = APIKeyCookie(
    name=SESSION_COOKIE,
    auto_error=False,
    scheme_name="SessionCookie",
    description="The console's session (`POST /api/session`); unsafe methods also need the "
    f"session's CSRF token in `{CSRF_HEADER}`.",
)


class Unauthorized(ProblemError):
    """No valid bearer token or session."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            401,
            "Unauthorized",
            detail,
            type_=TYPE_BASE + "unauthorized",
            headers={"WWW-Authenticate": "Bearer"},
        )


class Forbidden(ProblemError):
    """Authenticated, but not allowed."""

    def __init__(self, detail: str) -> None:
        super().__init__(403, FORBIDDEN.title, detail, type_=FORBIDDEN.type)


def client_address(request: Request) -> str:
    """The client's address as the server saw it (uvicorn applies trusted proxy headers)."""
    return request.client.host if request.client else "unknown"


async def get_throttle(request: Request) -> FailureThrottle:
    """The app's throttle of failed sign-ins and token guesses."""
    throttle: FailureThrottle = request.app.state.throttle
    return throttle


ThrottleDep = Annotated[FailureThrottle, Depends(get_throttle)]


def current_user(
    request: Request,
    store: StoreDep,
    throttle: ThrottleDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
    session_secret: Annotated[str | None, Depends(cookie_scheme)],
) -> User:
    """The user holding the request's bearer token, or its console session."""
    address = ["ip:" + client_address(request)]
    if credentials is not None:
        throttle.check(address)
        user = authenticate(store, credentials.credentials)
        if user is None:
            throttle.fail(address)
            raise Unauthorized("the bearer token is unknown, expired, rotated or disabled")
        return user
    if session_secret:
        session = session_user(store, session_secret)
        if session is None:
            raise Unauthorized("the session has expired or ended; sign in again")
        if request.method not in SAFE_METHODS and not check_csrf(
            session, request.headers.get(CSRF_HEADER)
        ):
            raise Forbidden(f"a change made with the session cookie needs its {CSRF_HEADER}")
        request.state.session = session
        return session.user
    raise Unauthorized("send 'Authorization: Bearer <token>' (see `radar users add`) or sign in")


def current_session(request: Request) -> Session | None:
    """The console session the request was signed in with (None for a bearer token); only
    after ``current_user`` ran."""
    session: Session | None = getattr(request.state, "session", None)
    return session


def require(action: str) -> Callable[..., Awaitable[User]]:
    """A dependency that admits only users whose role may do ``action`` (and returns them)."""
    entry = permission(action)  # fails at import time for an action the table lacks
    if entry.public:
        raise ValueError(f"{action!r} is public: declare it with public()")

    async def dependency(user: Annotated[User, Depends(current_user)]) -> User:
        if user.role not in entry.roles:
            raise Forbidden(
                f"role {user.role!r} may not do {action!r}; needs {' or '.join(entry.roles)}"
            )
        return user

    setattr(dependency, ACTION_ATTR, action)
    return dependency


def public(action: str) -> Callable[[], Awaitable[None]]:
    """A dependency that declares an open action (no user needed)."""
    if not permission(action).public:
        raise ValueError(f"{action!r} is not public: declare it with require()")

    async def dependency() -> None:
        return None

    setattr(dependency, ACTION_ATTR, action)
    return dependency


def _actions(dependant: Dependant) -> list[str]:
    found = []
    action = getattr(dependant.call, ACTION_ATTR, None)
    if isinstance(action, str):
        found.append(action)
    for sub in dependant.dependencies:
        found += _actions(sub)
    return found


def dependant_action(dependant: Dependant) -> str | None:
    """The action a route's dependencies declare (None: none; ``ValueError`` for several)."""
    actions = sorted(set(_actions(dependant)))
    if len(actions) > 1:
        raise ValueError(f"a route declares several actions: {', '.join(actions)}")
    return actions[0] if actions else None


def route_actions(app: FastAPI) -> Iterator[tuple[str, str, str | None]]:
    """``(method, path, action)`` of every API route of ``app`` (its own OpenAPI and docs pages
    are not API routes). Routers' dependencies count: FastAPI 0.140+ keeps included routers
    apart and combines their dependencies per route in ``iter_route_contexts``."""
    contexts = getattr(fastapi.routing, "iter_route_contexts", None)
    routes: Iterable[Any] = contexts(app.routes) if contexts is not None else app.routes
    for route in routes:
        dependant = getattr(route, "dependant", None)
        if isinstance(dependant, Dependant):
            for method in sorted(route.methods or ()):
                yield method, str(route.path_format), dependant_action(dependant)


def document_actions(app: FastAPI) -> None:
    """Write each operation's action and roles into the OpenAPI schema (``x-radar-action``,
    ``x-radar-roles``; ``["*"]`` for a public one)."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        schema = generate()
        paths = schema.get("paths", {})
        for method, path, action in route_actions(app):
            operation = paths.get(path, {}).get(method.lower())
            if operation is None or action is None:
                continue
            entry = permission(action)
            operation["x-radar-action"] = action
            operation["x-radar-roles"] = ["*"] if entry.public else list(entry.roles)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
