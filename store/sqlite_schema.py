"""The embedded store's schema versions (``PRAGMA user_version``) and the migrations between
them, run by the first ``SQLiteStore`` that opens an older file.

* **1** — the ``alerts`` column and the heat-map cubes with their triggers
  (``store.sqlite_heat.build_cubes``).
* **2** — the link columns: ``mentions.link_parent`` and ``mentions.link_kind`` hold the one
  link each mention spreads along (``store.semantics.spreading_link``: its repost, else its
  reply; NULL for neither), indexed by parent (``ix_mentions_link``, a partial index over the
  mentions that have one), so ``mention_links_to`` finds the children of a story's mentions
  without reading the window. Filled here from the JSON bodies, then kept by every write.

A fresh file is created by ``store.sqlite``'s schema at version 0 and goes through every step
(each is idempotent and cheap on an empty store). All steps run in one ``BEGIN IMMEDIATE``
transaction: other connections opening the file meanwhile wait (the store's open retry), and a
failed migration leaves the file as it was.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from store.semantics import spreading_link
from store.sqlite_heat import build_cubes

#: ``PRAGMA user_version`` of a store with every step below.
SCHEMA_VERSION = 2

#: The link columns (in the order ``SQLiteStore`` writes them) and their index.
LINK_COLUMNS = ("link_parent", "link_kind")
LINK_INDEX = (
    "CREATE INDEX IF NOT EXISTS ix_mentions_link ON mentions(link_parent, published_at) "
    "WHERE link_parent IS NOT NULL"
)
_BACKFILL_BATCH = 5000


def build_links(db: sqlite3.Connection) -> None:
    """Add the link columns when missing, (re)fill them from the JSON bodies and index them;
    run inside the caller's transaction."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(mentions)")}
    for column in LINK_COLUMNS:
        if column not in columns:
            db.execute(f"ALTER TABLE mentions ADD COLUMN {column} TEXT")
    db.execute("UPDATE mentions SET link_parent = NULL, link_kind = NULL")
    # The rule is applied in Python (``spreading_link``), the one place it is written; the
    # bodies are read in rowid batches, each read whole before its rows are written.
    last = 0
    while batch := db.execute(
        "SELECT m.rowid, m.id, json_extract(d.body, '$.repost_of'), "
        "json_extract(d.body, '$.parent_id') FROM mentions m "
        "JOIN mention_docs d ON d.rowid = m.rowid WHERE m.rowid > ? ORDER BY m.rowid LIMIT ?",
        (last, _BACKFILL_BATCH),
    ).fetchall():
        last = batch[-1][0]
        updates = [
            (link.parent_id, link.kind, rowid)
            for rowid, mention_id, repost_of, parent_id in batch
            if (link := spreading_link(mention_id, repost_of, parent_id)) is not None
        ]
        db.executemany(
            "UPDATE mentions SET link_parent = ?, link_kind = ? WHERE rowid = ?", updates
        )
    db.execute(LINK_INDEX)


_STEPS: tuple[tuple[int, Callable[[sqlite3.Connection], None]], ...] = (
    (1, build_cubes),
    (2, build_links),
)


def _version(db: sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(db: sqlite3.Connection) -> None:
    """Bring a store up to ``SCHEMA_VERSION`` (the steps above its version, in order, in one
    IMMEDIATE transaction); a no-op when it is there."""
    if _version(db) >= SCHEMA_VERSION:
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        version = _version(db)  # another connection may have migrated it meanwhile
        if version < SCHEMA_VERSION:
            for target, step in _STEPS:
                if version < target:
                    step(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise
