"""A text file that holds a screenplay in Fountain ("INT. KITCHEN - DAY", a character's name
in capitals over their lines, "CUT TO:") is read as the Markdown the rest of loading reads:
its title page as "Key: value" lines (a value written over several indented lines keeps
them as lines), scene headings as "##" headings without a forcing "." or a scene number
("#12#"), sections ("# Act one") as headings, a character's cue over their dialogue and
parentheticals as written, transitions ("CUT TO:", "> FADE OUT.") and centred text
("> THE END <") as their text, lyrics ("~") as their lines, and emphasis ("*", "**",
"***", "_") as the words it marks ("\\*" is a "*").

Left out is what the printed script does not show: synopses ("= …"), notes ("[[…]]", over
several lines too), the boneyard ("/* … */", which holds abandoned versions and withdrawn
offers), page breaks ("===") and the "!", "@" and "^" that force an action, a character
or dual dialogue.

Only a file with a title page (a "Title:" key first, then "Key: value" lines) and a scene
heading, or with two scene headings, is changed, and then only when it also has a cue over
dialogue, a transition, centred text, a synopsis, a note, a boneyard, a page break or a
lyric: a Markdown file's "Title:" line, a phone extension ("Ext. 204") or a lone ".NET"
line do not make a screenplay. Every pass is linear: a note's or a boneyard's end is found
once for all the openings before it, and emphasis is a pair of marks around text without
that mark, so that no line is scanned more than a few times."""

from __future__ import annotations

import re

_KEY = re.compile(r"([A-Za-z][A-Za-z ]{0,29}):[ \t]*(.*)")  # "Draft date: 27 November"
_CONTINUED = re.compile(r"(?: {2,}|\t)\s*\S")  # an indented value line
_SCENE = re.compile(r"(?:int\./ext|int/ext|int|ext|est|i/e)[. ]", re.I)
_FORCED_SCENE = re.compile(r"\.[^\W_]")  # ".RENDEZ-VOUS", not "..." or ". x"
_SCENE_LINE = re.compile(r"^[ \t]*(?:INT|EXT|EST|I/E)[./ ]", re.M)
_FORCED_LINE = re.compile(r"^[ \t]*\.[^\W_]", re.M)
_SCENE_NUMBER = re.compile(r"#[\w.\-]{1,20}#$")  # "#12#", "#1A#", "#I-1-A#"
_TRANSITION = re.compile(r"[^a-z]*TO:")  # "CUT TO:", "SMASH CUT TO:"
_PAGE_BREAK = re.compile(r"={3,}")
_SECTION = re.compile(r"(#{1,6})[ \t]*(\S.*)")
_ESCAPED = re.compile(r"\\([*_\\])")
_STARS = re.compile(r"(?<!\*)(\*{1,3})(?=[^\s*])([^*\n]*[^\s*])\1(?!\*)")
_UNDERLINE = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]*[^\s_])_(?![\w_])")
_MARK = "\x01"  # where a note or a boneyard was


def _title_page(lines: list[str]) -> tuple[list[tuple[str, list[str]]], int] | None:
    """The title page's keys, each with its lines of value, and the line after it; None
    when the file does not open with one ("Title:" first, then keys or indented values)."""
    first = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    keys: list[tuple[str, list[str]]] = []
    i = first
    while i < len(lines) and lines[i].strip():
        line = lines[i]
        if (key := _KEY.fullmatch(line.rstrip())) and line[:1] not in " \t":
            keys.append((key.group(1), [key.group(2).strip()] if key.group(2).strip() else []))
        elif keys and _CONTINUED.match(line):
            keys[-1][1].append(line.strip())
        else:
            return None
        i += 1
    if len(keys) < 2 or keys[0][0].lower() != "title":
        return None
    return keys, i


def _cue(s: str) -> bool:
    """A character's name in capitals, an extension after it: "CLÉMENCE (V.O.)", "BOB ^"."""
    name = s.split("(")[0].rstrip(" ^")
    return any(c.isalpha() for c in name) and name.upper() == name and not s.endswith(":")


def _scene(s: str) -> bool:
    return bool(_SCENE.match(s)) and any(c.isalpha() for c in s[3:])


