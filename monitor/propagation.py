"""Propagation paths of a story (seed 002: "自动生成舆情热力图,标注传播路径").

A story is a root mention and everything that reposts (``repost_of``) or replies to
(``parent_id``) it, directly or transitively, on any platform. ``story_graph`` returns the tree
with reach (sum of reads), depth, the first appearance on each platform and the key spreaders by
downstream reach (reads of everything below a node); ``to_dot`` renders it for Graphviz.

Finding descendants: the story is walked breadth-first from the root, one level at a time:
``Store.mention_links_to`` returns the (child, parent) links whose parent is one of the level's
mentions and whose child is published in ``[root.published_at, root + window)`` — a child is
never older than its parent — from an index on the parent ids on every backend (ids only). The
links read are kept (``StoryIndex``; one index serves many stories in a monitoring pass, whose
roots are expanded together, one query per level); only the story's own mentions are then
loaded. The cost follows the story: its links, one query per level (and per 500 mentions of a
level), and its mentions — not the window (a 16-node story in a busy day reads its own 15
links, not the day's 50,000). ``scan_window=True`` reads every link of the window at once
instead (``Store.mention_links``): the way before, kept for the benchmark and the property test
that both give the same stories.

``story_reach`` is the one reach figure of a story: the graph, the incident, the alerts and the
notifications all show it.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

from pydantic import AwareDatetime, BaseModel, Field

from radar.privacy import pseudonymise_optional
from radar.schemas import Mention
from store.base import LinkKind, Store

EdgeKind = LinkKind
DEFAULT_WINDOW = timedelta(days=7)
MAX_ROOT_HOPS = 100


class StoryNotFound(LookupError):
    """No mention with that id."""


class GraphNode(BaseModel):
    """One mention in the story."""

    id: str
    platform: str
    author: str | None = Field(
        description="The author's pseudonym (radar.privacy); null when unknown or when the graph "
        "was built without a key. Never the handle in clear."
    )
    published_at: AwareDatetime
    read_count: int
    sentiment: str | None
    depth: int
    parent: str | None
    edge: EdgeKind | None
    downstream_reach: int = Field(description="Reads of every mention below this one.")
    descendants: int


class GraphEdge(BaseModel):
    """Who spread to whom."""

    source: str
    target: str
    kind: EdgeKind
    cross_platform: bool


class PlatformFirst(BaseModel):
    """First appearance of the story on a platform."""

    platform: str
    first_at: AwareDatetime
    mention_id: str
    mentions: int
    reach: int


class PropagationGraph(BaseModel):
    """The story graph and its figures."""

    root_id: str
    reach: int
    depth: int
    size: int
    platforms: list[PlatformFirst]
    key_spreaders: list[GraphNode]
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    window_until: AwareDatetime
    truncated: bool = Field(False, description="True when max_nodes cut the graph.")


def parent_of(mention: Mention) -> tuple[str, EdgeKind] | None:
    """The mention this one spreads from (a repost wins over a reply)."""
    if mention.repost_of:
        return mention.repost_of, "repost"
    if mention.parent_id:
        return mention.parent_id, "reply"
    return None


def find_root(store: Store, mention_id: str) -> Mention:
    """Walk up the repost/reply chain to the story's root (a missing parent ends the walk)."""
    mention = store.get_mention(mention_id)
    if mention is None:
        raise StoryNotFound(f"mention {mention_id!r} does not exist")
    seen = {mention.id}
    for _ in range(MAX_ROOT_HOPS):
        link = parent_of(mention)
        if link is None or link[0] in seen:
            return mention
        parent = store.get_mention(link[0])
        if parent is None:
            return mention
        seen.add(parent.id)
        mention = parent
    return mention


def story_reach(mentions: Iterable[Mention]) -> int:
    """The reach of a story: the reads of its distinct mentions (root, reposts, replies on every
    platform), each at its stored count. The one figure the incident, the propagation graph, the
    alerts and every notification show for a story."""
    return sum({m.id: m.read_count for m in mentions}.values())


_Order = list[tuple[Mention, int, "str | None", "EdgeKind | None"]]


