"""Bearer-token authentication and role checks for the review API.

Tokens come from ``radar users add`` (or ``POST /api/users``) and are looked up by their SHA-256
hash (``compliance.users``). No or an unknown token: 401 with ``WWW-Authenticate: Bearer``; a
valid token with the wrong role: 403. Role checks are dependencies, so they run before the
handler looks anything up: a submitter deciding on a review gets 403 even for an unknown id.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from compliance.users import Role, User, authenticate
from review_api.deps import StoreDep
from review_api.errors import TYPE_BASE, ProblemError

bearer_scheme = HTTPBearer(
    auto_error=False,
    scheme_name="BearerToken",
    description="A token printed by `radar users add NAME --role ROLE`.",
)


class Unauthorized(ProblemError):
    """No valid bearer token."""

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
        super().__init__(403, "Forbidden", detail, type_=TYPE_BASE + "forbidden")


def current_user(
    store: StoreDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer_scheme)],
) -> User:
    """The user holding the request's bearer token."""
    if credentials is None:
        raise Unauthorized("send 'Authorization: Bearer <token>' (see `radar users add`)")
    user = authenticate(store, credentials.credentials)
    if user is None:
        raise Unauthorized("the bearer token is unknown, rotated or disabled")
    return user


CurrentUser = Annotated[User, Depends(current_user)]


def require_roles(*roles: Role) -> Callable[[User], User]:
    """A dependency that admits only users with one of ``roles``."""

    def dependency(user: CurrentUser) -> User:
        if user.role not in roles:
            raise Forbidden(f"role {user.role!r} may not do this; needs {' or '.join(roles)}")
        return user

    return dependency


SubmitterUser = Annotated[User, Depends(require_roles("submitter", "admin"))]
ReviewerUser = Annotated[User, Depends(require_roles("legal", "committee"))]
QueueReader = Annotated[User, Depends(require_roles("legal", "committee", "admin"))]
AdminUser = Annotated[User, Depends(require_roles("admin"))]
