"""docker-compose.yml and the Dockerfile, checked without a Docker engine (none runs here).

The file parses, every service's environment variable is one the software reads (a radar
setting — compared with ``radar.settings.setting_fields`` — or a documented variable of the
Elasticsearch, Kibana or Prefect image), the radar services' environment is a valid ``Settings``,
the services they point at exist, and every image is pinned to an explicit tag.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement

from radar.cli import commands
from radar.settings import Settings, setting_fields

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = ROOT / "docker-compose.yml"
DOCKERFILE = ROOT / "Dockerfile"

#: Variables of the third-party images (their documented settings), allowed per image.
FOREIGN_ENV = {
    "elasticsearch": {
        "discovery.type",
        "xpack.security.enabled",
        "action.destructive_requires_name",
        "ES_JAVA_OPTS",
        # the "cluster" profile's nodes
        "node.name",
        "cluster.name",
        "discovery.seed_hosts",
        "cluster.initial_master_nodes",
        "bootstrap.memory_lock",
    },
    "kibana": {"ELASTICSEARCH_HOSTS", "SERVER_NAME", "TELEMETRY_OPTIN"},
    "prefect": {
        "PREFECT_HOME",
        "PREFECT_API_URL",
        "PREFECT_SERVER_ANALYTICS_ENABLED",
        "PREFECT_UI_API_URL",
    },
}
RADAR_ENV = {env for env, _, _ in setting_fields()}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


_INTERPOLATION = re.compile(r"\$\{(\w+):-([^}]*)\}")


def _environment(service: dict[str, Any]) -> dict[str, str]:
    """A service's environment as compose sets it when the shell sets none of the variables
    the file interpolates (``${NAME:-default}`` becomes the default)."""
    env = service.get("environment", {})
    if isinstance(env, list):  # the "NAME=value" form
        env = dict(item.split("=", 1) for item in env)
    return {str(k): _INTERPOLATION.sub(r"\2", str(v)) for k, v in env.items()}


def _radar_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {n: s for n, s in compose["services"].items() if "build" in s}


def test_services_of_the_stack(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert {"elasticsearch", "kibana", "radar-api", "prefect-server", "radar-worker"} <= set(
        services
    )
    for name, service in services.items():
        for dep in service.get("depends_on", {}):
            assert dep in services, f"{name} depends on unknown service {dep}"
        for volume in service.get("volumes", []):
            source = volume.split(":", 1)[0]
            assert source in compose.get("volumes", {}), f"{name}: undeclared volume {source}"


def test_every_environment_variable_is_read_by_its_service(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        image = service.get("image", "")
        if "build" in service:
            allowed = RADAR_ENV | FOREIGN_ENV["prefect"]
        else:
            kind = next(k for k in FOREIGN_ENV if k in image)
            allowed = FOREIGN_ENV[kind]
        unknown = set(_environment(service)) - allowed
        assert not unknown, f"{name}: variables nothing reads: {sorted(unknown)}"


def test_radar_services_have_valid_settings(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    services = compose["services"]
    radar = _radar_services(compose)
    assert {"radar-api", "radar-worker", "kibana-setup"} <= set(radar)
    for name, service in radar.items():
        env = _environment(service)
        for var in RADAR_ENV:
            monkeypatch.delenv(var, raising=False)
        for var, value in env.items():
            monkeypatch.setenv(var, value)
        settings = Settings()
        assert settings.store == "elasticsearch", name
        assert settings.es.url is not None
        for node in settings.es.url.get_secret_value().split(","):
            es_host = re.match(r"https?://([^:/]+)", node)
            assert es_host and es_host.group(1) in services, f"{name}: ES_URL names no service"
        kibana_host = re.match(r"https?://([^:/]+)", settings.es.kibana_url)
        assert kibana_host and kibana_host.group(1) in services
        if "PREFECT_API_URL" in env:
            prefect = re.match(r"https?://([^:/]+):(\d+)/api$", env["PREFECT_API_URL"])
            assert prefect and prefect.group(1) in services
            assert prefect.group(2) in " ".join(services[prefect.group(1)]["command"])
        command = service["command"]
        assert command[0] in commands(), f"{name}: `radar {command[0]}` is not a radar command"
    api = radar["radar-api"]
    settings_port = _environment(api)["RADAR_API_PORT"]
    assert any(p.endswith(f":{settings_port}") for p in api["ports"])
    assert _environment(api)["RADAR_API_HOST"] == "0.0.0.0"  # reachable from the host port


def test_the_radar_services_can_point_at_the_cluster(
    compose: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    raw = compose["services"]["radar-api"]["environment"]["ES_URL"]
    assert raw == "${RADAR_COMPOSE_ES_URL:-http://elasticsearch:9200}"  # not the shell's ES_URL
    cluster_urls = ",".join(f"http://{n}:9200" for n in CLUSTER_NODES)
    monkeypatch.setenv("ES_URL", _INTERPOLATION.sub(cluster_urls, raw))
    for var in ("RADAR_STORE", "RADAR_ES_URL"):
        monkeypatch.delenv(var, raising=False)
    settings = Settings(store="elasticsearch")
    assert settings.es.url is not None
    assert settings.es.url.get_secret_value().split(",") == [
        f"http://{n}:9200" for n in CLUSTER_NODES
    ]


CLUSTER_NODES = ("es01", "es02", "es03")


def test_cluster_profile_forms_one_three_node_cluster(compose: dict[str, Any]) -> None:
    services = compose["services"]
    cluster = {n: s for n, s in services.items() if "cluster" in s.get("profiles", [])}
    assert set(cluster) == set(CLUSTER_NODES)
    single = services["elasticsearch"]
    assert "profiles" not in single  # `docker compose up` keeps the single node
    ports, volumes = set(), set()
    for name, node in cluster.items():
        env = _environment(node)
        assert node["image"] == single["image"], name
        assert env["node.name"] == name
        assert env["cluster.name"] == "radar-cluster"
        assert "discovery.type" not in env  # single-node discovery would form three clusters
        assert set(env["discovery.seed_hosts"].split(",")) == set(CLUSTER_NODES) - {name}
        assert env["cluster.initial_master_nodes"].split(",") == list(CLUSTER_NODES)
        assert env["bootstrap.memory_lock"] == "true" and node["ulimits"]["memlock"]["soft"] == -1
        heap = re.findall(r"-Xm([sx])(\d+[gm])", env["ES_JAVA_OPTS"])
        assert len(heap) == 2 and heap[0][1] == heap[1][1], f"{name}: set -Xms = -Xmx"
        assert "wait_for_nodes=3" in " ".join(node["healthcheck"]["test"])
        ports |= set(node["ports"])
        volumes |= {v.split(":", 1)[0] for v in node["volumes"]}
    assert len(ports) == 3 and len(volumes) == 3  # a data directory and a port per node
    assert single["volumes"][0].split(":", 1)[0] not in volumes


def test_images_are_pinned(compose: dict[str, Any]) -> None:
    for name, service in compose["services"].items():
        image = service.get("image")
        assert image, f"{name} has no image name"
        repo, _, tag = image.rpartition(":")
        assert repo and "/" not in tag, f"{name}: {image} has no tag"
        assert tag != "latest" and re.match(r"^\d+\.\d+\.\d+", tag), f"{name}: {image}"
    es_tag = compose["services"]["elasticsearch"]["image"].rsplit(":", 1)[1]
    assert compose["services"]["kibana"]["image"].rsplit(":", 1)[1] == es_tag  # must match


def test_published_ports_are_loopback_only(compose: dict[str, Any]) -> None:
    # Elasticsearch runs with security off for local development.
    for name, service in compose["services"].items():
        for port in service.get("ports", []):
            assert str(port).startswith("127.0.0.1:"), f"{name} publishes {port} on all interfaces"


def _pyproject_requirement(name: str) -> Requirement:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    import tomllib

    for spec in tomllib.loads(text)["project"]["dependencies"]:
        req = Requirement(spec)
        if req.name == name:
            return req
    raise AssertionError(f"{name} is not a dependency")


def test_images_agree_with_the_project_pins(compose: dict[str, Any]) -> None:
    prefect_tag = compose["services"]["prefect-server"]["image"].rsplit(":", 1)[1]
    prefect_version = prefect_tag.split("-", 1)[0]
    assert prefect_version in _pyproject_requirement("prefect").specifier
    assert prefect_tag.endswith("-python3.11")
    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11-slim$", dockerfile, re.M)
    (torch_pin,) = _pyproject_requirement("torch").specifier
    assert f"torch=={torch_pin.version} --index-url https://download.pytorch.org/whl/cpu" in (
        dockerfile
    )
    assert 'ENTRYPOINT ["radar"]' in dockerfile