class StoryIndex:
    """The spreading links of ``[since, until)`` that the stories walked so far need: read
    level by level (``Store.mention_links_to``) and kept, so that the stories of many roots
    published in that span are walked with one query per level; with ``scan_window`` every
    link of the span is read at once (``Store.mention_links``, the previous way)."""

    def __init__(
        self, store: Store, since: datetime, until: datetime, *, scan_window: bool = False
    ) -> None:
        self.store, self.since, self.until = store, since, until
        self.children: dict[str, list[tuple[str, EdgeKind]]] = defaultdict(list)
        #: Parents whose children are all in ``children`` (every one after a window scan).
        self._read: set[str] = set()
        self._complete = scan_window
        if scan_window:
            for child_id, parent_id, kind in store.mention_links(since, until):
                self.children[parent_id].append((child_id, kind))

    def read_children(self, parent_ids: Iterable[str]) -> None:
        """Make sure the children of ``parent_ids`` are in ``children`` (one query for those
        not read yet; each parent's children stay oldest first)."""
        if self._complete:
            return
        wanted = [p for p in dict.fromkeys(parent_ids) if p not in self._read]
        if not wanted:
            return
        for child_id, parent_id, kind in self.store.mention_links_to(
            wanted, self.since, self.until
        ):
            self.children[parent_id].append((child_id, kind))
        self._read.update(wanted)

    def expand(self, root_ids: Iterable[str]) -> None:
        """Read the links below every root at once, one query per level of the deepest story
        (``walk`` then finds them all read)."""
        level = list(dict.fromkeys(root_ids))
        seen = set(level)
        while level:
            self.read_children(level)
            below: list[str] = []
            for parent in level:
                for child, _ in self.children.get(parent, ()):
                    if child not in seen:
                        seen.add(child)
                        below.append(child)
            level = below

    def walk(
        self, root: Mention, window: timedelta = DEFAULT_WINDOW, max_nodes: int = 100_000
    ) -> tuple[_Order, bool]:
        """Breadth-first from ``root``, level by level: (mention, depth, parent, edge) for the
        mentions published in ``[root.published_at, root + window)``, and whether ``max_nodes``
        cut the walk."""
        until = root.published_at + window
        ids: list[tuple[str, int, str | None, EdgeKind | None]] = [(root.id, 0, None, None)]
        seen = {root.id}
        truncated = False
        level, depth = [root.id], 0
        while level and not truncated:
            self.read_children(level)
            below: list[str] = []
            for node_id in level:
                for child_id, kind in self.children.get(node_id, ()):
                    if child_id in seen:
                        continue
                    if len(ids) >= max_nodes:
                        truncated = True
                        break
                    seen.add(child_id)
                    ids.append((child_id, depth + 1, node_id, kind))
                    below.append(child_id)
                if truncated:
                    break
            level, depth = below, depth + 1
        loaded = {root.id: root}
        loaded.update((m.id, m) for m in self.store.get_mentions([n for n, *_ in ids[1:]]))
        # The index may span more than this story's window: keep what the root's window holds
        # (a node outside it drops its subtree, which is younger still).
        kept: set[str] = set()
        order: _Order = []
        for n, depth_, parent, edge in ids:
            m = loaded.get(n)
            if m is None or (parent is not None and parent not in kept):
                continue
            if parent is not None and not (root.published_at <= m.published_at < until):
                continue
            kept.add(n)
            order.append((m, depth_, parent, edge))
        return order, truncated

    def members(self, root: Mention, window: timedelta = DEFAULT_WINDOW) -> list[Mention]:
        """The mentions of ``root``'s story (the root first)."""
        return [m for m, *_ in self.walk(root, window)[0]]


def story_members(
    store: Store,
    root_ids: Iterable[str],
    window: timedelta = DEFAULT_WINDOW,
    *,
    scan_window: bool = False,
) -> dict[str, list[Mention]]:
    """The mentions of each story of ``root_ids`` (missing roots left out), from one index of
    the links spanning them all, the stories expanded together level by level (``scan_window``:
    every link of the span read at once); pass each to ``story_reach``."""
    roots = store.get_mentions(sorted(set(root_ids)))
    if not roots:
        return {}
    index = StoryIndex(
        store,
        min(r.published_at for r in roots),
        max(r.published_at for r in roots) + window,
        scan_window=scan_window,
    )
    index.expand(r.id for r in roots)
    return {r.id: index.members(r, window) for r in roots}


