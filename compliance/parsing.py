"""Reading the text of an uploaded .docx or .pdf under limits, in a child process.

A Word file is a ZIP of XML: 30 KB can inflate to hundreds of megabytes and millions of XML
nodes, and a DOM parser (python-docx) then holds the API for minutes. A PDF's streams are
compressed too, and a crafted one can keep a parser busy for as long as it likes. So the parent
(``read_document``) hands the bytes to a fresh interpreter (``python -I this_file.py KIND``) that
first lowers its own limits (``resource.setrlimit``: address space, CPU seconds, no files
written), and waits at most ``timeout_s`` before killing it. At most ``PARSERS`` children run at
once, so uploads cannot take every core. A burst queues: up to ``QUEUED`` more uploads wait for a
slot, each at most ``slot_wait_s`` (5 s); one past the queue, or one that waited in vain, gets
``ParsersBusy`` (the API answers 503 with ``Retry-After``) rather than holding a server thread
for as long as the burst lasts. In the child:

- .docx: at most ``max_entries`` ZIP entries; the main part is streamed through expat
  (no DOM), counting inflated bytes (``max_inflated_bytes``) and elements (``max_xml_nodes``);
  a DOCTYPE or entity declaration is refused (no XXE, no billion laughs; a .docx has none).
- .pdf: pypdf with its decompression limits (``pypdf.Configuration``) lowered to
  ``max_inflated_bytes``; at most ``max_pages`` pages.

Whatever fails in the child (malformed XML, a decompression limit, pypdf tripping over a crafted
file, running out of its memory) comes back as one plain sentence: the caller answers 422.
This file imports nothing from the project, so the child starts without loading it.
"""

from __future__ import annotations

import io
import json
import math
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

