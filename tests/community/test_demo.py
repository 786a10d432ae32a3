"""The demo CRM data: importable as it is, and its planted event effect is what the matched
comparison (alone and on the KPI board) recovers while the naive one overstates it."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from community.board import compute_board
from community.intake import import_demo, import_file
from community.kpis import Month
from community.matching import compare
from community.models import Event, Interaction, Member, Order
from community.policy import load_policy
from community.records import MEMBERS, ORDERS, CrmData
from demo.community import (
    EVENT_AT,
    LOOKBACK_DAYS,
    PLANTED_EFFECT,
    YEAR_END,
    generate,
    write,
)
from store.sqlite import SQLiteStore


def test_demo_files_import_without_rejects(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "demo.sqlite3")
    try:
        for path in write(tmp_path / "crm", members=60, seed=3):
            report = import_file(store, path)
            assert report.rejected == 0, report.rejects[:3]
            assert report.created == report.rows > 0
    finally:
        store.close()


def test_planted_event_effect_naive_overstates_matched_recovers() -> None:
    # Seeds 1-6 give matched ATTs of 0.47-0.59 (naive 1.04-1.12); the default seed is one draw.
    data = generate(members=3000, seed=2)
    attended = {a for e in data["events"] if e["type"] == "brand_event" for a in e["attendees"]}
    before, after = Counter[str](), Counter[str]()
    window_from, window_to = EVENT_AT + timedelta(days=90), EVENT_AT + timedelta(days=180)
    for order in data["orders"]:
        placed = datetime.fromisoformat(order["placed_at"])
        if EVENT_AT - timedelta(days=LOOKBACK_DAYS) <= placed < EVENT_AT:
            before[order["member_id"]] += 1
        elif window_from <= placed < window_to:
            after[order["member_id"]] += 1
    # The population the board uses: members who had joined by the event.
    ids = [m["id"] for m in data["members"] if datetime.fromisoformat(m["joined_at"]) < EVENT_AT]
    months_before = LOOKBACK_DAYS / 30
    covariate = np.array([[before[i] / months_before] for i in ids])
    outcome = np.array([after[i] / 3 for i in ids])  # seed 000: 月均消费次数, months 3-6
    treated = np.array([i in attended for i in ids])
    result = compare(covariate, treated, outcome, ["orders_per_month_before"])
    assert result.naive > 2 * PLANTED_EFFECT
    assert result.ci_low < PLANTED_EFFECT < result.ci_high
    assert abs(result.att - PLANTED_EFFECT) < 0.1


@pytest.mark.slow  # the KPI board over the whole demo CRM: about 10 s
def test_kpi_board_on_the_demo_recovers_the_planted_effect() -> None:
    # The board's own covariates and pooling over the three stores' April brand events: seeds
    # 1-3 give 0.49 / 0.48 / 0.43 (naive 1.03-1.08); the default seed is one draw.
    raw = generate(members=3000, seed=2)
    crm = CrmData(
        members=[Member.model_validate(m) for m in raw["members"]],
        orders=[Order.model_validate(o) for o in raw["orders"]],
        interactions=[Interaction.model_validate(i) for i in raw["interactions"]],
        events=[Event.model_validate(e) for e in raw["events"]],
    )
    board = compute_board(
        crm, load_policy(), Month(2025, 4), None, datetime(2026, 1, 1, tzinfo=UTC)
    )
    brand = board.event_effect["brand_event"]["frequency"]
    assert brand is not None and brand.events == 3
    assert brand.naive > 2 * PLANTED_EFFECT
    assert brand.ci_low < PLANTED_EFFECT < brand.ci_high
    assert abs(brand.att - PLANTED_EFFECT) < 0.1
    # The confounder (orders before the event, and the spend that comes with them) is far apart
    # before matching and balanced after (|SMD| < 0.1) in every store's brand event.
    for effect in board.events:
        if effect.type == "brand_event":
            assert effect.frequency is not None
            smd = effect.frequency
            for name in ("orders_per_month", "spend_per_month"):
                assert smd.smd_before[name] > 0.5 and abs(smd.smd_after[name]) < 0.1
    # The rituals draw members at random and plant nothing: no effect beyond chance.
    ritual = board.event_effect["community_ritual"]["frequency"]
    assert ritual is not None and ritual.ci_low < 0 < ritual.ci_high
    ltv = board.ltv.by_tier
    assert ltv["koc"].mean is not None and ltv["low_value"].mean is not None
    assert ltv["koc"].mean > ltv["high_value"].mean > ltv["potential"].mean > ltv["low_value"].mean  # type: ignore[operator]


def test_the_demo_loads_once_ending_on_the_given_day(tmp_path: Path) -> None:
    end = datetime(2026, 11, 30, 1, tzinfo=UTC)
    store = SQLiteStore(tmp_path / "demo.sqlite3")
    try:
        reports = import_demo(store, tmp_path / "crm", end, members=60)
        assert [r.kind for r in reports] == ["members", "orders", "interactions", "events"]
        assert all(r.rejected == 0 and r.created == r.rows > 0 for r in reports)
        orders = [Order.model_validate(d.body) for d in store.find_docs(ORDERS, limit=5000).items]
        newest = max(o.placed_at for o in orders)
        assert end - timedelta(days=3) < newest < end
        # The store has members now: a second start loads nothing (the user's data is theirs).
        assert import_demo(store, tmp_path / "again", end, members=60) == []
        assert store.count_docs(MEMBERS) == reports[0].rows
    finally:
        store.close()


def test_the_extras_leave_the_planted_draws_alone() -> None:
    # The recent joiners and the chat come from their own random stream: the year's members,
    # orders and attendance are the same draws whatever is added, and moving the year by
    # whole days moves every order by the same span.
    data = generate(members=200, seed=5)
    moved = generate(members=200, seed=5, end=YEAR_END + timedelta(days=40, hours=3))
    assert [o["id"] for o in data["orders"]] == [o["id"] for o in moved["orders"]]
    shifts = {
        datetime.fromisoformat(b["placed_at"]) - datetime.fromisoformat(a["placed_at"])
        for a, b in zip(data["orders"], moved["orders"], strict=True)
    }
    assert shifts == {timedelta(days=40)}
    recent = [m for m in data["members"] if datetime.fromisoformat(m["joined_at"]) > EVENT_AT]
    assert 0 < len(recent) <= 0.05 * 200 + 1
