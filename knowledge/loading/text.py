"""Text formats: Markdown (with YAML front matter), plain text and HTML articles.

Fixed-width tables (columns under a dashed rule) become Markdown tables, as PDF tables
do (see columns.py), and pipe tables without their outer bars get them (pipes.py); the rest of the text is kept as it is. Content must match the
extension: a file whose first bytes are another format's signature (a PDF, a zip, an
image) or whose text is mostly control characters is refused. Front matter is read by a YAML loader that refuses aliases (no "billion
laughs") and reports dates that cannot exist.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Any

import yaml

from .. import figures
from ..errors import DocumentError
from .aria_tables import aria_tables
from .columns import markdown_tables
from .dateline import with_dateline
from .definitions import pair_definitions
from .disclosures import unwrapped_toggles
from .document import Document, clean_metadata, guess_kind
from .embedded_tables import embedded_tables
from .fields import field_lists, is_record
from .headed import headed_tables
from .headers import merge_markdown_headers
from .html_notes import inline_notes, markdown_notes, without_comments
from .leaders import leader_tables
from .pipes import escaped_bars, outer_bars
from .quotes import email_unquoted, unquoted
from .spans import spread_rowspans
from .subrows import labelled_pipe_tables
from .tabbed import tab_tables

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_SIGNATURES = [
    (b"%PDF-", "a PDF"),
    (b"PK\x03\x04", "a zip archive (a .docx?)"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
]
# Control characters no text file has many of (tab, newlines and form feeds are fine).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_SAMPLE = 100_000
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def sniff(data: bytes) -> str | None:
    """What the bytes' signature says they are, if they are a known binary format."""
    head = data[:16].lstrip(b"\xef\xbb\xbf \t\r\n")
    return next((what for magic, what in _SIGNATURES if head.startswith(magic)), None)


_LONE_CR = re.compile(r"\r(?!\n)")


def decode_text(data: bytes) -> str:
    """UTF-16 when it starts with its byte-order mark (Notepad's "Unicode"), else UTF-8 when it
    is valid, else Windows-1252, else Latin-1; refused unless it reads as text."""
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise DocumentError(f"the file starts as UTF-16 but is not: {e.reason}") from None
        return _as_text(text)
    if what := sniff(data):
        raise DocumentError(f"the file is {what}, not text: give it its own extension")
    if b"\x00" in data[:8192]:
        raise DocumentError("binary data in a text file (misnamed file?)")
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    return _as_text(text)


def _as_text(text: str) -> str:
    sample = text[:_SAMPLE]
    if len(_CONTROL.findall(sample)) > max(2, len(sample) // 100):
        raise DocumentError("binary data in a text file: it does not read as text (misnamed file?)")
    # a classic Mac file's lines end with a lone CR: read as lines like any other's (one
    # character for one, so every offset stays where it was)
    return _LONE_CR.sub("\n", text) if "\r" in text else text


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML without aliases, whose impossible dates are a DocumentError."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise DocumentError("front matter uses a YAML alias (*name): write the value out")
        return super().compose_node(parent, index)

    def construct_yaml_timestamp(self, node: Any) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            raise DocumentError(
                f"front matter: {str(node.value)[:40]} is not a date that exists"
            ) from None


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", _FrontMatterLoader.construct_yaml_timestamp
)


