"""Import the Kibana data views and the Community Radar dashboard into Kibana.

``radar kibana-setup [--kibana-url URL] [--wait SECONDS]`` posts the saved objects in
``ops/kibana/radar-dashboards.ndjson`` to Kibana's import API
(``POST /api/saved_objects/_import?overwrite=true``, ``kbn-xsrf`` header, multipart ``file``),
so re-running it updates them in place. Data view titles are rewritten for the configured
``RADAR_ES_INDEX_PREFIX``. Credentials, if Kibana has security on, go in the URL
(``https://user:pass@kibana:5601``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from radar.settings import Settings

SAVED_OBJECTS = Path("ops") / "kibana" / "radar-dashboards.ndjson"
#: Index prefix the NDJSON file is written for.
FILE_PREFIX = "radar"
DASHBOARD_ID = "radar-overview"


class KibanaSetupError(RuntimeError):
    """Kibana could not be reached or refused the import (the message says why)."""


def default_file() -> Path | None:
    """The bundled saved objects: under the working directory (the Docker image's /app), else
    in the source tree this module was loaded from."""
    for base in (Path.cwd(), Path(__file__).resolve().parents[1]):
        if (base / SAVED_OBJECTS).is_file():
            return base / SAVED_OBJECTS
    return None


def load_saved_objects(path: Path, *, index_prefix: str = FILE_PREFIX) -> list[dict[str, Any]]:
    """The saved objects of an NDJSON export, data view titles moved to ``index_prefix``."""
    objects: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KibanaSetupError(f"{path}:{number}: not JSON: {exc}") from exc
        if obj.get("type") == "index-pattern" and index_prefix != FILE_PREFIX:
            title = str(obj["attributes"]["title"])
            if title.startswith(f"{FILE_PREFIX}-"):
                obj["attributes"]["title"] = index_prefix + title[len(FILE_PREFIX) :]
        objects.append(obj)
    return objects


def wait_for_kibana(client: httpx.Client, seconds: float) -> None:
    """Poll ``/api/status`` until Kibana answers 200, for at most ``seconds``."""
    deadline = time.monotonic() + seconds
    last, pause = "no answer", 0.5
    while True:
        try:
            response = client.get("/api/status")
            if response.status_code == 200:
                return
            last = f"HTTP {response.status_code}"
        except httpx.TransportError as exc:
            last = str(exc) or type(exc).__name__
        if time.monotonic() >= deadline:
            raise KibanaSetupError(
                f"Kibana at {client.base_url} not ready after {seconds:g} s: {last}"
            )
        print(f"radar kibana-setup: waiting for Kibana ({last})", file=sys.stderr)
        time.sleep(min(pause, max(0.05, deadline - time.monotonic())))
        pause = min(pause * 2, 5.0)


def import_saved_objects(
    kibana_url: str, objects: list[dict[str, Any]], *, wait_s: float = 0, timeout: float = 30
) -> dict[str, Any]:
    """Import ``objects`` (overwriting); returns Kibana's answer or raises ``KibanaSetupError``."""
    payload = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objects).encode()
    headers = {"kbn-xsrf": "true"}
    with httpx.Client(base_url=kibana_url, headers=headers, timeout=timeout) as client:
        if wait_s > 0:
            wait_for_kibana(client, wait_s)
        try:
            response = client.post(
                "/api/saved_objects/_import",
                params={"overwrite": "true"},
                files={"file": ("radar-dashboards.ndjson", payload, "application/ndjson")},
            )
        except httpx.TransportError as exc:
            raise KibanaSetupError(
                f"cannot reach Kibana at {kibana_url}: {exc or type(exc).__name__}. Is it running "
                "(`docker compose up -d kibana`)? Set RADAR_KIBANA_URL or pass --kibana-url."
            ) from exc
    if response.status_code != 200:
        raise KibanaSetupError(
            f"Kibana at {kibana_url} refused the import: HTTP {response.status_code}: "
            f"{response.text[:500]}"
        )
    try:
        answer: dict[str, Any] = response.json()
    except ValueError as exc:
        raise KibanaSetupError(
            f"Kibana at {kibana_url} answered non-JSON: {response.text[:200]}"
        ) from exc
    return answer


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``radar kibana-setup [--kibana-url URL] [--file NDJSON] [--wait SECONDS]``."""
    parser.add_argument("--kibana-url", help="Kibana base URL (default: RADAR_KIBANA_URL)")
    parser.add_argument("--file", type=Path, help=f"saved objects (default: {SAVED_OBJECTS})")
    parser.add_argument(
        "--wait",
        type=float,
        default=0,
        metavar="SECONDS",
        help="wait up to this long for Kibana to come up (docker compose start-up)",
    )


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Import the saved objects; prints what was imported or why not."""
    url = (args.kibana_url or settings.es.kibana_url).rstrip("/")
    path = args.file or default_file()
    if path is None or not path.is_file():
        print(
            f"radar kibana-setup: saved objects not found ({path or SAVED_OBJECTS}); pass --file",
            file=sys.stderr,
        )
        return 2
    try:
        objects = load_saved_objects(path, index_prefix=settings.es.index_prefix)
        answer = import_saved_objects(url, objects, wait_s=args.wait)
    except KibanaSetupError as exc:
        print(f"radar kibana-setup: {exc}", file=sys.stderr)
        return 1
    for error in answer.get("errors", []):
        detail = error.get("error", {})
        print(
            f"radar kibana-setup: {error.get('type')} {error.get('id')}: "
            f"{detail.get('type')} {detail.get('message', '')}".rstrip(),
            file=sys.stderr,
        )
    if not answer.get("success"):
        print(f"radar kibana-setup: Kibana at {url} rejected the import", file=sys.stderr)
        return 1
    print(
        f"imported {answer.get('successCount', len(objects))} saved objects into {url}; "
        f"dashboard: {url}/app/dashboards#/view/{DASHBOARD_ID}"
    )
    return 0
