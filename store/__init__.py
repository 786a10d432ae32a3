"""Store stage: the storage interface and its two backends (SQLite embedded, Elasticsearch)."""

from __future__ import annotations

from radar.settings import Settings
from store.base import InvalidCursor, InvalidRequest, Store, StoreError, VersionConflict
from store.update import UpdateConflict, update_doc

__all__ = [
    "InvalidCursor",
    "InvalidRequest",
    "NoStore",
    "Store",
    "StoreError",
    "UpdateConflict",
    "VersionConflict",
    "open_store",
    "update_doc",
]


class NoStore(StoreError):
    """A command that only reads found no store where the settings point (it creates none)."""


def open_store(settings: Settings, *, create: bool = True) -> Store:
    """Open the backend the settings name (``RADAR_STORE``).

    With ``create=False`` (commands that only read) a missing embedded store raises ``NoStore``
    naming the path it looked at, instead of creating an empty one there.
    """
    if settings.store == "elasticsearch":
        from store.elasticsearch import ElasticsearchStore

        assert settings.es.url is not None  # checked by Settings
        return ElasticsearchStore(
            settings.es.url.get_secret_value(), index_prefix=settings.es.index_prefix
        )
    from store.sqlite import SQLiteStore

    if not create and not settings.sqlite_path.is_file():
        raise NoStore(
            f"no store at {settings.sqlite_path.resolve()} (RADAR_DATA_DIR): nothing collected "
            "there yet; run `radar run` or `radar crawl` first, or set RADAR_DATA_DIR"
        )
    return SQLiteStore(settings.sqlite_path)
