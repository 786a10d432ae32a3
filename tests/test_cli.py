"""The `radar` console script, run as a real subprocess."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from radar.schemas import Mention
from store.sqlite import SQLiteStore


def radar(*args: str, data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {**os.environ, "RADAR_DATA_DIR": str(data_dir), **env}
    return subprocess.run(
        [sys.executable, "-m", "radar.cli", *args],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )


def test_version(tmp_path: Path) -> None:
    result = radar("--version", data_dir=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("radar ")


def test_search_prints_matches_as_json_lines(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "radar.sqlite3")
    when = datetime(2026, 11, 20, 4, tzinfo=UTC)
    store.upsert_mentions(
        [
            Mention(
                id="a", platform="weibo", source="s", url="u1", text="牛奶过期了", published_at=when
            ),
            Mention(
                id="b", platform="forum", source="s", url="u2", text="团长很好", published_at=when
            ),
        ]
    )
    store.close()
    result = radar("search", "过期", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [m["id"] for m in lines] == ["a"]
    assert "1 of 1" in result.stderr


def test_invalid_configuration_is_reported(tmp_path: Path) -> None:
    result = radar("search", "x", data_dir=tmp_path, RADAR_STORE="elasticsearch", ES_URL="")
    assert result.returncode == 2
    assert "ES_URL" in result.stderr


def test_a_bad_variable_is_named_in_one_line(tmp_path: Path) -> None:
    result = radar("search", "x", data_dir=tmp_path, RADAR_CRAWL_PROCESSES="0")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "radar: invalid configuration: RADAR_CRAWL_PROCESSES: "
        "Input should be greater than or equal to 1"
    ]


def test_production_refuses_unsafe_defaults_in_one_line(tmp_path: Path) -> None:
    result = radar("search", "x", data_dir=tmp_path, RADAR_ENV="production")
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("radar: invalid configuration: RADAR_ENV=production refuses")
    assert "RADAR_CRAWL_USER_AGENT" in line


def test_production_refuses_an_exposed_api_without_users(tmp_path: Path) -> None:
    result = radar(
        "serve",
        "--host",
        "0.0.0.0",
        "--port",
        "0",
        data_dir=tmp_path,
        RADAR_ENV="production",
        RADAR_CRAWL_USER_AGENT="BrandRadar/1.0 (+https://brand.example.cn/bot)",
        RADAR_PRIVACY_KEY="p" * 32,
    )
    assert result.returncode == 2
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("radar:")]
    assert "RADAR_ENV=production refuses an API on 0.0.0.0 without any active user" in line
    assert "Traceback" not in result.stderr


def test_a_date_without_offset_is_read_in_the_brand_time_zone(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "radar.sqlite3")
    mentions = [  # 23:30 on the 19th and 00:30 on the 20th in Asia/Shanghai
        Mention(id=i, platform="weibo", source="s", url=i, text="牛奶过期了", published_at=at)
        for i, at in [
            ("late-19th", datetime(2026, 11, 19, 15, 30, tzinfo=UTC)),
            ("early-20th", datetime(2026, 11, 19, 16, 30, tzinfo=UTC)),
        ]
    ]
    store.upsert_mentions(mentions)
    store.close()
    result = radar("search", "--since", "2026-11-20", "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["early-20th"]
    bad = radar("search", "--since", "20 Nov", data_dir=tmp_path)
    assert bad.returncode == 2 and "not an ISO date" in bad.stderr


@pytest.mark.parametrize("command", [["search", "x"], ["incidents"], ["status"]])
def test_reading_commands_create_no_store_and_say_where_they_looked(
    tmp_path: Path, command: list[str]
) -> None:
    data_dir = tmp_path / "nowhere"
    result = radar(*command, data_dir=data_dir)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert f"no store at {data_dir / 'radar.sqlite3'}" in line
    assert not data_dir.exists()


def test_a_data_dir_that_is_a_file_is_one_line(tmp_path: Path) -> None:
    afile = tmp_path / "var"
    afile.write_text("not a directory")
    for command in (["search", "x"], ["run", "--once"], ["crawl"]):
        result = radar(*command, data_dir=afile)
        assert result.returncode == 2
        assert result.stderr.strip().splitlines() == [
            f"radar: RADAR_DATA_DIR: {afile} is a file, not a directory"
        ]
    below = radar("status", data_dir=afile / "sub")
    assert below.returncode == 2
    assert f"{afile / 'sub'} cannot be created: {afile} is a file" in below.stderr
    assert "Traceback" not in below.stderr


def test_a_relative_data_dir_is_resolved_once(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "radar.cli", "search", "x"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "RADAR_DATA_DIR": "var"},
        timeout=120,
    )
    assert result.returncode == 2
    assert f"no store at {tmp_path / 'var' / 'radar.sqlite3'}" in result.stderr


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """``radar … | head``: the reader leaves before the output is written."""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the command writes anything
    try:
        result = subprocess.run(
            [sys.executable, "-m", "radar.cli", "sources", "list"],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "RADAR_DATA_DIR": str(tmp_path)},
            timeout=120,
        )
    finally:
        os.close(write)
    assert result.returncode == 1
    assert result.stderr == ""


def test_serve_on_a_busy_port_says_so_first(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = radar("serve", "--port", str(port), data_dir=tmp_path)
    assert result.returncode == 2
    first = result.stderr.strip().splitlines()[0]
    assert first.startswith(f"radar serve: cannot listen on 127.0.0.1:{port}: ")
    assert "in use" in first
    assert not (tmp_path / "radar.sqlite3").exists()  # nothing else happened


def test_status_without_a_running_job_reports_the_rest(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "radar.sqlite3")
    when = datetime(2026, 11, 20, 4, tzinfo=UTC)
    store.upsert_mentions(
        [Mention(id="a", platform="weibo", source="s", url="u", text="牛奶", published_at=when)]
    )
    store.close()
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "radar.cli", "status", "--json"],
        capture_output=True,
        text=True,
        env={**env, "RADAR_DATA_DIR": str(tmp_path)},
        timeout=120,
    )
    assert result.returncode == 1  # the flows are unknown: no job runs here
    status = json.loads(result.stdout)
    assert status["flows"] == [] and "no `radar run`" in status["prefect_error"]
    assert status["store"] == {"mentions": 1, "pending_analysis": 1}
    assert status["outbox"] == {"pending": 0, "sending": 0, "dead": 0, "unknown": 0}
    assert status["quarantine"] == 0
