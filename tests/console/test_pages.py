"""Every console page's permission (200 / 403 / redirect to sign-in, as the table says), the
CSRF check of every form post, sign-in and sign-out, and the local assets and API docs."""

from __future__ import annotations

import re

import httpx
import pytest

from identity.permissions import allowed
from identity.roles import ROLES
from review_api.auth import route_actions
from review_api.pages.assets import missing_assets
from tests.console.conftest import PASSWORD, Console


def sign_in(console: Console, role: str) -> httpx.Client:
    client = httpx.Client(base_url=console.base, timeout=30)
    form = client.get("/console/login")
    token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert token is not None
    response = client.post(
        "/console/login",
        data={
            "name": f"{role}-1",
            "password": PASSWORD,
            "csrf_token": token[1],
            "next": "/console/account",
        },
    )
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/console/account"
    assert "httponly" in response.headers["set-cookie"].lower()
    assert "samesite=lax" in response.headers["set-cookie"].lower()
    return client


def csrf_of(client: httpx.Client) -> str:
    page = client.get("/console/account")
    found = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert found is not None
    return found[1]


def _pages(console: Console) -> list[tuple[str, str, str]]:
    app = console_app_of(console)
    concrete = {
        "{incident_id}": console.incident_id,
        "{ad_id}": console.ad_id,
        "{mention_id}": console.story_id,
        "{member_id}": console.member_id,
        "{task_id}": console.task_id,
        "{alert_id}": console.alert_id,
        "{ticket_id}": console.ticket_id,
        "{step}": "respond",
    }
    out = []
    for method, path, action in route_actions(app):
        assert action is not None, f"{method} {path} declares no action"
        for key, value in concrete.items():
            path = path.replace(key, value)
        out.append((method, "/console" + path, action))
    return out


def console_app_of(console: Console):  # type: ignore[no-untyped-def]
    from fastapi import FastAPI

    from review_api.pages import console_app

    parent = FastAPI()
    parent.state.store, parent.state.settings, parent.state.throttle = console.store, None, None
    return console_app(parent)


@pytest.fixture(scope="module")
def clients(console: Console) -> dict[str, httpx.Client]:
    return {role: sign_in(console, role) for role in ROLES}


def test_every_page_checks_the_table(console: Console, clients: dict[str, httpx.Client]) -> None:
    pages = [(m, p, a) for m, p, a in _pages(console) if m == "GET" and a != "session.start"]
    assert len(pages) >= 9
    for _, path, action in pages:
        anonymous = httpx.get(console.base + path, timeout=30)
        assert anonymous.status_code == 303, path
        assert anonymous.headers["location"].startswith("/console/login?next=")
        for role in ROLES:
            response = clients[role].get(path)
            expected = 303 if path == "/console/" else 200
            if not allowed(role, action):  # type: ignore[arg-type]
                expected = 403
            elif role == "submitter" and path.startswith("/console/ads/"):
                expected = 200  # the submitter's own copy
            assert response.status_code == expected, (role, path, response.text[:300])
            if expected == 403:
                assert "无权" in response.text


def test_every_form_post_needs_the_csrf_token(
    console: Console, clients: dict[str, httpx.Client]
) -> None:
    posts = [(p, a) for m, p, a in _pages(console) if m == "POST" and a != "session.start"]
    assert len(posts) >= 5
    for path, action in posts:
        role = next(r for r in ("pr", "legal", "ops", "submitter") if allowed(r, action))  # type: ignore[arg-type]
        without = clients[role].post(path, data={"report": "x", "decision": "approve"})
        assert without.status_code == 403, (path, without.text[:200])
        assert "CSRF" in without.text
        wrong = clients[role].post(path, data={"csrf_token": "forged", "decision": "approve"})
        assert wrong.status_code == 403, path
    # Nothing changed.
    incident = clients["pr"].get(f"/console/incidents/{console.incident_id}")
    assert "待响应" in incident.text
    dead = console.store.get_doc("outbox", console.dead_id)
    assert dead is not None and dead.body["status"] == "dead"


def test_a_role_without_the_action_cannot_post(
    console: Console, clients: dict[str, httpx.Client]
) -> None:
    viewer = clients["viewer"]
    response = viewer.post(
        f"/console/incidents/{console.incident_id}/acknowledge",
        data={"csrf_token": csrf_of(viewer)},
    )
    assert response.status_code == 403


