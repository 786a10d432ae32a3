"""1-3-5 feedback tickets: create, list, read, complete a step (respond / solution / feedback).

Reading is for the dashboard roles; opening tickets and completing steps for ``pr`` and
``admin`` (``identity.permissions``). Steps are recorded under the signed-in user.

A ticket's ``customer`` is stored and answered as a pseudonym, whoever opens the ticket: a name
given in clear is hashed on write (``radar.privacy``), since every ticket reader (viewer, ops,
…) sees the stored ticket. The field keeps its name; pr and admin see who a complaint's author
is through the audited reveal of its ``mention_id`` (``POST /api/privacy/reveal``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from identity.users import User
from monitor import tickets
from monitor.tickets import Ticket, TicketStatus
from radar.privacy import pseudonym_key
from radar.schemas import Page
from review_api.auth import require
from review_api.deps import (
    MAX_COUNT,
    ItemId,
    LexiconDep,
    PageCursor,
    PageLimit,
    SettingsDep,
    StoreDep,
)
from review_api.errors import problem_responses

router = APIRouter(
    prefix="/api/tickets",
    tags=["tickets"],
)
READ = [Depends(require("tickets.read"))]


class TicketCreate(BaseModel):
    """A complaint to handle under the 1-3-5 rule."""

    model_config = ConfigDict(extra="forbid")

    subject: str = Field(min_length=1, max_length=300)
    text: str = Field("", max_length=20_000)
    customer: str | None = Field(
        None,
        max_length=200,
        description="The customer: a name or handle, stored and answered as its pseudonym.",
    )
    category: str | None = Field(None, max_length=50)
    mention_id: str | None = Field(None, max_length=200)
    incident_id: str | None = Field(None, max_length=200)
    owner: str | None = Field(None, max_length=100)


class StepDone(BaseModel):
    """Who completed the step and what was done."""

    model_config = ConfigDict(extra="forbid")

    note: str | None = Field(None, max_length=5000)
    expected_version: int | None = Field(None, ge=0, le=MAX_COUNT)


@router.post(
    "",
    response_model=Ticket,
    status_code=201,
    responses=problem_responses(409, 422),
    dependencies=[Depends(require("tickets.create"))],
)
def create_ticket(
    body: TicketCreate, store: StoreDep, lexicon: LexiconDep, settings: SettingsDep
) -> Ticket:
    """Open a ticket; its deadlines are 1 hour, 3 days and 5 days from now. ``category`` is an
    alert-lexicon category, by name or alias (``food_safety``); ``customer`` is stored as its
    pseudonym."""
    fields = body.model_dump()
    return tickets.open_ticket(
        store,
        fields.pop("subject"),
        datetime.now(UTC),
        lexicon=lexicon,
        key=pseudonym_key(settings.privacy),
        **fields,
    )


@router.get("", response_model=Page[Ticket], responses=problem_responses(), dependencies=READ)
def list_tickets(
    store: StoreDep,
    status: Annotated[list[TicketStatus] | None, Query(max_length=10)] = None,
    overdue: bool = False,
    limit: PageLimit = 50,
    cursor: PageCursor = None,
) -> Page[Ticket]:
    """Tickets, newest first; ``overdue=true``: only those with a step past its deadline."""
    return tickets.list_tickets(
        store, status=status, overdue=overdue, now=datetime.now(UTC), limit=limit, cursor=cursor
    )


@router.get(
    "/{ticket_id}", response_model=Ticket, responses=problem_responses(404), dependencies=READ
)
def read_ticket(ticket_id: ItemId, store: StoreDep) -> Ticket:
    """One ticket with its deadlines and timeline."""
    return tickets.read_ticket(store, ticket_id)


@router.post(
    "/{ticket_id}/steps/{step}", response_model=Ticket, responses=problem_responses(404, 409)
)
def complete_step(
    ticket_id: ItemId,
    step: Annotated[str, Path(max_length=50)],
    body: StepDone,
    store: StoreDep,
    user: Annotated[User, Depends(require("tickets.update"))],
) -> Ticket:
    """Complete ``respond``, ``solution`` or ``effect_feedback`` (the last closes the ticket)."""
    return tickets.complete_ticket_step(
        store,
        ticket_id,
        step,
        user.name,
        datetime.now(UTC),
        note=body.note,
        expected_version=body.expected_version,
    )
