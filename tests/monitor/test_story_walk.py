"""Stories walked level by level (``Store.mention_links_to``) are the stories the window scan
(``Store.mention_links``, the previous way) finds: same members, edges, kinds, depths, order,
window rules and cap, on random forests of reposts and replies (cycles, dangling parents,
children older than their parents and mentions with both links included)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from monitor.propagation import story_graph, story_members
from radar.schemas import Mention
from store.base import Store
from store.semantics import LINK_PARENTS_PER_QUERY
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, food_safety_story, mention
from tests.utils.backends import BACKENDS, open_backend

PLATFORMS = ("weibo", "forum", "news")

# One node: minutes after T0, (kind of link, index of the parent), platform, reads.
_LINK = st.one_of(
    st.none(),
    st.tuples(st.sampled_from(["repost", "reply", "both", "gone"]), st.integers(0, 39)),
)
_NODE = st.tuples(st.integers(0, 12 * 60), _LINK, st.sampled_from(PLATFORMS), st.integers(0, 99))


def forest(nodes: list[tuple[int, Any, str, int]]) -> list[Mention]:
    """Mentions ``n0..`` from hypothesis nodes (a parent index past the end wraps around)."""
    out = []
    for i, (minutes, link, platform, reads) in enumerate(nodes):
        links: dict[str, str] = {}
        if link is not None:
            kind, target = link
            parent = f"n{target % len(nodes)}"
            if kind == "repost":
                links["repost_of"] = parent
            elif kind == "reply":
                links["parent_id"] = parent
            elif kind == "both":  # the repost wins
                links = {"repost_of": parent, "parent_id": f"n{(target + 1) % len(nodes)}"}
            else:
                links["repost_of"] = f"gone{target}"
        out.append(
            mention(
                f"n{i}",
                platform=platform,
                at=T0 + timedelta(minutes=minutes),
                reads=reads,
                **links,  # type: ignore[arg-type]
            )
        )
    return out


def assert_same_stories(store: Store, starts: list[str], window: timedelta, max_nodes: int) -> None:
    """Every graph and the members of every story agree between the two ways."""
    for start in starts:
        walked = story_graph(store, start, window=window, max_nodes=max_nodes)
        scanned = story_graph(store, start, window=window, max_nodes=max_nodes, scan_window=True)
        assert walked.model_dump() == scanned.model_dump(), start
    walked_members = story_members(store, starts, window)
    scanned_members = story_members(store, starts, window, scan_window=True)
    assert {r: [m.id for m in ms] for r, ms in walked_members.items()} == {
        r: [m.id for m in ms] for r, ms in scanned_members.items()
    }


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(
    nodes=st.lists(_NODE, min_size=1, max_size=40),
    starts=st.lists(st.integers(0, 39), min_size=1, max_size=4),
    window_minutes=st.integers(1, 13 * 60),
    max_nodes=st.integers(1, 45),
)
def test_the_walk_finds_what_the_window_scan_finds(
    nodes: list[tuple[int, Any, str, int]],
    starts: list[int],
    window_minutes: int,
    max_nodes: int,
) -> None:
    with SQLiteStore(":memory:") as store:
        store.upsert_mentions(forest(nodes))
        assert_same_stories(
            store,
            [f"n{s % len(nodes)}" for s in starts],
            timedelta(minutes=window_minutes),
            max_nodes,
        )


def test_wide_and_deep_stories_agree(tmp_path: Path) -> None:
    # Levels wider than one query's parents (LINK_PARENTS_PER_QUERY), many roots, depth > 5.
    rng = random.Random(17)
    mentions: list[Mention] = []
    for s in range(30):
        root = mention(f"s{s}-0", at=T0 + timedelta(minutes=s * 7))
        ids, size = [root.id], 1400 if s == 0 else rng.randint(1, 40)
        mentions.append(root)
        for j in range(1, size):
            if s == 0:  # the root's level is two queries wide, then random
                parent = ids[0] if j <= 2 * LINK_PARENTS_PER_QUERY else rng.choice(ids)
            else:  # chains make the small stories deep
                parent = ids[-1] if rng.random() < 0.6 else rng.choice(ids)
            kind = "repost_of" if rng.random() < 0.6 else "parent_id"
            mentions.append(
                mention(
                    f"s{s}-{j}",
                    platform=rng.choice(PLATFORMS),
                    at=T0 + timedelta(minutes=s * 7 + j * 0.1 + rng.random()),
                    reads=rng.randrange(100),
                    **{kind: parent},  # type: ignore[arg-type]
                )
            )
            ids.append(f"s{s}-{j}")
    with SQLiteStore(tmp_path / "s.sqlite3") as store:
        store.upsert_mentions(mentions)
        big = story_graph(store, "s0-0")
        assert big.size == 1400 and big.depth >= 2
        assert max(story_graph(store, f"s{s}-0").depth for s in range(1, 30)) > 5
        starts = [f"s{s}-0" for s in range(30)]
        assert_same_stories(store, starts, timedelta(hours=3), 100_000)
        assert_same_stories(store, starts[:3], timedelta(minutes=20), 700)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    """Each backend (tests/utils/backends.py: SQLite, the fake Elasticsearch node, a node)."""
    yield from open_backend(request, tmp_path)


def test_every_backend_walks_the_same_story(backend: Store) -> None:
    backend.upsert_mentions(
        [
            *food_safety_story(),
            mention("both", at=T0 + timedelta(minutes=50), repost_of="fr2", parent_id="root"),
            mention("late", at=T0 + timedelta(days=8), parent_id="root"),
        ]
    )
    graph = story_graph(backend, "fr2")
    assert [(n.id, n.depth, n.parent, n.edge) for n in graph.nodes] == [
        ("root", 0, None, None),
        ("rp1", 1, "root", "repost"),
        ("fr1", 1, "root", "repost"),
        ("rp2", 2, "rp1", "repost"),
        ("nw1", 2, "rp1", "repost"),
        ("fr2", 2, "fr1", "reply"),
        ("both", 3, "fr2", "repost"),
    ]
    assert_same_stories(backend, ["root", "other", "late"], timedelta(days=7), 100_000)
