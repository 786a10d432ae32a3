"""Import the Kibana data views and the Community Radar dashboard into Kibana.

``radar kibana-setup [--kibana-url URL] [--wait SECONDS]`` first opens the Elasticsearch store
(``RADAR_STORE=elasticsearch``): its templates, ILM policy and mentions alias, and the index of
every collection a data view names, so that a fresh stack shows no "no matching indices". Then
it posts the saved objects in ``ops/kibana/radar-dashboards.ndjson`` (Lens visualizations,
written by ``ops/kibana/build_dashboards.py``) to Kibana's import API
(``POST /api/saved_objects/_import?overwrite=true``, ``kbn-xsrf`` header, multipart ``file``),
so re-running it updates them in place.

The file is written for the index prefix ``radar``. For another ``RADAR_ES_INDEX_PREFIX`` every
id that starts with ``radar-``, every reference to one, and the data view titles move to that
prefix, so the dashboards of two prefixes (two brands on one Kibana) live side by side instead
of the second import overwriting the first. Credentials, if Kibana has security on, go in the
URL (``https://user:pass@kibana:5601``).
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
from store.base import StoreError

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


def _moved(name: str, index_prefix: str) -> str:
    """``name`` (an id or index name written for ``FILE_PREFIX``) under ``index_prefix``."""
    if name.startswith(f"{FILE_PREFIX}-"):
        return index_prefix + name[len(FILE_PREFIX) :]
    return name


def retarget(obj: dict[str, Any], index_prefix: str) -> dict[str, Any]:
    """``obj`` with its id, its references' ids and (for a data view) its title and name
    moved to ``index_prefix``."""
    if index_prefix == FILE_PREFIX:
        return obj
    moved = {**obj, "id": _moved(str(obj["id"]), index_prefix)}
    moved["references"] = [
        {**ref, "id": _moved(str(ref["id"]), index_prefix)} for ref in obj.get("references", [])
    ]
    if obj.get("type") == "index-pattern":
        attributes = dict(obj["attributes"])
        for key in ("title", "name"):
            if key in attributes:
                attributes[key] = _moved(str(attributes[key]), index_prefix)
        moved["attributes"] = attributes
    return moved


def load_saved_objects(path: Path, *, index_prefix: str = FILE_PREFIX) -> list[dict[str, Any]]:
    """The saved objects of an NDJSON export, moved to ``index_prefix`` (``retarget``)."""
    objects: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KibanaSetupError(f"{path}:{number}: not JSON: {exc}") from exc
        objects.append(retarget(obj, index_prefix))
    return objects


def data_view_collections(objects: list[dict[str, Any]], index_prefix: str) -> list[str]:
    """The generic collections whose indices the data views name (``{prefix}-docs-{name}``)."""
    head = f"{index_prefix}-docs-"
    return [
        str(o["attributes"]["title"])[len(head) :]
        for o in objects
        if o.get("type") == "index-pattern" and str(o["attributes"]["title"]).startswith(head)
    ]


def prepare_indices(settings: Settings, objects: list[dict[str, Any]]) -> list[str]:
    """Open the Elasticsearch store (templates, ILM policy, mentions alias) and create the
    index of every collection a data view names; returns the indices created or found.
    Nothing to do on the embedded store (Kibana reads Elasticsearch only)."""
    if settings.store != "elasticsearch":
        return []
    from store import open_store
    from store.elasticsearch import ElasticsearchStore
    from store.es_queries import mentions_alias

    store = open_store(settings)
    try:
        assert isinstance(store, ElasticsearchStore)
        collections = data_view_collections(objects, settings.es.index_prefix)
        return [mentions_alias(settings.es.index_prefix), *store.create_collections(collections)]
    finally:
        store.close()


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
        indices = prepare_indices(settings, objects)
        answer = import_saved_objects(url, objects, wait_s=args.wait)
    except (KibanaSetupError, StoreError) as exc:
        print(f"radar kibana-setup: {exc}", file=sys.stderr)
        return 1
    if indices:
        print(f"indices ready: {', '.join(indices)}")
    else:
        print("radar kibana-setup: RADAR_STORE is not elasticsearch: no indices created")
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
        f"dashboard: {url}/app/dashboards#/view/{_moved(DASHBOARD_ID, settings.es.index_prefix)}"
    )
    return 0
