"""A text file that holds POD (Perl's Plain Old Documentation: "=head1 NAME", "=item *",
"B<bold>") is read as the Markdown the rest of loading reads: "=head1".."=head4" as "#"
to "####" headings, "=item" paragraphs as "- " list items (a bullet, a number or a label,
with the paragraph that follows), verbatim (indented) paragraphs as their lines, a
verbatim paragraph whose words stand in aligned columns as a Markdown table under its
first line (so that a row is read and cited with its column headers), and formatting codes
as the text they show: B<>, I<>, C<>, F<> as their text, S<> as its text on one line (its
spaces stay plain, so that "K 5,400.00" is found as written), L<text|target> as its text,
L<target> as its target, E<lt>, E<eacute>, E<0x201E>, E<160> as their characters, X<> and
Z<> as nothing, and the "C<< x >>" forms with their inner spaces trimmed.

Left out is what no reader of the rendered page sees: "=pod", "=encoding" and "=cut", the
code after a "=cut", and a "=for"/"=begin" region of a formatter other than text or HTML,
"=for comment" and "=begin comment" above all (they hold rejected drafts). A text or HTML
region is kept (an HTML one without its tags), a ":name" region is read as POD.

Only a file whose first line that is not blank is a POD command ("=pod", "=head1",
"=encoding", "=begin", "=for", "=over") and that has a further "=head", "=item" or "=cut"
line is changed: a Perl program with POD after its code is left as it is, and Markdown,
Typst's "= Heading" and Fountain's "= synopsis" are no commands (in a file that opens
with POD, the Perl code after a "=cut" is left out). Every pass is linear: codes are read
by one scan with a stack of at most 24 open codes, and a verbatim paragraph is read as a
table only when its lines are at most 400 characters wide, within 2,000 rows in all."""

from __future__ import annotations

import html
import re
from html.entities import html5

from .pdf import headed_markdown

_LEADING = re.compile(r"(?:[ \t\r\f\v]*\n)*")  # the blank lines before the first
_FIRST = re.compile(r"=(?:pod|head[1-6]|encoding|begin|for|over)(?=\s|$)")
_FURTHER = re.compile(r"^=(?:head[1-6]|item|cut)(?=\s|$)", re.M)
_COMMAND = re.compile(r"=([A-Za-z][\w-]*)[ \t]*")
_CUT = re.compile(r"^=cut(?=\s|$)", re.M)
_BLANK = re.compile(r"\n(?:[ \t\r\f\v]*\n)+")
_HEADINGS = {f"head{n}": "#" * n for n in range(1, 7)}
_TOKEN = re.compile(r"([BCEFILSXZ])(<+)|>+")
_SPACE = re.compile(r"[ \t\r\n]+")
_NUMBER = re.compile(r"(\d+)(?:\.(?:\s+|$)|$)")  # "=item 1.", "=item 2": not "=item 2026 rates"
_TAG = re.compile(r"<[^<>]{0,1000}>")
_RULE = re.compile(r"[-=+| ]*")
_WORD = re.compile(r"\S+")
_ENTITIES = {"lt": "<", "gt": ">", "verbar": "\x00", "sol": "\x01"}  # no L<> separators
_SHOWN = {"text", "html"}  # the formatters whose regions a reader sees
_MAX_DEPTH = 24
_MAX_WIDTH = 400
_MAX_COLUMNS = 12
_MAX_ROWS = 2_000  # in the file's tables; past them, verbatim paragraphs stay as lines


def is_pod(text: str) -> bool:
    start = leading.end() if (leading := _LEADING.match(text)) else 0
    first_end = text.find("\n", start)
    if not _FIRST.match(text, start) or first_end < 0:
        return False
    return _FURTHER.search(text, first_end) is not None


def _entity(name: str) -> str:
    """What E<name> prints: "lt", "eacute", "0x201E", "160", "075" (octal)."""
    name = name.strip()
    if name in _ENTITIES:
        return _ENTITIES[name]
    if re.fullmatch(r"0[xX][0-9a-fA-F]{1,6}|0[0-7]{1,8}|[1-9]\d{0,6}", name):
        point = int(name, 16 if name[1:2] in "xX" else 8 if name[0] == "0" else 10)
        if 0 < point <= 0x10FFFF and not 0xD800 <= point < 0xE000:
            return chr(point)
    elif len(name) < 40 and (char := html5.get(name + ";")):
        return char
    return f"E<{name}>"


