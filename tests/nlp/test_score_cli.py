"""`radar score`: JSON lines in, JSON lines out, bad lines reported without stopping the stream."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def _score(lines: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "radar.cli", "score", *args],
        input="".join(line + "\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.mark.slow
def test_score_streams_results_and_reports_bad_lines() -> None:
    good = [
        {"id": "a", "text": "草莓全部发霉了，吃了拉肚子，团长还不给退😡", "platform": "weibo"},
        {"id": "b", "text": "团长人超好，水果很新鲜，下次还买👍"},
        {"id": "c", "title": "投诉：價格欺詐", "text": "先涨后降，大数据杀熟"},
    ]
    lines = [
        json.dumps(good[0], ensure_ascii=False),
        "{not json",
        json.dumps(good[1], ensure_ascii=False),
        json.dumps({"id": "x", "text": 42}),
        "",
        json.dumps(good[2], ensure_ascii=False),
        "[1, 2]",
    ]
    proc = _score(lines, "--chunk-size", "2")
    assert proc.returncode == 1  # some lines failed; the rest were scored
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 6  # blank line skipped, every other line answered, in order
    a, bad_json, b, bad_text, c, bad_type = out
    assert a["id"] == "a" and a["platform"] == "weibo"  # input fields kept
    assert a["sentiment"]["label"] == "negative" and a["sentiment"]["p_negative"] > 0.65
    assert b["sentiment"]["label"] == "positive" and b["sentiment"]["p_negative"] < 0.35
    assert [(h["category"], h["term"]) for h in a["alerts"]] == [
        ("食品安全", "发霉"),
        ("食品安全", "吃了拉肚子"),  # a slot pattern reports its whole span
        ("服务态度", "不给退"),
    ]
    for hit in a["alerts"]:
        assert hit["field"] == "text"
        assert good[0]["text"][hit["start"] : hit["end"]] == hit["term"]
    assert 0 < len(a["keywords"]) <= 5 and "发霉" in a["keywords"]
    fields = {h["field"] for h in c["alerts"]}
    assert fields == {"title", "text"}
    for hit in c["alerts"]:
        source = good[2][hit["field"]]
        assert source[hit["start"] : hit["end"]] in {"價格欺詐", "先涨后降", "大数据杀熟"}
    assert bad_json["line"] == 2 and "not JSON" in bad_json["error"]
    assert bad_json["input"] == "{not json"
    assert bad_text["line"] == 4 and "text" in bad_text["error"]
    assert bad_type["line"] == 7 and "object" in bad_type["error"]
    assert "line 2" in proc.stderr and "3 line(s) could not be scored" in proc.stderr


@pytest.mark.slow
def test_score_all_good_exits_zero_and_handles_invalid_utf8() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "radar.cli", "score", "--top-k", "2"],
        input=b'{"text": "\xe5\xa5\xbd\xe5\x90\x83"}\n\xff\xfe\n',
        capture_output=True,
        timeout=180,
    )
    out = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert out[0]["text"] == "好吃" and len(out[0]["keywords"]) <= 2
    assert out[1]["error"] == "not valid UTF-8"
    ok = _score([json.dumps({"text": "物流很快"}, ensure_ascii=False)])
    assert ok.returncode == 0 and ok.stderr == ""
