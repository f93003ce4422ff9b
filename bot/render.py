"""Answers and long texts as Discord embeds, within Discord's limits.

Limits: 2,000 characters of message content; per embed a 256-character title, a 4,096
description, 25 fields of 256 (name) / 1,024 (value), a 2,048 footer and 6,000 in all;
10 embeds and 6,000 characters per message. Long text is split at paragraph, then line,
then sentence, then word boundaries, never inside a Markdown link, and nothing is dropped;
only labels (titles, field names) are shortened, visibly, with "…".

`pages(embeds)` groups embeds into messages; every other function returns embeds that
each fit on their own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import quote, urlsplit

import discord

from knowledge import Answer, Source, allowed_urls, neutralise_mentions, safe_links

from .texts import say

CONTENT_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELDS_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
EMBEDS_PER_MESSAGE = 10

GREEN = discord.Colour(0x2E7D32)
GREY = discord.Colour(0x78909C)
BLUE = discord.Colour(0x1565C0)
AMBER = discord.Colour(0xF9A825)
RED = discord.Colour(0xC62828)

_SENTENCE_END = re.compile(r"[.!?…:;](?=\s)")
_MARKDOWN_LINK = re.compile(r"\[[^\[\]\n]*\]\([^()\s]*\)")
_MAX_LINK = 600  # with a 300-character location, a field value stays under 1,024


def split_text(text: str, limit: int) -> list[str]:
    """`text` in pieces of at most `limit` characters, cut at the cleanest boundary.

    Prefers a blank line, then a line break, then the end of a sentence, then a space,
    and cuts a word only when one is longer than `limit`. Only the whitespace at a cut
    is dropped.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    text = text.strip()
    pieces: list[str] = []
    while len(text) > limit:
        cut = _cut(text, limit)
        head = text[:cut].rstrip()
        pieces.append(head)
        text = text[cut:].strip()
    if text:
        pieces.append(text)
    return pieces


def _cut(text: str, limit: int) -> int:
    return _outside_links(text, _boundary(text, limit))


def _outside_links(text: str, cut: int) -> int:
    """`cut`, moved back to the start of a Markdown link it would fall inside (a link cut in
    two shows its raw halves); unchanged if the link starts the text (longer than a piece)."""
    for m in _MARKDOWN_LINK.finditer(text):
        if m.start() >= cut:
            break
        if cut < m.end():
            return m.start() or cut
    return cut


def _boundary(text: str, limit: int) -> int:
    window = text[: limit + 1]
    floor = limit // 3  # never make a piece tiny just to cut at a nicer place
    for boundary in ("\n\n", "\n"):
        at = window.rfind(boundary)
        if at > floor:
            return at
    ends = [m.end() for m in _SENTENCE_END.finditer(window) if floor < m.end() <= limit]
    if ends:
        return ends[-1]
    at = window.rfind(" ")
    if at > 0:
        return at
    return limit


def fit(text: str, limit: int) -> str:
    """A label shortened to `limit` characters, with a visible "…" when it was longer."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _shorten(text: str, limit: int) -> str:
    """Like `fit`, keeping line breaks and never ending inside a Markdown link (field values)."""
    if len(text) <= limit:
        return text
    return text[: _outside_links(text, limit - 1)].rstrip() + "…"


def clean(text: str) -> str:
    """Text from documents or members, safe to show: no pings, whatever the message allows."""
    return neutralise_mentions(text)


def link(url: str | None, label: str | None = None) -> str:
    """A Markdown link for an http(s) URL, labelled with its host; '' for anything else."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    safe = quote(url.strip(), safe=":/?#[]@!$&'*+,;=%~-._")
    host = parts.netloc.removeprefix("www.")
    return f"[{label or host}]({safe})"


def source_field(source: Source, lang: str = "en") -> tuple[str, str]:
    """The field of one numbered source: title; section or page; dates; link."""
    name = fit(f"[{source.n}] {clean(source.title)}", FIELD_NAME_LIMIT)
    lines = []
    if source.location:
        lines.append(fit(clean(source.location), 300))
    dates = source.dates_in(lang)
    superseded = say("superseded", lang)
    if source.superseded:
        lines.append(f"⚠️ {superseded} ({dates})" if dates else f"⚠️ {superseded}")
    elif dates:
        lines.append(say("in_force", lang, dates=dates))
    url = link(source.source_url)
    if url and len(url) <= _MAX_LINK:
        lines.append(url)
    value = "\n".join(lines) or fit(clean(source.source), 300)
    return name, value


def answer_embeds(answer: Answer) -> list[discord.Embed]:
    """The answer, its numbered sources (fields) and the reminder line (footer)."""
    colour = {"answer": GREEN, "not_found": GREY}.get(answer.kind, BLUE)
    # Links only to where the sources point (the answerer did this; an answer made elsewhere too)
    body, reminder = safe_links(answer.body, allowed_urls(answer.sources)), answer.reminder
    fields = [source_field(s, answer.language) for s in answer.sources]
    return embeds_for(clean(body), fields=fields, footer=fit(reminder, FOOTER_LIMIT), colour=colour)


def embeds_for(
    text: str,
    *,
    title: str | None = None,
    fields: Iterable[tuple[str, str]] = (),
    footer: str = "",
    colour: discord.Colour = BLUE,
) -> list[discord.Embed]:
    """Embeds holding `text` (split across descriptions), then `fields`, then `footer`.

    The title goes on the first embed, the footer on the last; each embed keeps within
    every per-embed limit, including the 6,000 total.
    """
    title = fit(title, TITLE_LIMIT) if title else None
    embeds = [
        discord.Embed(title=title if i == 0 else None, description=part, colour=colour)
        for i, part in enumerate(split_text(text, DESCRIPTION_LIMIT))
    ] or [discord.Embed(title=title, colour=colour)]
    current = embeds[-1]
    for name, value in fields:
        name, value = fit(name, FIELD_NAME_LIMIT), _shorten(value, FIELD_VALUE_LIMIT)
        if (
            len(current.fields) >= FIELDS_LIMIT
            or len(current) + len(name) + len(value) > EMBED_TOTAL_LIMIT
        ):
            current = discord.Embed(colour=colour)
            embeds.append(current)
        current.add_field(name=name, value=value, inline=False)
    if footer:
        if len(embeds[-1]) + len(footer) > EMBED_TOTAL_LIMIT:
            embeds.append(discord.Embed(colour=colour))
        embeds[-1].set_footer(text=footer)
    return embeds


def pages(embeds: list[discord.Embed]) -> list[list[discord.Embed]]:
    """Embeds grouped into messages: at most 10 and 6,000 characters per message."""
    out: list[list[discord.Embed]] = []
    current: list[discord.Embed] = []
    size = 0
    for embed in embeds:
        n = len(embed)
        if current and (len(current) >= EMBEDS_PER_MESSAGE or size + n > EMBED_TOTAL_LIMIT):
            out.append(current)
            current, size = [], 0
        current.append(embed)
        size += n
    if current:
        out.append(current)
    return out


def answer_pages(answer: Answer) -> list[list[discord.Embed]]:
    return pages(answer_embeds(answer))


def text_pages(
    text: str, *, title: str | None = None, colour: discord.Colour = BLUE
) -> list[list[discord.Embed]]:
    return pages(embeds_for(text, title=title, colour=colour))


def content_pieces(text: str) -> list[str]:
    """Plain message content in pieces of at most 2,000 characters."""
    return split_text(clean(text), CONTENT_LIMIT)