#: Parsing children allowed at once (the rest wait their turn).
PARSERS = max(1, min(4, (os.cpu_count() or 2) // 2))
#: Uploads allowed to wait for a slot beyond those parsing (the rest are turned away at once).
QUEUED = 8
_SLOTS = threading.BoundedSemaphore(PARSERS)
_ADMITTED = threading.BoundedSemaphore(PARSERS + QUEUED)
_CHUNK = 1 << 16
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main "
_MC_FALLBACK = "http://schemas.openxmlformats.org/markup-compatibility/2006 Fallback"
_OFFICE_DOCUMENT = "/officeDocument"


@dataclass(frozen=True)
class ParseLimits:
    """What one document may cost to read."""

    max_inflated_bytes: int = 20_000_000
    max_entries: int = 1000
    max_xml_nodes: int = 200_000
    max_pages: int = 50
    timeout_s: float = 10.0
    memory_bytes: int = 512 * 1024 * 1024
    #: How long an upload waits for a free parsing slot before ``ParsersBusy``.
    slot_wait_s: float = 5.0


class DocumentError(Exception):
    """The document cannot be read within its limits (the message says why, plainly)."""


class ParsersBusy(Exception):
    """Every parsing slot stayed busy (or the queue for them is full): retry after
    ``retry_after_s`` seconds. Not the document's fault: the API answers 503."""

    def __init__(self, retry_after_s: int) -> None:
        super().__init__(
            f"every document reader is busy; retry in {retry_after_s} s (nothing was stored)"
        )
        self.retry_after_s = retry_after_s


# ---------------------------------------------------------------------------- parent side
def read_document(kind: str, data: bytes, limits: ParseLimits) -> str:
    """The text of a ``"docx"`` or ``"pdf"`` document, read in a limited child process;
    ``DocumentError`` with a plain reason when it cannot be; ``ParsersBusy`` when no parsing
    slot frees within ``limits.slot_wait_s`` or the queue for one is full."""
    # A slot frees within one parse timeout: the earliest a retry can find one.
    busy = ParsersBusy(max(1, math.ceil(limits.timeout_s)))
    if not _ADMITTED.acquire(blocking=False):
        raise busy
    try:
        if not _SLOTS.acquire(timeout=limits.slot_wait_s):
            raise busy
        try:
            done = _run_child(kind, data, limits)
        finally:
            _SLOTS.release()
    finally:
        _ADMITTED.release()
    try:
        answer: dict[str, Any] = json.loads(done.stdout)
    except ValueError:
        answer = {}
    if isinstance(answer.get("text"), str):
        return str(answer["text"])
    if isinstance(answer.get("error"), str):
        raise DocumentError(answer["error"])
    # Killed by a limit (SIGKILL past its CPU time, no memory left for even the answer).
    raise DocumentError(
        f"reading it needed more than the allowed resources (exit status {done.returncode})"
    )


def _run_child(kind: str, data: bytes, limits: ParseLimits) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-I", os.path.abspath(__file__), kind, json.dumps(asdict(limits))]
    try:
        return subprocess.run(
            command, input=data, capture_output=True, timeout=limits.timeout_s, check=False
        )
    except subprocess.TimeoutExpired:  # run() has killed the child
        raise DocumentError(
            f"reading it took longer than {limits.timeout_s:g} s; it was stopped"
        ) from None


# ----------------------------------------------------------------------------- child side
def _limit_self(limits: ParseLimits) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    cpu = int(limits.timeout_s) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


class _BoundedReader:
    """Reads a ZIP member in chunks, refusing to inflate past a total budget."""

    def __init__(self, limits: ParseLimits) -> None:
        self.left = limits.max_inflated_bytes
        self.limit = limits.max_inflated_bytes

    def chunks(self, archive: zipfile.ZipFile, name: str) -> Any:
        with archive.open(name) as part:
            while chunk := part.read(_CHUNK):
                self.left -= len(chunk)
                if self.left < 0:
                    raise DocumentError(
                        f"it inflates to more than {self.limit} bytes of XML (a ZIP bomb?)"
                    )
                yield chunk


def _expat(limits: ParseLimits, start: Callable[..., None], end: Callable[[str], None]) -> Any:
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    nodes = 0

    def on_start(name: str, attrs: dict[str, str]) -> None:
        nonlocal nodes
        nodes += 1
        if nodes > limits.max_xml_nodes:
            raise DocumentError(f"more than {limits.max_xml_nodes} XML elements")
        start(name, attrs)

    def no_dtd(*_: object) -> None:
        raise DocumentError("its XML declares a DTD or entities, which Word files never do")

    parser.StartElementHandler = on_start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    parser.buffer_text = True
    return parser


def _feed(parser: Any, chunks: Any) -> None:
    from xml.parsers import expat

    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise DocumentError(f"its XML is malformed ({expat.errors.messages[exc.code]})") from None


def _main_part(archive: zipfile.ZipFile, reader: _BoundedReader, limits: ParseLimits) -> str:
    """The main document part named by ``_rels/.rels`` (``word/document.xml`` by default)."""
    target = "word/document.xml"
    if "_rels/.rels" in archive.namelist():

        def start(name: str, attrs: dict[str, str]) -> None:
            nonlocal target
            if name.endswith(" Relationship") and attrs.get("Type", "").endswith(_OFFICE_DOCUMENT):
                target = attrs.get("Target", target).lstrip("/")

        _feed(_expat(limits, start, lambda _: None), reader.chunks(archive, "_rels/.rels"))
    if target not in archive.namelist():
        raise DocumentError(f"no {target} in the archive: not a Word document")
    return target


def docx_text(data: bytes, limits: ParseLimits) -> str:
    """The text of a .docx: paragraphs in order, a table row as its cells joined by tabs."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise DocumentError(f"cannot read the .docx file: {exc}") from None
    if len(entries) > limits.max_entries:
        raise DocumentError(
            f"{len(entries)} entries in the archive, over the limit of {limits.max_entries}"
        )
    reader = _BoundedReader(limits)
    lines: list[str] = []
    paragraphs: list[list[str]] = []  # open paragraphs (a text box nests one in another)
    cells: list[list[str]] = []  # open table cells, each a list of its paragraphs
    rows: list[list[str]] = []  # open table rows, each a list of its cells
    text_depth = 0
    fallback_depth = 0  # mc:Fallback repeats the mc:Choice beside it: skip it

    def start(name: str, _attrs: dict[str, str]) -> None:
        nonlocal text_depth, fallback_depth
        if name == _MC_FALLBACK or fallback_depth:
            fallback_depth += 1
            return
        local = name.removeprefix(_W)
        if local == "p":
            paragraphs.append([])
        elif local == "t":
            text_depth += 1
        elif local in ("tab", "br", "cr") and paragraphs:
            paragraphs[-1].append("\t" if local == "tab" else "\n")
        elif local == "tc":
            cells.append([])
        elif local == "tr":
            rows.append([])

    def end(name: str) -> None:
        nonlocal text_depth, fallback_depth
        if fallback_depth:
            fallback_depth -= 1
            return
        local = name.removeprefix(_W)
        if local == "t":
            text_depth -= 1
        elif local == "p" and paragraphs:
            line = "".join(paragraphs.pop())
            if paragraphs:
                paragraphs[-1].append("\n" + line)
            elif cells:
                cells[-1].append(line)
            else:
                lines.append(line)
        elif local == "tc" and cells:
            cell = "\n".join(cells.pop())
            if rows:
                rows[-1].append(cell)
        elif local == "tr" and rows:
            line = "\t".join(rows.pop())
            (cells[-1] if cells else lines).append(line)

    def text(value: str) -> None:
        if text_depth and paragraphs and not fallback_depth:
            paragraphs[-1].append(value)

    try:
        part = _main_part(archive, reader, limits)
        parser = _expat(limits, start, end)
        parser.CharacterDataHandler = text
        _feed(parser, reader.chunks(archive, part))
    except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, RuntimeError) as exc:
        # A corrupt entry, an unsupported compression method, an encrypted entry.
        raise DocumentError(f"cannot read the .docx file: {exc}") from None
    return "\n".join(lines)


def pdf_text(data: bytes, limits: ParseLimits) -> str:
    """The text of a PDF, page by page, under pypdf's decompression limits lowered to ours."""
    from pypdf import PdfReader, overwrite_configuration
    from pypdf.errors import LimitReachedError

    most = limits.max_inflated_bytes
    overwrite_configuration(
        maximum_declared_stream_length=most,
        array_based_stream_maximum_output_length=most,
        jbig2_maximum_output_length=most,
        lzw_maximum_output_length=most,
        run_length_maximum_output_length=most,
        zlib_maximum_output_length=most,
        brotli_maximum_output_length=most,
        image_maximum_buffer_size=most,
        stream_decoding_work_maximum_length=4 * most,
    )
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise DocumentError("the PDF is encrypted")
        count = len(reader.pages)
        if count > limits.max_pages:
            raise DocumentError(f"{count} pages, over the limit of {limits.max_pages}")
        texts = []
        for page in reader.pages:
            _decode_contents(page)
            texts.append(page.extract_text() or "")
        return "\n".join(texts)
    except DocumentError:
        raise
    except LimitReachedError as exc:
        raise DocumentError(f"the PDF exceeds a decompression limit ({exc})") from None
    except MemoryError:
        raise
    except Exception as exc:
        raise DocumentError(f"cannot read the PDF: {type(exc).__name__}: {exc}"[:300]) from None


def _decode_contents(page: Any) -> None:
    """Decode a page's content streams: pypdf's text extraction swallows a decompression limit
    (the page just reads as empty), decoding them first lets it be reported."""
    contents = page.get("/Contents")
    contents = contents.get_object() if contents is not None else None
    streams = contents if isinstance(contents, list) else [contents]
    for stream in streams:
        stream = stream.get_object() if stream is not None else None
        if stream is not None and hasattr(stream, "get_data"):
            stream.get_data()


_READERS: dict[str, Callable[[bytes, ParseLimits], str]] = {"docx": docx_text, "pdf": pdf_text}


def main(argv: list[str]) -> int:
    """The child: ``KIND LIMITS_JSON`` as arguments, the document on stdin, one JSON answer
    (``{"text": ...}`` or ``{"error": ...}``) on stdout."""
    kind, limits = argv[1], ParseLimits(**json.loads(argv[2]))
    data = sys.stdin.buffer.read()
    _limit_self(limits)
    try:
        answer = {"text": _READERS[kind](data, limits)}
    except DocumentError as exc:
        answer = {"error": str(exc)}
    except MemoryError:
        answer = {"error": f"reading it needs more than {limits.memory_bytes >> 20} MiB"}
    except RecursionError:
        answer = {"error": "it is nested too deeply"}
    sys.stdout.buffer.write(json.dumps(answer, ensure_ascii=False).encode())
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
