"""`radar check-ad` (JSON lines in and out) and `radar users` against a real store."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from identity.users import authenticate
from radar.cli import main
from store.sqlite import SQLiteStore


def test_check_ad_json_lines(tmp_path: Path) -> None:
    src, dst = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [
        {"id": "a1", "text": "全网最低价！医生推荐"},
        {"id": "a2", "text": "最近到货，最后三天"},
        {"id": "a3", "text": "原价99，现价59"},
    ]
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", "utf-8")
    assert main(["check-ad", "--input", str(src), "--output", str(dst)]) == 0
    out = [json.loads(line) for line in dst.read_text("utf-8").splitlines()]
    assert [o["id"] for o in out] == ["a1", "a2", "a3"]
    assert [o["verdict"] for o in out] == ["reject", "pass", "review"]
    first = out[0]["findings"][0]
    assert set(first) >= {
        "rule",
        "category",
        "severity",
        "start",
        "end",
        "term",
        "law",
        "suggestion",
    }
    assert lines[0]["text"][first["start"] : first["end"]] == "全网最低"
    # What a context cleared comes out too, with the context and its reason (最近, 最后三天:
    # an order in time).
    assert out[1]["findings"] == []
    assert {c["context"] for c in out[1]["cleared"]} == {"time_order"}
    assert all(c["contribution"] == "none" and c["explanation"] for c in out[1]["cleared"])


def test_check_ad_reports_bad_lines_and_keeps_going(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO('{"text": "顶级"}\nnot json\n{"txt": 1}\n'))
    assert main(["check-ad"]) == 1
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert out[0]["verdict"] == "reject"
    assert out[1] == {"line": 2, "error": out[1]["error"]} and "JSON" in out[1]["error"]
    assert out[2]["line"] == 3 and "text" in out[2]["error"]
    assert "line 2" in captured.err


def test_users_add_prints_token_once_and_stores_hash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path))
    assert main(["users", "add", "lena", "--role", "legal"]) == 0
    token = capsys.readouterr().out.strip().splitlines()[-1]
    assert main(["users", "add", "lena", "--role", "legal"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["users", "list"]) == 0
    assert capsys.readouterr().out.startswith("lena\tlegal\tactive")
    with SQLiteStore(tmp_path / "radar.sqlite3") as store:
        user = authenticate(store, token)
        assert user is not None and user.role == "legal"
        assert token not in json.dumps(store.get_doc("users", "lena").body)  # type: ignore[union-attr]
    assert main(["users", "disable", "lena"]) == 0
    with SQLiteStore(tmp_path / "radar.sqlite3") as store:
        assert authenticate(store, token) is None
    with pytest.raises(SystemExit):
        main(["users", "add", "x", "--role", "boss"])


def test_check_ad_refuses_a_bad_reader_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "reader.npz"
    bad.write_bytes(b"\x93NUMPY not really")
    monkeypatch.setenv("RADAR_COMPLIANCE_READER_PATH", str(bad))
    monkeypatch.setattr("sys.stdin", io.StringIO('{"text": "顶级"}\n'))
    assert main(["check-ad"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "not a reader file" in captured.err
