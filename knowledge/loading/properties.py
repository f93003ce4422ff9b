"""A Java-style `.properties` file (a site's or an app's message file) read as the items
its keys group.

Such a file holds one "key=value" a line ("key: value", and "a.b value" too), its keys
dotted by what they belong to ("cours.jazz.nom=Danse jazz", "cours.jazz.prix=4 880,00 ৳ le
trimestre"), a value going on over lines that end with a backslash, "#" and "!" lines as
comments, and escapes ("\\u00e9", "\\ud83d\\ude00" as one character, "\\:", "\\=", also in
a key: "key\\=x=v"). Read as text, a price was a line of its own, apart from the course it
is for. The keys that share all but their last part become one list item ("- cours jazz —
nom: Danse jazz; public: adolescents et adultes; prix: 4 880,00 ৳ le trimestre"), where
the first of them was, a key of its own a line ("page titre: Studio Envol …"); a line that
is no pair is kept as it is; comments are notes to translators and are not shown.

Only a text whose lines are mostly such pairs, most keys dotted (MIN_DOTTED), is read so:
"Rate: 12.00" lines and YAML are not. One pass over the lines.
"""

from __future__ import annotations

import re

MIN_PAIRS = 4
SHARE = 0.8  # of the logical lines that are not comments
MIN_DOTTED = 0.6  # of the keys
_PART = r"(?:[\w-]|\\.)+"  # a key's part, an escaped separator in it ("key\=x")
_PAIR = re.compile(
    rf"^[ \t]*((?:[A-Za-z_]|\\.)(?:[\w-]|\\.)*(?:\.{_PART})*)([ \t]*[=:]|[ \t])[ \t]*(.*)$"
)
_DOTTED = re.compile(r"\w\.\w")
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|.)")
_SIMPLE = {"t": "\t", "n": " ", "r": " ", "f": " "}


def _unescaped(value: str) -> str:
    """`value` with its escapes as their characters; a pair of UTF-16 escapes
    ("\\ud83d\\ude00") as the one character it encodes, a lone half as "�"."""

    def one(m: re.Match[str]) -> str:
        c = m.group(1)
        return chr(int(c[1:], 16)) if len(c) == 5 else _SIMPLE.get(c, c)

    text = _ESCAPE.sub(one, value).strip()
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _pair(line: str) -> re.Match[str] | None:
    """A "key=value", "key: value" or "key value" line; in the last, a dotted key ("a.b.e
    3"), not a sentence's first word."""
    m = _PAIR.match(line)
    if m is None or (not m.group(2).strip() and not _DOTTED.search(m.group(1))):
        return None
    return m


def _logical(text: str) -> list[str]:
    """The file's lines with each backslash continuation joined, comments and blanks out."""
    out: list[str] = []
    pending: list[str] = []
    for raw in text.splitlines():
        line = raw.lstrip() if pending else raw
        if not pending and (not line.strip() or line.lstrip()[:1] in "#!"):
            continue
        ends = len(line) - len(line.rstrip("\\"))
        if ends % 2:  # an odd run of backslashes: the value goes on
            pending.append(line[:-1])
            continue
        out.append("".join([*pending, line]))
        pending = []
    if pending:
        out.append("".join(pending))
    return out


def properties_text(text: str) -> str:
    """`text` read as the items of its dotted keys when it is a properties file; else
    unchanged."""
    if "=" not in text and ":" not in text:
        return text
    lines = _logical(text)
    matches = [_pair(line) for line in lines]
    pairs = [m for m in matches if m is not None]
    if len(pairs) < MIN_PAIRS or len(pairs) < SHARE * len(lines):
        return text
    if sum(1 for m in pairs if _DOTTED.search(m.group(1))) < MIN_DOTTED * len(pairs):
        return text
    # in the file's order: a group of keys where its first key is, a line that is no pair
    order: list[str | list[tuple[str, str]]] = []
    groups: dict[str, list[tuple[str, str]]] = {}
    for line, m in zip(lines, matches, strict=True):
        if m is None:
            order.append(line.strip())
            continue
        head, _, last = _unescaped(m.group(1)).rpartition(".")
        if head not in groups:
            order.append(groups.setdefault(head, []))
        groups[head].append((last, _unescaped(m.group(3))))
    heads = {id(items): head for head, items in groups.items()}
    out: list[str] = []
    for entry in order:
        if isinstance(entry, str):
            out += [entry, ""]
            continue
        name = heads[id(entry)].replace(".", " ").replace("_", " ")
        if len(entry) == 1:
            last, value = entry[0]
            out += [f"{name} {last}: {value}".strip(), ""]
            continue
        fields = "; ".join(f"{last}: {value}" for last, value in entry if value)
        out.append(f"- {name} — {fields}" if name else f"- {fields}")
    return re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip() + "\n"
