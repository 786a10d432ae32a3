"""The embedded store's heat-map aggregate: mention counts per hour, kept in the writing
transaction, so ``mention_histogram`` reads a few thousand rows instead of every mention.

Three small cubes, each keyed by the brand-aligned hour (the scan's hour bucket,
``(published_at + UTC offset) / 3600``), one dimension, the sentiment label and the mention's
set of alert categories, holding the count, the sum of ``p_negative`` and how many were scored:

* ``heat_platform`` (platform, source), ``heat_region`` (region), ``heat_shop`` (shop).

One cube by every dimension at once would hold about as many rows as there are mentions (a
million mentions over a month spread over more hour × platform × region × shop cells than
that), so each dimension gets its own. Day and week buckets are unions of hours (the offset is a
whole number of hours); a range that does not start or end on an hour takes its partial hours
from the mentions themselves (the ``published_at`` index makes that cheap). Filters the cubes
cannot answer (full text, reads, analysis state, two dimensions of different cubes) take the
scan. Counts are exact; ``mean_p_negative`` is the same mean summed in another order, so it may
differ from the scan's in the last bits.

Triggers on ``mentions`` keep the cubes current on every insert, update and delete, whichever
code path writes, inside the same transaction. ``build_cubes`` builds them for a store created
before they existed (schema version 1 of ``store.sqlite_schema``: the first open after the
upgrade; about a second per 100k mentions).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from radar.schemas import HistogramBucket, Mention, MentionQuery
from store.base import BUCKET_UTC_OFFSET_SECONDS, Interval, SplitField
from store.semantics import epoch_us, from_epoch_us

#: The alert-category set of a mention without alerts (``mentions.alerts``).
NO_ALERTS = "[]"
#: Query fields a cube answers; any other filter set means the scan.
_CUBE_FIELDS = frozenset(
    {"since", "until", "platform", "source", "region", "sentiment", "alert_category"}
)
_INTERVAL_SECONDS = {"hour": 3600, "day": 86400, "week": 7 * 86400}
# 1970-01-01 was a Thursday; shift so that week buckets start on Monday.
WEEK_SHIFT = 3 * 86400
_HOUR_US = 3600 * 1_000_000
_OFFSET_US = BUCKET_UTC_OFFSET_SECONDS * 1_000_000


@dataclass(frozen=True)
class Cube:
    """One aggregate table: the hour, ``columns``, the sentiment and the alert set as key."""

    table: str
    columns: tuple[str, ...]


CUBES = (
    Cube("heat_platform", ("platform", "source")),
    Cube("heat_region", ("region",)),
    Cube("heat_shop", ("shop",)),
)
_CUBE_OF = {"platform": CUBES[0], "source": CUBES[0], "region": CUBES[1], "shop": CUBES[2]}


def alerts_key(mention: Mention) -> str:
    """``mentions.alerts``: the mention's distinct alert categories as a sorted JSON list."""
    categories = mention.alert_categories
    if not categories:
        return NO_ALERTS
    return json.dumps(sorted(categories), ensure_ascii=False, separators=(",", ":"))


# ---------------------------------------------------------------------- schema
# NULL cannot be part of a primary key: a NULL region, shop or sentiment is stored as the empty
# BLOB, which equals no TEXT value (not even ''), so it never collides with a real one.
def _hour(row: str) -> str:
    return f"CAST(({row}.published_at + {BUCKET_UTC_OFFSET_SECONDS}) / 3600 AS INTEGER)"


def _key_values(cube: Cube, row: str) -> list[str]:
    return [
        _hour(row),
        *(f"coalesce({row}.{c}, x'')" for c in cube.columns),
        f"coalesce({row}.sentiment, x'')",
        f"{row}.alerts",
    ]


def _key_columns(cube: Cube) -> list[str]:
    return ["hr", *cube.columns, "sentiment", "alerts"]


def _add(cube: Cube, row: str) -> str:
    keys = ", ".join(_key_columns(cube))
    return (
        f"INSERT INTO {cube.table} ({keys}, n, sum_p, n_p) "
        f"VALUES ({', '.join(_key_values(cube, row))}, 1, "
        f"coalesce({row}.p_negative, 0.0), {row}.p_negative IS NOT NULL) "
        f"ON CONFLICT ({keys}) DO UPDATE SET n = n + 1, sum_p = sum_p + excluded.sum_p, "
        "n_p = n_p + excluded.n_p;"
    )


def _remove(cube: Cube, row: str) -> str:
    scored = f"({row}.p_negative IS NOT NULL)"
    match = " AND ".join(
        f"{c} = {v}" for c, v in zip(_key_columns(cube), _key_values(cube, row), strict=True)
    )
    # When the last scored mention leaves a cell its sum restarts at exactly 0 (no drift).
    return (
        f"UPDATE {cube.table} SET n = n - 1, "
        f"sum_p = CASE WHEN n_p - {scored} = 0 THEN 0.0 "
        f"ELSE sum_p - coalesce({row}.p_negative, 0.0) END, "
        f"n_p = n_p - {scored} WHERE {match};"
    )


