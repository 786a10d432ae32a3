"""Liveness and readiness: open to anyone, so it says nothing about the deployment."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel

from identity.users import USERS
from review_api.auth import public
from review_api.deps import StoreDep

router = APIRouter(tags=["health"])


class Health(BaseModel):
    """Health report (no backend name, counts or versions: it is public)."""

    status: Literal["ok"]


@router.get("/healthz", response_model=Health, dependencies=[Depends(public("health.read"))])
def healthz(store: StoreDep) -> Health:
    """The API is up and the store answers (503 when it does not)."""
    store.get_doc(USERS, "healthz")  # one key lookup: cheap on every backend
    return Health(status="ok")
