"""Store stage: the storage interface and its two backends (SQLite embedded, Elasticsearch)."""

from __future__ import annotations

from radar.settings import Settings
from store.base import Store, StoreError, VersionConflict
from store.update import UpdateConflict, update_doc

__all__ = ["Store", "StoreError", "UpdateConflict", "VersionConflict", "open_store", "update_doc"]


def open_store(settings: Settings) -> Store:
    """Open the backend the settings name (``RADAR_STORE``)."""
    if settings.store == "elasticsearch":
        from store.elasticsearch import ElasticsearchStore

        assert settings.es_url is not None  # checked by Settings
        return ElasticsearchStore(settings.es_url, index_prefix=settings.es_index_prefix)
    from store.sqlite import SQLiteStore

    return SQLiteStore(settings.sqlite_path)
