"""Users of the review workflow (admin only, except ``/api/users/me``).

A new user's token is returned once, in the creation (or rotation) response; only its hash is
stored.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query
from pydantic import BaseModel, Field

from compliance import users
from compliance.users import NAME_RE, Role
from review_api.auth import AdminUser, CurrentUser
from review_api.compliance_deps import domain_errors, problem_responses
from review_api.deps import StoreDep
from review_api.errors import TYPE_BASE, ProblemError

router = APIRouter(prefix="/api/users", tags=["users"])

UserName = Annotated[str, Path(min_length=1, max_length=64)]


class UserCreate(BaseModel):
    """A new user."""

    name: str = Field(pattern=NAME_RE.pattern, description="Login name.")
    role: Role


class UserPublic(BaseModel):
    """A user (no token material)."""

    name: str
    role: Role
    active: bool
    created_at: datetime


class UserUpdate(BaseModel):
    """Change a user."""

    active: bool | None = Field(None, description="false refuses the user's token from now on.")
    role: Role | None = Field(None, description="A new role (e.g. someone moving teams).")


class UserWithToken(BaseModel):
    """A user and a token that is shown only in this response."""

    user: UserPublic
    token: str = Field(description="Bearer token; store it now, it cannot be shown again.")


class UserPage(BaseModel):
    """A page of users."""

    items: list[UserPublic]
    total: int
    next_cursor: str | None = None


@router.get("/me", response_model=UserPublic, responses=problem_responses(401))
def me(user: CurrentUser) -> UserPublic:
    """The user the token belongs to."""
    return UserPublic.model_validate(user.model_dump())


@router.get("", response_model=UserPage, responses=problem_responses(401, 403, 422))
def list_users(
    admin: AdminUser,
    store: StoreDep,
    role: Role | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=2000)] = None,
) -> UserPage:
    """Users by name."""
    items, total, next_cursor = users.list_users(store, role=role, limit=limit, cursor=cursor)
    return UserPage(
        items=[UserPublic.model_validate(u.model_dump()) for u in items],
        total=total,
        next_cursor=next_cursor,
    )


@router.post(
    "",
    status_code=201,
    response_model=UserWithToken,
    responses=problem_responses(401, 403, 409, 422),
)
def create_user(body: UserCreate, admin: AdminUser, store: StoreDep) -> UserWithToken:
    """Create a user; the response holds its token, shown this once."""
    with domain_errors():
        try:
            user, token = users.create_user(store, body.name, body.role)
        except ValueError as exc:
            raise ProblemError(
                422, "Invalid request", str(exc), type_=TYPE_BASE + "validation"
            ) from exc
        return UserWithToken(user=UserPublic.model_validate(user.model_dump()), token=token)


@router.patch("/{name}", response_model=UserPublic, responses=problem_responses(401, 403, 404, 422))
def update_user(name: UserName, body: UserUpdate, admin: AdminUser, store: StoreDep) -> UserPublic:
    """Enable or disable a user, or change their role."""
    with domain_errors():
        if name == admin.name and (body.active is False or body.role not in (None, "admin")):
            raise ProblemError(
                409,
                "Conflict",
                "admins cannot disable or demote themselves",
                type_=TYPE_BASE + "conflict",
            )
        user = users.update_user(store, name, active=body.active, role=body.role)
        return UserPublic.model_validate(user.model_dump())


@router.post(
    "/{name}/token", response_model=UserWithToken, responses=problem_responses(401, 403, 404)
)
def rotate_token(name: UserName, admin: AdminUser, store: StoreDep) -> UserWithToken:
    """Issue a new token for a user; the old one stops working at once."""
    with domain_errors():
        token = users.rotate_token(store, name)
        user = users.get_user(store, name)
        return UserWithToken(user=UserPublic.model_validate(user.model_dump()), token=token)