def _link(content: str) -> str:
    """L<text|target> shows its text; L<name/"section"> its section in the page named."""
    label, bar, _ = content.partition("|")
    if bar:
        return label.strip()
    if "://" in content or content.startswith("mailto:"):
        return content.strip()
    page, slash, section = content.partition("/")
    section = section.strip().strip('"')
    return (f'"{section}" in {page.strip()}' if page.strip() else section) if slash else page


def _shown(letter: str, content: str) -> str:
    if letter in "XZ":
        return ""
    if letter == "E":
        return _entity(content)
    if letter == "S":
        return content.replace("\n", " ")
    return _link(content) if letter == "L" else content


def _codes(s: str) -> str:
    """A paragraph with its formatting codes read: one scan, a stack of open codes (each
    its letter, its count of brackets and its text so far)."""
    if "<" not in s:
        return s
    s = s.replace("\x00", "").replace("\x01", "")  # the marks of a "|" and a "/" E<> gives
    out: list[str] = []
    stack: list[tuple[str, int, list[str]]] = []
    pos = 0
    for m in _TOKEN.finditer(s):
        if pos < m.start():
            (stack[-1][2] if stack else out).append(s[pos : m.start()])
        pos = m.end()
        if m.group(1):
            if len(stack) >= _MAX_DEPTH:  # as written, past 24 open codes
                pos = m.start()
                continue
            brackets = len(m.group(2))
            space = _SPACE.match(s, pos) if brackets > 1 else None
            if brackets > 1 and not space:  # "C<<x>": one bracket, its text "<x"
                pos, brackets = m.start(1) + 2, 1
            pos = space.end() if space else pos
            stack.append((m.group(1), brackets, []))
            continue
        run, k = len(m.group(0)), 0
        while k < run and stack:
            if stack[-1][1] == 1:
                k += 1
            elif k == 0 and run >= stack[-1][1] and s[m.start() - 1] in " \t\r\n":
                k += stack[-1][1]  # " >>" closes "C<< "
            else:
                break  # a ">" in "C<< a > b >>"
            letter, brackets, parts = stack.pop()
            content = "".join(parts)
            shown = _shown(letter, content.rstrip() if brackets > 1 else content)
            (stack[-1][2] if stack else out).append(shown)
        if k < run:
            (stack[-1][2] if stack else out).append(">" * (run - k))
    (stack[-1][2] if stack else out).append(s[pos:])
    while stack:  # an unclosed code keeps its text
        letter, _, parts = stack.pop()
        (stack[-1][2] if stack else out).append(_shown(letter, "".join(parts)))
    return "".join(out).replace("\x00", "|").replace("\x01", "/")


def _html(s: str) -> str:
    """An HTML region's text: without comments and tags, its entities as characters."""
    parts, pos = [], 0
    while (start := s.find("<!--", pos)) >= 0 and (end := s.find("-->", start + 4)) >= 0:
        parts.append(s[pos:start])
        pos = end + 3
    text = _TAG.sub("", "".join(parts) + s[pos:])
    return "\n".join(line.strip() for line in html.unescape(text).splitlines() if line.strip())


def _table(lines: list[str], room: int) -> list[str] | None:
    """A verbatim paragraph as a Markdown table when its words stand in columns that gaps
    of two or more spaces part on every line; None when they do not."""
    rows = [line.expandtabs() for line in lines if not _RULE.fullmatch(line)]
    if not 3 <= len(rows) <= room or max(map(len, rows)) > _MAX_WIDTH:
        return None
    width = max(map(len, rows))
    filled = [False] * width
    for row in rows:
        for word in _WORD.finditer(row):
            filled[word.start() : word.end()] = [True] * (word.end() - word.start())
    starts = [i for i in range(width) if filled[i] and not any(filled[max(0, i - 2) : i])]
    if not 2 <= len(starts) <= _MAX_COLUMNS:
        return None
    bounds = list(zip(starts, [*starts[1:], width], strict=True))
    cells = [[row[a:b].strip() for a, b in bounds] for row in rows]
    if not all(cells[0]) or any(sum(map(bool, row)) < 2 or not row[0] for row in cells):
        return None
    return headed_markdown([[c.replace("|", "/") for c in row] for row in cells], True)


