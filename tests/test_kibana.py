"""Kibana saved objects (ops/kibana/) and ``radar kibana-setup``.

Kibana cannot run on this machine, so the setup command is exercised against a FAKE KIBANA: a
real HTTP server on 127.0.0.1 that implements only what the command calls (``GET /api/status``,
``POST /api/saved_objects/_import``) and records the requests, so the test sees exactly what a
real Kibana would receive. The saved objects themselves are checked for structure, internal
references and — the part that breaks silently in Kibana — that every field they name exists in
our index mappings.
"""

from __future__ import annotations

import importlib.util
import json
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from community.records import ORDERS
from compliance.workflow import ADS
from monitor.alerts import ALERTS
from monitor.incidents import INCIDENTS
from monitor.tickets import TICKETS
from radar.cli import main
from store import es_queries
from store.kibana import SAVED_OBJECTS, default_file, load_saved_objects
from tests.utils.fake_elasticsearch import FakeElasticsearch
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
    assert kinds == {"index-pattern", "lens", "search", "dashboard"}  # no legacy visualizations
    for o in objects:
        assert o["attributes"]["title"], o["id"]
        assert o["id"].startswith("radar-"), o["id"]  # what a second prefix moves
        assert o["coreMigrationVersion"] == "8.8.0" and o["typeMigrationVersion"]


def test_the_file_is_what_the_builder_writes() -> None:
    builder = ROOT / "ops" / "kibana" / "build_dashboards.py"
    spec = importlib.util.spec_from_file_location("build_dashboards", builder)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.objects() == [json.loads(line) for line in NDJSON.read_text("utf-8").splitlines()]


def test_data_views_name_the_backend_indices(objects: list[dict[str, Any]]) -> None:
    views = {o["id"]: o["attributes"] for o in objects if o["type"] == "index-pattern"}
    assert views["radar-mentions"]["title"] == es_queries.mentions_alias("radar")
    assert views["radar-mentions"]["timeFieldName"] == "published_at"
    for view, collection in (
        ("radar-incidents", INCIDENTS),
        ("radar-ads", ADS),
        ("radar-alerts", ALERTS),
        ("radar-tickets", TICKETS),
        ("radar-orders", ORDERS),
    ):
        assert views[view]["title"] == es_queries.docs_index("radar", collection)
        # Time fields of generic collections must be *_at strings, which the docs template
        # maps to dates.
        time_field = views[view].get("timeFieldName")
        assert time_field is None or (
            time_field.startswith("attrs.") and time_field.endswith("_at")
        )


def _lens_fields(lens: dict[str, Any]) -> list[str]:
    layers = lens["attributes"]["state"]["datasourceStates"]["formBased"]["layers"]
    return [
        column["sourceField"]
        for layer in layers.values()
        for column in layer["columns"].values()
        if column.get("sourceField") not in (None, "___records___")
    ]


def test_every_lens_layer_reads_a_data_view_in_the_file(objects: list[dict[str, Any]]) -> None:
    views = {o["id"] for o in objects if o["type"] == "index-pattern"}
    lenses = [o for o in objects if o["type"] == "lens"]
    assert {o["attributes"]["visualizationType"] for o in lenses} == {
        "lnsXY",
        "lnsHeatmap",
        "lnsDatatable",
        "lnsMetric",
        "lnsPie",
    }
    for o in lenses:
        state = o["attributes"]["state"]
        layers = state["datasourceStates"]["formBased"]["layers"]
        names = {r["name"]: r for r in o["references"]}
        for layer_id, layer in layers.items():
            ref = names[f"indexpattern-datasource-layer-{layer_id}"]
            assert ref["type"] == "index-pattern" and ref["id"] in views, o["id"]
            order = layer["columnOrder"]
            assert sorted(order) == sorted(layer["columns"])
            bucketed = [layer["columns"][c]["isBucketed"] for c in order]
            assert bucketed == sorted(bucketed, reverse=True), f"{o['id']}: buckets first"
        # Every accessor the visualization draws is a column of its layer.
        columns = {c for layer in layers.values() for c in layer["columns"]}
        drawn = json.dumps(state["visualization"])
        for column in columns:
            assert f'"{column}"' in drawn, f"{o['id']}: column {column} is not drawn"


