"""1-3-5 feedback tickets (seed 002 用户反馈机制: 1小时响应,3天解决方案,5天效果反馈).

A ticket is a customer complaint with the three deadlines of ``monitor.feedback``; completing
``effect_feedback`` closes it. The 1-hour response cannot be skipped: no other step is done before
``respond``. A ticket's category is an alert-lexicon category, given by name or alias
(``food_safety`` is stored as 食品安全); ``list_tickets(overdue=True)`` lists the tickets with a
pending step past its deadline. Overdue steps escalate through the same sweep as incidents.
``open_ticket``, ``complete_ticket_step`` and ``list_tickets`` are what the API, the CLI and flows
call; ``complete`` is the pure change.

A ticket names its customer by pseudonym only (``radar.privacy``, docs/privacy.md): a complaint's
ticket stores its author's pseudonym and the mention id (pr and admin reveal the author through
the audited ``POST /api/privacy/reveal``); ``open_ticket`` pseudonymises a ``customer`` given in
clear, so no handle is stored in clear.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import AwareDatetime, Field

from monitor.cases import (
    Case,
    case_from_doc,
    get_case,
    list_cases,
    overdue_filters,
    save_case,
    update_case,
)
from monitor.errors import CaseStateError, NotFoundError, UnknownCategory
from monitor.feedback import EFFECT_FEEDBACK, RESPOND, SOLUTION, feedback_steps
from nlp.alerts import AlertLexicon
from radar.privacy import is_pseudonym, pseudonymise, pseudonymise_optional
from radar.schemas import Filter, Mention, Page, StoredDoc
from store.base import Store
from store.update import update_doc

TICKETS = "tickets"
TicketStatus = Literal["open", "responded", "solution_proposed", "closed"]
#: The 1-3-5 steps, in order.
STEPS = (RESPOND, SOLUTION, EFFECT_FEEDBACK)
_STATUS_AFTER = {RESPOND: "responded", SOLUTION: "solution_proposed", EFFECT_FEEDBACK: "closed"}


class Ticket(Case):
    """A complaint handled under the 1-3-5 rule."""

    status: TicketStatus = "open"
    subject: str
    text: str = ""
    customer: str | None = Field(
        None, description="The customer's pseudonym (radar.privacy), never a name in clear."
    )
    category: str | None = None
    mention_id: str | None = None
    incident_id: str | None = None
    owner: str | None = None
    created_at: AwareDatetime
    created_ts: float
    closed_at: AwareDatetime | None = None


def new_ticket(
    subject: str,
    now: datetime,
    *,
    text: str = "",
    customer: str | None = None,
    category: str | None = None,
    mention_id: str | None = None,
    incident_id: str | None = None,
    owner: str | None = None,
    ticket_id: str | None = None,
) -> Ticket:
    """A new ticket with its 1-3-5 deadlines counted from ``now``; ``customer`` is a pseudonym
    (``open_ticket`` makes one of a name)."""
    ticket = Ticket(
        id=ticket_id or f"tkt-{uuid.uuid4().hex[:12]}",
        subject=subject,
        text=text,
        customer=customer,
        category=category,
        mention_id=mention_id,
        incident_id=incident_id,
        owner=owner,
        created_at=now,
        created_ts=now.timestamp(),
        steps=feedback_steps(now),
    )
    ticket.log(now, "created", owner, subject)
    return ticket


def canonical_category(category: str | None, lexicon: AlertLexicon) -> str | None:
    """The lexicon's name of ``category`` (name or alias); ``UnknownCategory`` naming the known
    categories when the lexicon has no such category."""
    if category is None:
        return None
    try:
        return lexicon.canonical(category)
    except KeyError as exc:
        raise UnknownCategory(str(exc.args[0])) from exc


def open_ticket(
    store: Store,
    subject: str,
    now: datetime,
    *,
    lexicon: AlertLexicon | None = None,
    key: bytes | None = None,
    **fields: Any,
) -> Ticket:
    """Store a new ticket (``new_ticket``'s fields); its deadlines count from ``now``. With
    ``lexicon``, ``category`` must be one of its categories (name or alias; stored by name).
    A ``customer`` given in clear is stored as its pseudonym under ``key``
    (``radar.privacy.pseudonym_key``); without ``key`` only a pseudonym is accepted."""
    customer = fields.get("customer")
    if customer and not is_pseudonym(customer):
        if key is None:
            raise ValueError("a customer named in clear needs the pseudonym key")
        fields["customer"] = pseudonymise(customer, key)
    if lexicon is not None:
        fields["category"] = canonical_category(fields.get("category"), lexicon)
    return save_case(store, TICKETS, new_ticket(subject, now, **fields), create=True)


def ticket_for_complaint(
    store: Store, mention: Mention, now: datetime, *, key: bytes
) -> Ticket | None:
    """Open the 1-3-5 ticket of a complaint mention (id ``tkt-<mention id>``); None when it
    already has one. The deadlines count from ``now``, when the complaint was first seen. The
    customer is the author's pseudonym under ``key``, beside the mention id."""
    if store.get_doc(TICKETS, f"tkt-{mention.id}") is not None:
        return None  # a cheap read first: every pass sees the complaints it has seen before
    ticket = new_ticket(
        (mention.title or mention.text)[:80],
        now,
        text=mention.text,
        customer=pseudonymise_optional(mention.author, key),
        category=mention.alert_categories[0] if mention.alert_categories else None,
        mention_id=mention.id,
        ticket_id=f"tkt-{mention.id}",
    )
    created = False

    def apply(doc: StoredDoc | None) -> dict[str, Any] | None:
        nonlocal created
        created = doc is None  # opened already (maybe concurrently by another pass): keep it
        return ticket.to_body() if created else None

    stored = update_doc(store, TICKETS, ticket.id, apply)
    return case_from_doc(Ticket, stored) if created and stored is not None else None


def get_ticket(store: Store, ticket_id: str) -> Ticket | None:
    """The stored ticket or None."""
    doc = store.get_doc(TICKETS, ticket_id)
    return case_from_doc(Ticket, doc) if doc else None


def read_ticket(store: Store, ticket_id: str) -> Ticket:
    """The stored ticket; ``NotFoundError`` when there is none."""
    return get_case(store, TICKETS, Ticket, ticket_id)


def list_tickets(
    store: Store,
    *,
    status: Sequence[TicketStatus] | None = None,
    overdue: bool = False,
    now: datetime | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page[Ticket]:
    """Tickets, newest first, optionally only those in ``status``; ``overdue``: only those with
    a pending step past its deadline at ``now`` (default: the current time)."""
    filters = [Filter(field="status", op="in", value=list(status))] if status else []
    if overdue:
        filters += overdue_filters(now or datetime.now(UTC))
    return list_cases(
        store, TICKETS, Ticket, filters, sort="-created_ts", limit=limit, cursor=cursor
    )


def complete(ticket: Ticket, step: str, by: str, now: datetime, note: str | None) -> Ticket:
    """Complete one 1-3-5 step; the status follows the latest step done."""
    if ticket.status == "closed":
        raise CaseStateError(f"ticket {ticket.id} is closed")
    respond = next((s for s in ticket.steps if s.name == RESPOND), None)
    if step != RESPOND and respond is not None and respond.pending:
        raise CaseStateError(
            f"ticket {ticket.id}: the 1-hour response ({RESPOND}) comes first (1小时响应)"
        )
    try:
        done = ticket.complete_step(step, now, by, note)
    except KeyError as exc:
        raise CaseStateError(str(exc.args[0])) from exc
    if not done:
        raise CaseStateError(f"step {step} of ticket {ticket.id} is already done")
    ticket.owner = ticket.owner or by
    ticket.status = _STATUS_AFTER[step]  # type: ignore[assignment]
    if ticket.status == "closed":
        ticket.closed_at = now
    return ticket


def complete_ticket_step(
    store: Store,
    ticket_id: str,
    step: str,
    by: str,
    now: datetime,
    *,
    note: str | None = None,
    expected_version: int | None = None,
) -> Ticket:
    """Complete ``step`` of the stored ticket (``complete``) and save it; an unknown step name
    is ``NotFoundError``, like an unknown ticket."""
    if step not in STEPS:
        raise NotFoundError("step", step)
    return update_case(
        store,
        TICKETS,
        Ticket,
        ticket_id,
        lambda ticket: complete(ticket, step, by, now, note),
        expected_version=expected_version,
    )
