"""Quarantine: raw pages the crawl could not use, kept with their URL and the reason.

Layout: ``<data_dir>/quarantine/<source>/<UTC time>_<url hash>.<ext>`` holds the raw bytes as
received, and a ``.json`` beside it holds ``url``, ``reason``, ``status``, ``headers``,
``source`` and ``at``. Nothing is lost: a page dropped by a selector change can be re-parsed
once the source file is fixed.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_EXT = {"html": ".html", "json": ".json", "xml": ".xml", "csv": ".csv"}


class Quarantine:
    """Writes quarantined pages under one directory (one sub-directory per source)."""

    def __init__(self, root: Path) -> None:
        self.root = root

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
    ) -> Path:
        """Store one raw page; returns the path of its metadata file."""
        folder = self.root / source
        folder.mkdir(parents=True, exist_ok=True)
        now = datetime.now(UTC)
        stem = f"{now:%Y%m%dT%H%M%S%f}_{hashlib.sha1(url.encode()).hexdigest()[:10]}"
        ext = next((e for k, e in _EXT.items() if k in content_type), ".bin")
        (folder / f"{stem}{ext}").write_bytes(body)
        meta: dict[str, Any] = {
            "url": url,
            "reason": reason,
            "status": status,
            "headers": headers or {},
            "source": source,
            "at": now.isoformat(),
            "body_file": f"{stem}{ext}",
        }
        path = folder / f"{stem}.meta.json"
        path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        return path


def list_quarantine(root: Path, source: str | None = None) -> list[dict[str, Any]]:
    """Metadata of quarantined pages (oldest first), optionally of one source."""
    pattern = f"{source}/*.meta.json" if source else "*/*.meta.json"
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(root.glob(pattern))]
