"""``radar privacy export|forget|retain`` through the real command line, on the embedded store."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from community.privacy import RECEIPTS
from radar.cli import main
from radar.schemas import Mention, MentionQuery
from store.sqlite import SQLiteStore


def post(i: int, author: str, days_ago: int) -> Mention:
    return Mention(
        id=f"c{i}",
        platform="chat",
        source="demo-chat",
        url=f"https://example.test/c{i}",
        text="团长今天的草莓很新鲜",
        author=author,
        published_at=datetime.now(UTC) - timedelta(days=days_ago),
    )


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("RADAR_PRIVACY_KEY", raising=False)
    with SQLiteStore(tmp_path / "radar.sqlite3") as store:
        store.upsert_mentions([post(1, "老王", 2), post(2, "老王", 500), post(3, "小李", 2)])
    return tmp_path


def test_export_forget_and_retain(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = data_dir / "export.json"
    assert main(["privacy", "export", "老王", "--out", str(out)]) == 0
    assert sorted(m["id"] for m in json.loads(out.read_text())["mentions"]) == ["c1", "c2"]

    assert main(["privacy", "forget", "老王", "--yes"]) == 0
    receipt = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert receipt["kind"] == "forget" and receipt["deleted"] == {"mentions": 2}
    assert receipt["by"].startswith("cli:") and "老王" not in json.dumps(receipt)

    assert main(["privacy", "retain", "--days", "1"]) == 0
    retained = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert retained["kind"] == "retain" and retained["deleted"] == {"mentions": 1}
    with SQLiteStore(data_dir / "radar.sqlite3") as store:
        assert store.count_mentions(MentionQuery()) == 0
        assert store.count_docs(RECEIPTS) == 2


def test_forget_asks_first(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("no\n"))
    assert main(["privacy", "forget", "老王"]) == 1
    with SQLiteStore(data_dir / "radar.sqlite3") as store:
        assert store.count_mentions(MentionQuery()) == 3
