"""``radar crm import``: CSV or JSON-lines files of members, orders, interactions or events.

Rules (the intake contract):

* Idempotent by id: a record equal to the stored one is not written, so a re-import changes
  nothing (``community.records.save_records``).
* Every bad row is rejected with its file, line and reason, into the reject file and the import
  report; every valid row is stored (one bad row never sinks the file).
* A CSV order is one row per order line: rows sharing an order ``id`` form one order (columns
  ``id, member_id, store, placed_at, leader_id`` of the order, ``sku, category, margin_class,
  quantity, amount`` of the line). If one line of an order is bad, the order's other rows are
  rejected too (a partial order would have a wrong total), each saying which line sank it.
  A JSON-lines order carries its ``lines`` list.
* CSV events list their ``attendees`` separated by ``;``. Empty CSV cells mean "not given".
* A date without a time is midnight in the brand's time zone; a naive time is read there too.
* Within one file an id may appear once (orders: once per order); a repeat is rejected.
* A member's ``handle`` is stored pseudonymised (``community.handles``), never as given.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from community.handles import handle_key as default_handle_key
from community.handles import pseudonymise_member
from community.models import CrmRecord, Member
from community.records import KINDS, MEMBERS, save_records
from demo.community import write as write_demo
from radar.timezone import BRAND_TZ
from store.base import Store

_TIME_FIELDS = ("joined_at", "paid_since", "placed_at", "at", "held_at")
_LINE_FIELDS = ("sku", "category", "margin_class", "quantity", "amount")
_DATE_ONLY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Reject(BaseModel):
    """One rejected row."""

    file: str
    line: int
    reason: str
    raw: str


class ImportReport(BaseModel):
    """What one file's import did."""

    file: str
    kind: str
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    rejects: list[Reject] = []

    def summary(self) -> str:
        """One line for people."""
        return (
            f"{self.file}: {self.rows} row(s) of {self.kind}: {self.created} created, "
            f"{self.updated} updated, {self.unchanged} unchanged, {self.rejected} rejected"
        )


class IntakeError(Exception):
    """The file as a whole cannot be read (unknown kind or format, missing header)."""


@dataclass
class _Row:
    line: int
    raw: str
    fields: dict[str, Any]


@dataclass
class _Batch:
    records: list[CrmRecord] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)


def kind_from_path(path: Path) -> str:
    """``members.csv`` / ``2026-orders.jsonl`` -> the record kind its name says."""
    for kind in KINDS:
        if kind in path.name.lower():
            return kind
    raise IntakeError(f"{path}: cannot tell the record kind from the name; pass --kind")


def _local_times(fields: dict[str, Any]) -> dict[str, Any]:
    for name in _TIME_FIELDS:
        value = fields.get(name)
        if isinstance(value, str) and _DATE_ONLY.match(value):
            fields[name] = datetime.combine(
                date.fromisoformat(value), datetime.min.time(), BRAND_TZ
            )
        elif isinstance(value, str):
            try:
                parsed = datetime.fromisoformat(value)
            except ValueError:
                continue  # the model says why
            fields[name] = parsed if parsed.tzinfo else parsed.replace(tzinfo=BRAND_TZ)
    return fields


def _read_rows(path: Path) -> Iterator[_Row | Reject]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
            for number, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    value = json.loads(text)
                except json.JSONDecodeError as exc:
                    yield Reject(file=str(path), line=number, reason=f"not JSON: {exc}", raw=text)
                    continue
                if not isinstance(value, dict):
                    yield Reject(file=str(path), line=number, reason="not an object", raw=text)
                    continue
                yield _Row(number, text.rstrip("\n"), value)
            return
        if path.suffix.lower() != ".csv":
            raise IntakeError(f"{path}: unknown format (use .csv or .jsonl)")
        reader = csv.DictReader(handle)
        if not reader.fieldnames:
            raise IntakeError(f"{path}: no header row")
        for row in reader:
            raw = ",".join(v or "" for v in row.values() if isinstance(v, str))
            if None in row:
                yield Reject(
                    file=str(path), line=reader.line_num, reason="more cells than header", raw=raw
                )
                continue
            cells = {k: v for k, v in row.items() if v not in (None, "")}
            yield _Row(reader.line_num, raw, cells)


def _reason(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'row'}: {err['msg']}" for err in exc.errors()
    )


