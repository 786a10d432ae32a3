"""Users: names, roles, who created whom, bearer tokens and console passwords.

One document per user in the ``users`` collection, id = the name::

    {"name", "role", "active", "created_at", "created_by", "token_sha256", "token_expires_at",
     "password_scrypt"}

``created_by`` (the admin who made the account; null for the operator's console, ``radar
users``), ``token_expires_at`` and ``password_scrypt`` are optional: documents written before
they existed load unchanged. Tokens are 256-bit random strings, stored as their SHA-256 (enough
for high-entropy secrets, and what lets a request's token be looked up); they may expire.
Passwords, chosen by people, are stored as scrypt hashes (``identity.passwords``).

``creator_chain`` is what separation of duties needs: a user, the user who created them, and so
on up to the console, so that an account made by someone counts as theirs.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import BaseModel, Field

from identity.errors import InvalidIdentity, UserConflict, UserNotFound
from identity.passwords import hash_password, verify_password
from identity.roles import ROLES, Role
from radar.schemas import Filter, Page, StoredDoc
from store.base import Store, VersionConflict
from store.update import update_doc

USERS = "users"
TOKEN_PREFIX = "rdr_"
NAME_RE = re.compile(r"^[A-Za-z0-9_.\-\u4e00-\u9fff]{1,64}$")
#: A creator chain longer than this is cut (accounts are made by hand; it guards a cycle).
MAX_CHAIN = 32
_PUBLIC_FIELDS = ("name", "role", "active", "created_at", "created_by", "token_expires_at")


class User(BaseModel):
    """A user as the application sees it (no token or password material)."""

    name: str
    role: Role
    active: bool = True
    created_at: datetime
    created_by: str | None = Field(
        None, description="The admin who created this account (null: the operator's console)."
    )
    token_expires_at: datetime | None = Field(
        None, description="When the bearer token stops working (null: it does not expire)."
    )


def hash_token(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token() -> str:
    """A fresh bearer token (256 random bits)."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def _user(body: dict[str, Any]) -> User:
    return User.model_validate({k: body.get(k) for k in _PUBLIC_FIELDS if k in body})


def _check_name(name: str) -> None:
    if not NAME_RE.fullmatch(name):
        raise InvalidIdentity(
            f"invalid user name {name!r}: 1-64 letters, digits, Chinese characters, '_', '.', '-'"
        )


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise InvalidIdentity(f"unknown role {role!r}; one of {', '.join(ROLES)}")


def _token_fields(token: str, now: datetime, ttl: timedelta | None) -> dict[str, Any]:
    return {
        "token_sha256": hash_token(token),
        "token_expires_at": (now + ttl).isoformat() if ttl is not None else None,
    }


def create_user(
    store: Store,
    name: str,
    role: Role,
    *,
    created_by: str | None = None,
    password: str | None = None,
    token_ttl: timedelta | None = None,
    now: datetime | None = None,
) -> tuple[User, str]:
    """Create a user; returns it and its token, which is shown this once and never stored.

    ``created_by``: the admin making the account (None: the operator's console). ``password``
    lets the user sign in to the console; ``token_ttl`` makes the token expire.
    """
    _check_name(name)
    _check_role(role)
    moment = now or datetime.now(UTC)
    token = new_token()
    body: dict[str, Any] = {
        "name": name,
        "role": role,
        "active": True,
        "created_at": moment.isoformat(),
        "created_by": created_by,
        **_token_fields(token, moment, token_ttl),
    }
    if password is not None:
        body["password_scrypt"] = hash_password(password)
    try:
        store.put_doc(USERS, name, body, expected_version=0)
    except VersionConflict as exc:
        raise UserConflict(f"user {name!r} already exists") from exc
    return _user(body), token


def _update(store: Store, name: str, change: Callable[[dict[str, Any]], dict[str, Any]]) -> User:
    """Apply ``change`` to the stored user's body (``update_doc``); ``UserNotFound`` if none."""

    def apply(doc: StoredDoc | None) -> dict[str, Any]:
        if doc is None:
            raise UserNotFound(name)
        return change(dict(doc.body))

    stored = update_doc(store, USERS, name, apply)
    if stored is None:  # unreachable: ``apply`` raised
        raise UserNotFound(name)
    return _user(stored.body)


