"""Store stage: the storage interface and its two backends (SQLite embedded, Elasticsearch)."""

from __future__ import annotations

from typing import Literal

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


#: ``RADAR_ES_REFRESH`` -> the backend's refresh argument.
ES_REFRESH: dict[str, Literal["wait_for"] | bool] = {
    "wait_for": "wait_for",
    "true": True,
    "false": False,
}


def open_store(settings: Settings, *, create: bool = True) -> Store:
    """Open the backend the settings name (``RADAR_STORE``).

    With ``create=False`` (commands that only read) a missing embedded store raises ``NoStore``
    naming the path it looked at, instead of creating an empty one there.
    """
    if settings.store == "elasticsearch":
        from store.elasticsearch import ElasticsearchStore

        es = settings.es
        assert es.url is not None  # checked by Settings
        return ElasticsearchStore(
            es.url.get_secret_value(),
            index_prefix=es.index_prefix,
            refresh=ES_REFRESH[es.refresh],
            max_retries=es.max_retries,
            retry_backoff=es.retry_backoff,
            retry_backoff_max=es.retry_backoff_max,
            request_timeout=es.request_timeout,
            shards=es.shards,
            replicas=es.replicas,
            retention_days=settings.privacy.retention_days,
        )
    from store.sqlite import SQLiteStore

    if not create and not settings.sqlite_path.is_file():
        raise NoStore(
            f"no store at {settings.sqlite_path.resolve()} (RADAR_DATA_DIR): nothing collected "
            "there yet; run `radar run` or `radar crawl` first, or set RADAR_DATA_DIR"
        )
    return SQLiteStore(settings.sqlite_path)
