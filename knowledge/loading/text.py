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

from ..errors import DocumentError
from .aria_tables import aria_tables
from .asciidoc import asciidoc_text
from .bibtex import bibtex_text
from .bidi import shown_reversed
from .cards import card_text
from .columns import markdown_tables
from .critic import accepted
from .dateline import with_dateline
from .definitions import pair_definitions
from .disclosures import unwrapped_toggles
from .document import Document, clean_metadata, guess_kind
from .dokuwiki import dokuwiki_text
from .embedded_tables import embedded_tables
from .epochs import dated_epochs
from .fallbacks import with_fallbacks
from .fields import field_lists
from .forum import forum_text
from .fountain import fountain_text
from .headed import headed_tables
from .headers import merge_markdown_headers
from .html_notes import inline_notes, markdown_notes, without_comments
from .jsonl import jsonl_text
from .latex import latex_text
from .leaders import leader_tables
from .logs import log_text
from .machine_dates import dated_elements
from .matrix import matrix_text
from .mdx import mdx_text
from .org import org_text
from .pipes import escaped_bars, outer_bars
from .pod import pod_text
from .properties import properties_text
from .quotes import email_unquoted, unquoted
from .recfile import rec_text
from .remind import remind_text
from .reports import report_kind
from .rst import rst_text
from .rtf import is_rtf, rtf_text
from .shadow import composed
from .spans import spread_rowspans
from .subrows import labelled_pipe_tables
from .tabbed import delimited_table, tab_tables
from .texinfo import texinfo_text
from .textile import textile_text
from .tickers import announcements_in_content
from .troff import troff_text
from .txt2tags import txt2tags_text
from .typst import typst_text
from .xml_text import xml_text

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


def load_text(data: bytes, source: str) -> Document:
    text = rtf_text(data) if is_rtf(data) else decode_text(data)  # "{\rtf1…": its text
    meta: dict[str, Any] = {}
    body_start = 0
    if PurePosixPath(source).suffix.lower() in {".md", ".markdown"}:
        meta, body_start = parse_front_matter(text)
        # a blockquote's markers are no part of its sentences ("for each additional > role");
        # a footnote is read where it is referred to ("avec rappel[^1]")
        # an HTML table written in it is one of its tables ("<table><tr><td>…")
        # a draft's note is not shown, nor a change CriticMarkup marks as deleted
        body = accepted(without_comments(forum_text(card_text(mdx_text(text[body_start:])))))
        text = text[:body_start] + markdown_notes(unquoted(embedded_tables(body)))
        text = escaped_bars(text, body_start)  # "a \| b" in a cell is its text
    else:  # a forwarded e-mail's quoted lines, not "> 50 km" thresholds; a forum's quotes;
        # cards and events, AsciiDoc, reStructuredText, troff, Typst, Org, Textile, JSON
        # Lines, IRC and logfmt lines; recutils records; Texinfo; properties files; DokuWiki,
        # BibTeX, POD, Fountain, LaTeX and txt2tags sources; remind(1) calendars; Matrix
        # room exports; a log's Unix times, dated; a spreadsheet export ("sep=," or a .csv)
        text = txt2tags_text(text)  # a txt2tags source: its headings, lists and tables
        text = xml_text(text)  # DocBook, OPML, a feed: what their rendered page shows
        text = bibtex_text(dokuwiki_text(text))  # a wiki page's source, a reference list
        text = fountain_text(pod_text(text))  # Perl's documentation, a screenplay
        text = latex_text(text)  # a LaTeX source: what its PDF prints
        text = remind_text(text)  # a remind(1) calendar: its entries, a line each
        text = delimited_table(text, PurePosixPath(source).suffix.lower() == ".csv")
        # (a Matrix room's export, then JSON Lines: a log's Unix times, dated, are no JSON
        # numbers any more)
        text = typst_text(
            troff_text(rst_text(log_text(dated_epochs(jsonl_text(matrix_text(text))))))
        )
        # a recutils database: a table per record type; a properties file: its items
        text = properties_text(texinfo_text(rec_text(text)))
        text = textile_text(org_text(text))
        text = email_unquoted(forum_text(card_text(asciidoc_text(text))))
    if not text[body_start:].strip():
        raise DocumentError("no text after the front matter" if body_start else "empty file")
    if not meta.get("kind"):  # a signed, dated report is news, whatever its file is called
        meta = {**report_kind(text[body_start:]), **meta}
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
            pair_definitions(
                spread_rowspans(
                    inline_notes(
                        aria_tables(
                            unwrapped_toggles(
                                dated_elements(announcements_in_content(with_fallbacks(page)))
                            )
                        )
                    )
                )
            ),
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

    html = composed(decode_text(data))  # a custom element's shadow root, as shown
    html = shown_reversed(html)  # "<bdo dir=rtl>": its text as the reader sees it
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
