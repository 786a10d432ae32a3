"""1-3-5 feedback tickets: create, list, read, complete a step (respond / solution / feedback).

Every endpoint needs a bearer token (any role); steps are recorded under the token's user.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, ConfigDict, Field

from monitor.cases import case_from_doc, save_case
from monitor.feedback import EFFECT_FEEDBACK, RESPOND, SOLUTION
from monitor.incidents import CaseStateError
from monitor.tickets import TICKETS, Ticket, TicketStatus, complete, get_ticket, new_ticket
from radar.schemas import Filter, Page
from review_api.auth import CurrentUser, current_user
from review_api.deps import StoreDep
from review_api.errors import Conflict, NotFound
from store.base import VersionConflict

router = APIRouter(prefix="/api/tickets", tags=["tickets"], dependencies=[Depends(current_user)])
STEPS = (RESPOND, SOLUTION, EFFECT_FEEDBACK)


class TicketCreate(BaseModel):
    """A complaint to handle under the 1-3-5 rule."""

    model_config = ConfigDict(extra="forbid")

    subject: str = Field(min_length=1, max_length=300)
    text: str = Field("", max_length=20_000)
    customer: str | None = Field(None, max_length=200)
    category: str | None = Field(None, max_length=50)
    mention_id: str | None = None
    incident_id: str | None = None
    owner: str | None = Field(None, max_length=100)


class StepDone(BaseModel):
    """Who completed the step and what was done."""

    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(None, max_length=5000)
    expected_version: int | None = None


@router.post("", response_model=Ticket, status_code=201)
def create_ticket(body: TicketCreate, store: StoreDep) -> Ticket:
    """Open a ticket; its deadlines are 1 hour, 3 days and 5 days from now."""
    ticket = new_ticket(now=datetime.now(UTC), **body.model_dump())
    return save_case(store, TICKETS, ticket, create=True)


@router.get("", response_model=Page[Ticket])
def list_tickets(
    store: StoreDep,
    status: Annotated[list[TicketStatus] | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> Page[Ticket]:
    """Tickets, newest first."""
    filters = [Filter(field="status", op="in", value=status)] if status else []
    page = store.find_docs(TICKETS, filters, sort="-created_ts", limit=limit, cursor=cursor)
    return Page[Ticket](
        items=[case_from_doc(Ticket, d) for d in page.items],
        total=page.total,
        next_cursor=page.next_cursor,
    )


@router.get("/{ticket_id}", response_model=Ticket)
def read_ticket(ticket_id: str, store: StoreDep) -> Ticket:
    """One ticket with its deadlines and timeline."""
    ticket = get_ticket(store, ticket_id)
    if ticket is None:
        raise NotFound("ticket", ticket_id)
    return ticket


@router.post("/{ticket_id}/steps/{step}", response_model=Ticket)
def complete_step(
    ticket_id: str, step: str, body: StepDone, store: StoreDep, user: CurrentUser
) -> Ticket:
    """Complete ``respond``, ``solution`` or ``effect_feedback`` (the last closes the ticket)."""
    if step not in STEPS:
        raise NotFound("step", step)
    ticket = read_ticket(ticket_id, store)
    if body.expected_version is not None and body.expected_version != ticket.version:
        raise Conflict(f"ticket {ticket_id} is at version {ticket.version}")
    try:
        complete(ticket, step, user.name, datetime.now(UTC), body.note)
        return save_case(store, TICKETS, ticket)
    except CaseStateError as exc:
        raise Conflict(str(exc)) from exc
    except VersionConflict as exc:
        raise Conflict(f"ticket {ticket_id} changed concurrently; reload and retry") from exc
