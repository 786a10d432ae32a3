"""Ad-copy intake: JSON bodies, file uploads (txt, docx, pdf; UTF-8 or GBK) and CSV batches.

Everything is parsed and validated *before* anything is stored, so a bad upload is refused whole
with an ``IntakeError`` naming the file, row or field at fault. ``check_pending`` is the entry
point the ``ad_intake`` flow calls to run the tier-1 check on copy still ``submitted``.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import PurePath

import charset_normalizer

from compliance.check import checker_for
from compliance.errors import IntakeError
from compliance.parsing import DocumentError, ParseLimits, read_document
from compliance.routing import load_routing
from compliance.workflow import AdDraft
from compliance.workflow import check_pending as _check_pending
from radar.settings import ComplianceSettings, Settings
from store.base import Store

TEXT_TYPES = {".txt": "text", ".text": "text", ".docx": "docx", ".pdf": "pdf"}
CSV_COLUMNS = ("text", "title", "categories", "public", "channel")
_TRUE = {"1", "true", "yes", "y", "是", "公开"}
_FALSE = {"0", "false", "no", "n", "否", "内部"}


@dataclass(frozen=True)
class IntakeLimits:
    """Size limits of the intake (from ``Settings``); ``parse`` bounds reading a .docx/.pdf."""

    max_bytes: int = 2_000_000
    max_chars: int = 20_000
    max_rows: int = 500
    parse: ParseLimits = field(default_factory=ParseLimits)

    @classmethod
    def from_settings(cls, settings: ComplianceSettings) -> IntakeLimits:
        """The limits configured in ``settings``."""
        parse = ParseLimits(
            max_inflated_bytes=settings.max_inflated_bytes,
            max_entries=settings.max_zip_entries,
            max_xml_nodes=settings.max_xml_nodes,
            max_pages=settings.max_pdf_pages,
            timeout_s=settings.parse_timeout_s,
            memory_bytes=settings.parse_memory_mb << 20,
        )
        return cls(settings.max_upload_bytes, settings.max_ad_chars, settings.max_batch_rows, parse)


def decode_text(data: bytes, *, name: str = "upload") -> str:
    """Decode text that is UTF-8 (with or without BOM), UTF-16 with BOM, GBK/GB18030 or Big5."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _plain(data.decode("utf-16"), name)
        except UnicodeDecodeError as exc:
            raise IntakeError("unreadable", f"{name}: invalid UTF-16 text: {exc}") from exc
    if b"\x00" in data:
        raise IntakeError("unreadable", f"{name}: looks like binary data, not text")
    try:
        return _plain(data.decode("utf-8"), name)
    except UnicodeDecodeError:
        pass
    # Chinese legacy encodings only: unrestricted detection mistakes short GBK copy for cp949.
    best = charset_normalizer.from_bytes(data, cp_isolation=["gb18030", "big5"]).best()
    if best is not None:
        return _plain(str(best), name)
    try:
        return _plain(data.decode("gb18030"), name)
    except UnicodeDecodeError as exc:
        raise IntakeError(
            "unreadable", f"{name}: not UTF-8, GBK/GB18030 or Big5 text (undecodable bytes)"
        ) from exc


