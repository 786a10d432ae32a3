"""Factories of real upload files: .docx (python-docx), .pdf (hand-built, Helvetica), CSV."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator


def docx_bytes(*paragraphs: str) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def pdf_bytes(line: str) -> bytes:
    """A one-page PDF showing ``line`` (ASCII) in Helvetica, with a correct xref table."""
    escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = f"BT /F1 14 Tf 40 780 Td ({escaped}) Tj ET".encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 "
        b"5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types '
    'xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships '
    'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def docx_container(
    body: str | Iterable[bytes], *, extra_entries: int = 0, prolog: str = ""
) -> bytes:
    """A minimal real .docx (deflated ZIP) whose ``word/document.xml`` body is ``body``
    (WordprocessingML inside ``<w:body>``, or chunks of it streamed in, for bombs)."""
    import zipfile

    head = f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<w:document xmlns:w="{_W}"><w:body>'
    tail = "</w:body></w:document>"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as part:
            part.write(head.encode())
            for chunk in [body.encode()] if isinstance(body, str) else body:
                part.write(chunk)
            part.write(tail.encode())
        for number in range(extra_entries):
            archive.writestr(f"customXml/item{number}.xml", "<a/>")
    return buf.getvalue()


def docx_run_bomb(runs: int) -> bytes:
    """A .docx of one paragraph of ``runs`` one-letter runs: kilobytes zipped, megabytes of
    XML inflated, millions of nodes for a DOM parser."""

    def chunks() -> Iterator[bytes]:
        block = b"<w:r><w:t>a</w:t></w:r>" * 1000
        yield b"<w:p>"
        for _ in range(runs // 1000):
            yield block
        yield b"</w:p>"

    return docx_container(chunks())


def docx_nested_tables(depth: int, text: str = "深处的广告") -> bytes:
    """A .docx with tables nested ``depth`` deep (one cell each), ``text`` in the innermost."""
    inner = f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"
    body = "<w:tbl><w:tr><w:tc>" * depth + inner + "</w:tc></w:tr></w:tbl>" * depth
    return docx_container(body)


def pdf_objects(objects: list[bytes]) -> bytes:
    """A PDF of the numbered ``objects`` (object 1 the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


def pdf_flate_bomb(inflated: int) -> bytes:
    """A one-page PDF whose content stream is ``inflated`` bytes of spaces, Flate-compressed."""
    import zlib

    packer = zlib.compressobj(9)
    block = b" " * (1 << 20)
    stream = b"".join(packer.compress(block) for _ in range(inflated >> 20)) + packer.flush()
    return pdf_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            b"<< /Length "
            + str(len(stream)).encode()
            + b" /Filter /FlateDecode >>\nstream\n"
            + stream
            + b"\nendstream",
        ]
    )


def pdf_pages(count: int) -> bytes:
    """A PDF of ``count`` empty pages (all sharing one page tree node)."""
    kids = " ".join(f"{n} 0 R" for n in range(3, count + 3)).encode()
    pages = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * count
    return pdf_objects(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count " + str(count).encode() + b" >>",
            *pages,
        ]
    )