_WATCHED = ("platform", "source", "region", "shop", "published_at", "sentiment", "p_negative")


def _schema() -> list[str]:
    statements = []
    for cube in CUBES:
        dims = "".join(f"{c} TEXT NOT NULL, " for c in cube.columns)
        statements.append(
            f"CREATE TABLE IF NOT EXISTS {cube.table} (hr INTEGER NOT NULL, {dims}"
            "sentiment TEXT NOT NULL, alerts TEXT NOT NULL, n INTEGER NOT NULL, "
            f"sum_p REAL NOT NULL, n_p INTEGER NOT NULL, "
            f"PRIMARY KEY ({', '.join(_key_columns(cube))})) WITHOUT ROWID"
        )
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in (*_WATCHED, "alerts"))
    statements += [
        "CREATE TRIGGER IF NOT EXISTS heat_insert AFTER INSERT ON mentions BEGIN "
        + " ".join(_add(c, "new") for c in CUBES)
        + " END",
        "CREATE TRIGGER IF NOT EXISTS heat_delete AFTER DELETE ON mentions BEGIN "
        + " ".join(_remove(c, "old") for c in CUBES)
        + " END",
        f"CREATE TRIGGER IF NOT EXISTS heat_update AFTER UPDATE OF {', '.join(_WATCHED)}, "
        f"alerts ON mentions WHEN {changed} BEGIN "
        + " ".join(_remove(c, "old") for c in CUBES)
        + " "
        + " ".join(_add(c, "new") for c in CUBES)
        + " END",
    ]
    return statements


def build_cubes(db: sqlite3.Connection) -> None:
    """The ``alerts`` column and the cubes with their triggers, (re)built from the stored
    mentions; run inside the caller's transaction (``store.sqlite_schema.migrate``)."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(mentions)")}
    if "alerts" not in columns:
        db.execute(f"ALTER TABLE mentions ADD COLUMN alerts TEXT NOT NULL DEFAULT '{NO_ALERTS}'")
        # The set's JSON form only has to parse back to the set: SQLite's spelling will do.
        db.execute(
            "UPDATE mentions SET alerts = (SELECT json_group_array(value) FROM "
            "(SELECT value FROM mention_tags WHERE kind = 'alert' "
            "AND mention_rowid = mentions.rowid ORDER BY value)) "
            "WHERE rowid IN (SELECT mention_rowid FROM mention_tags WHERE kind = 'alert')"
        )
    for statement in _schema():
        db.execute(statement)
    for cube in CUBES:
        keys = _key_values(cube, "m")
        positions = ", ".join(str(i + 1) for i in range(len(keys)))
        db.execute(f"DELETE FROM {cube.table}")
        db.execute(
            f"INSERT INTO {cube.table} ({', '.join(_key_columns(cube))}, n, sum_p, n_p) "
            f"SELECT {', '.join(keys)}, count(*), coalesce(sum(m.p_negative), 0.0), "
            f"count(m.p_negative) FROM mentions m GROUP BY {positions}"
        )


# ---------------------------------------------------------------------- reading
@dataclass
class Cell:
    """The sums of one histogram bucket × key while parts are merged."""

    total: int = 0
    negative: int = 0
    neutral: int = 0
    positive: int = 0
    unscored: int = 0
    sum_p: float = 0.0
    scored: int = 0

    def add(self, row: Sequence[Any]) -> None:
        """Add a row of (total, neg, neu, pos, uns, sum_p, n_p)."""
        self.total += row[0]
        self.negative += row[1] or 0
        self.neutral += row[2] or 0
        self.positive += row[3] or 0
        self.unscored += row[4] or 0
        self.sum_p += row[5] or 0.0
        self.scored += row[6] or 0


@dataclass
class Cells:
    """Histogram cells by (bucket index, key), from the cubes and the scan alike."""

    width: int
    shift: int
    cells: dict[tuple[int, str | None], Cell] = field(default_factory=dict)

    def add(self, bucket: int, key: str | None, row: Sequence[Any]) -> None:
        """Add one row's sums to the cell of ``bucket`` × ``key``."""
        cell = self.cells.get((bucket, key))
        if cell is None:
            cell = self.cells[(bucket, key)] = Cell()
        cell.add(row)

    def buckets(self) -> list[HistogramBucket]:
        """Non-empty buckets ordered by (start, key), a missing key first (as SQLite sorts)."""
        order = sorted(self.cells, key=lambda bk: (bk[0], bk[1] is not None, bk[1] or ""))
        return [
            HistogramBucket(
                start=datetime.fromtimestamp(b * self.width - self.shift, tz=UTC),
                key=key,
                total=cell.total,
                negative=cell.negative,
                neutral=cell.neutral,
                positive=cell.positive,
                unscored=cell.unscored,
                mean_p_negative=cell.sum_p / cell.scored if cell.scored else None,
            )
            for b, key in order
            if (cell := self.cells[(b, key)]).total > 0
        ]


def new_cells(interval: Interval) -> Cells:
    """Empty cells for ``interval`` buckets aligned like the scan's."""
    return Cells(
        width=_INTERVAL_SECONDS[interval],
        shift=BUCKET_UTC_OFFSET_SECONDS + (WEEK_SHIFT if interval == "week" else 0),
    )


