"""The review state machine of one ad copy (seed 002, 广告内容三级审核制度).

::

    submitted → auto_checked → legal_review → committee_review → approved
                     │               │               │         ↘ rejected
                     │               ↘ (approved when no committee is needed)
                     ↘ committee_review / approved (routing, see compliance.routing)
    legal_review / committee_review → rejected | revision_requested
    revision_requested → submitted   (a resubmission is a new version; history is kept)

``rejected`` and ``approved`` are final.
"""

from __future__ import annotations

from typing import Literal

from compliance.errors import StateConflict

AdStatus = Literal[
    "submitted",
    "auto_checked",
    "legal_review",
    "committee_review",
    "approved",
    "rejected",
    "revision_requested",
]
STATUSES: tuple[AdStatus, ...] = (
    "submitted",
    "auto_checked",
    "legal_review",
    "committee_review",
    "approved",
    "rejected",
    "revision_requested",
)
OPEN_REVIEW: dict[str, AdStatus] = {"legal": "legal_review", "committee": "committee_review"}
FINAL: frozenset[str] = frozenset({"approved", "rejected"})

TRANSITIONS: dict[str, frozenset[str]] = {
    "submitted": frozenset({"auto_checked"}),
    "auto_checked": frozenset({"legal_review", "committee_review", "approved"}),
    "legal_review": frozenset({"committee_review", "approved", "rejected", "revision_requested"}),
    "committee_review": frozenset({"approved", "rejected", "revision_requested"}),
    "revision_requested": frozenset({"submitted"}),
    "approved": frozenset(),
    "rejected": frozenset(),
}


class InvalidTransition(StateConflict):
    """The ad copy is not in a state that allows the requested step."""


def check_transition(current: str, target: str) -> None:
    """Raise ``InvalidTransition`` unless ``current → target`` is allowed."""
    if target not in TRANSITIONS.get(current, frozenset()):
        raise InvalidTransition(f"cannot go from {current} to {target}")
