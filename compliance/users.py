"""Reviewers and submitters: roles and bearer tokens (stored as SHA-256 hashes, never in clear).

Roles follow the three tiers of seed 002 (广告内容三级审核制度): ``submitter`` (brand staff who
write copy), ``legal`` (复审: 法务团队), ``committee`` (终审: 用户代表委员会) and ``admin`` (manages
users). Tokens are 256-bit random strings, so a plain SHA-256 is enough to make a leaked users
collection useless (no password-style stretching is needed for high-entropy secrets).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from datetime import UTC, datetime
from typing import Literal

from pydantic import BaseModel

from compliance.errors import NotFoundError, StateConflict
from radar.schemas import Filter
from store.base import Store, VersionConflict

Role = Literal["submitter", "legal", "committee", "admin"]
ROLES: tuple[Role, ...] = ("submitter", "legal", "committee", "admin")
USERS = "users"
TOKEN_PREFIX = "rdr_"
NAME_RE = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{1,64}$")


class User(BaseModel):
    """A user as the application sees it (no token material)."""

    name: str
    role: Role
    active: bool = True
    created_at: datetime


def hash_token(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _user(body: dict[str, object]) -> User:
    return User.model_validate({k: body[k] for k in ("name", "role", "active", "created_at")})


def create_user(
    store: Store, name: str, role: Role, *, now: datetime | None = None
) -> tuple[User, str]:
    """Create a user; returns it and its token, which is shown this once and never stored."""
    if not NAME_RE.fullmatch(name):
        raise ValueError(
            f"invalid user name {name!r}: 1-64 letters, digits, Chinese characters, '_', '.', '-'"
        )
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    body = {
        "name": name,
        "role": role,
        "active": True,
        "created_at": (now or datetime.now(UTC)).isoformat(),
        "token_sha256": hash_token(token),
    }
    try:
        store.put_doc(USERS, name, body, expected_version=0)
    except VersionConflict as exc:
        raise StateConflict(f"user {name!r} already exists") from exc
    return _user(body), token


def rotate_token(store: Store, name: str) -> str:
    """Replace a user's token; the old one stops working at once."""
    doc = store.get_doc(USERS, name)
    if doc is None:
        raise NotFoundError("user", name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    store.put_doc(
        USERS, name, {**doc.body, "token_sha256": hash_token(token)}, expected_version=doc.version
    )
    return token


def update_user(
    store: Store, name: str, *, active: bool | None = None, role: Role | None = None
) -> User:
    """Activate/deactivate a user (deactivated tokens are refused) or change their role."""
    doc = store.get_doc(USERS, name)
    if doc is None:
        raise NotFoundError("user", name)
    body = dict(doc.body)
    if active is not None:
        body["active"] = active
    if role is not None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}; one of {', '.join(ROLES)}")
        body["role"] = role
    store.put_doc(USERS, name, body, expected_version=doc.version)
    return _user(body)


def authenticate(store: Store, token: str) -> User | None:
    """The active user holding ``token``, or None."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 256:
        return None
    digest = hash_token(token)
    page = store.find_docs(USERS, [Filter(field="token_sha256", value=digest)], limit=2)
    for doc in page.items:
        if hmac.compare_digest(str(doc.body.get("token_sha256", "")), digest):
            user = _user(doc.body)
            return user if user.active else None
    return None


def get_user(store: Store, name: str) -> User:
    """One user by name."""
    doc = store.get_doc(USERS, name)
    if doc is None:
        raise NotFoundError("user", name)
    return _user(doc.body)


def list_users(
    store: Store, *, role: Role | None = None, limit: int = 50, cursor: str | None = None
) -> tuple[list[User], int, str | None]:
    """Users by name, optionally of one role: (page, total, next cursor)."""
    filters = [Filter(field="role", value=role)] if role else []
    page = store.find_docs(USERS, filters, sort="name", limit=limit, cursor=cursor)
    return [_user(d.body) for d in page.items], page.total, page.next_cursor


def count_active(store: Store, role: Role) -> int:
    """Active users with ``role`` (the committee's electorate)."""
    return store.count_docs(
        USERS, [Filter(field="role", value=role), Filter(field="active", value=True)]
    )