def _plain(text: str, name: str) -> str:
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
    if controls > max(2, len(text) // 100):
        raise IntakeError("unreadable", f"{name}: looks like binary data, not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _document_text(kind: str, data: bytes, name: str, limits: IntakeLimits) -> str:
    """A .docx or .pdf read in a limited child process (``compliance.parsing``)."""
    if kind == "docx" and not data.startswith(b"PK\x03\x04"):
        raise IntakeError("unreadable", f"{name}: not a .docx file (no ZIP signature)")
    if kind == "pdf" and data.lstrip()[:5] != b"%PDF-":
        raise IntakeError("unreadable", f"{name}: not a PDF file (no %PDF- header)")
    try:
        return read_document(kind, data, limits.parse)
    except DocumentError as exc:
        raise IntakeError("unreadable", f"{name}: {exc}") from None


def _check_size(data: bytes, name: str, limits: IntakeLimits) -> None:
    if len(data) > limits.max_bytes:
        raise IntakeError(
            "too_large", f"{name}: {len(data)} bytes is over the limit of {limits.max_bytes}"
        )
    if not data:
        raise IntakeError("empty", f"{name}: the file is empty")


def clean_copy(text: str, name: str, limits: IntakeLimits) -> str:
    """Trimmed copy within the size limit, or ``IntakeError``."""
    text = text.strip()
    if not text:
        raise IntakeError("empty", f"{name}: no text in the copy")
    if len(text) > limits.max_chars:
        raise IntakeError(
            "too_large", f"{name}: {len(text)} characters is over the limit of {limits.max_chars}"
        )
    return text


def extract_text(filename: str, data: bytes, limits: IntakeLimits) -> str:
    """The copy in an uploaded .txt, .docx or .pdf file."""
    name = PurePath(filename or "upload").name or "upload"
    kind = TEXT_TYPES.get(PurePath(name).suffix.lower())
    if kind is None:
        raise IntakeError(
            "unsupported_type",
            f"{name}: unsupported file type; upload .txt, .docx or .pdf (or a .csv batch)",
        )
    _check_size(data, name, limits)
    if kind in ("docx", "pdf"):
        text = _document_text(kind, data, name, limits)
    else:
        text = decode_text(data, name=name)
    return clean_copy(text, name, limits)


def _flag(value: str, where: str) -> bool:
    low = value.strip().lower()
    if low in _TRUE:
        return True
    if low in _FALSE:
        return False
    raise IntakeError("invalid", f"{where}: 'public' must be true/false, not {value!r}")


def parse_csv_batch(
    filename: str, data: bytes, limits: IntakeLimits, *, default_public: bool = True
) -> list[AdDraft]:
    """Drafts from a CSV batch (header row; ``text`` required; ``title``, ``categories``
    separated by ``|`` or ``;``, ``public``, ``channel`` optional). All rows or none."""
    name = PurePath(filename or "batch.csv").name or "batch.csv"
    if PurePath(name).suffix.lower() != ".csv":
        raise IntakeError("unsupported_type", f"{name}: a batch must be a .csv file")
    _check_size(data, name, limits)
    text = decode_text(data, name=name)
    try:
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip().lower() for h in (reader.fieldnames or [])]
        if "text" not in header:
            raise IntakeError(
                "invalid",
                f"{name}: the header row needs a 'text' column (found {header or 'none'})",
            )
        unknown = [h for h in header if h not in CSV_COLUMNS]
        if unknown:
            raise IntakeError(
                "invalid",
                f"{name}: unknown column(s) {', '.join(unknown)}; "
                f"allowed: {', '.join(CSV_COLUMNS)}",
            )
        reader.fieldnames = header
        drafts: list[AdDraft] = []
        for row in reader:
            line = reader.line_num
            if len(drafts) >= limits.max_rows:
                raise IntakeError(
                    "too_large", f"{name}: more than {limits.max_rows} rows in one batch"
                )
            if None in row:
                raise IntakeError("invalid", f"{name}, line {line}: more fields than columns")
            where = f"{name}, line {line}"
            if not any((v or "").strip() for v in row.values()):
                continue  # blank line
            public_raw = row.get("public")
            public = (
                default_public if not (public_raw or "").strip() else _flag(public_raw or "", where)
            )
            categories = [
                c.strip()
                for c in (row.get("categories") or "").replace(";", "|").split("|")
                if c.strip()
            ]
            drafts.append(
                AdDraft(
                    title=(row.get("title") or "").strip()[:200],
                    text=clean_copy(row.get("text") or "", where, limits),
                    categories=categories,
                    public=public,
                    channel=(row.get("channel") or "").strip() or None,
                    source="csv",
                    filename=name,
                )
            )
    except csv.Error as exc:
        raise IntakeError("invalid", f"{name}: malformed CSV: {exc}") from exc
    if not drafts:
        raise IntakeError("empty", f"{name}: no rows with copy")
    return drafts


def check_pending(
    store: Store, settings: Settings | None = None, *, now: datetime | None = None
) -> int:
    """Run the tier-1 check on every ad still ``submitted`` (the ``ad_intake`` flow's step);
    returns how many were checked and routed."""
    settings = settings or Settings()
    compliance = settings.compliance
    routing = load_routing(compliance.routing_path)
    return _check_pending(store, lambda: checker_for(compliance), routing, now=now)


__all__ = [
    "IntakeLimits",
    "check_pending",
    "clean_copy",
    "decode_text",
    "extract_text",
    "parse_csv_batch",
]
