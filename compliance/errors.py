"""The compliance domain's exceptions (the API maps them to problem+json)::

ComplianceError
 ├── NotFoundError       the ad, review or user does not exist          → 404
 ├── PermissionDenied    wrong role, own copy, inactive user            → 403
 ├── StateConflict       not in a state that allows this, duplicates    → 409
 │    └── InvalidTransition (compliance.states)
 └── IntakeError         a bad upload or body: too large, wrong type,   → 413 / 415 / 422
      │                  undecodable, empty, malformed CSV row
      └── InvalidInput   an invalid field (a user name, a role)         → 422

AuditTrailBroken is not a client's error but a server fault (→ 500, logged): the audit entry an
event should be appended as already holds a different event.

A read-modify-write that keeps losing races raises ``store.update.UpdateConflict`` (→ 409).
"""

from __future__ import annotations

from typing import Literal


class ComplianceError(Exception):
    """Base of the compliance errors."""


class NotFoundError(ComplianceError):
    """The named thing does not exist."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"{what} {ident!r} does not exist")
        self.what, self.ident = what, ident


class PermissionDenied(ComplianceError):
    """The user may not do this (the message says why)."""


class StateConflict(ComplianceError):
    """The current state forbids the request (already decided, already voted, name taken)."""


IntakeProblem = Literal["too_large", "unsupported_type", "unreadable", "empty", "invalid"]


class IntakeError(ComplianceError):
    """Submitted copy or an uploaded file cannot be taken in; nothing was stored."""

    def __init__(self, problem: IntakeProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


class InvalidInput(IntakeError):
    """A field of a request is invalid (a user name, a role); nothing was stored."""

    def __init__(self, message: str) -> None:
        super().__init__("invalid", message)


class AuditTrailBroken(RuntimeError):
    """An audit entry already holds a different event than the one to append (never replaced)."""

    def __init__(self, entry_id: str) -> None:
        super().__init__(f"audit entry {entry_id!r} already holds a different event")
        self.entry_id = entry_id
