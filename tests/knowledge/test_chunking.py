"""Chunking: exact offsets, heading paths, tables cut only between rows, CRLF."""

from __future__ import annotations

import random

import pytest

from knowledge.chunking import chunk_document
from knowledge.loading import Document, load_bytes, load_file

CONTRACT = """\
COLLECTIVE AGREEMENT BETWEEN THE GUILD AND THE PRODUCERS

ARTICLE 13 - SENIORITY

Section 1. Definition
Seniority is the length of continuous service with the producer.

ARTICLE 14 - HOURS OF WORK

Section 1. Regular hours
The regular working day is eight hours, exclusive of meal periods.

Section 3. Overtime
Overtime is paid at one and one half times the regular rate after eight hours in a day.
Work on a seventh consecutive day is paid at double time.

ARTICLE 15 - HOLIDAYS

Eleven paid holidays are observed each year.
"""

HANDBOOK_MD = """\
# Member handbook

Welcome to the union.

## Pay

### Overtime

Overtime starts after eight hours.

### Meal penalties

A meal penalty is owed after six hours without a meal.

## Safety

Report unsafe sets to your steward.
"""


def doc_of(text: str, source: str = "doc.md") -> Document:
    return load_bytes(text.encode(), source)


def assert_exact_offsets(document: Document, chunks) -> None:
    assert chunks
    previous_end = -1
    for chunk in chunks:
        assert document.text[chunk.start : chunk.end] == chunk.text
        assert chunk.text == chunk.text.strip() and chunk.text
        assert chunk.start >= max(previous_end, document.body_start)
        previous_end = chunk.end


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("name", ["contract.txt", "handbook.md"])
def test_offsets_point_into_the_files_own_text(tmp_path, name, newline):
    text = (CONTRACT if name.endswith(".txt") else HANDBOOK_MD).replace("\n", newline)
    path = tmp_path / name
    path.write_text(text, encoding="utf-8", newline="")
    with open(path, encoding="utf-8", newline="") as f:
        on_disk = f.read()

    doc = load_file(path, name)
    chunks = chunk_document(doc, 120)

    assert doc.text == on_disk
    assert len(chunks) > 3
    for chunk in chunks:
        assert on_disk[chunk.start : chunk.end] == chunk.text
        assert not chunk.text.endswith("\r")
    if newline == "\r\n":
        assert any("\r\n" in c.text for c in chunks)


def test_contract_articles_and_sections_make_the_heading_path():
    doc = doc_of(CONTRACT, "contracts/agreement.txt")

    chunks = chunk_document(doc, 200)

    overtime = next(c for c in chunks if "one and one half" in c.text)
    assert overtime.heading == "ARTICLE 14 - HOURS OF WORK > Section 3. Overtime"
    assert overtime.text.startswith("Section 3. Overtime")
    seniority = next(c for c in chunks if "continuous service" in c.text)
    assert seniority.heading == "ARTICLE 13 - SENIORITY > Section 1. Definition"
    holidays = next(c for c in chunks if "Eleven paid holidays" in c.text)
    assert holidays.heading == "ARTICLE 15 - HOLIDAYS"  # a new article closes the sections


def test_numbered_clauses_without_markdown_headings_head_their_text():
    text = (
        "Overtime and meals\n\n"
        "14. Hours of work\n"
        "14.1 The regular day is eight hours.\n"
        "14.2 Overtime is paid at time and one half.\n"
        "15. Meals\n"
        "15.1 A meal period is given within six hours.\n"
    )
    doc = doc_of(text, "contracts/clauses.txt")

    chunks = chunk_document(doc, 60)

    meal = next(c for c in chunks if "within six hours" in c.text)
    assert meal.heading.startswith("15. Meals > 15.1")
    overtime = next(c for c in chunks if "time and one half" in c.text)
    assert overtime.heading.startswith("14. Hours of work > 14.2")


