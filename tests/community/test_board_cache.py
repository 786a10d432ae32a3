"""The KPI board kept in the store: served while the records, the policy and the instant's
validity hold, equal to a fresh computation, and recomputed after an import, a deletion, a
policy change or the end of an event's outcome window."""

from __future__ import annotations

from datetime import timedelta

from community import board_cache
from community.board import compute_board, kpi_board, validity
from community.records import MEMBERS, load_crm, save_records
from store.base import Store
from tests.community.test_board import (
    AFTER_APRIL,
    APR_10,
    APRIL,
    POLICY,
    member,
    order,
    participation,
)

CACHE_ID = "board-2026-04-S1"


def _seed(store: Store) -> None:
    crm = participation(10, 7)()
    save_records(store, [*crm.members, *crm.events, order("m1", APR_10)])


def _plant(store: Store, members: int) -> None:
    """Rewrite the cached board's member count: served as it is, it shows the cache was read."""
    doc = store.get_doc(board_cache.CACHE, CACHE_ID)
    assert doc is not None
    body = {**doc.body, "body": {**doc.body["body"], "members": members}}
    store.put_doc(board_cache.CACHE, CACHE_ID, body)


def test_the_cached_board_is_the_fresh_one_until_an_import(any_store: Store) -> None:
    _seed(any_store)
    first = kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL)
    fresh = compute_board(load_crm(any_store), POLICY, APRIL, "S1", AFTER_APRIL)
    again = kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL + timedelta(days=1))
    assert first.model_dump(mode="json") == fresh.model_dump(mode="json")
    assert again.model_dump(mode="json") == fresh.model_dump(mode="json")
    _plant(any_store, 999)
    assert kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL).members == 999
    save_records(any_store, [member(40)])  # an import: a new member of S1
    board = kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL)
    assert board.members == 21
    fresh = compute_board(load_crm(any_store), POLICY, APRIL, "S1", AFTER_APRIL)
    assert board.model_dump(mode="json") == fresh.model_dump(mode="json")


def test_an_unchanged_import_keeps_the_cache_and_a_changed_record_does_not(
    any_store: Store,
) -> None:
    _seed(any_store)
    kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL)
    _plant(any_store, 999)
    save_records(any_store, [member(1)])  # the same record again: nothing written
    assert kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL).members == 999
    save_records(any_store, [member(1, paid_member=True)])  # same count, changed record
    assert kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL).members == 20


def test_a_deletion_or_another_policy_recomputes(any_store: Store) -> None:
    _seed(any_store)
    kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL)
    _plant(any_store, 999)
    stricter = POLICY.model_copy(deep=True)
    stricter.kpi.warnings["repurchase_rate"] = 0.99
    assert kpi_board(any_store, stricter, APRIL, "S1", now=AFTER_APRIL).members == 20
    _plant(any_store, 999)
    assert any_store.delete_doc(MEMBERS, "m19")  # e.g. a PIPL erasure
    assert kpi_board(any_store, stricter, APRIL, "S1", now=AFTER_APRIL).members == 19


def test_an_event_is_measured_once_its_window_ends_not_served_pending(any_store: Store) -> None:
    _seed(any_store)
    window_end = APR_10 + timedelta(days=180)
    pending = kpi_board(any_store, POLICY, APRIL, "S1", now=window_end - timedelta(days=1))
    assert {e.status for e in pending.events} == {"pending"}
    after = kpi_board(any_store, POLICY, APRIL, "S1", now=window_end)
    assert "pending" not in {e.status for e in after.events}
    fresh = compute_board(load_crm(any_store), POLICY, APRIL, "S1", window_end)
    assert after.model_dump(mode="json") == fresh.model_dump(mode="json")
    # And back in time (``radar kpi board`` takes any instant): pending again.
    assert kpi_board(any_store, POLICY, APRIL, "S1", now=AFTER_APRIL).events[0].status == (
        "pending"
    )


def test_validity_of_an_ended_month_spans_to_the_next_window_end(any_store: Store) -> None:
    _seed(any_store)
    crm = load_crm(any_store)
    start, until = validity(crm, POLICY, APRIL, "S1", AFTER_APRIL)
    assert start == APRIL.end
    assert until == APR_10 + timedelta(days=180)  # the April ritual's window (months 3-6)
    start, until = validity(crm, POLICY, APRIL, "S1", until + timedelta(days=1))
    assert (start, until) == (APR_10 + timedelta(days=180), None)


def test_a_month_in_progress_is_served_up_to_max_age(any_store: Store) -> None:
    _seed(any_store)
    now = APR_10 + timedelta(days=1)
    first = kpi_board(any_store, POLICY, APRIL, "S1", now=now)
    later = now + timedelta(minutes=5)
    served = kpi_board(any_store, POLICY, APRIL, "S1", now=later, max_age=timedelta(minutes=10))
    assert served.as_of == first.as_of == now  # as of when it was computed
    fresh = kpi_board(any_store, POLICY, APRIL, "S1", now=later, max_age=timedelta(0))
    assert fresh.as_of == later
    # The month's end ends it too, whatever the age allowed.
    ended = kpi_board(any_store, POLICY, APRIL, "S1", now=APRIL.end, max_age=timedelta(days=99))
    assert ended.complete and ended.as_of == APRIL.end


def test_the_default_month_follows_the_latest_order(any_store: Store) -> None:
    _seed(any_store)
    assert kpi_board(any_store, POLICY, store_id="S1", now=AFTER_APRIL).month == "2026-04"
    assert kpi_board(any_store, POLICY, store_id="S1", now=AFTER_APRIL).month == "2026-04"
    save_records(any_store, [order("m2", AFTER_APRIL)])
    assert kpi_board(any_store, POLICY, store_id="S1", now=AFTER_APRIL).month == "2026-05"
    # Before the latest order, the latest one up to ``now`` decides.
    assert kpi_board(any_store, POLICY, store_id="S1", now=APR_10).month == "2026-04"
