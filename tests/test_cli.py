"""The `radar` console script, run as a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

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
    )
    assert result.returncode == 2
    (line,) = [x for x in result.stderr.splitlines() if x.startswith("radar:")]
    assert "RADAR_ENV=production refuses an API on 0.0.0.0 without any active user" in line
    assert "Traceback" not in result.stderr


def test_naive_time_filter_is_rejected(tmp_path: Path) -> None:
    result = radar("search", "x", "--since", "2026-11-20", data_dir=tmp_path)
    assert result.returncode == 2
    assert "UTC offset" in result.stderr