def _parse(path: Path, kind: str, is_csv: bool) -> tuple[_Batch, int]:
    model = KINDS[kind][1]
    batch, rows = _Batch(), 0
    seen: dict[str, int] = {}
    orders: dict[str, tuple[list[_Row], dict[str, Any]]] = {}
    for item in _read_rows(path):
        rows += 1
        if isinstance(item, Reject):
            batch.rejects.append(item)
            continue
        fields = _local_times(item.fields)
        if kind == "events" and is_csv and isinstance(fields.get("attendees"), str):
            fields["attendees"] = [a.strip() for a in fields["attendees"].split(";") if a.strip()]
        if kind == "orders" and is_csv:
            line = {k: fields.pop(k) for k in _LINE_FIELDS if k in fields}
            order_id = str(fields.get("id", ""))
            group = orders.setdefault(order_id, ([], {**fields, "lines": []}))
            group[0].append(item)
            group[1]["lines"].append(line)
            continue
        record_id = str(fields.get("id", ""))
        if record_id in seen:
            reason = f"duplicate id {record_id!r} (first at line {seen[record_id]})"
            batch.rejects.append(
                Reject(file=str(path), line=item.line, reason=reason, raw=item.raw)
            )
            continue
        try:
            batch.records.append(model.model_validate(fields))
            seen[record_id] = item.line
        except ValidationError as exc:
            reject = Reject(file=str(path), line=item.line, reason=_reason(exc), raw=item.raw)
            batch.rejects.append(reject)
    for group_rows, fields in orders.values():
        _add_csv_order(path, batch, group_rows, fields)
    return batch, rows


def _add_csv_order(path: Path, batch: _Batch, rows: list[_Row], fields: dict[str, Any]) -> None:
    heads = {k: v for k, v in fields.items() if k != "lines"}
    model = KINDS["orders"][1]
    bad: dict[int, str] = {}
    for row, line in zip(rows, fields["lines"], strict=True):
        try:
            model.model_validate({**heads, "lines": [line]})
        except ValidationError as exc:
            bad[row.line] = _reason(exc)
    differing = {
        row.line
        for row in rows
        if {k: v for k, v in row.fields.items() if k not in _LINE_FIELDS} != heads
    }
    for line_no in differing:
        bad.setdefault(line_no, "order fields differ from the order's first row")
    if not bad:
        batch.records.append(model.model_validate(fields))
        return
    first_bad = min(bad)
    for row in rows:
        reason = bad.get(row.line) or f"order {heads.get('id')!r} has a rejected line {first_bad}"
        batch.rejects.append(Reject(file=str(path), line=row.line, reason=reason, raw=row.raw))


def import_file(
    store: Store,
    path: Path,
    *,
    kind: str | None = None,
    rejects_path: Path | None = None,
    handle_key: bytes | None = None,
) -> ImportReport:
    """Validate and store one file; bad rows go to the report and (when given) ``rejects_path``
    as JSON lines; members' handles are stored pseudonymised under ``handle_key`` (default:
    ``community.handles.handle_key()``). Raises ``IntakeError`` when the file as a whole
    cannot be read."""
    kind = kind or kind_from_path(path)
    if kind not in KINDS:
        raise IntakeError(f"unknown record kind {kind!r} (one of {', '.join(KINDS)})")
    if not path.is_file():
        raise IntakeError(f"{path}: no such file")
    batch, rows = _parse(path, kind, path.suffix.lower() == ".csv")
    key = handle_key or default_handle_key()
    records = [pseudonymise_member(r, key) if isinstance(r, Member) else r for r in batch.records]
    counts = save_records(store, records)
    batch.rejects.sort(key=lambda r: r.line)
    if rejects_path is not None and batch.rejects:
        rejects_path.parent.mkdir(parents=True, exist_ok=True)
        with rejects_path.open("a", encoding="utf-8") as out:
            for reject in batch.rejects:
                out.write(reject.model_dump_json() + "\n")
    return ImportReport(
        file=str(path),
        kind=kind,
        rows=rows,
        created=counts.created,
        updated=counts.updated,
        unchanged=counts.unchanged,
        rejected=len(batch.rejects),
        rejects=batch.rejects,
    )


def import_demo(
    store: Store,
    directory: Path,
    end: datetime,
    *,
    handle_key: bytes | None = None,
    members: int = 3000,
) -> list[ImportReport]:
    """Load 邻里鲜's demo CRM (``demo.community``: members, a year of orders ending at ``end``,
    the group chat, the events) through the same intake as ``radar crm import``; does nothing
    (returns ``[]``) when the store already holds members, so a user's own data is never mixed
    with the demo and a restart does not reload it. The files are kept in ``directory``."""
    if store.count_docs(MEMBERS) > 0:
        return []
    return [
        import_file(store, path, handle_key=handle_key)
        for path in write_demo(directory, members, end=end)  # members first: the rest refer to them
    ]
