"""Quarantine: raw pages the crawl could not use, kept with their URL and the reason.

Layout: ``<data_dir>/quarantine/<source>/<url hash>_<content hash>.<ext>`` holds the raw bytes
as received, and a ``.meta.json`` beside it holds ``url``, ``reason``, ``status``, ``headers``
(the response's), ``source``, ``at`` and ``page`` (which parse step read it, so it can be
re-parsed). One copy per bad page: the same URL with the same bytes is kept once, however many
runs meet it. At most ``max_bytes`` of a page are written (a crawl's own limit on responses is
far larger than a bad page needs for a look); a longer body is cut, and its metadata says so
(``size``: the bytes received, ``cut``: true). An entry's id is ``<source>/<stem>``. Nothing
is lost: a page dropped by a selector change can be re-parsed once the source file is fixed
(``radar quarantine retry``).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_EXT = {"html": ".html", "json": ".json", "xml": ".xml", "csv": ".csv"}
_META = ".meta.json"


class Quarantine:
    """Writes quarantined pages under one directory (one sub-directory per source)."""

    def __init__(self, root: Path, max_bytes: int = 1_000_000) -> None:
        self.root = root
        self.max_bytes = max_bytes

    def keep(
        self,
        source: str,
        url: str,
        reason: str,
        body: bytes = b"",
        *,
        status: int | None = None,
        headers: dict[str, str] | None = None,
        content_type: str = "",
        page: dict[str, Any] | None = None,
    ) -> Path:
        """Store one raw page (unless this URL with these bytes is kept already); returns the
        path of its metadata file."""
        folder = self.root / source
        stem = (
            f"{hashlib.sha1(url.encode()).hexdigest()[:12]}_{hashlib.sha1(body).hexdigest()[:12]}"
        )
        path = folder / f"{stem}{_META}"
        if path.exists():
            return path
        folder.mkdir(parents=True, exist_ok=True)
        ext = next((e for k, e in _EXT.items() if k in content_type), ".bin")
        (folder / f"{stem}{ext}").write_bytes(body[: self.max_bytes])
        meta: dict[str, Any] = {
            "url": url,
            "reason": reason,
            "status": status,
            "headers": headers or {},
            "source": source,
            "at": datetime.now(UTC).isoformat(),
            "body_file": f"{stem}{ext}",
            "page": page,
            "size": len(body),
            "cut": len(body) > self.max_bytes,
        }
        path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        return path


def _entry(path: Path) -> dict[str, Any]:
    meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    meta["id"] = f"{path.parent.name}/{path.name.removesuffix(_META)}"
    return meta


def list_quarantine(root: Path, source: str | None = None) -> list[dict[str, Any]]:
    """Metadata of quarantined pages (oldest first), optionally of one source; each with its
    ``id``."""
    pattern = f"{source}/*{_META}" if source else f"*/*{_META}"
    entries = [_entry(p) for p in root.glob(pattern)]
    return sorted(entries, key=lambda e: (e.get("at") or "", e["id"]))


def _meta_path(root: Path, entry_id: str) -> Path:
    source, _, stem = entry_id.partition("/")
    if not source or not stem or "/" in stem or ".." in entry_id:
        raise KeyError(entry_id)
    path = root / source / f"{stem}{_META}"
    if not path.is_file():
        raise KeyError(entry_id)
    return path


def read_entry(root: Path, entry_id: str) -> tuple[dict[str, Any], bytes]:
    """One entry's metadata and raw bytes; ``KeyError`` for an unknown id."""
    path = _meta_path(root, entry_id)
    meta = _entry(path)
    body_path = path.parent / str(meta.get("body_file") or "")
    return meta, body_path.read_bytes() if body_path.is_file() else b""


def remove_entry(root: Path, entry_id: str) -> None:
    """Delete one entry (metadata and bytes); ``KeyError`` for an unknown id."""
    path = _meta_path(root, entry_id)
    meta = _entry(path)
    (path.parent / str(meta.get("body_file") or "")).unlink(missing_ok=True)
    path.unlink()


def purge(root: Path, source: str | None = None, before: datetime | None = None) -> list[str]:
    """Delete the entries of ``source`` (all when None) kept before ``before`` (all when None);
    returns their ids."""
    removed = []
    for entry in list_quarantine(root, source):
        if before is not None and datetime.fromisoformat(entry["at"]) >= before:
            continue
        remove_entry(root, entry["id"])
        removed.append(entry["id"])
    return removed
