"""Console sessions: a random secret in an HttpOnly, SameSite=Lax cookie; the session itself on
the server, in the ``sessions`` collection, with an expiry and a CSRF token.

The document id is the SHA-256 of the cookie's secret, so a leaked ``sessions`` collection
signs nobody in::

    {"user", "created_at", "expires_at", "csrf_token"}

The web console uses these functions: ``start_session`` at sign-in (set the cookie with
``cookie_options``), ``session_user`` on each request (None: expired, signed out, or the user
was disabled), ``check_csrf`` on every form post or other unsafe request authenticated by the
cookie (the token is given to the page at sign-in and sent back in a hidden form field or the
``X-CSRF-Token`` header; SameSite=Lax already keeps the cookie off cross-site posts, the token
covers older browsers and same-site attackers), ``end_session`` at sign-out.
``purge_expired`` deletes what has expired (``session_user`` never accepts it either way).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from identity.users import User, find_user
from radar.schemas import Filter
from store.base import Store

SESSIONS = "sessions"
SESSION_COOKIE = "radar_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FORM_FIELD = "csrf_token"
_MAX_SECRET = 128


@dataclass(frozen=True, slots=True)
class Session:
    """A signed-in console session (the cookie's secret is not kept here)."""

    user: User
    expires_at: datetime
    csrf_token: str


def _session_id(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def start_session(
    store: Store, user: User, *, ttl: timedelta, now: datetime | None = None
) -> tuple[str, Session]:
    """A new session for ``user``; returns the cookie's secret (never stored) and the session."""
    moment = now or datetime.now(UTC)
    secret = secrets.token_urlsafe(32)
    session = Session(user=user, expires_at=moment + ttl, csrf_token=secrets.token_urlsafe(32))
    body = {
        "user": user.name,
        "created_at": moment.isoformat(timespec="microseconds"),
        "expires_at": session.expires_at.isoformat(timespec="microseconds"),
        "csrf_token": session.csrf_token,
    }
    store.put_doc(SESSIONS, _session_id(secret), body, expected_version=0)
    return secret, session


def session_user(store: Store, secret: str, *, now: datetime | None = None) -> Session | None:
    """The live session whose cookie holds ``secret``, with its (still active) user; or None."""
    if not secret or len(secret) > _MAX_SECRET:
        return None
    doc = store.get_doc(SESSIONS, _session_id(secret))
    if doc is None:
        return None
    body: dict[str, Any] = doc.body
    expires_at = datetime.fromisoformat(str(body.get("expires_at")))
    if expires_at <= (now or datetime.now(UTC)):
        return None
    user = find_user(store, str(body.get("user", "")))
    if user is None or not user.active:
        return None
    return Session(user=user, expires_at=expires_at, csrf_token=str(body.get("csrf_token", "")))


def check_csrf(session: Session, token: str | None) -> bool:
    """Whether ``token`` (from a form field or header) is the session's CSRF token."""
    return bool(token) and hmac.compare_digest(session.csrf_token, token or "")


def end_session(store: Store, secret: str) -> bool:
    """Sign out: forget the session (True if there was one)."""
    if not secret or len(secret) > _MAX_SECRET:
        return False
    return store.delete_doc(SESSIONS, _session_id(secret))


def purge_expired(store: Store, *, now: datetime | None = None, batch: int = 500) -> int:
    """Delete expired sessions; returns how many."""
    moment = (now or datetime.now(UTC)).isoformat(timespec="microseconds")
    deleted = 0
    while True:
        page = store.find_docs(
            SESSIONS, [Filter(field="expires_at", op="lte", value=moment)], limit=batch
        )
        for doc in page.items:
            deleted += store.delete_doc(SESSIONS, doc.id)
        if len(page.items) < batch:
            return deleted


def cookie_options(*, ttl: timedelta, secure: bool) -> dict[str, Any]:
    """Keyword arguments of Starlette's ``Response.set_cookie`` for the session cookie."""
    return {
        "key": SESSION_COOKIE,
        "max_age": int(ttl.total_seconds()),
        "path": "/",
        "httponly": True,
        "samesite": "lax",
        "secure": secure,
    }
