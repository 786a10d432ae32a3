"""Users (admin only, except ``/api/users/me``).

A new user's token is returned once, in the creation (or rotation) response; only its hash is
stored. A user created here records the admin who created it (``created_by``): separation of
duties follows that chain (nobody decides on copy submitted by an account that made theirs).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, Field

from identity import users
from identity.passwords import MAX_LENGTH, MIN_LENGTH
from identity.roles import Role
from identity.users import NAME_RE, User
from radar.schemas import Page
from radar.settings import AuthSettings
from review_api.auth import require
from review_api.deps import PageCursor, SettingsDep, StoreDep
from review_api.errors import problem_responses

router = APIRouter(prefix="/api/users", tags=["users"])

UserName = Annotated[str, Path(min_length=1, max_length=64)]


class UserCreate(BaseModel):
    """A new user."""

    name: str = Field(pattern=NAME_RE.pattern, description="Login name.")
    role: Role
    password: str | None = Field(
        None,
        min_length=MIN_LENGTH,
        max_length=MAX_LENGTH,
        description="A console password (omit for an API-only user).",
    )


class UserPublic(User):
    """A user (no token or password material)."""


class UserUpdate(BaseModel):
    """Change a user."""

    active: bool | None = Field(None, description="false refuses the user's token from now on.")
    role: Role | None = Field(None, description="A new role (e.g. someone moving teams).")


class UserWithToken(BaseModel):
    """A user and a token that is shown only in this response."""

    user: UserPublic
    token: str = Field(description="Bearer token; store it now, it cannot be shown again.")


def public_user(user: User) -> UserPublic:
    """The API view of a user."""
    return UserPublic.model_validate(dict(user))


def token_ttl(auth: AuthSettings) -> timedelta | None:
    """How long new tokens last (``RADAR_AUTH_TOKEN_TTL_DAYS``; None: forever)."""
    return timedelta(days=auth.token_ttl_days) if auth.token_ttl_days else None


@router.get("/me", response_model=UserPublic, responses=problem_responses(401))
def me(user: Annotated[User, Depends(require("me.read"))]) -> UserPublic:
    """The signed-in user."""
    return public_user(user)


@router.get(
    "",
    response_model=Page[UserPublic],
    responses=problem_responses(401, 403, 422),
    dependencies=[Depends(require("users.read"))],
)
def list_users(
    store: StoreDep,
    role: Role | None = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: PageCursor = None,
) -> Page[UserPublic]:
    """Users by name."""
    page = users.list_users(store, role=role, limit=limit, cursor=cursor)
    return Page[UserPublic](
        items=[public_user(u) for u in page.items], total=page.total, next_cursor=page.next_cursor
    )


@router.post(
    "",
    status_code=201,
    response_model=UserWithToken,
    responses=problem_responses(401, 403, 409, 422),
)
def create_user(
    body: UserCreate,
    admin: Annotated[User, Depends(require("users.create"))],
    store: StoreDep,
    settings: SettingsDep,
) -> UserWithToken:
    """Create a user; the response holds its token, shown this once."""
    user, token = users.create_user(
        store,
        body.name,
        body.role,
        created_by=admin.name,
        password=body.password,
        token_ttl=token_ttl(settings.auth),
    )
    return UserWithToken(user=public_user(user), token=token)


@router.patch(
    "/{name}", response_model=UserPublic, responses=problem_responses(401, 403, 404, 409, 422)
)
def update_user(
    name: UserName,
    body: UserUpdate,
    admin: Annotated[User, Depends(require("users.update"))],
    store: StoreDep,
) -> UserPublic:
    """Enable or disable a user, or change their role (admins cannot disable or demote
    themselves: 409)."""
    return public_user(users.update_user(store, name, active=body.active, role=body.role, by=admin))


@router.post(
    "/{name}/token",
    response_model=UserWithToken,
    responses=problem_responses(401, 403, 404, 409),
    dependencies=[Depends(require("users.rotate_token"))],
)
def rotate_token(name: UserName, store: StoreDep, settings: SettingsDep) -> UserWithToken:
    """Issue a new token for a user; the old one stops working at once."""
    user, token = users.rotate_token(store, name, token_ttl=token_ttl(settings.auth))
    return UserWithToken(user=public_user(user), token=token)
