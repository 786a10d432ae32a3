"""Identity's exceptions (the API maps them to problem+json)::

IdentityError
 ├── UserNotFound     no user of that name                             → 404
 ├── UserConflict     a name taken; an admin disabling or demoting     → 409
 │                    themselves
 ├── InvalidIdentity  an invalid name, role or password                → 422
 └── Throttled        too many failed sign-ins or token guesses        → 429 (Retry-After)

A failed sign-in or an unknown token is not an exception: ``users.authenticate_token``,
``users.check_password`` and ``sessions.session_user`` answer None and the API says 401.
"""

from __future__ import annotations


class IdentityError(Exception):
    """Base of the identity errors."""


class UserNotFound(IdentityError):
    """The named user does not exist."""

    def __init__(self, name: str) -> None:
        super().__init__(f"user {name!r} does not exist")
        self.name = name


class UserConflict(IdentityError):
    """The users' current state forbids the change (the message says why)."""


class InvalidIdentity(IdentityError):
    """An invalid user name, role or password; nothing was stored."""


class Throttled(IdentityError):
    """Too many failures from one client address or for one user name: retry later."""

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"too many failed attempts; retry in {retry_after_s} s")
        self.retry_after_s = retry_after_s