def story_graph(
    store: Store,
    mention_id: str,
    *,
    window: timedelta = DEFAULT_WINDOW,
    max_nodes: int = 100_000,
    top: int = 10,
    key: bytes | None = None,
    scan_window: bool = False,
) -> PropagationGraph:
    """The propagation graph of the story containing ``mention_id`` (see module docstring).
    Authors are pseudonyms under ``key`` (``radar.privacy.pseudonym_key``), or left out
    without one: a handle never leaves in clear (docs/privacy.md). ``scan_window`` reads the
    window's links at once instead of the story's level by level (the same graph)."""
    root = find_root(store, mention_id)
    until = root.published_at + window
    index = StoryIndex(store, root.published_at, until, scan_window=scan_window)
    order, truncated = index.walk(root, window, max_nodes)

    # Downstream reach bottom-up (reverse BFS order visits children before parents).
    below_reads: dict[str, int] = defaultdict(int)
    below_count: dict[str, int] = defaultdict(int)
    for mention, _, parent, _ in reversed(order):
        if parent is not None:
            below_reads[parent] += below_reads[mention.id] + mention.read_count
            below_count[parent] += below_count[mention.id] + 1

    by_id = {m.id: m for m, *_ in order}
    # model_construct: every value is computed here, validating 10^5 nodes again costs seconds.
    nodes = [
        GraphNode.model_construct(
            id=m.id,
            platform=m.platform,
            author=pseudonymise_optional(m.author, key) if key is not None else None,
            published_at=m.published_at,
            read_count=m.read_count,
            sentiment=m.sentiment.label if m.sentiment else None,
            depth=depth,
            parent=parent,
            edge=kind,
            downstream_reach=below_reads[m.id],
            descendants=below_count[m.id],
        )
        for m, depth, parent, kind in order
    ]
    edges = [
        GraphEdge.model_construct(
            source=n.parent,
            target=n.id,
            kind=n.edge or "reply",
            cross_platform=by_id[n.parent].platform != n.platform,
        )
        for n in nodes
        if n.parent is not None
    ]
    platforms: dict[str, PlatformFirst] = {}
    for n in nodes:
        first = platforms.get(n.platform)
        if first is None:
            platforms[n.platform] = PlatformFirst(
                platform=n.platform,
                first_at=n.published_at,
                mention_id=n.id,
                mentions=1,
                reach=n.read_count,
            )
            continue
        first.mentions += 1
        first.reach += n.read_count
        if (n.published_at, n.id) < (first.first_at, first.mention_id):
            first.first_at, first.mention_id = n.published_at, n.id
    spreaders = heapq.nsmallest(
        top, (n for n in nodes if n.descendants), key=lambda n: (-n.downstream_reach, n.id)
    )
    return PropagationGraph(
        root_id=root.id,
        reach=story_reach(m for m, *_ in order),
        depth=max(n.depth for n in nodes),
        size=len(nodes),
        platforms=sorted(platforms.values(), key=lambda p: (p.first_at, p.platform)),
        key_spreaders=spreaders,
        nodes=nodes,
        edges=edges,
        window_until=until,
        truncated=truncated,
    )


def to_dot(graph: PropagationGraph) -> str:
    """Graphviz DOT of the story: one cluster per platform, edges labelled repost/reply."""

    def q(text: str) -> str:
        escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'

    lines = [f"digraph {q('story ' + graph.root_id)} {{", "  rankdir=LR;", "  node [shape=box];"]
    by_platform: dict[str, list[GraphNode]] = defaultdict(list)
    for n in graph.nodes:
        by_platform[n.platform].append(n)
    for i, (platform, nodes) in enumerate(sorted(by_platform.items())):
        lines.append(f"  subgraph cluster_{i} {{ label={q(platform)};")
        for n in nodes:
            colour = "red" if n.sentiment == "negative" else "black"
            label = f"{n.author or n.id}\n{n.read_count} reads"
            lines.append(f"    {q(n.id)} [label={q(label)}, color={colour}];")
        lines.append("  }")
    for e in graph.edges:
        style = "dashed" if e.kind == "reply" else "solid"
        lines.append(f"  {q(e.source)} -> {q(e.target)} [label={e.kind}, style={style}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def story_root_ids(store: Store, mentions: list[Mention]) -> dict[str, str]:
    """Root id of each mention's story, resolving parents within ``mentions`` first and asking
    the store only for parents outside them."""
    known = {m.id: m for m in mentions}
    roots: dict[str, str] = {}

    def resolve(mention: Mention) -> str:
        chain: list[str] = []
        current: Mention | None = mention
        while current is not None and current.id not in roots and len(chain) < MAX_ROOT_HOPS:
            chain.append(current.id)
            link = parent_of(current)
            if link is None or link[0] in chain:
                roots[current.id] = current.id
                break
            parent = known.get(link[0]) or store.get_mention(link[0])
            if parent is None:
                roots[current.id] = current.id
                break
            known[parent.id] = parent
            current = parent
        root = roots[current.id] if current is not None and current.id in roots else chain[-1]
        for mention_id in chain:
            roots[mention_id] = root
        return root

    for mention in mentions:
        resolve(mention)
    return {m.id: roots[m.id] for m in mentions}