def test_references_resolve(objects: list[dict[str, Any]]) -> None:
    keys = set(_by_key(objects))
    for o in objects:
        for ref in o["references"]:
            assert (ref["type"], ref["id"]) in keys, f"{o['id']} -> {ref}"
    (dashboard,) = [o for o in objects if o["type"] == "dashboard"]
    panels = json.loads(dashboard["attributes"]["panelsJSON"])
    names = {r["name"] for r in dashboard["references"]}
    assert {f"{p['panelIndex']}:{p['panelRefName']}" for p in panels} == names
    panel_ids = {r["id"] for r in dashboard["references"]}
    assert {
        "radar-sentiment-over-time",
        "radar-heat-map",
        "radar-alerts",
        "radar-incidents-over-time",
        "radar-tickets",
        "radar-kpi-orders",
        "radar-kpi-buyers",
        "radar-incident-list",
    } <= panel_ids
    assert panel_ids == {o["id"] for o in objects if o["type"] in ("lens", "search")}
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
        if o["type"] == "lens":
            (ref,) = o["references"]
            fields = _lens_fields(o)
            assert fields or o["id"] == "radar-kpi-orders", o["id"]
        elif o["type"] == "search":
            (ref,) = o["references"]
            source = json.loads(o["attributes"]["kibanaSavedObjectMeta"]["searchSourceJSON"])
            assert source["indexRefName"] == ref["name"]
            fields = o["attributes"]["columns"] + [s[0] for s in o["attributes"]["sort"]]
        else:
            continue
        assert ref["id"] in views
        for name in fields:
            assert known(ref["id"], name), f"{o['id']}: {name} is not mapped"
    heat = _by_key(objects)[("lens", "radar-heat-map")]
    (layer,) = heat["attributes"]["state"]["datasourceStates"]["formBased"]["layers"].values()
    kinds = {c["operationType"]: c for c in layer["columns"].values()}
    assert kinds["date_histogram"]["params"]["interval"] == "1d"
    assert kinds["terms"]["sourceField"] == "platform"


def test_a_second_prefix_moves_ids_references_and_titles() -> None:
    first = load_saved_objects(NDJSON)
    second = load_saved_objects(NDJSON, index_prefix="acme")
    assert not set(_by_key(first)) & set(_by_key(second))  # no import overwrites the other
    keys = set(_by_key(second))
    for o in second:
        assert o["id"].startswith("acme-"), o["id"]
        for ref in o["references"]:
            assert (ref["type"], ref["id"]) in keys, f"{o['id']} -> {ref}"
    titles = {o["id"]: o["attributes"]["title"] for o in second if o["type"] == "index-pattern"}
    assert titles["acme-mentions"] == "acme-mentions"
    assert titles["acme-incidents"] == "acme-docs-incidents"
    dashboards = [o for o in second if o["type"] == "dashboard"]
    assert dashboards[0]["attributes"]["title"] == "社区雷达 Community Radar"
    assert default_file() == NDJSON


def test_setup_creates_the_indices_every_data_view_names(
    fake_kibana: FakeKibana,
    fake_es: FakeElasticsearch,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """On a fresh stack every data view must match an index or alias, or Kibana shows "no
    matching indices": setup opens the store and creates them first (through the FAKE node)."""
    prefix = f"kibana-{uuid.uuid4().hex[:8]}"
    monkeypatch.setenv("RADAR_STORE", "elasticsearch")
    monkeypatch.setenv("ES_URL", fake_es.url)
    monkeypatch.setenv("RADAR_ES_INDEX_PREFIX", prefix)
    seen = len(fake_es.violations)
    try:
        assert main(["kibana-setup", "--kibana-url", fake_kibana.url]) == 0
        (request,) = fake_kibana.requests
        titles = [
            o["attributes"]["title"] for o in request["objects"] if o["type"] == "index-pattern"
        ]
        cluster = fake_es.cluster
        names = set(cluster.indices) | {a for i in cluster.indices.values() for a in i.aliases}
        assert titles and all(t in names for t in titles), (titles, sorted(names))
        assert f"{prefix}-mentions-retention" in cluster.policies  # the store's ILM policy
        assert "indices ready" in capsys.readouterr().out
    finally:
        from store.elasticsearch import ElasticsearchStore

        ElasticsearchStore(fake_es.url, index_prefix=prefix).drop()
    assert fake_es.violations[seen:] == []


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
    assert sent == set(_by_key(load_saved_objects(NDJSON, index_prefix="acme")))
    titles = [o["attributes"]["title"] for o in request["objects"] if o["type"] == "index-pattern"]
    assert "acme-mentions" in titles  # the configured prefix reached Kibana
    out = capsys.readouterr().out
    assert f"imported {len(sent)} saved objects" in out and "#/view/acme-overview" in out


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
                "id": "radar-heat-map",
                "type": "lens",
                "error": {"type": "missing_references"},
            }
        ],
    }
    assert main(["kibana-setup", "--kibana-url", fake_kibana.url]) == 1
    err = capsys.readouterr().err
    assert "lens radar-heat-map: missing_references" in err
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
