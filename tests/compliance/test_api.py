"""The review web API over a real uvicorn: auth, roles, the three tiers, history, resubmission."""

from __future__ import annotations

import threading

import httpx
import pytest

from compliance.ad import AdState, AuditEntry
from radar.settings import Settings
from review_api.app import create_app
from tests.compliance.conftest import LiveApi, start_api
from tests.utils.servers import live_uvicorn

BAD_COPY = "本店草莓全网最低价，医生推荐，吃了降血压！"
CLEAN_COPY = "社区团购今日到货：山东烟台苹果，脆甜多汁，每斤8元。"


def submit(api: LiveApi, who: str = "sam", text: str = BAD_COPY, **extra: object) -> dict:
    with api.client(who) as c:
        r = c.post("/api/ads", json={"title": "周末团购", "text": text, **extra})
    assert r.status_code == 201, r.text
    return r.json()


def decide(api: LiveApi, who: str, ad_id: str, decision: str, comment: str | None = "ok"):
    with api.client(who) as c:
        return c.post(
            f"/api/reviews/{ad_id}/decision", json={"decision": decision, "comment": comment}
        )


def assert_problem(response: httpx.Response, status: int, needle: str = "") -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["status"] == status and body["title"] and body["type"]
    assert needle in body.get("detail", ""), body
    return body


def test_post_returns_stored_copy_with_verdict_and_findings(api: LiveApi) -> None:
    ad = submit(api)
    assert ad["id"] and ad["verdict"] == "reject" and ad["version"] == 1
    by_rule = {f["rule"]: f for f in ad["findings"]}
    assert {"AD9-ABSOLUTE", "AD16-ENDORSE", "AD17-DISEASE"} <= set(by_rule)
    hit = by_rule["AD17-DISEASE"]
    assert BAD_COPY[hit["start"] : hit["end"]] == "降血压" == hit["matched"]
    assert "第十七条" in hit["law"] and hit["suggestion"] and hit["severity"] == "banned"
    # Any finding routes to the legal team, with an SLA deadline.
    assert ad["status"] == "legal_review" and ad["tier"] == "legal" and ad["due_at"]
    with api.client("lena") as c:
        again = c.get(f"/api/ads/{ad['id']}").json()
    assert again["findings"] == ad["findings"]


def test_clean_internal_copy_is_approved_without_human_tiers(api: LiveApi) -> None:
    ad = submit(api, text=CLEAN_COPY, public=False)
    assert ad["verdict"] == "pass" and ad["findings"] == []
    assert ad["status"] == "approved" and ad["tier"] == "auto"


def test_matches_a_context_cleared_are_stored_and_shown_with_their_reading(api: LiveApi) -> None:
    # The reviewer sees what the tier-1 check set aside and why, in the API and in the history.
    text = "每天早上六点，第一屉小笼包出锅"
    ad = submit(api, text=text, public=False)
    assert ad["verdict"] == "pass" and ad["findings"] == []
    (cleared,) = ad["cleared"]
    assert cleared["matched"] == "第一" == text[cleared["start"] : cleared["end"]]
    assert cleared["contribution"] == "none" and cleared["context"] == "time_order"
    assert cleared["explanation"]
    with api.client("sam") as c:
        assert c.get(f"/api/ads/{ad['id']}").json()["cleared"] == ad["cleared"]
        (version,) = c.get(f"/api/ads/{ad['id']}/history").json()["versions"]
    assert version["cleared"] == ad["cleared"]
    # Copy stored before the field existed reads as nothing cleared.
    stored = {k: v for k, v in ad.items() if k != "cleared"}
    assert AdState.model_validate(stored).cleared == []


def test_clean_public_copy_goes_to_committee_and_health_category_to_legal(api: LiveApi) -> None:
    assert submit(api, text=CLEAN_COPY)["status"] == "committee_review"
    assert submit(api, text=CLEAN_COPY, categories=["health_food"])["status"] == "legal_review"


@pytest.mark.parametrize(
    ("headers", "needle"),
    [
        ({}, "Bearer"),
        ({"Authorization": "Bearer rdr_not-a-real-token"}, "unknown"),
        ({"Authorization": "Basic YWxpY2U6c2VjcmV0"}, "Bearer"),
    ],
)
def test_401_without_valid_token(api: LiveApi, headers: dict[str, str], needle: str) -> None:
    r = httpx.post(f"{api.base}/api/ads", json={"text": CLEAN_COPY}, headers=headers)
    assert_problem(r, 401, needle)
    assert r.headers["www-authenticate"] == "Bearer"
    assert_problem(httpx.get(f"{api.base}/api/reviews", headers=headers), 401)


