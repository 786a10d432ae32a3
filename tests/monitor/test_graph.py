"""Heat map and propagation paths over a real embedded store."""

from __future__ import annotations

from datetime import timedelta

import pytest

from monitor.heatmap import heat_map
from monitor.propagation import StoryNotFound, find_root, story_graph, story_root_ids, to_dot
from radar.privacy import DEVELOPMENT_KEY, is_pseudonym, pseudonymise
from radar.schemas import MentionQuery
from store.sqlite import SQLiteStore
from tests.monitor.factories import T0, food_safety_story, mention


@pytest.fixture
def story_store(store: SQLiteStore) -> SQLiteStore:
    store.upsert_mentions(food_safety_story())
    return store


def test_find_root_from_any_node(story_store: SQLiteStore) -> None:
    for mid in ("root", "rp2", "fr2", "nw1"):
        assert find_root(story_store, mid).id == "root"
    assert find_root(story_store, "other").id == "other"
    with pytest.raises(StoryNotFound):
        find_root(story_store, "nope")


def test_story_graph_figures(story_store: SQLiteStore) -> None:
    graph = story_graph(story_store, "fr2")
    assert graph.root_id == "root" and graph.size == 6
    assert graph.reach == 3200 + 800 + 50 + 400 + 30 + 5000
    assert graph.depth == 2
    assert [(p.platform, p.mention_id) for p in graph.platforms] == [
        ("weibo", "root"),
        ("forum", "fr1"),
        ("news", "nw1"),
    ]
    by_id = {n.id: n for n in graph.nodes}
    assert by_id["rp1"].downstream_reach == 50 + 5000 and by_id["rp1"].descendants == 2
    assert by_id["fr2"].edge == "reply" and by_id["fr2"].parent == "fr1"
    # Key spreaders by downstream reach: the root, then the repost the news site picked up.
    assert [n.id for n in graph.key_spreaders] == ["root", "rp1", "fr1"]
    cross = {(e.source, e.target) for e in graph.edges if e.cross_platform}
    assert cross == {("root", "fr1"), ("rp1", "nw1")}
    assert "other" not in by_id


def test_story_graph_window_and_cap(story_store: SQLiteStore) -> None:
    short = story_graph(story_store, "root", window=timedelta(hours=1))
    assert "nw1" not in {n.id for n in short.nodes}  # published 2 h after the root
    capped = story_graph(story_store, "root", max_nodes=3)
    assert capped.size == 3 and capped.truncated


def test_cycle_in_parent_links_terminates(store: SQLiteStore) -> None:
    store.upsert_mentions([mention("a", repost_of="b"), mention("b", repost_of="a")])
    assert find_root(store, "a").id in {"a", "b"}
    roots = story_root_ids(store, store.get_mentions(["a", "b"]))
    assert roots["a"] == roots["b"]
    assert story_graph(store, "a").size == 2


def test_story_graph_authors_are_pseudonyms(story_store: SQLiteStore) -> None:
    graph = story_graph(story_store, "root", key=DEVELOPMENT_KEY)
    authors = {n.id: n.author for n in graph.nodes}
    assert authors["rp1"] == pseudonymise("user-rp1", DEVELOPMENT_KEY)
    assert all(a is not None and is_pseudonym(a) for a in authors.values())
    assert all(s.author == authors[s.id] for s in graph.key_spreaders)
    dot = to_dot(graph)
    assert "user-" not in dot and authors["root"] in dot
    # Without a key there is nothing to show but the mention: the handle never leaves in clear.
    bare = story_graph(story_store, "root")
    assert {n.author for n in bare.nodes} == {None} and "user-" not in to_dot(bare)


def test_dot_output(story_store: SQLiteStore) -> None:
    dot = to_dot(story_graph(story_store, "root"))
    assert dot.startswith('digraph "story root" {')
    assert '"root" -> "rp1" [label=repost, style=solid];' in dot
    assert '"fr1" -> "fr2" [label=reply, style=dashed];' in dot
    assert 'label="forum"' in dot and "3200 reads" in dot


def test_heat_map_by_platform_and_topic(story_store: SQLiteStore) -> None:
    hm = heat_map(story_store, dimension="platform", interval="hour")
    assert hm.keys == ["weibo", "forum", "news"]  # by volume
    assert hm.total == 7
    weibo = [c for c in hm.cells if c.key == "weibo"]
    assert sum(c.total for c in weibo) == 4 and sum(c.negative for c in weibo) == 3
    first = next(c for c in weibo if c.start == T0)
    assert first.negative_share == pytest.approx(3 / 4)
    assert first.mean_p_negative == pytest.approx((0.95 + 0.95 + 0.7 + 0.05) / 4)
    topic = heat_map(story_store, dimension="topic", interval="day")
    assert topic.keys == ["食品安全"] and topic.total == 2  # root and rp1 hit the lexicon
    ranged = heat_map(
        story_store,
        dimension="region",
        interval="hour",
        query=MentionQuery(since=T0 + timedelta(hours=1), until=T0 + timedelta(hours=3)),
    )
    assert ranged.total == 1 and ranged.keys == ["杭州"]


class _InterfaceOnly:
    """The same store seen only through the Store protocol (as another backend would be)."""

    def __init__(self, inner: SQLiteStore) -> None:
        self._inner = inner

    def __getattr__(self, name: str) -> object:
        return getattr(self._inner, name)


def test_same_graph_through_the_interface(story_store: SQLiteStore) -> None:
    fast = story_graph(story_store, "rp2")
    generic = story_graph(_InterfaceOnly(story_store), "rp2")  # type: ignore[arg-type]
    assert generic.model_dump() == fast.model_dump()


class _LinksOnly(_InterfaceOnly):
    """The store through the interface, refusing whole-window scans and recording what was
    asked and loaded: a graph must cost the story's links plus the story, never the window's
    mentions or links."""

    def __init__(self, inner: SQLiteStore) -> None:
        super().__init__(inner)
        self.loaded: list[str] = []
        self.parents: list[list[str]] = []

    def iter_mentions(self, *args: object, **kwargs: object) -> object:
        raise AssertionError("propagation scanned the window's mentions")

    def mention_links(self, *args: object, **kwargs: object) -> object:
        raise AssertionError("propagation scanned the window's links")

    def mention_links_to(self, parent_ids: list[str], *args: object) -> object:
        self.parents.append(list(parent_ids))
        return self._inner.mention_links_to(parent_ids, *args)  # type: ignore[arg-type]

    def get_mentions(self, mention_ids: list[str]) -> object:
        self.loaded += mention_ids
        return self._inner.get_mentions(mention_ids)


def test_graph_reads_links_and_loads_only_the_story(story_store: SQLiteStore) -> None:
    links = story_store.mention_links(T0, T0 + timedelta(days=1))
    assert ("fr2", "fr1", "reply") in links and all(link.id != "other" for link in links)
    store = _LinksOnly(story_store)
    graph = story_graph(store, "rp2")  # type: ignore[arg-type]
    assert graph.size == 6
    assert set(store.loaded) == {n.id for n in graph.nodes} - {"root"}  # the root is read first
    # Level by level from the root; "other" (in the window, not in the story) is never asked.
    assert store.parents == [["root"], ["rp1", "fr1"], ["rp2", "nw1", "fr2"]]
