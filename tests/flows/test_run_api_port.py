"""``radar run`` binds the API's port before the demo network takes one (flows/commands/run.py)."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import pytest

from flows.commands.run import _api, _api_socket
from radar.settings import Settings


def test_a_taken_api_port_is_refused_with_the_setting_to_change(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        settings = Settings(data_dir=tmp_path, api={"host": "127.0.0.1", "port": port})
        with pytest.raises(SystemExit) as refused, _api_socket(settings):
            pass
    assert f"could not bind 127.0.0.1:{port}" in str(refused.value)
    assert "RADAR_API_PORT" in str(refused.value)


def test_the_api_serves_on_the_socket_bound_first_and_names_its_port(tmp_path: Path) -> None:
    # Port 0: the OS picks; the URL names the port the socket holds (not the configured 0).
    settings = Settings(data_dir=tmp_path, api={"host": "127.0.0.1", "port": 0})
    with _api_socket(settings) as sock:
        port = sock.getsockname()[1]
        # Served flow runs are child processes: they must not inherit the API's port.
        assert not sock.get_inheritable()
        with _api(settings, sock) as base:
            assert base == f"http://127.0.0.1:{port}"
            assert httpx.get(f"{base}/openapi.json", timeout=10).status_code == 200