def _verbatim(lines: list[str], room: int) -> list[str]:
    indent = min(len(line) - len(line.lstrip()) for line in lines)
    lines = [line[indent:].rstrip() for line in lines]
    return _table(lines, room) or lines


def _trimmed(paragraph: str) -> str:
    """A paragraph without spaces at the ends of its lines."""
    if not any(end in paragraph for end in (" \n", "\t\n", "\r\n")):
        return paragraph
    return "\n".join(line.rstrip() for line in paragraph.split("\n"))


def _paragraphs(text: str) -> list[str]:
    """The POD's paragraphs: a "=cut" line ends the POD until a paragraph that begins
    with a command."""
    paragraphs: list[str] = []
    in_pod = True
    for chunk in _BLANK.split("\n" + text.rstrip()):
        chunk = chunk.strip("\r\n")
        if not in_pod and not _COMMAND.match(chunk):
            continue
        cut = _CUT.search(chunk)
        in_pod = cut is None
        chunk = chunk[: cut.start()].rstrip() if cut else chunk
        paragraphs += [chunk] if chunk else []
    return paragraphs


def pod_text(text: str) -> str:
    """`text` read as Markdown when it is POD; else unchanged."""
    if not is_pod(text):
        return text
    out: list[str] = []
    regions: list[str] = []  # the open "=begin" regions' formatters, "drop" when not shown
    item = ""  # the "- " (or "- 1. ", "- label⏎") the next paragraph opens with
    room = _MAX_ROWS  # the verbatim lines still to read as tables

    def emit(block: str) -> None:
        nonlocal item
        if item.strip(" -\n") or block:
            out.append((item + block).strip("\n"))
        item = ""

    named = False  # "=head1 NAME" opened the page: its paragraph is the title
    for paragraph in _paragraphs(text):
        command = _COMMAND.match(paragraph)
        name = command.group(1) if command else ""
        body = paragraph[command.end() :].strip() if command else ""
        mode = regions[-1] if regions else "pod"
        if named and not command:
            emit(f"# {_codes(' '.join(paragraph.split()))}")
            named = False
            continue
        named = name == "head1" and body.upper() == "NAME" and not out
        if named:
            continue
        if name == "begin":
            kind = (body.split() or [""])[0].lower()
            shown = mode != "drop" and (kind.startswith(":") or kind in _SHOWN)
            regions.append(("pod" if kind.startswith(":") else kind) if shown else "drop")
        elif name == "end":
            regions = regions[:-1]
        elif mode == "drop":
            continue
        elif name == "for":
            kind, data = [*body.split(None, 1), "", ""][:2]
            kind, data = kind.lower(), data.strip()
            if kind.startswith(":"):
                emit(_codes(data))
            elif kind in _SHOWN and data:
                emit(_html(data) if kind == "html" else data)
        elif mode in _SHOWN and not command:  # a text or HTML region's data, as it is
            emit(_html(paragraph) if mode == "html" else _trimmed(paragraph))
        elif name in _HEADINGS:
            emit(f"{_HEADINGS[name]} {_codes(' '.join(body.split()))}")
        elif name == "item":
            emit("")
            rest = ""
            if body[:1] == "*" and body[1:2] in ("", " ", "\t", "\n"):
                item, rest = "- ", body[1:]
            elif number := _NUMBER.match(body):
                item, rest = f"- {number.group(1)}. ", body[number.end() :]
            else:
                item = "- " + _codes(" ".join(body.split())) + "\n"
            if rest.strip():
                emit(_codes(rest.strip()))
        elif not command and paragraph[0] in " \t":
            emit("")  # a bullet of its own; a label on its line
            lines = _verbatim(paragraph.splitlines(), room)
            room -= len(lines) if lines[0].startswith("| ") else 0
            out.append("\n".join(lines))
        elif not command:
            emit(_codes(_trimmed(paragraph)))
        # "=pod", "=encoding", "=over", "=back" and commands unknown show nothing
    emit("")
    joined = re.sub(r"\n{3,}", "\n\n", "\n\n".join(out)).strip("\n")
    return joined + ("\n" if text.endswith("\n") else "")
