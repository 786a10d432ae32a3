"""docker-compose.yml and the Dockerfile, checked without a Docker engine (none runs here).

The file parses, every service's environment variable is one the software reads (a radar
setting — compared with ``radar.settings.env_name`` — or a documented variable of the
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
from radar.settings import Settings, env_name

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
    },
    "kibana": {"ELASTICSEARCH_HOSTS", "SERVER_NAME", "TELEMETRY_OPTIN"},
    "prefect": {
        "PREFECT_HOME",
        "PREFECT_API_URL",
        "PREFECT_SERVER_ANALYTICS_ENABLED",
        "PREFECT_UI_API_URL",
    },
}
RADAR_ENV = {env_name(name) for name in Settings.model_fields}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _environment(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    if isinstance(env, list):  # the "NAME=value" form
        env = dict(item.split("=", 1) for item in env)
    return {str(k): str(v) for k, v in env.items()}


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
        assert settings.es_url is not None
        es_host = re.match(r"https?://([^:/]+)", settings.es_url)
        assert es_host and es_host.group(1) in services, f"{name}: ES_URL names no service"
        kibana_host = re.match(r"https?://([^:/]+)", settings.kibana_url)
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