@dataclass(frozen=True)
class CubePlan:
    """How a histogram is answered from a cube: the cube, its whole hours ``[first, end)``
    (None: unbounded) and the partial hours at either end, left to the scan."""

    cube: Cube
    first: int | None
    end: int | None
    edges: tuple[MentionQuery, ...]


def plan(query: MentionQuery, split_by: SplitField | None) -> CubePlan | None:
    """The cube that answers this histogram, or None when only the scan can."""
    set_fields = {name for name, value in query if value is not None}
    if not query.q:
        set_fields.discard("q")
    if not set_fields <= _CUBE_FIELDS:
        return None
    dims = {split_by} if split_by in _CUBE_OF else set()
    dims |= {name for name in ("platform", "source", "region") if name in set_fields}
    cubes = {_CUBE_OF[d] for d in dims if d is not None}
    if len(cubes) > 1:
        return None
    cube = cubes.pop() if cubes else CUBES[0]
    first = end = None
    edges = []
    if query.since is not None:
        since_us = epoch_us(query.since) + _OFFSET_US
        first = -(-since_us // _HOUR_US)
        if since_us < first * _HOUR_US:
            edges.append(query.model_copy(update={"until": _hour_start(first)}))
    if query.until is not None:
        until_us = epoch_us(query.until) + _OFFSET_US
        end = until_us // _HOUR_US
        if first is not None and end <= first:
            return None  # no whole hour inside: the scan reads the range at once
        if end * _HOUR_US < until_us:
            edges.append(query.model_copy(update={"since": _hour_start(end)}))
    return CubePlan(cube, first, end, tuple(edges))


def _hour_start(hour: int) -> datetime:
    return from_epoch_us(hour * _HOUR_US - _OFFSET_US)


def read_cube(
    db: sqlite3.Connection,
    cells: Cells,
    chosen: CubePlan,
    query: MentionQuery,
    split_by: SplitField | None,
    *,
    by_alerts: bool = False,
) -> None:
    """Add the cube's whole hours of ``chosen`` to ``cells``.

    When neither the split nor a filter is by alert category, the rows are summed by hour and
    the cube's columns up to the split (a prefix of its primary key: SQLite sums them as it
    walks the index, without sorting) and folded into buckets here; otherwise they are summed
    by bucket, key and alert set (a sort) and each set is read. ``by_alerts`` forces the second
    way for every query (the previous way, which the benchmark compares with).
    """
    cube = chosen.cube
    clauses: list[str] = []
    params: list[Any] = []
    if chosen.first is not None:
        clauses.append("hr >= ?")
        params.append(chosen.first)
    if chosen.end is not None:
        clauses.append("hr < ?")
        params.append(chosen.end)
    for name in ("platform", "source", "region", "sentiment"):
        values = getattr(query, name)
        if values is not None:
            clauses.append(f"{name} IN ({','.join('?' * len(values))})" if values else "0")
            params.extend(values)
    key = split_by if split_by in cube.columns else "NULL"
    extra = cells.shift - BUCKET_UTC_OFFSET_SECONDS
    by_alerts = by_alerts or split_by == "alert_category" or query.alert_category is not None
    if by_alerts:
        group = "b, k, alerts"
    else:
        dims = cube.columns[: cube.columns.index(split_by) + 1] if key != "NULL" else ()
        group = ", ".join(("hr", *dims))
    sql = (
        f"SELECT (hr * 3600 + {extra}) / {cells.width} AS b, {key} AS k, "
        f"{'alerts' if by_alerts else 'NULL'}, sum(n), "
        "sum(CASE WHEN sentiment = 'negative' THEN n ELSE 0 END), "
        "sum(CASE WHEN sentiment = 'neutral' THEN n ELSE 0 END), "
        "sum(CASE WHEN sentiment = 'positive' THEN n ELSE 0 END), "
        "sum(CASE WHEN typeof(sentiment) = 'blob' THEN n ELSE 0 END), sum(sum_p), sum(n_p) "
        f"FROM {cube.table} WHERE {' AND '.join(clauses) or '1'} GROUP BY {group}"
    )
    if not by_alerts:
        for row in db.execute(sql, params):
            raw_key = row[1]
            cells.add(row[0], None if isinstance(raw_key, bytes) else raw_key, row[3:])
        return
    wanted = set(query.alert_category) if query.alert_category is not None else None
    parsed: dict[str, list[str]] = {}
    for row in db.execute(sql, params):
        bucket, raw_key, alerts = row[0], row[1], row[2]
        categories = parsed.get(alerts)
        if categories is None:
            categories = parsed[alerts] = list(dict.fromkeys(json.loads(alerts)))
        if wanted is not None and wanted.isdisjoint(categories):
            continue
        sums = row[3:]
        if split_by == "alert_category":
            for category in categories:
                cells.add(bucket, category, sums)
        else:
            cells.add(bucket, None if isinstance(raw_key, bytes) else raw_key, sums)