def test_sign_in_refuses_a_wrong_password_and_a_forged_form(console: Console) -> None:
    with httpx.Client(base_url=console.base, timeout=30) as client:
        form = client.get("/console/login")
        token = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
        assert token is not None
        wrong = client.post(
            "/console/login", data={"name": "pr-1", "password": "nope", "csrf_token": token[1]}
        )
        assert wrong.status_code == 401
        assert "密码错误" in wrong.text
    with httpx.Client(base_url=console.base, timeout=30) as fresh:
        forged = fresh.post(
            "/console/login", data={"name": "pr-1", "password": PASSWORD, "csrf_token": "x"}
        )
        assert forged.status_code == 401
        assert "radar_session" not in forged.headers.get("set-cookie", "")


def test_sign_in_goes_only_to_console_pages(console: Console) -> None:
    with httpx.Client(base_url=console.base, timeout=30) as client:
        token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/console/login").text)
        assert token is not None
        response = client.post(
            "/console/login",
            data={
                "name": "ops-1",
                "password": PASSWORD,
                "csrf_token": token[1],
                "next": "//evil.example/",
            },
        )
        assert response.headers["location"] == "/console/"


def test_sign_out_ends_the_session(console: Console) -> None:
    client = sign_in(console, "ops")
    token = csrf_of(client)
    response = client.post("/console/logout", data={"csrf_token": token})
    assert response.status_code == 303
    # The old cookie no longer signs in, even if a browser kept it.
    again = client.get("/console/account")
    assert again.status_code == 303


def test_root_redirects_to_the_console_and_docs_are_local(console: Console) -> None:
    root = httpx.get(console.base + "/", timeout=30)
    assert root.status_code == 307
    assert root.headers["location"] == "/console/"
    docs = httpx.get(console.base + "/docs", timeout=30).text
    redoc = httpx.get(console.base + "/redoc", timeout=30).text
    assert "/static/vendor/swagger-ui-bundle.js" in docs
    assert "/static/vendor/redoc.standalone.js" in redoc
    assert "cdn.jsdelivr.net" not in docs + redoc
    css = httpx.get(console.base + "/static/console.css", timeout=30)
    assert css.status_code == 200


def test_vendored_assets_are_served_when_installed(console: Console) -> None:
    if missing_assets():
        pytest.skip("console assets not installed (`make assets` needs npm)")
    for name in ("echarts.min.js", "htmx.min.js", "swagger-ui-bundle.js", "redoc.standalone.js"):
        response = httpx.get(f"{console.base}/static/vendor/{name}", timeout=30)
        assert response.status_code == 200, name


def test_the_api_is_unchanged_by_the_console(console: Console) -> None:
    # API routes still answer problem+json 401 to an anonymous client, not a redirect.
    response = httpx.get(console.base + "/api/incidents", timeout=30)
    assert response.status_code == 401


def test_ops_mark_a_churn_task_done_and_a_viewer_cannot(
    console: Console, clients: dict[str, httpx.Client]
) -> None:
    crm = clients["ops"].get("/console/crm")
    assert console.task_id in crm.text and "已回访" in crm.text
    assert "已回访" not in clients["viewer"].get("/console/crm").text  # no button to press
    viewer = clients["viewer"]
    refused = viewer.post(
        f"/console/crm/tasks/{console.task_id}/done", data={"csrf_token": csrf_of(viewer)}
    )
    assert refused.status_code == 403
    ops = clients["ops"]
    back = f"/console/crm/members/{console.member_id}"
    done = ops.post(
        f"/console/crm/tasks/{console.task_id}/done",
        data={"csrf_token": csrf_of(ops), "note": "已电话回访", "back": back},
    )
    assert (done.status_code, done.headers["location"]) == (303, back)
    task = console.store.get_doc("crm_tasks", console.task_id)
    assert task is not None
    assert (task.body["status"], task.body["done_by"], task.body["note"]) == (
        "done",
        "ops-1",
        "已电话回访",
    )
    assert console.task_id not in ops.get("/console/crm").text
    elsewhere = ops.post(
        f"/console/crm/tasks/{console.task_id}/done",
        data={"csrf_token": csrf_of(ops), "back": "//evil.example/"},
    )
    assert elsewhere.headers["location"] == "/console/crm"
    assert ops.get("/console/crm/members/no-such-member").status_code == 404


