"""The act stage's exceptions (the API maps them to problem+json in ``review_api.errors``)::

MonitorError
 ├── NotFoundError       the incident, ticket, step or alert does not exist   → 404
 ├── CaseStateError      the case's state forbids the change (closing twice) → 409
 ├── UnknownCategory     not a category of the alert lexicon (name or alias) → 422
 └── PolicyError         policy.yaml is missing or malformed (monitor.policy) → 500, logged

A stale ``expected_version`` or a document that kept changing raises ``store.base.VersionConflict``
(``store.update.UpdateConflict``), which the API answers with 409 as well.
"""

from __future__ import annotations


class MonitorError(Exception):
    """Base of the act stage's errors."""


class NotFoundError(MonitorError):
    """The named case, step or alert does not exist."""

    def __init__(self, what: str, ident: str) -> None:
        super().__init__(f"{what} {ident!r} does not exist")
        self.what, self.ident = what, ident


class CaseStateError(MonitorError):
    """The case is in a state that forbids the change (e.g. closing twice)."""


class UnknownCategory(MonitorError):
    """Not a category of the configured alert lexicon (the message names the known ones)."""
