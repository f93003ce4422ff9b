"""A contact card or a calendar event written as content lines (vCard, RFC 6350; iCalendar,
RFC 5545: "BEGIN:VCARD", "TEL;TYPE=voice:08 00 24 12 24", "DTSTART:20270118T140000",
"END:VEVENT"), in a file of its own or pasted into an e-mail, is read as what it says: a
heading with the card's name or the event's summary, then one sentence of its details
(phone, e-mail, address; when and where) with its note or description after a dash. Raw, its lines
are folded mid-word, escaped ("14\\, rue du Verglas") and keyed ("ADR;TYPE=work:;;"), and
a search finds no sentence in them; its first line would be a document's title."""

from __future__ import annotations

import re

# a component's first and last lines: "BEGIN:VCARD" … "END:VCARD"
_EDGE = re.compile(r"^(BEGIN|END):(VCARD|VEVENT|VCALENDAR)[ \t]*\r?$", re.M | re.I)
_WRAPPER = re.compile(r"^(?:PRODID|VERSION|METHOD|CALSCALE|X-WR-[\w-]+):.*(?:\r?\n|$)", re.M | re.I)
_FOLD = re.compile(r"\r?\n[ \t]")  # a long line goes on on the next, after one space or tab
_LINE = re.compile(
    r"^(?:[\w-]+\.)?(?P<name>[A-Za-z][\w-]*)(?P<params>(?:;[^:\n]*)?):(?P<value>.*)$"
)
_STAMP = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})\d{2}(Z?))?$")
_TYPE = re.compile(r"TYPE=([^;:]+)", re.I)
_NAME = re.compile(r"CN=\"?([^;:\"]+)", re.I)
_MAX_CARDS = 2000  # a directory's cards; the rest is left as written


def _unescaped(value: str) -> str:
    return (
        value.replace("\\n", " ").replace("\\N", " ").replace("\\,", ",").replace("\\;", ";")
    ).replace("\\\\", "\\")


def _when(value: str) -> str:
    """ "20270118T140000" as "2027-01-18 14:00", "…Z" as "… UTC", "20270118" as a day."""
    m = _STAMP.match(value.strip())
    if m is None:
        return value.strip()
    year, month, day, hour, minute, utc = m.groups()
    day_text = f"{year}-{month}-{day}"
    return f"{day_text} {hour}:{minute}{' UTC' if utc else ''}" if hour else day_text


def _properties(body: str) -> list[tuple[str, str, str]]:
    out = []
    depth = 0  # inside a component of its own (an event's alarm): not the event's
    for line in _FOLD.sub("", body).splitlines():
        m = _LINE.match(line.strip())
        if m and m.group("name").upper() in ("BEGIN", "END"):
            depth += 1 if m.group("name").upper() == "BEGIN" else -1
        elif m and depth <= 0:
            out.append((m.group("name").upper(), m.group("params"), m.group("value").strip()))
    return out


def _card(props: list[tuple[str, str, str]]) -> str:
    values: dict[str, list[str]] = {}
    details = []
    for name, params, value in props:
        if not value:
            continue
        values.setdefault(name, []).append(value)
        if name == "TEL":
            kinds = _TYPE.search(params)
            said = f" ({kinds.group(1).replace(',', ', ').lower()})" if kinds else ""
            details.append(f"telephone {value.removeprefix('tel:')}{said}")
        elif name == "EMAIL":
            details.append(f"e-mail {value.removeprefix('mailto:')}")
        elif name == "ADR":
            parts = [_unescaped(p).strip() for p in re.split(r"(?<!\\);", value)]
            details.append(f"address {', '.join(p for p in parts if p)}")
        elif name == "URL":
            details.append(f"web {value}")
    title = _unescaped((values.get("FN") or values.get("ORG") or [""])[0])
    org = _unescaped(", ".join(p for p in re.split(r"(?<!\\);", (values.get("ORG") or [""])[0])))
    name = f"{title} ({org})" if org and org != title else title or org
    return _written(title, f"{name}: {'; '.join(details)}" if details else "", values, "NOTE")


def _event(props: list[tuple[str, str, str]]) -> str:
    values: dict[str, list[str]] = {}
    details = []
    for name, params, value in props:
        values.setdefault(name, []).append(value)
        if name in ("DTSTART", "DTEND"):
            details.append(f"{'from' if name == 'DTSTART' else 'to'} {_when(value)}")
        elif name == "LOCATION":
            details.append(f"at {_unescaped(value)}")
        elif name == "ORGANIZER":
            who = _NAME.search(params)
            mail = value.removeprefix("mailto:")
            details.append(
                f"organised by {who.group(1)} ({mail})" if who else f"organised by {mail}"
            )
    title = _unescaped((values.get("SUMMARY") or [""])[0])
    return _written(
        title, f"{title}: {', '.join(details)}" if details else "", values, "DESCRIPTION"
    )


def _written(title: str, details: str, values: dict[str, list[str]], prose_key: str) -> str:
    """A heading, then the details with the note after a dash: one sentence holds both
    the number and what it is for ("…: telephone 08 00 24 12 24 — Open on 24 December…")."""
    prose = " ".join(_unescaped(v) for v in values.get(prose_key, []))
    said = f"{details} — {prose}" if details and prose else f"{details}." if details else prose
    return "\n\n".join(x for x in (f"## {title}" if title else "", said) if x) + "\n\n"


def _blocks(text: str) -> list[tuple[str, int, int, int, int]]:
    """Each outermost card, event or calendar: (kind, start, body start, body end, end),
    found in one pass over the lines that open and close them (a BEGIN never closed is
    left as written)."""
    found = []
    open_at: tuple[str, int, int] | None = None  # kind, where it starts, its body
    depth = 0
    for m in _EDGE.finditer(text):
        kind, begins = m.group(2).upper(), m.group(1).upper() == "BEGIN"
        if open_at is None:
            if begins:
                open_at, depth = (kind, m.start(), m.end() + 1), 1
        elif kind == open_at[0]:
            depth += 1 if begins else -1
            if depth == 0:
                found.append((open_at[0], open_at[1], open_at[2], m.start(), m.end() + 1))
                open_at = None
                if len(found) >= _MAX_CARDS:
                    break
    return found


def card_text(text: str) -> str:
    """`text` with each vCard and iCalendar event read as a heading and its sentences."""
    if "BEGIN:V" not in text.upper():  # most documents: nothing to read
        return text
    blocks = _blocks(text)
    if not blocks:
        return text
    out, at = [], 0
    for kind, start, body, end, after in blocks:
        out.append(text[at:start])
        inner = text[body:end]
        if kind == "VCALENDAR":  # its events, without the calendar's own lines
            out.append(card_text(_WRAPPER.sub("", inner)))
        else:
            props = _properties(inner)
            out.append(_card(props) if kind == "VCARD" else _event(props))
        at = after
    out.append(text[at:])
    return "".join(out)