def test_the_kpi_board_shows_each_metric_against_its_warning(
    clients: dict[str, httpx.Client],
) -> None:
    page = clients["ops"].get("/console/kpi", params={"month": "2025-04"})
    assert page.status_code == 200
    for label in ("活动参与人数增长率", "内容互动率", "付费会员转化率", "预警值", "匹配对照组"):
        assert label in page.text
    assert clients["ops"].get("/console/kpi", params={"month": "2025-13"}).status_code == 422


def test_ops_see_the_status_and_retry_a_dead_letter(
    console: Console, clients: dict[str, httpx.Client]
) -> None:
    page = clients["ops"].get("/console/status")
    assert page.status_code == 200
    assert "死信测试通知" in page.text and "connection refused" in page.text
    assert 'id="retry"' in page.text
    assert 'id="retry"' not in clients["viewer"].get("/console/status").text
    viewer = clients["viewer"]
    refused = viewer.post(
        "/console/status/outbox/retry", data={"csrf_token": csrf_of(viewer), "id": console.dead_id}
    )
    assert refused.status_code == 403
    ops = clients["ops"]
    done = ops.post(
        "/console/status/outbox/retry", data={"csrf_token": csrf_of(ops), "id": console.dead_id}
    )
    assert (done.status_code, done.headers["location"]) == (303, "/console/status")
    entry = console.store.get_doc("outbox", console.dead_id)
    assert entry is not None
    assert (entry.body["status"], entry.body["attempts"]) == ("pending", 0)
    assert "没有死信" in ops.get("/console/status").text


def test_pr_resolve_and_dismiss_alerts_and_filters_apply(
    console: Console, clients: dict[str, httpx.Client]
) -> None:
    pr = clients["pr"]
    listed = pr.get("/console/alerts")
    assert f'id="alert-{console.alert_id}"' in listed.text
    assert "标记误报" not in clients["viewer"].get("/console/alerts").text
    none = pr.get(
        "/console/alerts", params={"status": "active", "rule": "spike", "severity": "low"}
    )
    assert f'id="alert-{console.alert_id}"' not in none.text
    assert pr.get("/console/alerts", params={"severity": "bogus"}).status_code == 422
    empty = pr.post(
        f"/console/alerts/{console.alert_id}/dismiss",
        data={"csrf_token": csrf_of(pr), "reason": ""},
    )
    assert empty.status_code == 422
    resolved = pr.post(
        f"/console/alerts/{console.alert_id}/resolve",
        data={"csrf_token": csrf_of(pr), "back": "/console/alerts?status=resolved"},
    )
    assert resolved.headers["location"] == "/console/alerts?status=resolved"
    assert f'id="alert-{console.alert_id}"' in pr.get(resolved.headers["location"]).text
    dismissed = pr.post(
        f"/console/alerts/{console.alert_id}/dismiss",
        data={"csrf_token": csrf_of(pr), "reason": "竞品水军", "back": "//evil.example/"},
    )
    assert dismissed.headers["location"] == "/console/alerts"
    alert = console.store.get_doc("alerts", console.alert_id)
    assert alert is not None
    assert (alert.body["status"], alert.body["dismissal_reason"]) == ("dismissed", "竞品水军")
    again = pr.post(
        f"/console/alerts/{console.alert_id}/dismiss",
        data={"csrf_token": csrf_of(pr), "reason": "x"},
    )
    assert again.status_code == 409


def test_pr_complete_ticket_steps_in_order(
    console: Console, clients: dict[str, httpx.Client]
) -> None:
    pr = clients["pr"]
    listed = pr.get("/console/tickets")
    assert f'id="ticket-{console.ticket_id}"' in listed.text
    overdue = pr.get("/console/tickets", params={"overdue": "true"})
    assert f'id="ticket-{console.ticket_id}"' not in overdue.text  # deadlines still ahead
    base = f"/console/tickets/{console.ticket_id}/steps"
    early = pr.post(f"{base}/solution", data={"csrf_token": csrf_of(pr)})
    assert early.status_code == 409  # the 1-hour response comes first
    assert pr.post(f"{base}/nonsense", data={"csrf_token": csrf_of(pr)}).status_code == 404
    done = pr.post(f"{base}/respond", data={"csrf_token": csrf_of(pr), "note": "已致电"})
    assert done.status_code == 303
    ticket = console.store.get_doc("tickets", console.ticket_id)
    assert ticket is not None
    assert (ticket.body["status"], ticket.body["owner"]) == ("responded", "pr-1")
    viewer = clients["viewer"]
    assert viewer.post(f"{base}/solution", data={"csrf_token": csrf_of(viewer)}).status_code == 403