def test_a_wrapped_line_that_starts_with_a_reference_is_not_a_heading():
    text = (
        "MEMORANDUM No. 1\n\n"
        "1. MINIMUMS\n\n"
        "1.2 Work performed in September is paid at the minimums of\n"
        "    Schedule A as originally signed.\n\n"
        "Article 2 — Notice\n"
        "2.1 Notice is given in writing.\n"
    )
    doc = doc_of(text, "memo.txt")

    chunks = chunk_document(doc, 400)

    clause = next(c for c in chunks if "minimums of" in c.text)
    assert "Schedule A as originally signed." in clause.text  # kept with its sentence
    assert not any(c.heading.endswith("Schedule A as originally signed.") for c in chunks)
    notice = next(c for c in chunks if "in writing" in c.text)
    assert notice.heading.startswith("Article 2")  # after a finished sentence: a heading
    assert_exact_offsets(doc, chunks)


def test_a_wrapped_line_that_starts_with_an_amount_is_not_a_clause():
    # a French amount ("1 018,00 $") or a duration carried over to the next line
    text = (
        "2. CASCADE - CACHET JOURNALIER\n\n"
        "Le cachet journalier est remplacé par 1 046,00 $ pour le travail effectué en 2026, au lieu de\n"
        "1 018,00 $. Pour le travail effectué en 2027, il est remplacé par\n"
        "1 081,00 $, au lieu de 1 052,00 $. Le préavis passe à\n"
        "10 jours ouvrables. Le taux de répétition est remplacé à compter du\n"
        "1 janvier 2027.\n\n"
        "3. DOUBLAGE\n\n"
        "Le taux par ligne est remplacé par 4,10 $.\n"
    )
    doc = doc_of(text, "lettre.txt")

    chunks = chunk_document(doc, 400)

    day = next(c for c in chunks if "1 046,00" in c.text)
    assert "1 081,00 $, au lieu de 1 052,00 $." in day.text and "10 jours" in day.text
    assert day.heading.startswith("2. CASCADE")
    assert "1 janvier 2027." in day.text  # a date's day, after an unfinished line
    assert not any(c.heading.startswith(("1 018", "1 081", "10 jours", "1 janv")) for c in chunks)
    line = next(c for c in chunks if "4,10 $" in c.text)
    assert line.heading.startswith("3. DOUBLAGE")  # a real clause number still heads
    assert_exact_offsets(doc, chunks)


def test_hours_after_a_line_ending_on_an_accented_word_carry_on_its_sentence():
    text = (
        "7. Le bureau\r\n\r\n"
        "Bureau de Rivebelle, 12, quai des Patineurs. Ouvert du lundi au jeudi de 9 h à\r\n"
        "17 h et le vendredi de 9 h à 13 h. Téléphone : 044-218-730.\r\n"
    )
    doc = doc_of(text, "note.txt")

    chunks = chunk_document(doc, 400)

    office = next(c for c in chunks if "Téléphone" in c.text)
    assert "jeudi de 9 h à" in office.text  # one sentence, in one chunk
    assert office.heading.startswith("7. Le bureau")
    assert not any(c.heading.startswith("17 h") for c in chunks)


def test_markdown_headings_make_the_heading_path():
    doc = doc_of(HANDBOOK_MD)

    chunks = chunk_document(doc, 80)

    by_text = {c.text.splitlines()[-1]: c.heading for c in chunks}
    assert by_text["Welcome to the union."] == "Member handbook"
    assert by_text["Overtime starts after eight hours."] == "Member handbook > Pay > Overtime"
    assert (
        by_text["A meal penalty is owed after six hours without a meal."]
        == "Member handbook > Pay > Meal penalties"
    )
    assert by_text["Report unsafe sets to your steward."] == "Member handbook > Safety"


def test_long_markdown_table_is_cut_between_rows_and_repeats_its_header():
    header = "| Category | Day rate | Weekly rate |\n|---|---:|---:|"
    rows = [f"| Performer grade {i} | ${900 + 7 * i:,} | ${3600 + 28 * i:,} |" for i in range(60)]
    text = "# Rates\n\nThe rates below apply from 1 July.\n\n" + header + "\n" + "\n".join(rows)
    text += "\n\nRates rise each July.\n"
    doc = doc_of(text, "rates/scale.md")

    chunks = chunk_document(doc, 400)

    assert_exact_offsets(doc, chunks)
    table = [c for c in chunks if "| Performer grade" in c.text]
    assert len(table) >= 5
    seen_rows = []
    for chunk in table:
        lines = chunk.text.splitlines()
        body = [line for line in lines if line.startswith("| Performer grade")]
        assert all(line in rows for line in body), "a row was cut"
        seen_rows += body
        if "| Performer grade 0 |" in chunk.text:
            assert header in chunk.text and chunk.table_header == ""
        else:
            assert lines == body, "a continuation chunk holds rows only"
            assert chunk.table_header == header
        assert chunk.heading == "Rates"
    assert seen_rows == rows  # every row once, in order


