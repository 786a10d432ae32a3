"""The embedded backend: SQLite in WAL mode with FTS5 over jieba tokens.

Layout:

* ``mentions``: one narrow row per mention with the filterable/sortable fields as columns
  (``published_at`` in epoch seconds, UTC); ``mention_docs`` holds the whole document as JSON
  under the same rowid. Keeping the JSON out of ``mentions`` keeps its rows dense, which makes
  the sort/count over thousands of full-text matches cheap; bodies are read for one page only.
* ``mention_fts``: FTS5 table (rowid = mentions.rowid) over ``nlp.segment.tokenize(title+text)``
  joined by spaces; the ``unicode61`` tokenizer then splits on those spaces only, so a token
  such as 食品安全 is matched whole — the same thing Elasticsearch's whitespace analyser does.
* ``mention_tags``: (kind, value, mention) rows for list fields (alert categories, keywords),
  so terms aggregations and category filters use an index instead of scanning JSON.
* ``docs``: generic documents (collection, id, version, JSON body).
* ``heat_platform``, ``heat_region``, ``heat_shop``: hourly mention counts by sentiment and
  alert categories, kept current by triggers in the writing transaction; ``mention_histogram``
  answers from them when it can (``store.sqlite_heat``).
* ``mentions.link_parent``/``link_kind``: the link each mention spreads along
  (``store.semantics.spreading_link``), indexed by parent, so ``mention_links_to`` reads only
  the children asked for and ``mention_links`` reads no JSON. Older files get them on open
  (``store.sqlite_schema``, which keeps the schema version and its migrations).

One instance may be shared between threads (every call holds a lock); several processes may
open the same file (WAL, busy timeout). Writes are single transactions (``BEGIN IMMEDIATE``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from nlp.segment import query_tokens, warm_up_in_background
from radar.mentions import merge_mention, with_analysis
from radar.schemas import (
    DocPage,
    Filter,
    HistogramBucket,
    Mention,
    MentionPage,
    MentionQuery,
    Page,
    StoredDoc,
    TermBucket,
    UpsertResult,
)
from store.base import (
    Interval,
    InvalidRequest,
    MentionLink,
    MentionSort,
    SplitField,
    StoreError,
    TermField,
    VersionConflict,
    iter_mentions_by_page,
)
from store.semantics import (
    LINK_PARENTS_PER_QUERY,
    MENTION_SORTS,
    check_batch_size,
    check_collection,
    check_field,
    check_limit,
    decode_cursor,
    decode_mention_cursor,
    encode_cursor,
    index_text,
    index_texts_later,
    mention_cursor,
    spreading_link,
)
from store.sqlite_heat import Cells, alerts_key, new_cells, plan, read_cube
from store.sqlite_schema import migrate

_SCHEMA = """
CREATE TABLE IF NOT EXISTS mentions (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    platform TEXT NOT NULL,
    source TEXT NOT NULL,
    region TEXT,
    shop TEXT,
    author TEXT,
    published_at REAL NOT NULL,
    read_count INTEGER NOT NULL DEFAULT 0,
    sentiment TEXT,
    p_negative REAL,
    content_hash TEXT NOT NULL,
    analysed_hash TEXT,
    alerts TEXT NOT NULL DEFAULT '[]',
    link_parent TEXT,
    link_kind TEXT
);
CREATE TABLE IF NOT EXISTS mention_docs (
    rowid INTEGER PRIMARY KEY,
    body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_mentions_published ON mentions(published_at, id);
CREATE INDEX IF NOT EXISTS ix_mentions_platform ON mentions(platform, published_at);
CREATE INDEX IF NOT EXISTS ix_mentions_reads ON mentions(read_count, id);
CREATE TABLE IF NOT EXISTS mention_tags (
    kind TEXT NOT NULL,
    value TEXT NOT NULL,
    mention_rowid INTEGER NOT NULL,
    PRIMARY KEY (kind, value, mention_rowid)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_tags_mention ON mention_tags(mention_rowid);
CREATE VIRTUAL TABLE IF NOT EXISTS mention_fts USING fts5(
    tokens, tokenize = 'unicode61', detail = 'none', columnsize = 0
);
CREATE TABLE IF NOT EXISTS docs (
    collection TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (collection, id)
) WITHOUT ROWID;
"""

#: How long opening a store waits for other connections that hold the file's lock.
_OPEN_TIMEOUT_S = 30.0
#: The column update of a stored mention, in ``_columns`` order (a WHERE clause follows).
_UPDATE_COLUMNS = (
    "UPDATE mentions SET platform=?, source=?, region=?, shop=?, author=?, published_at=?, "
    "read_count=?, sentiment=?, p_negative=?, content_hash=?, analysed_hash=?, alerts=?, "
    "link_parent=?, link_kind=?"
)
_TAG_KINDS = {"alert_category": "alert", "keywords": "keyword"}
_COLUMN_FIELDS = {"platform", "source", "region", "shop", "author"}


def _epoch(value: datetime) -> float:
    return value.timestamp()


def _fts_query(text: str) -> str | None:
    tokens = query_tokens(text)
    if not tokens:
        return None
    # Quote each token so FTS5 syntax characters in user input are inert.
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in tokens)


def _tag_rows(rowid: int, mention: Mention) -> list[tuple[str, str, int]]:
    rows = [("alert", c, rowid) for c in mention.alert_categories]
    rows += [("keyword", k, rowid) for k in dict.fromkeys(mention.keywords)]
    return rows


def _insert_tags(db: sqlite3.Connection, rows: Sequence[tuple[str, str, int]]) -> None:
    if rows:
        db.executemany(
            "INSERT OR IGNORE INTO mention_tags (kind, value, mention_rowid) VALUES (?,?,?)", rows
        )


def _dumps(body: dict[str, Any]) -> str:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":"))


class SQLiteStore:
    """Embedded store in one SQLite file (see module docstring)."""

    def __init__(self, path: str | Path, *, heat_aggregate: bool = True) -> None:
        self.path = Path(path)
        #: Answer histograms from the heat-map cubes when they can (False: always scan; the
        #: benchmarks and the property test compare the two).
        self.heat_aggregate = heat_aggregate
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=30.0
            )
            self._initialise()
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open SQLite store at {path}: {exc}") from exc
        self._closed = False
        warm_up_in_background()  # every write segments text for the full-text index

    def _initialise(self) -> None:
        """WAL mode, pragmas and the schema, retried while another connection holds the lock.

        Several connections opening a new file at once (the collect flow's crawls run side by
        side, each with its own connection) race to switch it to WAL and create the tables;
        SQLite answers some of those races with "database is locked" at once, without waiting
        for the busy timeout, so the loser waits here and tries again.
        """
        deadline = time.monotonic() + _OPEN_TIMEOUT_S
        delay = 0.01
        while True:
            try:
                self._db.execute("PRAGMA busy_timeout=30000")
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("PRAGMA synchronous=NORMAL")
                # Random (hash) ids make index inserts touch pages all over the file: a larger
                # page cache and memory-mapped reads keep bulk upserts fast as the store grows.
                self._db.execute("PRAGMA cache_size=-131072")
                self._db.execute("PRAGMA mmap_size=268435456")
                self._db.execute("PRAGMA temp_store=MEMORY")
                # Those scattered pages are written again at every checkpoint; checkpointing
                # every 10,000 pages (40 MB of WAL) instead of SQLite's 1,000 writes a page
                # dirtied by several batches once: at 100k mentions a commit of 1,000 took
                # 144 ms, 86 ms with this (docs/benchmarks.md). The WAL file is cut back to
                # 64 MB after a checkpoint.
                self._db.execute("PRAGMA wal_autocheckpoint=10000")
                self._db.execute("PRAGMA journal_size_limit=67108864")
                self._db.executescript(_SCHEMA)
                migrate(self._db)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) and "busy" not in str(exc):
                    raise
                if time.monotonic() + delay > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.5)

    # ------------------------------------------------------------------ helpers
    def _write(self) -> _WriteTxn:
        return _WriteTxn(self)

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            cur = self._db.execute(sql, params)
            cur.row_factory = sqlite3.Row
            return cur.fetchall()

    def _where(self, query: MentionQuery) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []

        def any_of(column: str, values: Sequence[Any] | None) -> None:
            if values is not None:
                clauses.append(f"m.{column} IN ({','.join('?' * len(values))})" if values else "0")
                params.extend(values)

        if query.q:
            match = _fts_query(query.q)
            if match is None:
                clauses.append("0")
            else:
                clauses.append(
                    "m.rowid IN (SELECT rowid FROM mention_fts WHERE mention_fts MATCH ?)"
                )
                params.append(match)
        any_of("platform", query.platform)
        any_of("source", query.source)
        any_of("region", query.region)
        any_of("sentiment", query.sentiment)
        if query.alert_category is not None:
            marks = ",".join("?" * len(query.alert_category))
            clauses.append(
                "m.rowid IN (SELECT mention_rowid FROM mention_tags "
                f"WHERE kind = 'alert' AND value IN ({marks}))"
                if query.alert_category
                else "0"
            )
            params.extend(query.alert_category)
        if query.since is not None:
            clauses.append("m.published_at >= ?")
            params.append(_epoch(query.since))
        if query.until is not None:
            clauses.append("m.published_at < ?")
            params.append(_epoch(query.until))
        if query.min_reads is not None:
            clauses.append("m.read_count >= ?")
            params.append(query.min_reads)
        if query.needs_analysis is True:
            clauses.append("(m.analysed_hash IS NULL OR m.analysed_hash != m.content_hash)")
        elif query.needs_analysis is False:
            clauses.append("m.analysed_hash = m.content_hash")
        return (" AND ".join(clauses) if clauses else "1"), params

    # ------------------------------------------------------------------ mentions
    def upsert_mentions(self, mentions: Sequence[Mention]) -> UpsertResult:
        latest: dict[str, Mention] = {}
        for mention in mentions:
            latest[mention.id] = mention
        result = UpsertResult()
        if not latest:
            return result
        with self._write() as db:
            existing = self._existing_bodies(db, list(latest))
            new: list[Mention] = []
            for mention_id, mention in latest.items():
                stored = existing.get(mention_id)
                if stored is None:
                    # Created (``merge_mention``'s first rule): stored as it came, serialised
                    # by pydantic straight to JSON (half the cost of a dict, then json.dumps).
                    new.append(mention)
                    result.created += 1
                    result.created_ids.append(mention_id)
                    continue
                merge = merge_mention(mention, stored)
                if merge.outcome == "unchanged":
                    result.unchanged += 1
                else:
                    merged = Mention.model_validate(merge.document)
                    self._replace_mention(db, merged, merge.document, reindex=merge.content_changed)
                    result.updated += 1
                    result.updated_ids.append(mention_id)
            if new:
                self._insert_mentions(db, new)
        return result

    def _existing_bodies(self, db: sqlite3.Connection, ids: list[str]) -> dict[str, dict[str, Any]]:
        return {i: body for i, (_, body) in self._existing_rows(db, ids).items()}

    def _existing_rows(
        self, db: sqlite3.Connection, ids: list[str]
    ) -> dict[str, tuple[int, dict[str, Any]]]:
        """``id -> (rowid, body)`` of the stored mentions among ``ids``."""
        found: dict[str, tuple[int, dict[str, Any]]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = (
                "SELECT m.id, m.rowid, d.body FROM mentions m "
                "JOIN mention_docs d ON d.rowid = m.rowid "
                f"WHERE m.id IN ({','.join('?' * len(chunk))})"
            )
            for mention_id, rowid, body in db.execute(sql, chunk):
                found[mention_id] = (rowid, json.loads(body))
        return found

    @staticmethod
    def _columns(mention: Mention) -> tuple[Any, ...]:
        sentiment = mention.sentiment
        link = spreading_link(mention.id, mention.repost_of, mention.parent_id)
        return (
            mention.platform,
            mention.source,
            mention.region,
            mention.shop,
            mention.author,
            _epoch(mention.published_at),
            mention.read_count,
            sentiment.label if sentiment else None,
            sentiment.p_negative if sentiment else None,
            mention.content_hash,
            mention.analysed_hash,
            alerts_key(mention),
            link.parent_id if link else None,
            link.kind if link else None,
        )

    def _insert_mentions(self, db: sqlite3.Connection, new: Sequence[Mention]) -> None:
        # Rowids are assigned here (inside the IMMEDIATE transaction, so no other writer can
        # take them) so that the four tables can be filled with one executemany each.
        # A large batch is segmented in a worker process meanwhile (nlp.segment_worker); its
        # tokens go into the full-text index last.
        index_texts = index_texts_later(new)
        (base,) = db.execute("SELECT coalesce(max(rowid), 0) FROM mentions").fetchone()
        rows, docs, tags = [], [], []
        for offset, mention in enumerate(new, start=1):
            rowid = base + offset
            rows.append((rowid, *self._columns(mention), mention.id))
            docs.append((rowid, mention.model_dump_json()))
            tags += _tag_rows(rowid, mention)
        db.executemany(
            "INSERT INTO mentions (rowid, platform, source, region, shop, author, published_at, "
            "read_count, sentiment, p_negative, content_hash, analysed_hash, alerts, link_parent, "
            "link_kind, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        db.executemany("INSERT INTO mention_docs (rowid, body) VALUES (?, ?)", docs)
        _insert_tags(db, tags)
        db.executemany(
            "INSERT INTO mention_fts (rowid, tokens) VALUES (?, ?)",
            enumerate(index_texts(), start=base + 1),
        )

    def _replace_mention(
        self, db: sqlite3.Connection, mention: Mention, body: dict[str, Any], *, reindex: bool
    ) -> None:
        db.execute(
            f"{_UPDATE_COLUMNS} WHERE id=?",
            (*self._columns(mention), mention.id),
        )
        (rowid,) = db.execute("SELECT rowid FROM mentions WHERE id=?", (mention.id,)).fetchone()
        db.execute("UPDATE mention_docs SET body=? WHERE rowid=?", (_dumps(body), rowid))
        if reindex:
            db.execute("DELETE FROM mention_fts WHERE rowid=?", (rowid,))
            db.execute(
                "INSERT INTO mention_fts (rowid, tokens) VALUES (?, ?)",
                (rowid, index_text(mention)),
            )
        db.execute("DELETE FROM mention_tags WHERE mention_rowid=?", (rowid,))
        self._write_tags(db, rowid, mention)

    @staticmethod
    def _write_tags(db: sqlite3.Connection, rowid: int, mention: Mention) -> None:
        _insert_tags(db, _tag_rows(rowid, mention))

    def save_analysis(self, mentions: Sequence[Mention]) -> int:
        # One executemany per table for the whole batch (the analyse stage saves 1,000 at a
        # time); a mention listed twice is saved once, with its last analysis.
        latest = {m.id: m for m in mentions}
        with self._write() as db:
            existing = self._existing_rows(db, list(latest))
            latest = {i: m for i, m in latest.items() if i in existing}
            columns, docs, rowids, tags = [], [], [], []
            for mention_id, mention in latest.items():
                rowid, old = existing[mention_id]
                stored = with_analysis(old, mention)
                merged = Mention.model_validate(stored)
                columns.append((*self._columns(merged), rowid))
                docs.append((_dumps(stored), rowid))
                rowids.append((rowid,))
                tags.extend(_tag_rows(rowid, merged))
            db.executemany(
                f"{_UPDATE_COLUMNS} WHERE rowid=?",
                columns,
            )
            db.executemany("UPDATE mention_docs SET body=? WHERE rowid=?", docs)
            db.executemany("DELETE FROM mention_tags WHERE mention_rowid=?", rowids)
            _insert_tags(db, tags)
        return len(latest)

    def get_mention(self, mention_id: str) -> Mention | None:
        rows = self._rows(
            "SELECT d.body FROM mentions m JOIN mention_docs d ON d.rowid = m.rowid WHERE m.id=?",
            (mention_id,),
        )
        return Mention.model_validate_json(rows[0]["body"]) if rows else None

    def get_mentions(self, mention_ids: Sequence[str]) -> list[Mention]:
        found: dict[str, Mention] = {}
        ids = list(dict.fromkeys(mention_ids))
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            sql = (
                "SELECT d.body FROM mentions m JOIN mention_docs d ON d.rowid = m.rowid "
                f"WHERE m.id IN ({','.join('?' * len(chunk))})"
            )
            for row in self._rows(sql, chunk):
                mention = Mention.model_validate_json(row["body"])
                found[mention.id] = mention
        return [found[i] for i in mention_ids if i in found]

    def search_mentions(
        self,
        query: MentionQuery,
        *,
        limit: int = 50,
        cursor: str | None = None,
        sort: MentionSort = "published_at_desc",
    ) -> Page[Mention]:
        check_limit(limit)
        if sort not in MENTION_SORTS:
            raise InvalidRequest(f"unknown sort {sort!r}")
        where, params = self._where(query)
        key, order = MENTION_SORTS[sort]
        direction = order.upper()
        page_where, page_params = where, list(params)
        if cursor:
            cursor_key, last_id = decode_mention_cursor(cursor, sort)
            # published_at is epoch seconds here; µs / 10**6 (int / int) rounds exactly like
            # datetime.timestamp() did when the row was written, so equal instants compare equal.
            last_key: float = cursor_key / 1_000_000 if key == "published_at" else cursor_key
            op = "<" if direction == "DESC" else ">"
            page_where += f" AND (m.{key} {op} ? OR (m.{key} = ? AND m.id {op} ?))"
            page_params += [last_key, last_key, last_id]
        rows = self._rows(
            f"SELECT p.k, p.id, d.body FROM (SELECT m.rowid AS r, m.{key} AS k, m.id AS id "
            f"FROM mentions m WHERE {page_where} ORDER BY m.{key} {direction}, m.id {direction} "
            "LIMIT ?) p JOIN mention_docs d ON d.rowid = p.r "
            f"ORDER BY p.k {direction}, p.id {direction}",
            [*page_params, limit + 1],
        )
        items = [Mention.model_validate_json(r["body"]) for r in rows[:limit]]
        next_cursor = mention_cursor(sort, items[-1]) if len(rows) > limit else None
        total = self.count_mentions(query)
        return MentionPage(items=items, total=total, next_cursor=next_cursor)

    def iter_mentions(self, query: MentionQuery, *, batch_size: int = 500) -> Iterator[Mention]:
        return iter_mentions_by_page(self, query, check_batch_size(batch_size))

    def mention_links(self, since: datetime, until: datetime) -> list[MentionLink]:
        # The link columns: no JSON is read (the published_at index orders the window).
        rows = self._rows(
            "SELECT id, link_parent, link_kind FROM mentions "
            "WHERE published_at >= ? AND published_at < ? AND link_parent IS NOT NULL "
            "ORDER BY published_at, id",
            (_epoch(since), _epoch(until)),
        )
        return [MentionLink(r["id"], r["link_parent"], r["link_kind"]) for r in rows]

    def mention_links_to(
        self, parent_ids: Sequence[str], since: datetime, until: datetime
    ) -> list[MentionLink]:
        # One range of ix_mentions_link (link_parent, published_at) per parent id.
        ids = list(dict.fromkeys(parent_ids))
        found: list[tuple[float, str, MentionLink]] = []
        for start in range(0, len(ids), LINK_PARENTS_PER_QUERY):
            chunk = ids[start : start + LINK_PARENTS_PER_QUERY]
            rows = self._rows(
                "SELECT published_at, id, link_parent, link_kind FROM mentions "
                f"WHERE link_parent IN ({','.join('?' * len(chunk))}) "
                "AND published_at >= ? AND published_at < ?",
                [*chunk, _epoch(since), _epoch(until)],
            )
            found += [
                (r["published_at"], r["id"], MentionLink(r["id"], r["link_parent"], r["link_kind"]))
                for r in rows
            ]
        # Python orders ids as SQLite's BINARY collation does (UTF-8 bytes = code points).
        found.sort(key=lambda f: (f[0], f[1]))
        return [link for *_, link in found]

    def count_mentions(self, query: MentionQuery) -> int:
        if query.q and not query.model_dump(exclude={"q"}, exclude_none=True):
            # Text only: the FTS index counts its own matches without touching the table.
            match = _fts_query(query.q)
            if match is None:
                return 0
            sql = "SELECT count(*) AS n FROM mention_fts WHERE mention_fts MATCH ?"
            return int(self._rows(sql, [match])[0]["n"])
        where, params = self._where(query)
        return int(
            self._rows(f"SELECT count(*) AS n FROM mentions m WHERE {where}", params)[0]["n"]
        )

    def mention_histogram(
        self,
        query: MentionQuery,
        *,
        interval: Interval = "day",
        split_by: SplitField | None = None,
    ) -> list[HistogramBucket]:
        # The heat-map cubes answer whole hours (store.sqlite_heat); the partial hours at the
        # ends of the range, and every query they cannot answer, take the scan.
        cells = new_cells(interval)
        chosen = plan(query, split_by) if self.heat_aggregate else None
        with self._lock:
            if chosen is None:
                self._scan_histogram(cells, query, split_by)
            else:
                read_cube(self._db, cells, chosen, query, split_by)
                for edge in chosen.edges:
                    self._scan_histogram(cells, edge, split_by)
        return cells.buckets()

    def _scan_histogram(
        self, cells: Cells, query: MentionQuery, split_by: SplitField | None
    ) -> None:
        """Add the histogram of the matching mentions, read row by row, to ``cells``."""
        where, params = self._where(query)
        if split_by is None:
            key_sql, join = "NULL", ""
        elif split_by == "alert_category":
            key_sql = "t.value"
            join = "JOIN mention_tags t ON t.mention_rowid = m.rowid AND t.kind = 'alert'"
        else:
            key_sql, join = f"m.{split_by}", ""
        sql = (
            f"SELECT CAST((m.published_at + ?) / ? AS INTEGER) AS b, {key_sql} AS k, "
            "count(*), sum(m.sentiment = 'negative'), sum(m.sentiment = 'neutral'), "
            "sum(m.sentiment = 'positive'), sum(m.sentiment IS NULL), "
            "sum(m.p_negative), count(m.p_negative) "
            f"FROM mentions m {join} WHERE {where} GROUP BY b, k"
        )
        for row in self._db.execute(sql, [cells.shift, cells.width, *params]):
            cells.add(row[0], row[1], row[2:])

    def mention_terms(
        self, field: TermField, query: MentionQuery, *, size: int = 20
    ) -> list[TermBucket]:
        where, params = self._where(query)
        if field in _TAG_KINDS:
            key_sql = "t.value"
            kind = _TAG_KINDS[field]
            join = f"JOIN mention_tags t ON t.mention_rowid = m.rowid AND t.kind = '{kind}'"
        elif field in _COLUMN_FIELDS:
            key_sql, join = f"m.{field}", ""
            where += f" AND m.{field} IS NOT NULL"
        else:
            raise ValueError(f"cannot aggregate on {field!r}")
        sql = (
            f"SELECT {key_sql} AS k, count(*) AS n, sum(m.sentiment = 'negative') AS neg, "
            f"avg(m.p_negative) AS mean_neg FROM mentions m {join} WHERE {where} "
            "GROUP BY k ORDER BY n DESC, k ASC LIMIT ?"
        )
        return [
            TermBucket(
                key=r["k"], count=r["n"], negative=r["neg"] or 0, mean_p_negative=r["mean_neg"]
            )
            for r in self._rows(sql, [*params, size])
        ]

    # ------------------------------------------------------------------ generic documents
    def put_doc(
        self,
        collection: str,
        doc_id: str,
        body: dict[str, Any],
        *,
        expected_version: int | None = None,
    ) -> StoredDoc:
        check_collection(collection)
        try:
            payload = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError) as exc:
            raise StoreError(
                f"{collection}/{doc_id}: body is not JSON-serialisable: {exc}"
            ) from exc
        with self._write() as db:
            row = db.execute(
                "SELECT version FROM docs WHERE collection=? AND id=?", (collection, doc_id)
            ).fetchone()
            current = row[0] if row else None
            if expected_version is not None and expected_version != (current or 0):
                raise VersionConflict(collection, doc_id, expected_version, current)
            version = (current or 0) + 1
            db.execute(
                "INSERT INTO docs (collection, id, version, body) VALUES (?,?,?,?) "
                "ON CONFLICT (collection, id) DO UPDATE SET version=excluded.version, "
                "body=excluded.body",
                (collection, doc_id, version, payload),
            )
        return StoredDoc(
            collection=collection, id=doc_id, version=version, body=json.loads(payload)
        )

    def get_doc(self, collection: str, doc_id: str) -> StoredDoc | None:
        check_collection(collection)
        rows = self._rows(
            "SELECT version, body FROM docs WHERE collection=? AND id=?", (collection, doc_id)
        )
        if not rows:
            return None
        return StoredDoc(
            collection=collection,
            id=doc_id,
            version=rows[0]["version"],
            body=json.loads(rows[0]["body"]),
        )

    @staticmethod
    def _doc_where(collection: str, filters: Sequence[Filter]) -> tuple[str, list[Any]]:
        clauses, params = ["collection = ?"], [check_collection(collection)]
        for f in filters:
            check_field(f.field)
            expr = f"json_extract(body, '$.\"{f.field}\"')"
            if f.op == "in":
                values = list(f.value or [])
                clauses.append(f"{expr} IN ({','.join('?' * len(values))})" if values else "0")
                params.extend(values)
            elif f.op == "ne":
                clauses.append(f"({expr} IS NULL OR {expr} != ?)")
                params.append(f.value)
            else:
                sql_op = {"eq": "=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">="}[f.op]
                clauses.append(f"{expr} {sql_op} ?")
                params.append(f.value)
        return " AND ".join(clauses), params

    def find_docs(
        self,
        collection: str,
        filters: Sequence[Filter] = (),
        *,
        sort: str = "id",
        limit: int = 50,
        cursor: str | None = None,
    ) -> Page[StoredDoc]:
        check_limit(limit)
        where, params = self._doc_where(collection, filters)
        total = self._rows(f"SELECT count(*) AS n FROM docs WHERE {where}", params)[0]["n"]
        desc = sort.startswith("-")
        field = check_field(sort[1:] if desc else sort)
        key = "id" if field == "id" else f"json_extract(body, '$.\"{field}\"')"
        direction, op = ("DESC", "<") if desc else ("ASC", ">")
        page_where, page_params = where, list(params)
        if cursor:
            last_key, last_id = decode_cursor(cursor, sort)
            if last_key is None:
                # NULLs sort first ascending and last descending in SQLite.
                page_where += (
                    f" AND (({key} IS NULL AND id {op} ?) OR {key} IS NOT NULL)"
                    if not desc
                    else f" AND ({key} IS NULL AND id {op} ?)"
                )
                page_params.append(last_id)
            else:
                null_tail = f" OR {key} IS NULL" if desc else ""
                page_where += f" AND ({key} {op} ? OR ({key} = ? AND id {op} ?){null_tail})"
                page_params += [last_key, last_key, last_id]
        rows = self._rows(
            f"SELECT {key} AS k, id, version, body FROM docs WHERE {page_where} "
            f"ORDER BY {key} {direction}, id {direction} LIMIT ?",
            [*page_params, limit + 1],
        )
        items = [
            StoredDoc(
                collection=collection, id=r["id"], version=r["version"], body=json.loads(r["body"])
            )
            for r in rows[:limit]
        ]
        next_cursor = None
        if len(rows) > limit:
            last = rows[limit - 1]
            next_cursor = encode_cursor(sort, last["k"], last["id"])
        return DocPage(items=items, total=total, next_cursor=next_cursor)

    def count_docs(self, collection: str, filters: Sequence[Filter] = ()) -> int:
        where, params = self._doc_where(collection, filters)
        return int(self._rows(f"SELECT count(*) AS n FROM docs WHERE {where}", params)[0]["n"])

    def delete_doc(self, collection: str, doc_id: str) -> bool:
        check_collection(collection)
        with self._write() as db:
            cur = db.execute("DELETE FROM docs WHERE collection=? AND id=?", (collection, doc_id))
            return cur.rowcount > 0

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._db.close()
                self._closed = True

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ deletion (privacy)
    def delete_mentions(self, mention_ids: Sequence[str]) -> int:
        ids = list(dict.fromkeys(mention_ids))
        deleted = 0
        with self._write() as db:
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rowids = [
                    (r,)
                    for (r,) in db.execute(
                        f"SELECT rowid FROM mentions WHERE id IN ({marks})", chunk
                    )
                ]
                db.executemany("DELETE FROM mention_fts WHERE rowid=?", rowids)
                db.executemany("DELETE FROM mention_tags WHERE mention_rowid=?", rowids)
                db.executemany("DELETE FROM mention_docs WHERE rowid=?", rowids)
                # The heat-map cubes follow through their delete trigger (store.sqlite_heat).
                db.executemany("DELETE FROM mentions WHERE rowid=?", rowids)
                deleted += len(rowids)
        return deleted


class _WriteTxn:
    """``with store._write() as db:`` — one IMMEDIATE transaction under the instance lock."""

    def __init__(self, store: SQLiteStore) -> None:
        self._store = store

    def __enter__(self) -> sqlite3.Connection:
        self._store._lock.acquire()
        try:
            self._store._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            self._store._lock.release()
            raise StoreError(f"cannot start a write transaction: {exc}") from exc
        return self._store._db

    def __exit__(self, exc_type: type[BaseException] | None, *rest: object) -> None:
        try:
            if exc_type is None:
                self._store._db.execute("COMMIT")
            else:
                self._store._db.execute("ROLLBACK")
        finally:
            self._store._lock.release()
