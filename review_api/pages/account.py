"""Sign-in, sign-out and "my account".

Sign-in checks the name and password (``identity.users.check_password``), counts failures in the
app's throttle like ``POST /api/session``, starts a session (``identity.sessions``) and sets its
HttpOnly, SameSite=Lax cookie. The sign-in form itself carries a token that must equal a short
cookie set with the form (double submit), so no other site can sign a browser in.
"""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse, Response

from identity import sessions
from identity.permissions import allowed
from identity.sessions import Session
from identity.throttle import FailureThrottle
from identity.users import check_password
from radar.settings import Settings
from review_api.auth import ACTION_ATTR, client_address
from review_api.pages.web import (
    CONSOLE,
    NAV,
    PageStore,
    field,
    form_user,
    page_user,
    render,
)

router = APIRouter()
LOGIN_CSRF_COOKIE = "radar_login_csrf"


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _safe_next(target: str) -> str:
    """Only a path of the console (no other site, no scheme-relative URL)."""
    ok = target.startswith(CONSOLE + "/") and not target.startswith("//") and "\\" not in target
    return target if ok else CONSOLE + "/"


def sign_in_open() -> None:
    """The sign-in page is open to anyone (``session.start``)."""


setattr(sign_in_open, ACTION_ATTR, "session.start")
Open = Depends(sign_in_open)


@router.get("/login", dependencies=[Open])
def login_page(request: Request, next: str = CONSOLE + "/", error: str | None = None) -> Response:
    """The sign-in form."""
    token = secrets.token_urlsafe(24)
    response = render(
        request,
        "login.html",
        None,
        {"next": _safe_next(next), "error": error, "login_token": token},
        status_code=401 if error else 200,
    )
    secure = _settings(request).auth.cookie_secure
    response.set_cookie(
        LOGIN_CSRF_COOKIE, token, max_age=3600, httponly=True, samesite="strict", secure=secure
    )
    return response


@router.post("/login", dependencies=[Open])
async def login(request: Request) -> Response:
    """Sign in: set the session cookie and go to the page asked for."""
    form = await request.form()
    name, password, target = field(form, "name"), field(form, "password"), field(form, "next")
    target = _safe_next(target)
    token = field(form, sessions.CSRF_FORM_FIELD)
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not token or not secrets.compare_digest(token, expected):
        return login_page(request, target, "登录表单已过期,请重试")
    throttle: FailureThrottle = request.app.state.throttle
    keys = ["ip:" + client_address(request), "user:" + name]
    throttle.check(keys)
    store = request.app.state.store
    user = check_password(store, name, password) if name and len(name) <= 64 else None
    if user is None:
        throttle.fail(keys)
        return login_page(request, target, "用户名或密码错误,或账号已停用")
    throttle.forget(keys[1:])
    settings = _settings(request)
    ttl = timedelta(hours=settings.auth.session_ttl_hours)
    secret, _ = sessions.start_session(store, user, ttl=ttl)
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(
        value=secret, **sessions.cookie_options(ttl=ttl, secure=settings.auth.cookie_secure)
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE)
    return response


@router.post("/logout")
def logout(
    request: Request,
    store: PageStore,
    signed_in: Annotated[tuple[Session, object], Depends(form_user("session.end"))],
) -> Response:
    """Sign out: the session ends on the server and the cookie is cleared."""
    sessions.end_session(store, request.cookies.get(sessions.SESSION_COOKIE, ""))
    response = RedirectResponse(CONSOLE + "/login", status_code=303)
    response.delete_cookie(sessions.SESSION_COOKIE, path="/", httponly=True, samesite="lax")
    return response


@router.get("/account")
def account(
    request: Request, session: Annotated[Session, Depends(page_user("me.read"))]
) -> Response:
    """Who I am, my role, what the table lets me see, and sign-out."""
    return render(request, "account.html", session, {})


@router.get("/")
def home(request: Request, session: Annotated[Session, Depends(page_user("me.read"))]) -> Response:
    """The first page the role may see."""
    for path, _label, action in NAV:
        if allowed(session.user.role, action):
            return RedirectResponse(path, status_code=303)
    return RedirectResponse(CONSOLE + "/account", status_code=303)
