"""Console sign-in and sign-out (a session cookie), and who is signed in.

``POST /api/session`` checks a name and password (scrypt, ``identity.passwords``) and sets the
session cookie (HttpOnly, SameSite=Lax, Secure unless ``RADAR_AUTH_COOKIE_SECURE=false``); the
response carries the session's CSRF token, which every later change made with the cookie sends
back in ``X-CSRF-Token`` (or the console's forms in a hidden field). Failed sign-ins are
throttled per client address and per user name (429 with ``Retry-After``). ``DELETE
/api/session`` signs out; ``GET /api/me`` says who is signed in (by cookie or bearer token).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field

from identity import sessions
from identity.passwords import MAX_LENGTH
from identity.users import User, check_password
from review_api.auth import (
    ThrottleDep,
    Unauthorized,
    client_address,
    cookie_scheme,
    public,
    require,
)
from review_api.deps import SettingsDep, StoreDep
from review_api.errors import problem_responses
from review_api.routes.users import UserPublic, public_user

router = APIRouter(prefix="/api", tags=["session"])


class SignIn(BaseModel):
    """A name and password."""

    name: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=MAX_LENGTH)


class SessionPublic(BaseModel):
    """A signed-in console session (its secret is only in the cookie)."""

    user: UserPublic
    expires_at: datetime
    csrf_token: str = Field(description="Send it back in `X-CSRF-Token` with every change.")


@router.post(
    "/session",
    response_model=SessionPublic,
    status_code=201,
    responses=problem_responses(401, 422, 429),
    dependencies=[Depends(public("session.start"))],
)
def sign_in(
    body: SignIn,
    request: Request,
    response: Response,
    store: StoreDep,
    settings: SettingsDep,
    throttle: ThrottleDep,
) -> SessionPublic:
    """Sign in with name and password; sets the session cookie."""
    keys = ["ip:" + client_address(request), "user:" + body.name]
    throttle.check(keys)
    user = check_password(store, body.name, body.password)
    if user is None:
        throttle.fail(keys)
        raise Unauthorized("wrong name or password, or the user is disabled")
    throttle.forget(keys[1:])
    ttl = timedelta(hours=settings.auth.session_ttl_hours)
    secret, session = sessions.start_session(store, user, ttl=ttl)
    response.set_cookie(
        value=secret, **sessions.cookie_options(ttl=ttl, secure=settings.auth.cookie_secure)
    )
    return SessionPublic(
        user=public_user(session.user),
        expires_at=session.expires_at,
        csrf_token=session.csrf_token,
    )


@router.delete("/session", status_code=204, responses=problem_responses(401))
def sign_out(
    response: Response,
    store: StoreDep,
    settings: SettingsDep,
    user: Annotated[User, Depends(require("session.end"))],
    secret: Annotated[str | None, Depends(cookie_scheme)],
) -> None:
    """Sign out: the session ends on the server and the cookie is cleared."""
    if secret:
        sessions.end_session(store, secret)
    response.delete_cookie(
        sessions.SESSION_COOKIE,
        path="/",
        httponly=True,
        samesite="lax",
        secure=settings.auth.cookie_secure,
    )


@router.get("/me", response_model=UserPublic, responses=problem_responses(401))
def me(user: Annotated[User, Depends(require("me.read"))]) -> UserPublic:
    """The signed-in user (by session cookie or bearer token)."""
    return public_user(user)
