"""Kibana saved objects (ops/kibana/) and ``radar kibana-setup``.

Kibana cannot run on this machine, so the setup command is exercised against a FAKE KIBANA: a
real HTTP server on 127.0.0.1 that implements only what the command calls (``GET /api/status``,
``POST /api/saved_objects/_import``) and records the requests, so the test sees exactly what a
real Kibana would receive. The saved objects themselves are checked for structure, internal
references and — the part that breaks silently in Kibana — that every field they name exists in
our index mappings.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from compliance.workflow import ADS
from monitor.incidents import INCIDENTS
from radar.cli import main
from store import es_queries
from store.kibana import SAVED_OBJECTS, default_file, load_saved_objects
from tests.utils.servers import free_port

ROOT = Path(__file__).resolve().parents[1]
NDJSON = ROOT / SAVED_OBJECTS


@pytest.fixture(scope="module")
def objects() -> list[dict[str, Any]]:
    return load_saved_objects(NDJSON)


def _by_key(objects: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(o["type"], o["id"]): o for o in objects}


def _mapped_fields(template: str) -> set[str]:
    def walk(mapping: dict[str, Any], prefix: str = "") -> Iterator[str]:
        for name, spec in mapping.get("properties", {}).items():
            yield prefix + name
            yield from walk(spec, f"{prefix}{name}.")

    return set(walk(es_queries.load_template(template)["template"]["mappings"]))


def test_every_line_is_a_saved_object_with_a_unique_id(objects: list[dict[str, Any]]) -> None:
    lines = [line for line in NDJSON.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) == len(objects) and len(_by_key(objects)) == len(objects)
    kinds = {o["type"] for o in objects}
    assert kinds == {"index-pattern", "visualization", "search", "dashboard"}
    for o in objects:
        assert o["attributes"]["title"], o["id"]


def test_data_views_name_the_backend_indices(objects: list[dict[str, Any]]) -> None:
    views = {o["id"]: o["attributes"] for o in objects if o["type"] == "index-pattern"}
    assert views["radar-mentions"]["title"] == es_queries.mentions_alias("radar")
    assert views["radar-mentions"]["timeFieldName"] == "published_at"
    assert views["radar-incidents"]["title"] == es_queries.docs_index("radar", INCIDENTS)
    assert views["radar-ads"]["title"] == es_queries.docs_index("radar", ADS)
    # Time fields of generic collections must be *_at strings, which the docs template maps
    # to dates.
    for view in ("radar-incidents", "radar-ads"):
        assert views[view]["timeFieldName"].startswith("attrs.")
        assert views[view]["timeFieldName"].endswith("_at")


def test_references_resolve(objects: list[dict[str, Any]]) -> None:
    keys = set(_by_key(objects))
    for o in objects:
        for ref in o["references"]:
            assert (ref["type"], ref["id"]) in keys, f"{o['id']} -> {ref}"
    (dashboard,) = [o for o in objects if o["type"] == "dashboard"]
    panels = json.loads(dashboard["attributes"]["panelsJSON"])
    names = {r["name"] for r in dashboard["references"]}
    assert {p["panelRefName"] for p in panels} == names
    panel_ids = {r["id"] for r in dashboard["references"]}
    assert {
        "radar-sentiment-over-time",
        "radar-alert-categories",
        "radar-top-regions",
        "radar-incident-list",
    } <= panel_ids
    for p in panels:  # the 48-column dashboard grid
        grid = p["gridData"]
        assert grid["x"] >= 0 and grid["x"] + grid["w"] <= 48 and grid["h"] > 0


def test_fields_exist_in_the_index_mappings(objects: list[dict[str, Any]]) -> None:
    views = {o["id"]: o for o in objects if o["type"] == "index-pattern"}
    mention_fields = _mapped_fields("mentions")

    def known(view_id: str, name: str) -> bool:
        if view_id == "radar-mentions":
            return name in mention_fields
        return name.startswith("attrs.")  # generic documents: top-level body fields

    for o in objects:
        if o["type"] not in ("visualization", "search"):
            continue
        (ref,) = o["references"]
        assert ref["id"] in views
        source = json.loads(o["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])
        assert source["indexRefName"] == ref["name"]
        if o["type"] == "visualization":
            state = json.loads(o["attributes"]["visState"])
            fields = [a["params"]["field"] for a in state["aggs"] if "field" in a["params"]]
            assert fields, o["id"]
        else:
            fields = o["attributes"]["columns"] + [s[0] for s in o["attributes"]["sort"]]
        for name in fields:
            assert known(ref["id"], name), f"{o['id']}: {name} is not mapped"
    sentiment = json.loads(
        _by_key(objects)[("visualization", "radar-sentiment-over-time")]["attributes"]["visState"]
    )
    by_field = {a["params"].get("field"): a for a in sentiment["aggs"]}
    assert by_field["published_at"]["type"] == "date_histogram"
    assert by_field["sentiment.label"]["schema"] == "group"
    assert by_field["platform"]["schema"] == "split"


def test_prefix_rewrites_data_view_titles_only() -> None:
    objects = load_saved_objects(NDJSON, index_prefix="acme")
    titles = {o["id"]: o["attributes"]["title"] for o in objects if o["type"] == "index-pattern"}
    assert titles["radar-mentions"] == "acme-mentions"
    assert titles["radar-incidents"] == "acme-docs-incidents"
    dashboards = [o for o in objects if o["type"] == "dashboard"]
    assert dashboards[0]["attributes"]["title"] == "社区雷达 Community Radar"
    assert default_file() == NDJSON


# ---------------------------------------------------------------- the setup command


@dataclass
class FakeKibana:
    """Records requests; answers the import with ``answer`` (or ``status`` if not 200)."""

    url: str = ""
    requests: list[dict[str, Any]] = field(default_factory=list)
    status_calls: int = 0
    ready_after: int = 0
    answer: dict[str, Any] | None = None
    status: int = 200


@pytest.fixture
def fake_kibana() -> Iterator[FakeKibana]:
    state = FakeKibana()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _reply(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            if self.path == "/api/status":
                state.status_calls += 1
                if state.status_calls <= state.ready_after:
                    self._reply(503, {"status": {"overall": {"level": "unavailable"}}})
                else:
                    self._reply(200, {"status": {"overall": {"level": "available"}}})
            else:
                self._reply(404, {"error": "Not Found"})

        def do_POST(self) -> None:
            raw = self.rfile.read(int(self.headers["Content-Length"]))
            head = f"Content-Type: {self.headers['Content-Type']}\r\n\r\n".encode()
            message = BytesParser(policy=HTTP).parsebytes(head + raw)
            parts = {
                p.get_param("name", header="content-disposition"): p for p in message.iter_parts()
            }
            file_part = parts["file"]
            lines = file_part.get_payload(decode=True).decode().splitlines()
            url = urlsplit(self.path)
            state.requests.append(
                {
                    "path": url.path,
                    "query": parse_qs(url.query),
                    "xsrf": self.headers.get("kbn-xsrf"),
                    "filename": file_part.get_filename(),
                    "objects": [json.loads(line) for line in lines if line],
                }
            )
            if url.path != "/api/saved_objects/_import" or self.headers.get("kbn-xsrf") is None:
                self._reply(400, {"message": "Request must contain a kbn-xsrf header."})
                return
            count = len(state.requests[-1]["objects"])
            self._reply(state.status, state.answer or {"success": True, "successCount": count})

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield state
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def test_setup_imports_every_object_with_overwrite(
    fake_kibana: FakeKibana, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RADAR_ES_INDEX_PREFIX", "acme")
    assert main(["kibana-setup", "--kibana-url", fake_kibana.url]) == 0
    (request,) = fake_kibana.requests
    assert request["path"] == "/api/saved_objects/_import"
    assert request["query"] == {"overwrite": ["true"]}
    assert request["xsrf"] == "true"
    assert request["filename"].endswith(".ndjson")
    sent = {(o["type"], o["id"]) for o in request["objects"]}
    assert sent == set(_by_key(load_saved_objects(NDJSON)))
    titles = [o["attributes"]["title"] for o in request["objects"] if o["type"] == "index-pattern"]
    assert "acme-mentions" in titles  # the configured prefix reached Kibana
    out = capsys.readouterr().out
    assert f"imported {len(sent)} saved objects" in out and "radar-overview" in out


def test_setup_uses_the_kibana_url_setting_and_waits(
    fake_kibana: FakeKibana, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake_kibana.ready_after = 2  # answers 503 twice, as Kibana does while starting
    monkeypatch.setenv("RADAR_KIBANA_URL", fake_kibana.url)
    assert main(["kibana-setup", "--wait", "30"]) == 0
    assert fake_kibana.status_calls == 3 and len(fake_kibana.requests) == 1


def test_setup_reports_rejected_objects(
    fake_kibana: FakeKibana, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_kibana.answer = {
        "success": False,
        "successCount": 8,
        "errors": [
            {
                "id": "radar-top-regions",
                "type": "visualization",
                "error": {"type": "missing_references"},
            }
        ],
    }
    assert main(["kibana-setup", "--kibana-url", fake_kibana.url]) == 1
    err = capsys.readouterr().err
    assert "visualization radar-top-regions: missing_references" in err
    assert "rejected the import" in err


def test_setup_reports_http_errors(
    fake_kibana: FakeKibana, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_kibana.status = 403
    fake_kibana.answer = {"message": "forbidden"}
    assert main(["kibana-setup", "--kibana-url", fake_kibana.url]) == 1
    assert "HTTP 403" in capsys.readouterr().err


def test_unreachable_kibana_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    assert main(["kibana-setup", "--kibana-url", url]) == 1
    err = capsys.readouterr().err
    assert f"cannot reach Kibana at {url}" in err and "RADAR_KIBANA_URL" in err


def test_waiting_gives_up_with_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    assert main(["kibana-setup", "--kibana-url", url, "--wait", "0.3"]) == 1
    assert "not ready after 0.3 s" in capsys.readouterr().err


def test_missing_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kibana-setup", "--file", str(tmp_path / "nope.ndjson")]) == 2
    assert "pass --file" in capsys.readouterr().err
