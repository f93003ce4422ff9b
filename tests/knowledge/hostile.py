"""Builders of hostile files, made at test time (nothing hostile is stored in the repository)."""

from __future__ import annotations

import io
import random
import zipfile


def _docx_with(parts: dict[str, bytes | str], base: bytes) -> bytes:
    """A copy of the .docx `base` with some parts replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename not in parts:
                dst.writestr(item, src.read(item.filename))
        for name, content in parts.items():
            dst.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def docx_broken_xml(base: bytes) -> bytes:
    return _docx_with({"word/document.xml": f"<w:document {_W}><w:body><w:p>"}, base)


def docx_entity_bomb(base: bytes) -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        f"<w:document {_W}><w:body><w:p><w:r><w:t>&a9;</w:t></w:r></w:p></w:body></w:document>"
    )
    return _docx_with({"word/document.xml": xml}, base)


def docx_deep_nesting(base: bytes, depth: int = 300) -> bytes:
    inner = "<w:sdt><w:sdtContent>" * depth + "</w:sdtContent></w:sdt>" * depth
    xml = f"<w:document {_W}><w:body>{inner}</w:body></w:document>"
    return _docx_with({"word/document.xml": xml}, base)


def docx_corrupt_content_types(base: bytes) -> bytes:
    return _docx_with({"[Content_Types].xml": "<Types><Default Extension="}, base)


def docx_inflation_bomb(base: bytes, megabytes: int) -> bytes:
    """A small .docx whose document.xml inflates to `megabytes` MB (of blank space)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename != "word/document.xml":
                dst.writestr(item, src.read(item.filename))
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with dst.open(info, "w", force_zip64=True) as f:
            f.write(f"<w:document {_W}><w:body>".encode())
            block = b" " * 1_000_000
            for _ in range(megabytes):
                f.write(block)
            f.write(b"</w:body></w:document>")
    return out.getvalue()


def docx_many_parts(base: bytes, parts: int) -> bytes:
    return _docx_with({f"customXml/item{i}.xml": "<a/>" for i in range(parts)}, base)


YAML_ALIAS_BOMB = (
    "---\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join([f'*{chr(97 + i)}'] * 9)}]\n" for i in range(8)
    )
    + "title: laughs\n---\n# Body\n\nText.\n"
)

IMPOSSIBLE_DATE_MD = "---\ntitle: Notes\npublished: 2023-02-30\n---\n# Notes\n\nSome notes.\n"


def pdf_one_page_many_times(times: int) -> bytes:
    """A small PDF whose page tree lists the same page `times` times."""
    content = b"BT /F1 12 Tf 72 720 Td (Same page again) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + b"3 0 R " * times + b"] /Count %d >>" % times,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def long_heading_line(chars: int = 40_000) -> str:
    """A Markdown heading whose spaces made the old heading regex take quadratic time."""
    return "# Rates" + " " * chars + "x\n\nBody text about rates.\n"


def random_text_bytes(size: int = 4000, seed: int = 12) -> bytes:
    """Random bytes without NUL (so not caught by the cheapest binary check)."""
    rng = random.Random(seed)
    return bytes(rng.randrange(1, 256) for _ in range(size))
