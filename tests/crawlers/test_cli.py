"""``radar sources list`` and ``radar crawl`` through the real command line entry point."""

from __future__ import annotations

import json

import pytest

from demo.server import DemoNetwork
from radar.cli import main


def test_sources_list_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path / "var"))
    assert main(["sources", "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["name"] for r in rows} >= {
        "demo-weibo",
        "demo-forum",
        "demo-complaints",
        "demo-news",
        "demo-chat",
    }
    weibo = next(r for r in rows if r["name"] == "demo-weibo")
    assert weibo["kind"] == "json_api" and weibo["schedule"]["interval_seconds"] == 600
    assert weibo["watermark"] is None


def test_sources_show_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "show", "nope"]) == 2
    assert "unknown source" in capsys.readouterr().err


@pytest.mark.slow
def test_crawl_prints_progress_and_a_json_report(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    demo: DemoNetwork,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("RADAR_CRAWL_AUTOTHROTTLE_START_DELAY", "0.01")
    assert main(["crawl", "demo-news", "demo-chat", "--base-url", demo.base_url, "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    for key in (
        "pages",
        "items",
        "created",
        "updated",
        "duplicate",
        "dropped",
        "error_count",
        "seconds",
        "sources",
    ):
        assert key in report
    assert report["created"] == len(demo.data["news"]) + len(demo.data["chat"]["messages"])
    assert "demo-news" in captured.err and "done" in captured.err  # progress lines
    assert main(["sources", "list", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["demo-news"]["watermark"] is not None


def test_crawl_unknown_source_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path / "var"))
    assert main(["crawl", "no-such-source"]) == 2
    assert "unknown source" in capsys.readouterr().err