def test_role_checks_come_before_lookups(api: LiveApi) -> None:
    # A submitter deciding on a review that does not exist: 403, not 404.
    assert_problem(decide(api, "sam", "does-not-exist", "approve"), 403, "legal or committee")
    assert_problem(decide(api, "ada", "does-not-exist", "approve"), 403)
    assert_problem(decide(api, "lena", "does-not-exist", "approve"), 404, "does-not-exist")
    with api.client("sam") as c:
        assert_problem(c.get("/api/reviews"), 403)
        assert_problem(c.get("/api/users"), 403)
    with api.client("lena") as c:
        assert_problem(c.post("/api/ads", json={"text": CLEAN_COPY}), 403, "submitter")


def test_three_tiers_to_approval_with_audit_trail(api: LiveApi) -> None:
    ad = submit(api)
    # Legal cannot vote in the committee and the committee cannot decide for legal.
    assert_problem(decide(api, "cora", ad["id"], "approve"), 403, "legal team")
    r = decide(api, "lena", ad["id"], "approve", "已核实，删改后可发")
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "committee_review" and r.json()["tier"] == "committee"
    assert_problem(decide(api, "leo", ad["id"], "approve"), 403, "committee")
    assert decide(api, "cora", ad["id"], "approve").json()["status"] == "committee_review"
    assert_problem(decide(api, "cora", ad["id"], "reject", "again"), 409, "already voted")
    assert decide(api, "carl", ad["id"], "reject", "误导消费者").json()["status"] == (
        "committee_review"
    )
    final = decide(api, "cleo", ad["id"], "approve").json()
    assert final["status"] == "approved" and len(final["votes"]) == 3
    with api.client("sam") as c:
        history = c.get(f"/api/ads/{ad['id']}/history").json()
    actions = [(e["action"], e["actor"], e["to_status"]) for e in history["audit"]]
    assert actions == [
        ("submit", "sam", "submitted"),
        ("auto_check", "system", "auto_checked"),
        ("route", "system", "legal_review"),
        ("decision", "lena", "committee_review"),
        ("vote", "cora", "committee_review"),
        ("vote", "carl", "committee_review"),
        ("vote", "cleo", "committee_review"),
        ("committee_decision", "committee", "approved"),
    ]
    assert history["audit"][3]["comment"] == "已核实，删改后可发"
    assert all(e["version"] == 1 and e["at"] for e in history["audit"])
    # Decided: nobody can decide again.
    assert_problem(decide(api, "lena", ad["id"], "reject", "late"), 409, "approved")


def test_nobody_reviews_their_own_copy(api: LiveApi) -> None:
    # Sue wrote copy, then moved to the legal team: she still cannot review her own copy.
    ad = submit(api, who="sue")
    with api.client("ada") as c:
        assert c.patch("/api/users/sue", json={"role": "legal"}).json()["role"] == "legal"
    try:
        assert_problem(decide(api, "sue", ad["id"], "approve"), 403, "own copy")
    finally:
        with api.client("ada") as c:
            c.patch("/api/users/sue", json={"role": "submitter"})
    assert decide(api, "leo", ad["id"], "reject", "违反第九条").json()["status"] == "rejected"


def test_revision_is_a_new_version_with_history(api: LiveApi) -> None:
    ad = submit(api)
    r = decide(api, "lena", ad["id"], "request_revision", "删除“全网最低价”和医生推荐")
    assert r.json()["status"] == "revision_requested"
    with api.client("sue") as c:  # another submitter
        assert_problem(
            c.post(f"/api/ads/{ad['id']}/resubmit", json={"text": CLEAN_COPY}), 403, "submitter"
        )
    with api.client("sam") as c:
        r = c.post(f"/api/ads/{ad['id']}/resubmit", json={"text": CLEAN_COPY})
        assert r.status_code == 200, r.text
        assert r.json()["version"] == 2 and r.json()["verdict"] == "pass"
        assert r.json()["status"] == "committee_review"
        assert_problem(
            c.post(f"/api/ads/{ad['id']}/resubmit", json={"text": CLEAN_COPY}), 409, "revision"
        )
        history = c.get(f"/api/ads/{ad['id']}/history").json()
    v1, v2 = history["versions"]
    assert (v1["text"], v1["verdict"], v1["outcome"]) == (BAD_COPY, "reject", "revision_requested")
    assert (v2["text"], v2["verdict"], v2["outcome"]) == (CLEAN_COPY, "pass", None)
    assert [e["version"] for e in history["audit"]][-3:] == [2, 2, 2]


