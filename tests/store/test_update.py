"""The one read-modify-write helper: retries lost races, is bounded, never gives up silently."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from radar.schemas import StoredDoc
from store.sqlite import SQLiteStore
from store.update import UpdateConflict, update_doc, update_model


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    s = SQLiteStore(tmp_path / "radar.db")
    yield s
    s.close()


def test_creates_then_changes_with_versions(store: SQLiteStore) -> None:
    def bump(doc: StoredDoc | None) -> dict[str, Any]:
        return {"n": (doc.body["n"] if doc else 0) + 1}

    assert update_doc(store, "counters", "a", bump).version == 1  # type: ignore[union-attr]
    second = update_doc(store, "counters", "a", bump)
    assert second is not None and (second.version, second.body) == (2, {"n": 2})


def test_none_writes_nothing(store: SQLiteStore) -> None:
    store.put_doc("counters", "a", {"n": 5})
    kept = update_doc(store, "counters", "a", lambda doc: None)
    assert kept is not None and kept.version == 1
    assert update_doc(store, "counters", "missing", lambda doc: None) is None
    assert store.get_doc("counters", "missing") is None


def test_retries_after_a_concurrent_write(store: SQLiteStore) -> None:
    store.put_doc("counters", "a", {"n": 0})
    calls = 0

    def racing_bump(doc: StoredDoc | None) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        assert doc is not None
        if calls == 1:  # another writer gets in between our read and our write
            store.put_doc("counters", "a", {"n": 10}, expected_version=doc.version)
        return {"n": doc.body["n"] + 1}

    stored = update_doc(store, "counters", "a", racing_bump)
    assert calls == 2
    assert stored is not None and stored.body == {"n": 11} and stored.version == 3


def test_gives_up_loudly_after_the_bound(store: SQLiteStore) -> None:
    store.put_doc("counters", "a", {"n": 0})
    calls = 0

    def always_loses(doc: StoredDoc | None) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        assert doc is not None
        store.put_doc("counters", "a", {"n": -calls}, expected_version=doc.version)
        return {"n": 1}

    with pytest.raises(UpdateConflict, match="after 3 attempts"):
        update_doc(store, "counters", "a", always_loses, attempts=3)
    assert calls == 3
    assert store.get_doc("counters", "a").body == {"n": -3}  # type: ignore[union-attr]


def test_domain_error_in_change_ends_the_loop(store: SQLiteStore) -> None:
    calls = 0

    def refuse(doc: StoredDoc | None) -> dict[str, Any]:
        nonlocal calls
        calls += 1
        raise LookupError("no such thing")

    with pytest.raises(LookupError):
        update_doc(store, "counters", "a", refuse)
    assert calls == 1


class Counter(BaseModel):
    n: int = 0
    tags: list[str] = []


def test_update_model_round_trips_the_typed_body(store: SQLiteStore) -> None:
    def tag(c: Counter | None) -> Counter:
        c = c or Counter()
        return c.model_copy(update={"n": c.n + 1, "tags": [*c.tags, f"t{c.n}"]})

    update_model(store, "counters", "m", Counter, tag)
    after = update_model(store, "counters", "m", Counter, tag)
    assert after == Counter(n=2, tags=["t0", "t1"])
