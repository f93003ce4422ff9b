"""A web page's notes, and a Markdown file's footnotes, read where the text refers to them.

A news page prints a condition of a figure as a note: "the day rate goes up to
<strong>1 295 zł</strong><sup><a href="#note-1">1</a></sup>", and at the bottom,
"<li id="note-1">From 1 January 2027 to 31 August 2027 …</li>". Read as it is, the
figure has lost its period: the note is a line of its own far below. The reference is
replaced by the note's first sentence in brackets, so that the sentence is quoted and
dated with its condition ("… 1 295 zł (From 1 January 2027 to 31 August 2027 …)"); the
notes list stays where it is. A reference is a <sup> holding a link to an element of the
page by its id (or a link whose text is a note's number); at most MAX_NOTES of them.
Markdown's footnotes are read the same way: "avec rappel[^1]" in a table's cell, and
"[^1]: Hausse convenue le 20 novembre 2026, avec effet rétroactif au 1er juillet 2026 …"
below it. An HTML comment in Markdown ("<!-- old rates, remove before publishing: … -->")
is no part of the page once it is rendered: it is dropped.
"""

from __future__ import annotations

import re

MAX_NOTES = 200
_MAX_READ = 1000  # characters of a note read for its first sentence
_MAX_CHARS = 400  # of a note's first sentence kept
_BACKLINK = re.compile(r"^\s*[↩↑⤴^]+\s*|\s*[↩↑⤴^]+\s*$")
# a sentence ends before a capital, not after an abbreviation ("janv. 2027", "Mr. Smith")
_END = re.compile(r"[.!?](?=\s+[A-ZÀ-Ý«\"(])")
_ABBREVIATED = re.compile(
    r"\b(?:mr|mrs|ms|dr|st|no|art|p|pp|vs|cf|etc|al|jan|janv|feb|f[ée]vr?|mar|apr|avr|jun|"
    r"jul|juil|aug|sept?|oct|nov|dec|d[ée]c|[A-Z])$",
    re.I,
)
_NOTE_NUMBER = re.compile(r"^\s*[\[(]?(?:\d{1,3}|[*†‡§a-z])[\])]?\s*$")
_REFERENCE = re.compile(r"href\s*=\s*[\"']?#", re.I)


def _first_sentence(text: str) -> str:
    text = _BACKLINK.sub("", " ".join(text.split()))
    for m in _END.finditer(text):
        if not _ABBREVIATED.search(text[: m.start()]):
            text = text[: m.start()]
            break
    out = text.strip().rstrip(".")
    return out if len(out) <= _MAX_CHARS else out[:_MAX_CHARS].rsplit(" ", 1)[0] + " …"


def _read(note: object) -> str:
    """A note's first characters, its blocks apart ("day." and "More" not run together)."""
    parts: list[str] = []
    size = 0
    for piece in note.itertext():  # type: ignore[attr-defined]
        parts.append(piece)
        size += len(piece)
        if size >= _MAX_READ:
            break
    return " ".join(parts)[:_MAX_READ]


def inline_notes(html: str) -> str:
    """`html` with each note reference replaced by its note's first sentence in brackets;
    `html` itself when it has none or cannot be parsed."""
    if "<sup" not in html.lower() or not _REFERENCE.search(html):
        return html
    try:
        from lxml import html as lxml_html

        root = lxml_html.fromstring(html)
    except Exception:  # not HTML lxml can read: the extractor reads it as it is
        return html
    by_id = {e.get("id"): e for e in root.iter() if isinstance(e.tag, str) and e.get("id")}
    read: dict[str, str] = {}  # note id → its first sentence, read once
    changed = 0
    for sup in list(root.iter("sup")):
        if changed >= MAX_NOTES:
            break
        link = next((a for a in sup.iter("a") if (a.get("href") or "").startswith("#")), None)
        if link is None or not _NOTE_NUMBER.match(sup.text_content() or ""):
            continue
        key = (link.get("href") or "")[1:]
        note = by_id.get(key)
        parent = sup.getparent()
        if note is None or parent is None or note in sup.iterancestors():
            continue  # no such note, or one the reference is inside (the whole page)
        if key not in read:
            read[key] = _first_sentence(_read(note))
        if not read[key]:
            continue
        # the note in brackets where its number was; the text after the number kept
        said = f" ({read[key]})" + (sup.tail or "")
        previous = sup.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + said
        else:
            parent.text = (parent.text or "") + said
        parent.remove(sup)
        changed += 1
    return lxml_html.tostring(root, encoding="unicode") if changed else html


# "[^1]: text", run on over the lines after it up to a blank line or another note
_MD_NOTE = re.compile(r"^\[\^([^\]\s]{1,20})\]:[ \t]*(.*)$")
_MD_REFERENCE = re.compile(r"\[\^([^\]\s]{1,20})\](?!:)")
# a line that carries a note on: not blank, nor a table's row, a heading or a fence
_CARRIES_ON = re.compile(r"^(?!\s*(?:\||#|```|~~~))\s*\S")


def markdown_notes(text: str) -> str:
    """`text` with each Markdown footnote reference replaced by its note's first sentence
    in brackets (a "|" in it written "/", so that a table's cells stay as they are); the
    notes themselves stay where they are."""
    if "[^" not in text:
        return text
    lines = text.split("\n")
    notes: dict[str, str] = {}
    at: str | None = None
    for line in lines:
        if m := _MD_NOTE.match(line):
            at = m.group(1)
            notes.setdefault(at, m.group(2))
        elif at is not None and _CARRIES_ON.match(line) and len(notes[at]) < _MAX_READ:
            notes[at] += " " + line.strip()  # a note's lines run on, as a paragraph's do
        else:
            at = None
    if not notes:
        return text
    read = {key: _first_sentence(note[:_MAX_READ]).replace("|", "/") for key, note in notes.items()}
    changed = 0

    def said(m: re.Match[str]) -> str:
        nonlocal changed
        sentence = read.get(m.group(1))
        if not sentence or changed >= MAX_NOTES:
            return m.group(0)
        changed += 1
        return f" ({sentence})"

    out, fenced = [], False
    for line in lines:
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        # a heading keeps its words (it names a section); code and the notes are as written
        kept = fenced or _MD_NOTE.match(line) or line.lstrip().startswith("#")
        out.append(line if kept else _MD_REFERENCE.sub(said, line))
    return "\n".join(out)


def without_comments(text: str) -> str:
    """Markdown `text` without its HTML comments, as it renders; an unclosed "<!--" is
    left as written. One pass: each comment is looked for once."""
    if "<!--" not in text:
        return text
    out: list[str] = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        out.append(text[at:start])
        at = end + 3
    out.append(text[at:])
    return "".join(out)
