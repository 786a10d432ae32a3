"""Fixtures of the console tests: a store with a crisis story, an incident with its alerts, a
1-3-5 ticket, a dead notification, ad copy in the legal queue and a small CRM with open 回访
tasks, one user per role (user ``<role>-1``, with a password), the real app on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from community.intake import import_file
from community.policy import load_policy
from community.snapshot import refresh
from community.tasks import list_tasks
from compliance import workflow
from compliance.check import default_checker
from compliance.routing import load_routing
from compliance.workflow import AdDraft
from demo.community import YEAR_END as CRM_YEAR_END
from demo.community import write as write_crm
from identity.roles import ROLES
from identity.users import User, create_user
from monitor import run_monitor
from monitor.alerts import list_alerts
from monitor.notify import Outbox
from monitor.notify.message import Notification
from monitor.notify.outbox import OUTBOX, outbox_id
from monitor.tickets import open_ticket
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
    member_id: str
    task_id: str
    alert_id: str
    ticket_id: str
    dead_id: str
    incident_id: str = "inc-root"
    story_id: str = "root"


def seed_crm(store: SQLiteStore, data: Path) -> tuple[str, str]:
    """The demo's CRM records (a small draw) and the snapshot of the demo year's last day with
    its 回访 tasks; returns a member with an open task, and the task."""
    for path in write_crm(data / "crm", members=40, seed=3):
        import_file(store, path)
    refresh(store, CRM_YEAR_END, load_policy(), Outbox(store, []))
    task = list_tasks(store, limit=1).items[0]
    return task.member_id, task.task_id


def seed_monitor(store: SQLiteStore) -> tuple[str, str, str]:
    """An active alert (the crisis story's), an open 1-3-5 ticket and a dead notification."""
    alert = list_alerts(store, status="active", limit=1).items[0]
    ticket = open_ticket(store, "鸡蛋变质投诉", datetime.now(UTC), category="食品安全")
    notice = Notification(
        key="console-dead",
        kind="incident_opened",
        title="死信测试通知",
        text="webhook 不可达",
        created_at=datetime.now(UTC),
    )
    Outbox(store, ["webhook"]).enqueue(notice, datetime.now(UTC))
    dead_id = outbox_id(notice.key, "webhook")
    doc = store.get_doc(OUTBOX, dead_id)
    assert doc is not None
    body = {**doc.body, "status": "dead", "attempts": 5, "last_error": "connection refused"}
    store.put_doc(OUTBOX, dead_id, body, expected_version=doc.version)
    return alert.id, ticket.id, dead_id


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
    data = tmp_path_factory.mktemp("console")
    store, settings, users, ad_id = seed(data)
    member_id, task_id = seed_crm(store, data)
    alert_id, ticket_id, dead_id = seed_monitor(store)
    with live_uvicorn(create_app(settings, store)) as base:
        yield Console(base, store, users, ad_id, member_id, task_id, alert_id, ticket_id, dead_id)
    store.close()
