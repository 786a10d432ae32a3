"""Fixtures of the identity tests: a real store, one user per role, the real app on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from identity.roles import ROLES
from identity.users import create_user
from radar.settings import Settings
from review_api.app import create_app
from store.sqlite import SQLiteStore
from tests.utils.servers import live_uvicorn

PASSWORD = "correct horse battery"


@dataclass
class RoleApi:
    """A running API, its store and a bearer token per role (user ``<role>-1``)."""

    base: str
    store: SQLiteStore
    tokens: dict[str, str]

    def client(self, role: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.tokens[role]}"} if role else {}
        return httpx.Client(base_url=self.base, headers=headers, timeout=30)


def serve(data: Path, **settings: object) -> tuple[SQLiteStore, dict[str, str], Settings]:
    store = SQLiteStore(data / "radar.sqlite3")
    tokens = {
        role: create_user(store, f"{role}-1", role, password=PASSWORD)[1]  # type: ignore[arg-type]
        for role in ROLES
    }
    return store, tokens, Settings(data_dir=data, **settings)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def role_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RoleApi]:
    data = tmp_path_factory.mktemp("identity-api")
    store, tokens, settings = serve(data, auth={"cookie_secure": False})
    with live_uvicorn(create_app(settings, store)) as base:
        yield RoleApi(base, store, tokens)
    store.close()
