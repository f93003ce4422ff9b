"""Whether a text file is a report of the terms rather than the terms: a news story signed
and dated near its top, a press release and its dateline, or the transcript of an
interview or a podcast. Like news, such a text tells the terms in its own words and rounds
their figures; the documents it talks about give them (kind "article")."""

from __future__ import annotations

import re

from .. import figures
from .fields import is_record


def report_kind(body: str) -> dict[str, str]:
    """The metadata a report's body gives itself ({"kind": "article"}, its byline and its
    day), or {} when it is no report."""
    return _signed_and_dated(body) or _interview(body)


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
