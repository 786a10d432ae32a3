"""``radar crm import`` on each backend: idempotent by id, every bad row rejected with its
file, line and reason, nothing valid lost."""

from __future__ import annotations

import json
from pathlib import Path

from community.handles import handle_key, pseudonymise
from community.intake import import_file
from community.models import Event, Member, Order
from community.records import EVENTS, MEMBERS, ORDERS, iter_records
from store.base import Store

MEMBERS_CSV = """id,joined_at,store,handle,paid_member,leader,referred_by
m1,2026-01-05,S1,h-aa,true,false,
m2,2026-02-01T10:30:00,S1,,0,1,m1
m3,not-a-date,S1,,,,
m4,2026-03-01,,,,,
m1,2026-01-06,S2,,,,
m5,2026-03-02,S2,,yes,,
"""

ORDERS_CSV = """id,member_id,store,placed_at,leader_id,sku,category,margin_class,quantity,amount
o1,m1,S1,2026-03-01,,sku1,有机生鲜,high,2,30.5
o1,m1,S1,2026-03-01,,sku2,粮油,normal,1,12
o2,m2,S1,2026-03-02,m2,sku3,进口商品,high,1,88
o2,m2,S1,2026-03-02,m2,sku4,粮油,weird,1,10
o3,m5,S2,2026-03-03,,sku5,粮油,low,1,-4
o4,m5,S2,2026-03-04,,sku5,粮油,low,3,9.9
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_csv_members_valid_rows_stored_bad_rows_rejected(any_store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "members.csv", MEMBERS_CSV)
    rejects = tmp_path / "rejects.jsonl"
    report = import_file(any_store, path, rejects_path=rejects)
    assert (report.kind, report.rows, report.created, report.rejected) == ("members", 6, 3, 3)
    assert [(r.line, r.reason.split(":")[0]) for r in report.rejects] == [
        (4, "joined_at"),
        (5, "store"),
        (6, "duplicate id 'm1' (first at line 2)"),
    ]
    written = [json.loads(line) for line in rejects.read_text(encoding="utf-8").splitlines()]
    assert [(w["file"], w["line"]) for w in written] == [
        (str(path), 4),
        (str(path), 5),
        (str(path), 6),
    ]
    members = {m.id: m for m in iter_records(any_store, Member)}
    assert sorted(members) == ["m1", "m2", "m5"]
    assert members["m1"].paid_member and members["m1"].handle == pseudonymise("h-aa", handle_key())
    assert members["m2"].leader and members["m2"].referred_by == "m1"
    # A date without a time is midnight in the brand's time zone.
    assert members["m1"].joined_at.isoformat() == "2026-01-05T00:00:00+08:00"
    assert any_store.count_docs(MEMBERS) == 3


def test_reimport_changes_nothing(any_store: Store, tmp_path: Path) -> None:
    path = write(tmp_path, "members.csv", MEMBERS_CSV)
    import_file(any_store, path)
    before = {d.id: d.version for d in any_store.find_docs(MEMBERS).items}
    again = import_file(any_store, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert {d.id: d.version for d in any_store.find_docs(MEMBERS).items} == before
    changed = write(
        tmp_path, "members2.csv", MEMBERS_CSV.replace("m5,2026-03-02,S2", "m5,2026-03-02,S3")
    )
    third = import_file(any_store, changed, kind="members")
    assert (third.created, third.updated, third.unchanged) == (0, 1, 2)


def test_csv_orders_group_lines_and_a_bad_line_sinks_its_order(
    any_store: Store, tmp_path: Path
) -> None:
    report = import_file(any_store, write(tmp_path, "orders.csv", ORDERS_CSV))
    assert (report.rows, report.created, report.rejected) == (6, 2, 3)
    reasons = {r.line: r.reason for r in report.rejects}
    assert reasons[5].startswith("lines.0.margin_class")
    assert reasons[4] == "order 'o2' has a rejected line 5"
    assert reasons[6].startswith("lines.0.amount")
    orders = {o.id: o for o in iter_records(any_store, Order)}
    assert sorted(orders) == ["o1", "o4"]
    assert [line.category for line in orders["o1"].lines] == ["有机生鲜", "粮油"]
    assert str(orders["o1"].amount) == "42.5"
    assert any_store.count_docs(ORDERS, []) == 2


def test_json_lines_events_and_bad_json(any_store: Store, tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "id": "e1",
                "type": "community_ritual",
                "ring": "middle",
                "store": "S1",
                "held_at": "2026-03-07",
                "title": "妈妈早茶会",
                "attendees": ["m1", "m2"],
            },
            ensure_ascii=False,
        ),
        "{not json",
        json.dumps(
            {"id": "e2", "type": "party", "ring": "middle", "store": "S1", "held_at": "2026-03-08"}
        ),
        "",
        json.dumps([1, 2]),
    ]
    report = import_file(any_store, write(tmp_path, "events.jsonl", "\n".join(lines) + "\n"))
    assert report.created == 1
    assert [(r.line, r.reason.split(":")[0]) for r in report.rejects] == [
        (2, "not JSON"),
        (3, "type"),
        (5, "not an object"),
    ]
    (event,) = iter_records(any_store, Event)
    assert event.attendees == ["m1", "m2"] and any_store.count_docs(EVENTS) == 1
