"""The one permission table: each API action and the roles that may do it.

Every route of the API declares its action (``review_api.auth.require``); a route without one
fails ``tests/identity/test_permissions.py``, and a table-driven test tries every action with
every role. docs/security.md prints this table (``markdown_table``; a test keeps them equal).

Roles by purpose (``identity.roles``): reading the monitoring dashboards (mentions, heat map,
propagation, alerts, incidents, tickets) is for ``pr``, ``ops``, ``viewer`` and ``admin``;
changing a crisis or its alerts (acknowledge, downgrade, close, resolve) is for ``pr`` and
``admin`` only; ad copy is for the three review tiers and ``admin``; users for ``admin``.
Deciding on ad copy is for the tier's role only: not even an admin decides (a decision is a
reviewer's judgement, and separation of duties forbids self-approval).

A role being allowed an action is necessary, not sufficient: the domain may still refuse (a
submitter reads only their own copy; nobody decides on copy they, or the account that created
theirs, submitted).
"""

from __future__ import annotations

from dataclasses import dataclass

from identity.roles import ROLES, Role

DASHBOARDS: tuple[Role, ...] = ("pr", "ops", "viewer", "admin")
CRISIS: tuple[Role, ...] = ("pr", "admin")
AD_READERS: tuple[Role, ...] = ("submitter", "legal", "committee", "admin")


@dataclass(frozen=True, slots=True)
class Permission:
    """Who may do one action; ``public``: anyone, without signing in."""

    roles: tuple[Role, ...]
    summary: str
    public: bool = False


def _public(summary: str) -> Permission:
    return Permission((), summary, public=True)


PERMISSIONS: dict[str, Permission] = {
    # Open to anyone.
    "health.read": _public("liveness: the API is up and its store answers"),
    "session.start": _public("sign in with name and password"),
    # Every signed-in user.
    "session.end": Permission(ROLES, "sign out"),
    "me.read": Permission(ROLES, "who am I"),
    "status.read": Permission(ROLES, "the job's status: flows, store, outbox, quarantine"),
    "outbox.retry": Permission(("ops", "admin"), "queue dead notification deliveries again"),
    # Monitoring dashboards.
    "mentions.read": Permission(DASHBOARDS, "search and read mentions"),
    "heatmap.read": Permission(DASHBOARDS, "the sentiment heat map"),
    "propagation.read": Permission(DASHBOARDS, "a story's propagation graph"),
    "alerts.read": Permission(DASHBOARDS, "list and read alerts"),
    "incidents.read": Permission(DASHBOARDS, "list and read crisis incidents"),
    "tickets.read": Permission(DASHBOARDS, "list and read 1-3-5 tickets"),
    # Crisis handling (the PR team).
    "alerts.resolve": Permission(CRISIS, "mark an alert handled (silences it until it grows)"),
    "incidents.acknowledge": Permission(CRISIS, "acknowledge an incident"),
    "incidents.update": Permission(CRISIS, "change an incident's owner or severity, add notes"),
    "incidents.close": Permission(CRISIS, "close an incident with the rectification report"),
    "compensation.suggest": Permission(CRISIS, "compensation suggestions"),
    "tickets.create": Permission(CRISIS, "open a 1-3-5 ticket"),
    "tickets.update": Permission(CRISIS, "complete a ticket step"),
    # The community CRM and KPI board (ops).
    "community.read": Permission(
        ("ops", "viewer", "admin"), "CRM members, tiers, churn tasks, KPI board, events"
    ),
    "community.write": Permission(("ops", "admin"), "mark a churn 回访 task done"),
    "community.import": Permission(("ops", "admin"), "upload CRM records (CSV / JSON lines)"),
    # Ad copy and its review.
    "ads.submit": Permission(("submitter", "admin"), "submit or upload ad copy"),
    "ads.resubmit": Permission(("submitter", "admin"), "resubmit copy sent back for revision"),
    "ads.read": Permission(AD_READERS, "list and read ad copy and its history"),
    "reviews.read": Permission(("legal", "committee", "admin"), "the review queue"),
    "reviews.decide": Permission(("legal", "committee"), "decide (legal) or vote (committee)"),
    # Users.
    "users.read": Permission(("admin",), "list users"),
    "users.create": Permission(("admin",), "create a user"),
    "users.update": Permission(("admin",), "enable, disable or change the role of a user"),
    "users.rotate_token": Permission(("admin",), "issue a user a new bearer token"),
    # Personal data (docs/privacy.md).
    "privacy.reveal": Permission(("pr", "admin"), "reveal a mention's author (audited)"),
    "privacy.export": Permission(("admin",), "export a person's data (PIPL art. 45)"),
    "privacy.forget": Permission(("admin",), "delete a person's data (PIPL art. 47)"),
    "privacy.read": Permission(("admin",), "deletion receipts and the audit of reveals"),
}


class UnknownAction(KeyError):
    """An action the table does not list (a programming error)."""


def permission(action: str) -> Permission:
    """The table's entry for ``action``; ``UnknownAction`` when it has none."""
    try:
        return PERMISSIONS[action]
    except KeyError:
        raise UnknownAction(action) from None


def allowed(role: Role, action: str) -> bool:
    """Whether ``role`` may do ``action`` (public actions: every role)."""
    entry = permission(action)
    return entry.public or role in entry.roles


def markdown_table() -> str:
    """The table as Markdown (docs/security.md), one row per action, one column per role."""
    header = "| action | " + " | ".join(ROLES) + " | what |"
    rule = "|---|" + "|".join(":-:" for _ in ROLES) + "|---|"
    rows = [header, rule]
    for action, entry in PERMISSIONS.items():
        marks = ["any" if entry.public else ("yes" if r in entry.roles else "") for r in ROLES]
        rows.append(f"| `{action}` | " + " | ".join(marks) + f" | {entry.summary} |")
    return "\n".join(rows)
