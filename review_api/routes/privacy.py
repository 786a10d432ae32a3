"""Personal data: reveal an author (audited), export or forget a person, receipts and audit.

Every answer about a mention shows its author as a pseudonym (``review_api.routes.mentions``).
``pr`` and ``admin`` may reveal one author at a time; each reveal is stored in
``privacy_audit`` (who, when, which mention, the author by pseudonym) before the answer leaves.
Export and deletion of a person (PIPL art. 45, 47) are for ``admin``, like
``radar privacy export|forget``; the person is named in the request body, never in the URL (URLs
end up in access logs). See docs/privacy.md.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from pydantic import BaseModel, Field

from community import privacy
from community.privacy import Receipt
from identity.users import User
from radar.privacy import pseudonym_key
from radar.schemas import Filter, Page, StoredDoc
from review_api.auth import require
from review_api.deps import PageCursor, PageLimit, SettingsDep, StoreDep
from review_api.errors import NotFound, problem_responses

router = APIRouter(prefix="/api/privacy", tags=["privacy"])


class RevealRequest(BaseModel):
    """Which mention's author to reveal."""

    mention_id: str = Field(min_length=1, max_length=200)


class RevealedAuthor(BaseModel):
    """A mention's author in clear, and the audit entry the reveal made."""

    mention_id: str
    author: str | None
    audit_id: str | None = Field(description="The audit entry (null when there is no author).")


class PersonRequest(BaseModel):
    """A person: a member id, a handle (author or chat name) or a pseudonym (``hh1:…``)."""

    who: str = Field(min_length=1, max_length=200)


class RevealAuditEntry(BaseModel):
    """One audited access to personal data."""

    id: str
    kind: str
    by: str
    at: datetime
    mention_id: str | None = None
    author: str | None = Field(None, description="The author's pseudonym.")


@router.post("/reveal", response_model=RevealedAuthor, responses=problem_responses(404))
def reveal_author(
    request: RevealRequest,
    store: StoreDep,
    settings: SettingsDep,
    user: Annotated[User, Depends(require("privacy.reveal"))],
) -> RevealedAuthor:
    """The author of one mention in clear; the reveal is audited."""
    mention = store.get_mention(request.mention_id)
    if mention is None:
        raise NotFound("mention", request.mention_id)
    if not mention.author:
        return RevealedAuthor(mention_id=mention.id, author=mention.author, audit_id=None)
    audit = privacy.record_reveal(
        store,
        by=user.name,
        mention_id=mention.id,
        author=mention.author,
        key=pseudonym_key(settings.privacy),
        now=datetime.now(UTC),
    )
    return RevealedAuthor(mention_id=mention.id, author=mention.author, audit_id=audit.id)


@router.post("/export", responses=problem_responses())
def export_person(
    request: PersonRequest,
    store: StoreDep,
    settings: SettingsDep,
    user: Annotated[User, Depends(require("privacy.export"))],
) -> dict[str, Any]:
    """Everything stored about a person (their mentions, CRM records, tickets) as JSON."""
    key = pseudonym_key(settings.privacy)
    return privacy.export_person(store, request.who, key, datetime.now(UTC))


@router.post("/forget", response_model=Receipt, responses=problem_responses())
def forget_person(
    request: PersonRequest,
    store: StoreDep,
    settings: SettingsDep,
    user: Annotated[User, Depends(require("privacy.forget"))],
) -> Receipt:
    """Delete a person's mentions and CRM records everywhere; the stored receipt."""
    key = pseudonym_key(settings.privacy)
    return privacy.forget_person(store, request.who, key, by=user.name, now=datetime.now(UTC))


@router.get(
    "/receipts",
    response_model=Page[Receipt],
    dependencies=[Depends(require("privacy.read"))],
)
def list_receipts(
    store: StoreDep, limit: PageLimit = 50, cursor: PageCursor = None
) -> Page[Receipt]:
    """Deletion receipts (forget and retention), newest first."""
    page = store.find_docs(privacy.RECEIPTS, sort="-at", limit=limit, cursor=cursor)
    return page.map(lambda d: Receipt.model_validate(d.body))


@router.get(
    "/audit",
    response_model=Page[RevealAuditEntry],
    dependencies=[Depends(require("privacy.read"))],
)
def list_audit(
    store: StoreDep,
    mention_id: Annotated[str | None, Query(max_length=200)] = None,
    limit: PageLimit = 50,
    cursor: PageCursor = None,
) -> Page[RevealAuditEntry]:
    """The audit of reveals, newest first (optionally of one mention)."""
    filters = [Filter(field="mention_id", value=mention_id)] if mention_id else []
    page = store.find_docs(privacy.AUDIT, filters, sort="-at", limit=limit, cursor=cursor)
    return page.map(_audit_entry)


def _audit_entry(doc: StoredDoc) -> RevealAuditEntry:
    return RevealAuditEntry.model_validate({"id": doc.id, **doc.body})