def test_decision_needs_a_reason_to_reject_and_checks_the_version(api: LiveApi) -> None:
    ad = submit(api)
    assert_problem(decide(api, "lena", ad["id"], "reject", None), 422, "comment")
    assert_problem(decide(api, "lena", ad["id"], "maybe"), 422, "decision")
    with api.client("lena") as c:
        r = c.post(
            f"/api/reviews/{ad['id']}/decision",
            json={"decision": "reject", "comment": "x", "version": 2},
        )
    assert_problem(r, 409, "version 1")


def test_concurrent_legal_decisions_only_one_wins(api: LiveApi) -> None:
    ad = submit(api, public=False)
    barrier = threading.Barrier(2)
    results: dict[str, httpx.Response] = {}

    def go(who: str, decision: str) -> None:
        barrier.wait()
        results[who] = decide(api, who, ad["id"], decision, f"{who} decides")

    threads = [
        threading.Thread(target=go, args=("lena", "approve")),
        threading.Thread(target=go, args=("leo", "reject")),
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    codes = sorted(r.status_code for r in results.values())
    assert codes == [200, 409], {k: r.text for k, r in results.items()}
    winner = next(r.json() for r in results.values() if r.status_code == 200)
    with api.client("lena") as c:
        history = c.get(f"/api/ads/{ad['id']}/history").json()
    decisions = [e for e in history["audit"] if e["action"] == "decision"]
    assert len(decisions) == 1 and decisions[0]["to_status"] == winner["status"]


def test_review_queue_by_tier_and_status_with_pagination(api: LiveApi) -> None:
    for _ in range(3):
        submit(api, who="sue")
    with api.client("leo") as c:
        seen: list[str] = []
        params: dict[str, str | int] = {"tier": "legal", "status": "legal_review", "limit": 2}
        total = None
        while True:
            page = c.get("/api/reviews", params=params).json()
            total = page["total"] if total is None else total
            assert page["total"] == total and len(page["items"]) <= 2
            seen += [i["id"] for i in page["items"]]
            if not page["next_cursor"]:
                break
            params["cursor"] = page["next_cursor"]
        assert len(seen) == total == len(set(seen)) >= 3
        items = c.get("/api/reviews", params={"tier": "legal", "status": "legal_review"}).json()
        assert all(i["status"] == "legal_review" and not i["overdue"] for i in items["items"])
        entered = [i["entered_at"] for i in items["items"]]
        assert entered == sorted(entered)  # oldest first: a work queue
        assert c.get("/api/reviews", params={"overdue": "true"}).json()["total"] == 0
        assert_problem(c.get("/api/reviews", params={"status": "lost"}), 422, "status")
        assert_problem(c.get("/api/reviews", params={"cursor": "%%%"}), 422, "cursor")


def test_submitters_see_only_their_own_copy(api: LiveApi) -> None:
    ad = submit(api, who="sam")
    with api.client("sue") as c:
        assert_problem(c.get(f"/api/ads/{ad['id']}"), 403)
        listed = c.get("/api/ads").json()
        assert listed["items"] and all(i["submitter"] == "sue" for i in listed["items"])
    with api.client("sam") as c:
        assert c.get(f"/api/ads/{ad['id']}").status_code == 200
        assert_problem(c.get("/api/ads/nope"), 404, "nope")


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ({}, "text"),
        ({"text": ""}, "text"),
        ({"text": "ok", "categories": "food"}, "categories"),
        ({"text": "ok", "public": "sometimes"}, "public"),
    ],
)
def test_invalid_bodies_are_problem_json(api: LiveApi, body: dict, needle: str) -> None:
    with api.client("sam") as c:
        assert_problem(c.post("/api/ads", json=body), 422, needle)


def test_copy_over_the_character_limit_is_refused(api: LiveApi) -> None:
    with api.client("sam") as c:
        before = c.get("/api/ads").json()["total"]
        assert_problem(c.post("/api/ads", json={"text": "好" * 5001}), 413, "5000")
        assert c.get("/api/ads").json()["total"] == before