def test_long_paragraph_is_cut_at_sentence_ends_within_the_limit():
    sentences = [
        f"Clause {i} requires notice of at least {i + 2} days before any change." for i in range(40)
    ]
    doc = doc_of(" ".join(sentences) + "\n", "notes/notice.txt")

    chunks = chunk_document(doc, 300)

    assert_exact_offsets(doc, chunks)
    assert len(chunks) > 5
    for chunk in chunks:
        assert len(chunk.text) <= 300
        assert chunk.text.endswith("before any change.")
    assert " ".join(c.text for c in chunks) == " ".join(sentences)


# ---------- the offset invariant on random Markdown-ish documents ----------

WORDS = [
    "rate",
    "overtime",
    "meal",
    "steward",
    "union",
    "producer",
    "consent",
    "scan",
    "day",
    "week",
    "hour",
    "rémunération",
    "heures",
    "préavis",
    "€1",
    "$1,204",
    "1",
    "204",
    "€",
    "Schedule",
    "F",
    "14.3",
    "(a)",
    "«",
    "accord",
    "»",
    "—",
]


def _sentence(rng: random.Random, n_words: int) -> str:
    # "The" first, so that a sentence is never read as a heading ("Schedule F ...").
    return "The " + " ".join(rng.choice(WORDS) for _ in range(n_words)) + rng.choice(".!?;:")


def random_markdownish(rng: random.Random) -> tuple[str, list[str]]:
    """A random document and the lines of it that are content (must end up in some chunk)."""
    lines: list[str] = []
    content: list[str] = []
    if rng.random() < 0.3:
        lines += ["---", f"title: Doc {rng.randint(1, 99)}", "kind: rates", "---"]
    for _ in range(rng.randint(1, 40)):
        kind = rng.choice(["md", "article", "section", "prose", "prose", "long", "table", "blank"])
        if kind == "md":
            lines.append("#" * rng.randint(1, 4) + " " + _sentence(rng, rng.randint(1, 6)))
        elif kind == "article":
            lines.append(f"ARTICLE {rng.randint(1, 40)} - {rng.choice(WORDS).upper()}")
        elif kind == "section":
            lines.append(f"Section {rng.randint(1, 9)}.{rng.randint(1, 9)} {rng.choice(WORDS)}")
        elif kind in ("prose", "long"):
            n = rng.randint(1, 3) if kind == "prose" else rng.randint(8, 30)
            line = " ".join(_sentence(rng, rng.randint(2, 14)) for _ in range(n))
            if rng.random() < 0.2:
                line = f"{rng.randint(1, 20)}.{rng.randint(1, 9)} {line}"
            lines.append(line + rng.choice(["", " ", "\t"]))
            content.append(line)
        elif kind == "table":
            width = rng.randint(1, 4)
            rows = ["| " + " | ".join(rng.choice(WORDS) for _ in range(width)) + " |"]
            rows.append("|" + "---|" * width)
            rows += [
                "| " + " | ".join(_sentence(rng, rng.randint(1, 5)) for _ in range(width)) + " |"
                for _ in range(rng.randint(0, 25))
            ]
            lines += rows
            content += rows
        else:
            lines.append(rng.choice(["", " ", "\t"]))
    line = _sentence(rng, 5)
    lines.append(line)  # at least one line of content
    content.append(line)
    newline = rng.choice(["\n", "\r\n"])
    text = newline.join(lines) + rng.choice(["", newline, newline * 2])
    return text, content


