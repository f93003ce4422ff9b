"""A loaded document and the metadata inferred for it."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any, NamedTuple

from ..errors import DocumentError
from ..language import detect

KINDS = ("contract", "summary", "rates", "article", "other")

# A Markdown heading line; its text is cut with `heading_text` (a regex that also
# stripped the closing #s took time quadratic in the line's length).
MD_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.+)$")
_MD_HEADING_ANYWHERE = re.compile(MD_HEADING.pattern, re.M)
_ISO_DAY = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_KIND_HINTS = [
    ("rates", re.compile(r"rate|wage|pay|scale|tarif|salaire|barème|bareme", re.I)),
    ("contract", re.compile(r"contract|agreement|\bmba\b|accord|convention|contrat", re.I)),
    ("summary", re.compile(r"summar|résumé|resume|faq|glossa|guide|fact", re.I)),
    # (not "article-9-3", "article-IX": a clause a notice names; "article-2026-…" is news)
    (
        "article",
        re.compile(
            r"news|article(?!s?[-_ .]?(?:\d{1,3}(?!\d)|[ivxlc]{1,6}(?![a-z])))|press|blog|actualit",
            re.I,
        ),
    ),
]


@dataclass
class Document:
    """A loaded document. `text` is what offsets refer to; `body_start` skips front matter."""

    source: str
    text: str
    metadata: dict[str, Any]
    body_start: int = 0
    pages: list[tuple[int, int]] = field(default_factory=list)  # (page number, start offset)
    content_hash: str = ""

    @property
    def title(self) -> str:
        return str(self.metadata.get("title", self.source))


@dataclass
class LoadFailure:
    source: str
    error: str


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def heading_text(rest: str) -> str:
    """A heading's text without its closing #s and spaces (kept whole if it is all #s)."""
    return rest[: max(1, len(rest.rstrip(" \t#")))]


class HashLine(NamedTuple):
    """A Markdown '#' line: its level, its text, and whether it is a note, not a heading."""

    level: int
    text: str
    note: bool


def hash_line(line: str) -> HashLine | None:
    """The '#' line `line` is (a heading, or a note: `is_comment`), or None."""
    if (m := MD_HEADING.match(line)) is None:
        return None
    text = heading_text(m.group(2))
    return HashLine(len(m.group(1)), text, is_comment(text))


def is_comment(heading: str) -> bool:
    """Whether a '#' line's text is a note, a sentence, not a heading: "# Next remittance:
    2026-350 (…, that is 16 December 2026)." in a CSV export's notes. A numbered or named
    section's heading may end on a full stop ("## 4. Payment of fees and expenses.",
    "# Article 5."), as may a list's "etc."; an FAQ's question heading is no note."""
    text = heading.strip()
    return (
        text.endswith(".")
        and not text.endswith("etc.")
        and len(text.split()) >= 6
        and not _SECTION_HEAD.match(text)
    )


# a heading's number or the name of a part: "4.", "IV.", "Article 5", "Annexe B"
_SECTION_HEAD = re.compile(
    r"(?:\d|[IVXLC]+\.|(?:article|section|part|partie|chapter|chapitre|schedule|annex|"
    r"annexe|appendix|titre|title)\b)",
    re.I,
)


def _iso(key: str, value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    if _ISO_DAY.fullmatch(text):
        y, m, d = (int(part) for part in text.split("-"))
        try:
            return dt.date(y, m, d).isoformat()
        except ValueError:
            raise DocumentError(f"front matter: {key}: {text} is not a date that exists") from None
    return text


def first_heading(text: str) -> str | None:
    m = _MD_HEADING_ANYWHERE.search(text)
    if m:
        return heading_text(m.group(2)).strip()
    for line in text.splitlines():
        # without the mark a markup or a log puts before its title line ("= Catalogue 2026"
        # in AsciiDoc, "% Price list" in a Pandoc title block, "; Payments journal")
        line = _TITLE_MARK.sub("", line.strip())
        if line:
            return line[:120] if len(line) <= 120 else None
    return None


_TITLE_MARK = re.compile(r"^(?:={1,2}|%|;{1,2}|//)\s+")


def guess_kind(source: str) -> str:
    for kind, pattern in _KIND_HINTS:
        if pattern.search(source):
            return kind
    return "other"


def _news_kind(meta: dict[str, Any]) -> str | None:
    """ "article" for front matter that dates and signs a report (a publication day, and a
    byline, author or headline): a newspaper's "…-contract-approved.md" is news, though
    its file name says "contract"."""
    signed = any(meta.get(key) for key in ("byline", "author", "headline"))
    return "article" if meta.get("published") and signed else None


# the other names front matter gives these dates ("effective: 2027-01-11", "valid_until",
# "date d'effet"), in the order they are looked for (a bare "date" says nothing of which)
_SAID_AS = {
    "published": ("published_on", "publication_date", "publié", "publie"),
    "effective_from": (
        "effective",
        "effective_date",
        "effective_on",
        "in_force_from",
        "valid_from",
        "start_date",
        "en_vigueur",
        "date_d_effet",
        "date d'effet",
        "date_effet",
    ),
    "effective_to": ("expires", "expiry", "valid_until", "valid_to", "end_date", "effective_until"),
}


def clean_metadata(meta: dict[str, Any], doc_text: str, body_start: int, source: str) -> dict:
    """Front matter plus inferred values, reduced to the scalars a vector store accepts."""
    out: dict[str, Any] = {}
    body = doc_text[body_start:].lstrip("\ufeff")  # a UTF-8 file's byte-order mark
    title = meta.get("title") or first_heading(body) or PurePosixPath(source).stem.replace("_", " ")
    out["title"] = str(title).strip()
    kind = str(meta.get("kind") or _news_kind(meta) or guess_kind(source)).lower()
    out["kind"] = kind if kind in KINDS else "other"
    out["language"] = str(meta.get("language") or meta.get("lang") or detect(body)).lower()
    for key in ("published", "effective_from", "effective_to"):
        given = [meta[k] for k in (key, *_SAID_AS[key]) if meta.get(k)]
        # the first that is a day ("effective: TBD" beside "valid_from: 2026-04-01")
        values = [v for v in (_iso(key, g) for g in given) if v]
        value = next((v for v in values if _ISO_DAY.fullmatch(v)), values[0] if values else None)
        if value:
            out[key] = value
    url = meta.get("source_url") or meta.get("url")
    sources = meta.get("sources")
    if isinstance(sources, str):
        sources = [sources]
    if sources:
        out["sources"] = " ".join(str(s) for s in sources)
        url = url or str(sources[0])
    if url:
        out["source_url"] = str(url)
    status = meta.get("status")
    if status:
        out["status"] = str(status)
    return out