def test_users_admin_endpoints(api: LiveApi) -> None:
    with api.client("ada") as c:
        r = c.post("/api/users", json={"name": "新评委", "role": "committee"})
        assert r.status_code == 201, r.text
        token = r.json()["token"]
        assert_problem(c.post("/api/users", json={"name": "新评委", "role": "legal"}), 409)
        assert_problem(c.post("/api/users", json={"name": "x y", "role": "legal"}), 422, "name")
        names = [
            u["name"] for u in c.get("/api/users", params={"role": "committee"}).json()["items"]
        ]
        assert "新评委" in names and "lena" not in names
    me = httpx.get(f"{api.base}/api/users/me", headers={"Authorization": f"Bearer {token}"})
    assert me.json()["role"] == "committee"
    stored = api.store.get_doc("users", "新评委")
    assert stored is not None and token not in str(stored.body)  # only the hash is kept
    with api.client("ada") as c:
        assert c.patch("/api/users/新评委", json={"active": False}).json()["active"] is False
        assert_problem(c.patch("/api/users/ada", json={"role": "legal"}), 409, "themselves")
    gone = httpx.get(f"{api.base}/api/users/me", headers={"Authorization": f"Bearer {token}"})
    assert_problem(gone, 401)
    with api.client("ada") as c:
        c.patch("/api/users/新评委", json={"active": True})
        rotated = c.post("/api/users/新评委/token").json()["token"]
    assert rotated != token
    old = httpx.get(f"{api.base}/api/users/me", headers={"Authorization": f"Bearer {token}"})
    assert_problem(old, 401)
    new = httpx.get(f"{api.base}/api/users/me", headers={"Authorization": f"Bearer {rotated}"})
    assert new.status_code == 200
    # A fifth committee member changes the electorate; deactivate it again for other tests.
    with api.client("ada") as c:
        c.patch("/api/users/新评委", json={"active": False})


def test_openapi_documents_the_compliance_api(api: LiveApi) -> None:
    spec = httpx.get(f"{api.base}/openapi.json").json()
    paths = spec["paths"]
    for path in (
        "/api/ads",
        "/api/ads/upload",
        "/api/ads/batch",
        "/api/ads/{ad_id}",
        "/api/ads/{ad_id}/history",
        "/api/ads/{ad_id}/resubmit",
        "/api/reviews",
        "/api/reviews/{review_id}/decision",
        "/api/users",
    ):
        assert path in paths, path
    decision = paths["/api/reviews/{review_id}/decision"]["post"]
    assert {"401", "403", "404", "409", "422"} <= set(decision["responses"])
    assert "application/problem+json" in decision["responses"]["403"]["content"]
    assert "BearerToken" in spec["components"]["securitySchemes"]
    # The public schemas are the domain model's (compliance.ad), not a hand-written copy.
    schemas = spec["components"]["schemas"]
    assert set(schemas["AdPublic"]["properties"]) == set(AdState.model_fields) | {"overdue"}
    assert set(schemas["AuditEntry"]["properties"]) == set(AuditEntry.model_fields)


def test_routing_comes_from_config(tmp_path_factory: pytest.TempPathFactory) -> None:
    # A one-member quorum and a zero-hour legal SLA, read from RADAR_COMPLIANCE_ROUTING_PATH.
    data = tmp_path_factory.mktemp("routing")
    routing = data / "routing.yaml"
    routing.write_text(
        "legal: {on_any_finding: true}\n"
        "committee: {on_public: true, quorum: 1, majority: 0.5}\n"
        "sla_hours: {legal: 0, committee: 72}\n",
        encoding="utf-8",
    )
    settings = Settings(data_dir=data, compliance={"routing_path": routing})
    store, tokens = start_api(data)
    try:
        with live_uvicorn(create_app(settings, store)) as base:
            live = LiveApi(base, tokens, store)
            ad = submit(live)
            with live.client("lena") as c:
                late = c.get("/api/reviews", params={"overdue": "true"}).json()
                assert [i["id"] for i in late["items"]] == [ad["id"]]
                assert c.get(f"/api/reviews/{ad['id']}").json()["overdue"] is True
            assert decide(live, "lena", ad["id"], "approve").json()["status"] == "committee_review"
            final = decide(live, "cora", ad["id"], "approve").json()
            assert final["status"] == "approved" and not final["overdue"]
    finally:
        store.close()