def rotate_token(
    store: Store, name: str, *, token_ttl: timedelta | None = None, now: datetime | None = None
) -> tuple[User, str]:
    """Replace a user's token; the old one stops working at once. Returns the user and the new
    token (shown this once)."""
    token = new_token()
    fields = _token_fields(token, now or datetime.now(UTC), token_ttl)
    user = _update(store, name, lambda body: {**body, **fields})
    return user, token


def set_password(store: Store, name: str, password: str) -> User:
    """Give a user a (new) console password."""
    hashed = hash_password(password)
    return _update(store, name, lambda body: {**body, "password_scrypt": hashed})


def update_user(
    store: Store,
    name: str,
    *,
    active: bool | None = None,
    role: Role | None = None,
    by: User | None = None,
) -> User:
    """Activate/deactivate a user (deactivated tokens are refused) or change their role.

    ``by`` is the admin making the change (None: the operator's console): admins cannot disable
    or demote themselves (``UserConflict``), so an admin is never locked out by a slip.
    """
    if role is not None:
        _check_role(role)
    if by is not None and by.name == name and (active is False or role not in (None, "admin")):
        raise UserConflict("admins cannot disable or demote themselves")

    def change(body: dict[str, Any]) -> dict[str, Any]:
        if active is not None:
            body["active"] = active
        if role is not None:
            body["role"] = role
        return body

    return _update(store, name, change)


def _expired(body: dict[str, Any], now: datetime) -> bool:
    expires = body.get("token_expires_at")
    return bool(expires) and datetime.fromisoformat(str(expires)) <= now


def authenticate(store: Store, token: str, *, now: datetime | None = None) -> User | None:
    """The active user holding ``token`` (not expired), or None."""
    if not token.startswith(TOKEN_PREFIX) or len(token) > 256:
        return None
    digest = hash_token(token)
    page = store.find_docs(USERS, [Filter(field="token_sha256", value=digest)], limit=2)
    for doc in page.items:
        if hmac.compare_digest(str(doc.body.get("token_sha256", "")), digest):
            if _expired(doc.body, now or datetime.now(UTC)):
                return None
            user = _user(doc.body)
            return user if user.active else None
    return None


def check_password(store: Store, name: str, password: str) -> User | None:
    """The active user ``name`` if ``password`` is theirs, else None (the same work is done for
    an unknown name, so timing does not tell which names exist)."""
    doc = store.get_doc(USERS, name) if NAME_RE.fullmatch(name) else None
    stored = str(doc.body.get("password_scrypt") or "") if doc is not None else None
    if not verify_password(password, stored) or doc is None:
        return None
    user = _user(doc.body)
    return user if user.active else None


def find_user(store: Store, name: str) -> User | None:
    """One user by name, or None."""
    doc = store.get_doc(USERS, name) if NAME_RE.fullmatch(name) else None
    return _user(doc.body) if doc is not None else None


def get_user(store: Store, name: str) -> User:
    """One user by name (``UserNotFound``)."""
    user = find_user(store, name)
    if user is None:
        raise UserNotFound(name)
    return user


def creator_chain(store: Store, name: str) -> list[str]:
    """``name``, the user who created it, who created that one, ... (console-made accounts end
    the chain; a cycle or a chain over ``MAX_CHAIN`` is cut)."""
    chain: list[str] = []
    current: str | None = name
    while current is not None and current not in chain and len(chain) < MAX_CHAIN:
        chain.append(current)
        doc = store.get_doc(USERS, current) if NAME_RE.fullmatch(current) else None
        creator = doc.body.get("created_by") if doc is not None else None
        current = creator if isinstance(creator, str) else None
    return chain


#: ``Page[User]`` built once (pydantic keeps parametrised models only weakly: radar.schemas).
_USER_PAGE = Page[User]


def list_users(
    store: Store, *, role: Role | None = None, limit: int = 50, cursor: str | None = None
) -> Page[User]:
    """Users by name, optionally of one role."""
    filters = [Filter(field="role", value=role)] if role else []
    page = store.find_docs(USERS, filters, sort="name", limit=limit, cursor=cursor)
    return _USER_PAGE(
        items=[_user(d.body) for d in page.items], total=page.total, next_cursor=page.next_cursor
    )


def count_active(store: Store, role: Role | None = None) -> int:
    """Active users (with ``role``, when given: the committee's electorate)."""
    filters = [Filter(field="active", value=True)]
    if role is not None:
        filters.append(Filter(field="role", value=role))
    return store.count_docs(USERS, filters)
