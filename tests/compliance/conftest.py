"""Fixtures of the compliance tests: a real store, real users, a real uvicorn on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from compliance.check import AdChecker, default_checker
from compliance.routing import RoutingConfig, load_routing
from identity.users import create_user
from radar.settings import Settings
from review_api.app import create_app
from store.sqlite import SQLiteStore
from tests.utils.servers import live_uvicorn

#: Users every API test can act as: name -> role.
PEOPLE = {
    "sam": "submitter",
    "sue": "submitter",
    "lena": "legal",
    "leo": "legal",
    "cora": "committee",
    "carl": "committee",
    "cleo": "committee",
    "ada": "admin",
}


@pytest.fixture(scope="session")
def checker() -> AdChecker:
    return default_checker()


@pytest.fixture(scope="session")
def routing() -> RoutingConfig:
    return load_routing()


@dataclass
class LiveApi:
    """A running API and the bearer tokens of ``PEOPLE``."""

    base: str
    tokens: dict[str, str]
    store: SQLiteStore

    def client(self, who: str | None = None) -> httpx.Client:
        headers = {"Authorization": f"Bearer {self.tokens[who]}"} if who else {}
        return httpx.Client(base_url=self.base, headers=headers, timeout=30)


def start_api(data: Path) -> tuple[SQLiteStore, dict[str, str]]:
    """A store in ``data`` with the users of ``PEOPLE``; returns it and their tokens."""
    store = SQLiteStore(data / "radar.sqlite3")
    tokens = {name: create_user(store, name, role)[1] for name, role in PEOPLE.items()}  # type: ignore[arg-type]
    return store, tokens


@pytest.fixture(scope="module")
def api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApi]:
    data = tmp_path_factory.mktemp("compliance-api")
    settings = Settings(
        data_dir=data, compliance={"max_upload_bytes": 64_000, "max_ad_chars": 5_000}
    )
    store, tokens = start_api(data)
    with live_uvicorn(create_app(settings, store)) as base:
        yield LiveApi(base, tokens, store)
    store.close()