def parse_front_matter(text: str) -> tuple[dict[str, Any], int]:
    """The YAML front matter of a Markdown text and the offset where its body starts."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, 0
    try:
        data = yaml.load(m.group(1), Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as e:
        raise DocumentError(f"invalid YAML front matter: {str(e).splitlines()[0]}") from e
    except RecursionError:
        raise DocumentError("invalid YAML front matter: nested too deeply") from None
    if not isinstance(data, dict):
        raise DocumentError("front matter is not a mapping of keys to values")
    return data, m.end()


# A news report's byline and day near its top: "**By Gwendolyn Marsh-Ibekwe · Published
# July 3, 2025**", "*Par Mathilde Ouellet · Publié le 2 décembre 2025*", "By Tobias
# Lindqvist, Reporter⏎Published Saturday, October 18, 2025". Not "by Article 16.12".
_BYLINE = re.compile(
    r"^[*_\s]{0,3}(?:By|Par)\s+[A-ZÉÈ][\w'’.-]+(?:[ -][A-ZÉÈ][\w'’.-]+){0,3}\s*(?:[,·|–—*_]|$)",
    re.M,
)
_NOT_A_NAME = re.compile(
    r"^(?:By|Par)\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|janvier|février|mars|avril|mai|juin|juillet|"
    r"août|septembre|octobre|novembre|décembre|the|la|le|les)\b",
    re.I,
)
_PUBLISHED = re.compile(r"\b(?:Published|Posted|Publié|Publiée|Mis en ligne)\b[^\n]{0,60}", re.I)
_HEAD_CHARS = 1500


# A press release says so in its first lines ("PRESS RELEASE — FOR IMMEDIATE RELEASE",
# "COMMUNIQUÉ DE PRESSE"), and its dateline dates it ("Lunebourg, le 30 septembre 2026").
_RELEASE = re.compile(
    r"\A(?:[^\n]*\n){0,3}?[*_#\s]{0,6}(?:press release|news release|media release|"
    r"communiqué de presse|communiqué)\b",
    re.I,
)
_DATELINE_CHARS = 400


def _signed_and_dated(body: str) -> dict[str, str]:
    """The byline and publication day of a report that gives both near its top, or {}; a
    press release is signed by what it says it is, and dated by its dateline."""
    head = body[:_HEAD_CHARS]
    if release := _RELEASE.match(body):
        days = [f.value for f in figures.extract(body[:_DATELINE_CHARS]) if f.kind == "date"]
        if days:
            return {"byline": release.group(0).strip().strip(" *_#"), "published": days[0]}
    byline = _BYLINE.search(head)
    published = _PUBLISHED.search(head, byline.start()) if byline else None
    if byline is None or published is None or published.start() - byline.end() > 200:
        return {}
    days = [f.value for f in figures.extract(published.group(0)) if f.kind == "date"]
    name = byline.group(0).strip().strip(" *_·,|–—")
    if _NOT_A_NAME.search(name):  # "By Friday, the Producer shall post…"
        return {}
    return {"byline": name, "published": days[0]} if days else {}


# A turn of a transcript: "(12:40) Oriane Kestell : …", "[00:00:14] ACHTERBERG: …",
# "GARNERIN : …": an optional time, a speaker's name of one to four words, a colon.
_TURN = re.compile(
    r"^(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]\s*)?"
    r"([A-ZÀ-Ý][\w'’.-]{2,}(?:[ \t]+[A-ZÀ-Ýa-zà-ÿ][\w'’.-]*){0,3})[ \t]?:[ \t]+\S"
)  # matched at a paragraph's start
_NOT_SPEAKERS = {"question", "answer", "réponse", "note", "source", "subject", "objet"}
MIN_TURNS = 6


def _interview(body: str) -> dict[str, str]:
    """{"kind": "article"} for the transcript of an interview or a podcast: most of its
    paragraphs are turns of two or more speakers. Like news, it reports the terms in its
    own words and rounds the figures; the documents it talks about give them."""
    # a block of "Key: value" lines is a record ("Region: …" / "Meal allowance: …"), no turn
    paragraphs = [x for x in re.split(r"\n\s*\n", body) if x.strip() and not is_record(x)]
    speakers = [
        m.group(1).lower()
        for x in paragraphs
        if (m := _TURN.match(x.strip())) and m.group(1).lower() not in _NOT_SPEAKERS
    ]
    many = len(speakers) >= MIN_TURNS and 2 * len(speakers) >= len(paragraphs)
    return {"kind": "article"} if many and len(set(speakers)) >= 2 else {}


def load_text(data: bytes, source: str) -> Document:
    text = decode_text(data)
    meta: dict[str, Any] = {}
    body_start = 0
    if PurePosixPath(source).suffix.lower() in {".md", ".markdown"}:
        meta, body_start = parse_front_matter(text)
        # a blockquote's markers are no part of its sentences ("for each additional > role");
        # a footnote is read where it is referred to ("avec rappel[^1]")
        # an HTML table written in it is one of its tables ("<table><tr><td>…")
        body = without_comments(text[body_start:])  # a draft's note is not shown
        text = text[:body_start] + markdown_notes(unquoted(embedded_tables(body)))
        text = escaped_bars(text, body_start)  # "a \| b" in a cell is its text
    else:  # a forwarded e-mail's quoted lines, not "> 50 km" thresholds
        text = email_unquoted(text)
    if not text[body_start:].strip():
        raise DocumentError("no text after the front matter" if body_start else "empty file")
    if not meta.get("kind"):  # a signed, dated report is news, whatever its file is called
        meta = {**(_signed_and_dated(text[body_start:]) or _interview(text[body_start:])), **meta}
    text = tab_tables(outer_bars(text, body_start), body_start)  # TAB-separated rows
    text = leader_tables(markdown_tables(text, body_start), body_start)
    text = headed_tables(text, body_start)  # items each over their "when: amount" lines
    text = labelled_pipe_tables(text, body_start)  # a role named once for its rows
    if PurePosixPath(source).suffix.lower() not in {".md", ".markdown"}:
        text = field_lists(text, body_start)  # "Key : value" lines, one item each
    return Document(source, text, clean_metadata(meta, text, body_start, source), body_start)


# A page with no <main> or <article>: trafilatura then drops its headings ("Article 2 –
# Cachet de défilé (ligne R-2)"), which say what each section's clauses are about.
_CONTAINER = re.compile(r"<(?:main|article)\b", re.I)
_BODY_OPEN = re.compile(r"<body\b[^>]*>", re.I)
_BODY_CLOSE = re.compile(r"</body\s*>", re.I)


def _as_article(html: str) -> str | None:
    """`html` with its body's content in an <article>, when it has neither a <main> nor an
    <article> of its own; else None."""
    if _CONTAINER.search(html):
        return None
    opened = _BODY_OPEN.search(html)
    closed = _BODY_CLOSE.search(html, opened.end()) if opened else None
    if opened is None or closed is None:
        return None
    inner = html[opened.end() : closed.start()]
    return f"{html[: opened.end()]}<article>{inner}</article>{html[closed.start() :]}"


_HEADING_LINE = re.compile(r"^#{1,6} ", re.M)


def _extract(html: str) -> str | None:
    """The page's main text as Markdown (trafilatura), with its headings: read again as
    an <article> when that keeps headings the page read as it is loses."""
    import trafilatura

    def read(page: str) -> str | None:
        return trafilatura.extract(
            pair_definitions(spread_rowspans(inline_notes(aria_tables(unwrapped_toggles(page))))),
            output_format="markdown",
            include_tables=True,
            include_formatting=True,
            include_comments=False,
            favor_recall=True,
        )

    text = read(html)
    wrapped = _as_article(html)
    if wrapped is None:
        return text
    again = read(wrapped)
    more = len(_HEADING_LINE.findall(again or "")) > len(_HEADING_LINE.findall(text or ""))
    return again if more else text


def load_html(data: bytes, source: str) -> Document:
    import trafilatura

    html = decode_text(data)
    text = _extract(html)
    if not text or not text.strip():
        raise DocumentError("no article text found in the HTML")
    found = trafilatura.extract_metadata(html)
    kind = guess_kind(source)
    # A dated page is news when it is signed (a byline), whatever its file is called, or
    # when it is marked og:type "article" and its name says nothing else; a union's own
    # dated page of minimums is not.
    dated = found is not None and bool(found.date)
    signed = dated and bool(found and found.author)
    marked = dated and bool(found and found.pagetype == "article")
    meta: dict[str, Any] = {"kind": "article" if signed or (marked and kind == "other") else kind}
    if found is not None:
        if found.title:
            meta["title"] = found.title
        if found.date:
            meta["published"] = found.date
        if found.url:
            meta["source_url"] = found.url
    text = with_dateline(html, merge_markdown_headers(text.strip())) + "\n"  # colspans: one row
    return Document(source, text, clean_metadata(meta, text, 0, source))
