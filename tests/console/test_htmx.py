"""htmx on top of plain pages: an ``HX-Request`` gets only the part that changes (the search
results, the alerts table or one alert's row, the incidents board), a plain request and htmx's
history restore the whole page; the CSRF check is the same for an htmx post. And the KPI page is
served from the board kept in the store."""

from __future__ import annotations

import httpx
import pytest

from community import board_cache
from community.board import compute_board
from community.kpis import Month
from community.policy import load_policy
from community.records import load_crm
from tests.console.conftest import Console
from tests.console.test_pages import csrf_of, sign_in

HX = {"HX-Request": "true"}


@pytest.fixture(scope="module")
def pr(console: Console) -> httpx.Client:
    return sign_in(console, "pr")


def is_whole_page(text: str) -> bool:
    return text.lstrip().lower().startswith("<!doctype html>") and "</html>" in text


@pytest.mark.parametrize(
    ("path", "part"),
    [
        ("/console/mentions?q=鸡蛋", '<table id="mentions">'),
        ("/console/alerts?status=active", '<table id="alerts">'),
        ("/console/incidents?status=all", '<div id="incident-board"'),
    ],
)
def test_an_htmx_request_gets_the_part_a_plain_one_the_page(
    pr: httpx.Client, path: str, part: str
) -> None:
    whole = pr.get(path)
    assert whole.status_code == 200 and is_whole_page(whole.text) and part in whole.text
    fragment = pr.get(path, headers=HX)
    assert fragment.status_code == 200 and part in fragment.text
    assert not is_whole_page(fragment.text) and "<nav" not in fragment.text.split(part)[0]
    assert "HX-Request" in fragment.headers["vary"] and "HX-Request" in whole.headers["vary"]
    restore = pr.get(path, headers={**HX, "HX-History-Restore-Request": "true"})
    assert is_whole_page(restore.text)


def test_the_parts_carry_their_htmx_wiring(pr: httpx.Client) -> None:
    board = pr.get("/console/incidents?status=all", headers=HX).text
    assert 'hx-get="/console/incidents?status=all" hx-trigger="every 30s"' in board
    search = pr.get("/console/mentions").text
    assert 'hx-get="/console/mentions" hx-target="#mentions-results" hx-push-url="true"' in search
    # The plain form and links stay: the page works without JavaScript.
    assert 'method="get" action="/console/mentions"' in search


def test_an_htmx_resolve_swaps_the_row_and_still_needs_the_csrf_token(
    console: Console, pr: httpx.Client
) -> None:
    url = f"/console/alerts/{console.alert_id}/resolve"
    forged = pr.post(url, data={"csrf_token": "forged"}, headers=HX)
    assert forged.status_code == 403
    row = pr.post(url, data={"csrf_token": csrf_of(pr), "back": "/console/alerts"}, headers=HX)
    assert row.status_code == 200
    assert row.text.lstrip().startswith(f'<tr id="alert-{console.alert_id}">')
    assert "已处理" in row.text and "/resolve" not in row.text  # handled: no resolve button
    assert "/dismiss" in row.text  # still dismissable as a false positive
    stored = console.store.get_doc("alerts", console.alert_id)
    assert stored is not None and stored.body["status"] == "resolved"
    plain = pr.post(url, data={"csrf_token": csrf_of(pr), "back": "/console/alerts"})
    assert plain.status_code == 303 and plain.headers["location"] == "/console/alerts"
    empty = pr.post(
        f"/console/alerts/{console.alert_id}/dismiss",
        data={"csrf_token": csrf_of(pr), "reason": ""},
        headers=HX,
    )
    assert empty.status_code == 422  # htmx leaves the row as it was


def test_the_kpi_page_is_served_from_the_kept_board(console: Console) -> None:
    ops = sign_in(console, "ops")
    page = ops.get("/console/kpi?month=2026-01")
    assert page.status_code == 200
    kept = console.store.get_doc(board_cache.CACHE, "board-2026-01-*")
    assert kept is not None
    fresh = compute_board(
        load_crm(console.store),
        load_policy(),
        Month(2026, 1),
        None,
        board_cache.Entry.model_validate(kept.body).computed_at,
    )
    assert kept.body["body"] == fresh.model_dump(mode="json")
    assert ops.get("/console/kpi?month=2026-01").text.count("<tr") == page.text.count("<tr")


@pytest.mark.parametrize(
    "query",
    [
        "/console/mentions?q=&platform=&region=&alert_category=&sentiment=&since=&until=",
        "/console/alerts?status=&rule=&category=",
        "/console/incidents?status=all",
    ],
)
def test_a_filter_form_sent_as_it_is_with_its_all_options(pr: httpx.Client, query: str) -> None:
    # A browser sends every field, "" for 全部 and the empty ones (htmx and plain forms alike).
    assert pr.get(query).status_code == 200
    assert pr.get(query, headers=HX).status_code == 200