def is_fountain(text: str) -> bool:
    lines = text.splitlines()
    title = _title_page(lines)
    headings = sum(1 for _ in zip(range(2), _SCENE_LINE.finditer(text), strict=False))
    if headings < (1 if title or _FORCED_LINE.search(text) else 2):
        return False  # (the lines are read only when they might be a screenplay's)
    scenes = forced = 0
    signs: set[str] = set()
    blank_before = True
    for i in range(title[1] if title else 0, len(lines)):
        s = lines[i].strip()
        if not s:
            blank_before = True
            continue
        if blank_before:
            blank_after = i + 1 >= len(lines) or not lines[i + 1].strip()
            if _scene(s) and s.upper() == s:
                scenes += 1
            elif _FORCED_SCENE.match(s):
                forced += 1
            elif not blank_after and _cue(s) and not _cue(lines[i + 1].strip()):
                signs.add("cue")
            elif blank_after and _TRANSITION.fullmatch(s):
                signs.add("transition")
        if s[0] in ">[/=~":
            if s[0] == ">" and s.endswith("<") and len(s) > 2:
                signs.add("centred")
            elif s.startswith(("[[", "/*")):
                signs.add("note")
            elif _PAGE_BREAK.fullmatch(s) or (s[0] in "=~" and s[1:2].strip()):
                signs.add("synopsis, page break or lyric")
        blank_before = False
        # without a title page, a dialogue, a transition, a note or centred text: a line
        # "= K 400 a night" under "EXT. NIGHT WORK" is a notice's sum, not a synopsis
        spoken = signs - {"synopsis, page break or lyric"}
        if signs and (
            (scenes >= 2 and spoken) or (title and (scenes or (forced and len(signs) >= 2)))
        ):
            return True  # forced headings alone (".NET 8") need two more signs
    return False


def _without(text: str, start: str, end: str, stop: str | None = None) -> str:
    """`text` with each span from `start` to `end` as a mark; a span that `stop` (a blank
    line, for a note) comes into is none. Each search starts after the last one found."""
    parts: list[str] = []
    pos = 0
    closing = stopping = -1
    while (opening := text.find(start, pos)) >= 0:
        if closing < opening + len(start):
            closing = text.find(end, opening + len(start))
        if closing < 0:
            break
        if stop is not None and stopping < opening:
            stopping = text.find(stop, opening)
            stopping = len(text) if stopping < 0 else stopping
        if stop is not None and stopping < closing:
            parts.append(text[pos : opening + len(start)])
            pos = opening + len(start)
            continue
        parts += [text[pos:opening], _MARK]
        pos = closing + len(end)
    return "".join([*parts, text[pos:]])


def _plain(s: str) -> str:
    """Lines without their emphasis marks; an escaped "\\*" is a "*"."""
    s = _ESCAPED.sub(lambda m: {"*": "\x02", "_": "\x03", "\\": "\x04"}[m.group(1)], s)
    for _ in range(3):
        before = s
        s = _UNDERLINE.sub(r"\1", _STARS.sub(r"\2", s))
        if s == before:
            break
    return s.replace("\x02", "*").replace("\x03", "_").replace("\x04", "\\")


def _unmarked(line: str) -> str:
    """A line without the marks of its notes, and the spaces before them."""
    *parts, last = line.split(_MARK)
    return "".join(part.rstrip(" \t") for part in parts) + last


def fountain_text(text: str) -> str:
    """`text` read as Markdown when it is a Fountain screenplay; else unchanged."""
    if not is_fountain(text):
        return text
    cleaned = _without(_without(text.replace(_MARK, ""), "/*", "*/"), "[[", "]]", "\n\n")
    lines = [
        _unmarked(line) if _MARK in line else line
        for line in cleaned.splitlines()
        if _MARK not in line or line.replace(_MARK, "").strip()
    ]
    out: list[str] = []
    title = _title_page(lines)
    if title:
        named = next((v for k, v in title[0] if k.lower() == "title" and v), None)
        out += [f"# {_plain(' '.join(named))}", ""] if named else []  # the page's title
        for key, values in title[0]:
            out += [f"{key}: {values[0] if values else ''}".rstrip(), *values[1:]]
        out.append("")
    dialogue = False
    blank_before = True
    for i in range(title[1] if title else 0, len(lines)):
        s = lines[i].strip()
        if not s or (s[0] == "=" and _PAGE_BREAK.fullmatch(s)):
            dialogue = dialogue and lines[i] == "  "  # two spaces: the same speech goes on
            blank_before = not dialogue
            out += [] if dialogue or (out and not out[-1]) else [""]
            continue
        blank_after = i + 1 >= len(lines) or not lines[i + 1].strip()
        if dialogue:
            out.append(s.removeprefix("~"))
        elif s[0] == "=":  # a synopsis
            pass
        elif s[0] == "#" and (section := _SECTION.fullmatch(s)):
            out.append(f"{section.group(1)} {section.group(2)}")
        elif s[0] == "!":
            out.append(s[1:])
        elif blank_before and s[0] != "@" and (_scene(s) or _FORCED_SCENE.match(s)):
            number = _SCENE_NUMBER.search(s)
            out.append(f"## {s[: number.start() if number else None].rstrip().removeprefix('.')}")
        elif s[0] == "@" or (blank_before and not blank_after and _cue(s)):
            out.append(s.removeprefix("@").rstrip().removesuffix("^").rstrip())
            dialogue = not blank_after
        elif s[0] == ">" and s.endswith("<"):
            out.append(s[1:-1].strip())
        else:  # a transition (a forced one without its ">"), a lyric, action
            out.append(s.removeprefix(">").removeprefix("~").strip())
        blank_before = False
    joined = _plain(re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip("\n"))
    return joined + ("\n" if text.endswith("\n") else "")
