"""Monitoring endpoints through a real uvicorn on 127.0.0.1, driven with httpx."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest

from identity.users import create_user
from monitor import run_monitor
from radar.settings import Settings
from review_api.app import create_app
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, food_safety_story
from tests.utils.servers import live_uvicorn

PROBLEM = "application/problem+json"


@pytest.fixture
def api(store: SQLiteStore, monitor_settings: Settings) -> Iterator[httpx.Client]:
    store.upsert_mentions(food_safety_story())
    run_monitor(store, monitor_settings, T0 + timedelta(hours=3))
    _, token = create_user(store, "pr-lead", "pr")
    with (
        live_uvicorn(create_app(monitor_settings, store)) as base,
        httpx.Client(
            base_url=base, timeout=10, headers={"Authorization": f"Bearer {token}"}
        ) as client,
    ):
        yield client


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/api/heatmap"),
        ("GET", "/api/propagation/root"),
        ("GET", "/api/alerts"),
        ("GET", "/api/incidents"),
        ("POST", "/api/incidents/inc-root/acknowledge"),
        ("GET", "/api/tickets"),
        ("POST", "/api/compensation/suggest"),
    ],
)
def test_endpoints_need_a_token(api: httpx.Client, method: str, path: str) -> None:
    anonymous = httpx.request(method, str(api.base_url.join(path)), json={})
    assert anonymous.status_code == 401 and anonymous.headers["content-type"] == PROBLEM


def test_heat_map_endpoint(api: httpx.Client) -> None:
    body = api.get("/api/heatmap", params={"dimension": "platform", "interval": "hour"}).json()
    assert body["keys"] == ["weibo", "forum", "news"] and body["total"] == 7
    ranged = api.get(
        "/api/heatmap",
        params={
            "dimension": "topic",
            "since": T0.isoformat(),
            "until": (T0 + timedelta(hours=1)).isoformat(),
        },
    ).json()
    assert ranged["keys"] == ["食品安全"]
    bad = api.get("/api/heatmap", params={"dimension": "colour"})
    assert bad.status_code == 422 and bad.headers["content-type"] == PROBLEM
    backwards = api.get(
        "/api/heatmap", params={"since": "2026-11-21T00:00:00Z", "until": "2026-11-20T00:00:00Z"}
    )
    assert backwards.status_code == 400 and backwards.headers["content-type"] == PROBLEM


def test_propagation_json_and_dot(api: httpx.Client) -> None:
    graph = api.get("/api/propagation/fr2").json()
    assert graph["root_id"] == "root" and graph["size"] == 6 and graph["depth"] == 2
    assert graph["key_spreaders"][0]["id"] == "root"
    dot = api.get("/api/propagation/root", params={"format": "dot"})
    assert dot.headers["content-type"].startswith("text/vnd.graphviz")
    assert '"root" -> "rp1"' in dot.text
    missing = api.get("/api/propagation/nope")
    assert missing.status_code == 404 and missing.json()["title"] == "Not found"


def test_propagation_shows_pseudonyms(api: httpx.Client) -> None:
    graph = api.get("/api/propagation/root").json()
    authors = [n["author"] for n in graph["nodes"] + graph["key_spreaders"]]
    assert authors and all(a.startswith("hh1:") for a in authors)
    dot = api.get("/api/propagation/root", params={"format": "dot"}).text
    assert "user-" not in dot and authors[0] in dot


def test_alerts_list(api: httpx.Client) -> None:
    page = api.get("/api/alerts", params={"rule": "keyword"}).json()
    assert page["total"] == 1 and page["items"][0]["category"] == "食品安全"
    one = api.get(f"/api/alerts/{page['items'][0]['id']}").json()
    assert one["story_id"] == "root"
    assert api.get("/api/alerts/none").status_code == 404
    resolved = api.post(f"/api/alerts/{one['id']}/resolve")
    assert resolved.status_code == 200 and resolved.json()["status"] == "resolved"
    assert api.get("/api/alerts", params={"status": "active"}).json()["total"] == 0
    assert api.post("/api/alerts/none/resolve").status_code == 404


def test_incident_lifecycle(api: httpx.Client) -> None:
    page = api.get("/api/incidents", params={"status": ["open"]}).json()
    assert page["total"] == 1
    inc = page["items"][0]
    assert inc["id"] == "inc-root" and [s["name"] for s in inc["steps"]] == [
        "assemble_team",
        "follow_up",
        "rectification_report",
    ]
    stale = inc["version"]
    ack = api.post("/api/incidents/inc-root/acknowledge", json={"note": "应急小组已启动"})
    assert ack.status_code == 200 and ack.json()["status"] == "acknowledged"
    assert ack.json()["owner"] == "pr-lead"
    assert api.post("/api/incidents/inc-root/acknowledge", json={}).status_code == 409
    typo = api.patch("/api/incidents/inc-root", json={"ownr": "x"})  # unknown field: refused
    assert typo.status_code == 422 and "ownr" in typo.text
    # An update based on a stale version is refused, not silently merged.
    conflict = api.patch(
        "/api/incidents/inc-root", json={"owner": "ops", "expected_version": stale}
    )
    assert conflict.status_code == 409 and conflict.headers["content-type"] == PROBLEM
    upd = api.patch(
        "/api/incidents/inc-root",
        json={
            "owner": "客服主管",
            "complete_steps": ["follow_up"],
            "note": "已回访12位用户",
        },
    ).json()
    assert upd["owner"] == "客服主管"
    assert next(s for s in upd["steps"] if s["name"] == "follow_up")["done_by"] == "pr-lead"
    assert (
        api.patch("/api/incidents/inc-root", json={"complete_steps": ["nope"]}).status_code == 409
    )
    assert api.post("/api/incidents/inc-root/close", json={"report": ""}).status_code == 422
    closed = api.post(
        "/api/incidents/inc-root/close", json={"report": "整改报告: 更换供应商"}
    ).json()
    assert closed["status"] == "closed" and closed["report"].startswith("整改报告")
    events = [e["event"] for e in closed["timeline"]]
    assert events[0] == "opened" and events[-1] == "closed"
    assert (
        api.get("/api/incidents", params={"status": ["open", "acknowledged"]}).json()["total"] == 0
    )
    assert api.get("/api/incidents/inc-nope").status_code == 404


def test_incident_compensation(api: httpx.Client) -> None:
    body = api.get(
        "/api/incidents/inc-root/compensation",
        params={"value_tier": "gold", "order_amount": 88, "days_since_purchase": 1},
    ).json()
    assert body["severity"] == "critical" and body["refund"] == 88.0
    # The story's reach (9480, the propagation graph's figure) is in the widest tier.
    assert any("reach 9480 reads (大范围传播)" in r for r in body["reasons"])


def test_compensation_suggest(api: httpx.Client) -> None:
    ok = api.post(
        "/api/compensation/suggest",
        json={"category": "价格欺诈", "order_amount": 45.5, "reach": 10},
    )
    assert ok.status_code == 200 and ok.json()["refund"] == 45.5
    bad = api.post("/api/compensation/suggest", json={"order_amount": -1})
    assert bad.status_code == 422 and bad.headers["content-type"] == PROBLEM


def test_ticket_135_flow(api: httpx.Client) -> None:
    created = api.post("/api/tickets", json={"subject": "鸡蛋破损", "customer": "王女士"})
    assert created.status_code == 201
    # Stored and answered as a pseudonym, whoever opened it (docs/privacy.md).
    assert created.json()["customer"].startswith("hh1:") and "王女士" not in created.text
    tid = created.json()["id"]
    due = {s["name"]: s["due_at"] for s in created.json()["steps"]}
    assert set(due) == {"respond", "solution", "effect_feedback"}
    for step, status in (
        ("respond", "responded"),
        ("solution", "solution_proposed"),
        ("effect_feedback", "closed"),
    ):
        r = api.post(f"/api/tickets/{tid}/steps/{step}", json={"note": "已联系"})
        assert r.status_code == 200 and r.json()["status"] == status
    assert api.post(f"/api/tickets/{tid}/steps/respond", json={}).status_code == 409
    assert api.post(f"/api/tickets/{tid}/steps/bogus", json={}).status_code == 404
    listed = api.get("/api/tickets", params={"status": ["closed"], "limit": 1}).json()
    assert listed["total"] == 1 and listed["items"][0]["id"] == tid


def test_incident_pagination(store: SQLiteStore, monitor_settings: Settings) -> None:
    from monitor.cases import save_case
    from monitor.crisis import crisis_steps
    from monitor.incidents import Incident

    for i in range(5):
        opened = T0 + timedelta(minutes=i)
        save_case(
            store,
            "incidents",
            Incident(
                id=f"inc-{i}",
                title=f"t{i}",
                story_id=str(i),
                trigger_mention_id=str(i),
                opened_at=opened,
                opened_ts=opened.timestamp(),
                steps=crisis_steps(opened),
            ),
            create=True,
        )
    _, token = create_user(store, "ops", "admin")
    auth = {"Authorization": f"Bearer {token}"}
    with live_uvicorn(create_app(monitor_settings, store)) as base:
        seen, cursor = [], None
        while True:
            params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
            page = httpx.get(base + "/api/incidents", params=params, headers=auth).json()
            seen += [i["id"] for i in page["items"]]
            cursor = page["next_cursor"]
            if cursor is None:
                break
    assert seen == [f"inc-{i}" for i in reversed(range(5))]


def test_dismiss_incident_and_alert_over_http(api: httpx.Client) -> None:
    empty = api.post("/api/incidents/inc-root/dismiss", json={"reason": ""})
    assert empty.status_code == 422
    done = api.post("/api/incidents/inc-root/dismiss", json={"reason": "测试帖,非真实投诉"})
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["status"] == "closed" and body["outcome"] == "false_positive"
    assert body["dismissal_reason"] == "测试帖,非真实投诉" and body["report"] is None
    again = api.post("/api/incidents/inc-root/dismiss", json={"reason": "x"})
    assert again.status_code == 409 and again.headers["content-type"] == PROBLEM
    alert_id = api.get("/api/alerts").json()["items"][0]["id"]
    dismissed = api.post(f"/api/alerts/{alert_id}/dismiss", json={"reason": "误报"})
    assert dismissed.status_code == 200 and dismissed.json()["status"] == "dismissed"
    listed = api.get("/api/alerts", params={"status": "dismissed", "category": "food_safety"})
    assert [a["id"] for a in listed.json()["items"]] == [alert_id]


def test_tickets_alias_overdue_and_respond_first_over_http(api: httpx.Client) -> None:
    created = api.post("/api/tickets", json={"subject": "鸡肉变质", "category": "food_safety"})
    assert created.status_code == 201 and created.json()["category"] == "食品安全"
    unknown = api.post("/api/tickets", json={"subject": "x", "category": "nope"})
    assert unknown.status_code == 422 and "food_safety" in unknown.json()["detail"]
    skipped = api.post(f"/api/tickets/{created.json()['id']}/steps/solution", json={})
    assert skipped.status_code == 409 and "1小时响应" in skipped.json()["detail"]
    # Just opened: nothing is overdue yet.
    assert api.get("/api/tickets", params={"overdue": "true"}).json()["items"] == []