@pytest.mark.parametrize("seed", range(150))
def test_every_chunk_is_an_exact_slice_and_all_content_is_kept(seed):
    rng = random.Random(seed)
    text, content = random_markdownish(rng)
    max_chars = rng.choice([40, 80, 200, 700])
    doc = load_bytes(text.encode(), rng.choice(["doc.md", "doc.txt"]))

    chunks = chunk_document(doc, max_chars)

    assert_exact_offsets(doc, chunks)
    covered = [False] * len(text)
    for chunk in chunks:
        covered[chunk.start : chunk.end] = [True] * (chunk.end - chunk.start)
    position = doc.body_start
    for line in content:
        start = text.index(line, position)
        position = start + len(line)
        missing = [i for i in range(start, position) if not text[i].isspace() and not covered[i]]
        assert not missing, f"content left out of every chunk: {line[:60]!r}"


def test_a_rate_table_in_a_pdf_is_cut_between_rows_and_repeats_its_header(documents):
    pdf_bytes = documents["pdf"]  # the fixture: "conftest" may name tests/bot's conftest
    rows = "\n".join(
        f"Stand-in category {i} per day ${200 + i} 2024-07-01 2025-06-30" for i in range(40)
    )
    page = f"Stand-in rates\nThese are the minimum daily rates.\nCategory Rate From To\n{rows}"
    doc = load_bytes(pdf_bytes([page]), "rates.pdf")
    chunks = chunk_document(doc, 400)
    table = [c for c in chunks if "per day $" in c.text]

    assert len(table) >= 3
    assert all(doc.text[c.start : c.end] == c.text for c in chunks)
    for c in table:  # whole rows only: every line of the chunk is a complete row (or the header)
        assert all(
            line == "Category Rate From To" or line.endswith("2025-06-30")
            for line in c.text.splitlines()
        )
    assert table[0].text.startswith("Category Rate From To") and not table[0].table_header
    assert all(c.table_header == "Category Rate From To" for c in table[1:])
    assert all(c.page == 1 for c in table)


def test_a_table_is_cut_into_chunks_of_a_few_rows_even_under_a_larger_chunk_size():
    from knowledge.chunking import TABLE_CHARS

    header = "| Category | Day rate | Weekly rate |\n|---|---:|---:|"
    rows = [f"| Performer grade {i} | ${900 + 7 * i:,} | ${3600 + 28 * i:,} |" for i in range(12)]
    doc = doc_of("# Rates\n\n" + header + "\n" + "\n".join(rows) + "\n", "rates/scale.md")

    table = [c for c in chunk_document(doc, 1500) if "| Performer grade" in c.text]

    assert len(table) >= 2  # the whole table would fit in one 1,500-character chunk
    assert all(len(c.text) <= TABLE_CHARS for c in table)


def test_a_table_chunk_is_embedded_as_its_rows_read_out_with_their_headers():
    from knowledge.generation import ChunkRecord
    from knowledge.unit_vectors import chunk_text

    text = (
        "| Category | Daily | Hourly |\n|---|---|---|\n| Stand-in (8-hour day) | $264.00 | $33.00 |"
    )
    record = ChunkRecord("id", text, {"source": "card.pdf", "title": "Card", "heading": "Table 1"})
    embedded = chunk_text(record)

    assert "|" not in embedded
    assert "Stand-in (8-hour day)" in embedded and "Hourly: $33.00" in embedded
    prose = ChunkRecord("id2", "The producer pays within ten days.", {"source": "a.md"})
    assert chunk_text(prose) == prose.text


def test_the_line_naming_a_table_goes_into_the_tables_chunk():
    text = (
        "3.1 For work performed on or after 1 January 2027, the following rows replace the "
        "rows of Schedule B for the two categories named below, and no other rows.\n\n"
        "Stand-in\n"
        "| Period | Daily | Replaces |\n|---|---|---|\n"
        "| 2027-01-01 to 2027-10-31 | $268.00 | $261.60 |\n"
        "| 2027-11-01 to 2028-10-31 | $276.00 | $269.60 |\n\n"
        "3.2 The other rows are unchanged.\n"
    )
    doc = load_bytes(text.encode(), "memo.md")
    chunks = chunk_document(doc, 200)
    table = next(c for c in chunks if "$268.00" in c.text)
    assert table.text.startswith("Stand-in\n")
    assert not any("Stand-in" in c.text and "$268.00" not in c.text for c in chunks)
    # a sentence above a table is no caption
    prose = next(c for c in chunks if c.text.startswith("3.1"))
    assert "$268.00" not in prose.text