def test_the_ad_page_shows_what_the_check_cleared_and_why(
    console: Console, clients: dict[str, httpx.Client]
) -> None:
    submitter = clients["submitter"]
    uploaded = submitter.post(
        "/console/ads/upload",
        data={"csrf_token": csrf_of(submitter), "title": "早点", "category": ["food"]},
        files={
            "file": (
                "copy.txt",
                "每天早上六点，第一屉小笼包出锅，全国最低价!".encode(),
                "text/plain",
            )
        },
    )
    assert uploaded.status_code == 303, uploaded.text[:300]
    page = submitter.get(uploaded.headers["location"]).text
    # 最低价 is a finding; 第一 (the first steamer of the day) is listed as cleared, with the
    # time-word reading a reviewer may overrule.
    assert 'id="finding-1"' in page and "初审按语境排除的 1 处" in page
    cleared = page.split('class="cleared"', 1)[1].split("</details>", 1)[0]
    assert "“第一”" in cleared and "AD9-ABSOLUTE" in cleared and "时间、顺序" in cleared


def test_a_submitter_uploads_and_resubmits(
    console: Console, clients: dict[str, httpx.Client]
) -> None:
    submitter = clients["submitter"]
    assert submitter.get("/console/ads/new").status_code == 200
    token = csrf_of(submitter)
    uploaded = submitter.post(
        "/console/ads/upload",
        data={"csrf_token": token, "title": "周末特价", "category": ["food"], "public": "yes"},
        files={"file": ("copy.txt", "周末鸡蛋特价,全国最低价!".encode("gbk"), "text/plain")},
    )
    assert uploaded.status_code == 303, uploaded.text[:300]
    ad_page = submitter.get(uploaded.headers["location"])
    assert "周末特价" in ad_page.text and "法务复审中" in ad_page.text
    ad_id = uploaded.headers["location"].rsplit("/", 1)[1]
    ad = console.store.get_doc("ads", ad_id)
    assert ad is not None
    assert (ad.body["submitter"], ad.body["source"], ad.body["filename"]) == (
        "submitter-1",
        "upload",
        "copy.txt",
    )
    assert ad_id in submitter.get("/console/ads").text
    wrong = submitter.post(
        "/console/ads/upload",
        data={"csrf_token": token},
        files={"file": ("copy.exe", b"MZ", "application/octet-stream")},
    )
    assert wrong.status_code == 415
    huge = submitter.post(
        "/console/ads/upload",
        data={"csrf_token": token},
        files={"file": ("big.txt", b"a" * 2_100_000, "text/plain")},
    )
    assert huge.status_code == 413
    # Legal sends it back; the submitter sees the reason and resubmits a revision.
    legal = clients["legal"]
    legal.post(
        f"/console/ads/{ad_id}/decision",
        data={
            "csrf_token": csrf_of(legal),
            "decision": "request_revision",
            "comment": "删去最低价",
        },
    )
    page = submitter.get(f"/console/ads/{ad_id}")
    assert "删去最低价" in page.text and 'id="resubmit"' in page.text
    assert 'id="resubmit"' not in legal.get(f"/console/ads/{ad_id}").text
    assert (
        legal.post(
            f"/console/ads/{ad_id}/resubmit", data={"csrf_token": csrf_of(legal), "text": "x"}
        ).status_code
        == 403
    )
    again = submitter.post(
        f"/console/ads/{ad_id}/resubmit", data={"csrf_token": token, "text": "周末鸡蛋特价。"}
    )
    assert again.status_code == 303
    revised = console.store.get_doc("ads", ad_id)
    assert revised is not None
    assert (revised.body["version"], revised.body["status"]) == (2, "legal_review")
    twice = submitter.post(
        f"/console/ads/{ad_id}/resubmit", data={"csrf_token": token, "text": "又改了"}
    )
    assert twice.status_code == 409
