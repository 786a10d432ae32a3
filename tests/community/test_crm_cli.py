"""``radar crm import`` / ``refresh`` / ``tiers`` end to end through the real CLI and store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from radar.cli import main
from tests.community.test_intake import MEMBERS_CSV, ORDERS_CSV


def test_import_then_tiers_prints_the_contract_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path / "var"))
    (tmp_path / "members.csv").write_text(MEMBERS_CSV, encoding="utf-8")
    (tmp_path / "orders.csv").write_text(ORDERS_CSV, encoding="utf-8")
    code = main(["crm", "import", str(tmp_path / "members.csv"), str(tmp_path / "orders.csv")])
    out = capsys.readouterr().out
    assert code == 1  # some rows were rejected
    assert "members.csv: 6 row(s) of members: 3 created" in out
    assert f"{tmp_path / 'members.csv'}:4: joined_at" in out
    rejects = tmp_path / "var" / "crm-rejects" / "members.csv.jsonl"
    assert len(rejects.read_text(encoding="utf-8").splitlines()) == 3

    assert main(["crm", "refresh", "--as-of", "2026-03-10", "--json"]) == 0
    refreshed = json.loads(capsys.readouterr().out)
    assert refreshed["date"] == "2026-03-10"

    assert main(["crm", "tiers", "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert set(counts) == {"members", "tiers", "lifecycle", "churn_warnings"}
    assert set(counts["tiers"]) == {"koc", "high_value", "potential", "low_value"}
    assert set(counts["lifecycle"]) == {"new", "active", "silent", "core"}
    assert (
        counts["members"] == 3 == sum(counts["tiers"].values()) == sum(counts["lifecycle"].values())
    )


def test_import_of_an_unknown_kind_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RADAR_DATA_DIR", str(tmp_path / "var"))
    (tmp_path / "stuff.csv").write_text("id\nx\n", encoding="utf-8")
    assert main(["crm", "import", str(tmp_path / "stuff.csv")]) == 2
    assert "pass --kind" in capsys.readouterr().err
