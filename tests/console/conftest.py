"""Fixtures of the console tests: a store with a crisis story, an incident and ad copy in the
legal queue, one user per role (user ``<role>-1``, with a password), the real app on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from compliance import workflow
from compliance.check import default_checker
from compliance.routing import load_routing
from compliance.workflow import AdDraft
from identity.roles import ROLES
from identity.users import User, create_user
from monitor import run_monitor
from radar.settings import Settings
from review_api.app import create_app
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, food_safety_story
from tests.utils.servers import live_uvicorn

PASSWORD = "correct horse battery"
AD_TEXT = "本店鸡蛋是全国最好的鸡蛋,国家级品质,吃了包治百病。"


@dataclass
class Console:
    """A running app with data: its base URL, store, and the ids the journeys use."""

    base: str
    store: SQLiteStore
    users: dict[str, User]
    ad_id: str
    incident_id: str = "inc-root"
    story_id: str = "root"


def seed(data: Path) -> tuple[SQLiteStore, Settings, dict[str, User], str]:
    settings = Settings(data_dir=data, store="sqlite", auth={"cookie_secure": False})
    store = SQLiteStore(settings.sqlite_path)
    users = {
        role: create_user(store, f"{role}-1", role, password=PASSWORD)[0]  # type: ignore[arg-type]
        for role in ROLES
    }
    store.upsert_mentions(food_safety_story())
    run_monitor(store, settings, T0 + timedelta(hours=3))
    draft = AdDraft(title="鸡蛋促销", text=AD_TEXT, categories=["food"], public=False)
    ad = workflow.submit(store, draft, users["submitter"], default_checker(), load_routing())
    return store, settings, users, ad.id


@pytest.fixture(scope="module")
def console(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Console]:
    store, settings, users, ad_id = seed(tmp_path_factory.mktemp("console"))
    with live_uvicorn(create_app(settings, store)) as base:
        yield Console(base, store, users, ad_id)
    store.close()
