"""A GNU recutils database is read as one table per record type (a line per record when
it has too many fields), its continued values whole, its comments before the first
descriptor as text, not headings, and those after it not at all."""

import time

from knowledge.loading import load_file
from knowledge.loading.recfile import rec_text

REC = """# Payroll export of Wednesday 2 December 2026.
# Every amount starts with the currency code.

%rec: Line
%doc: One payroll line of a member.
+ Quantity x Rate = Total.
%key: Line
%type: Quantity int

Line: PY-0101
Item: Home games, game fee
Rate: BDT 13,200.00
Note: 2023-2026 rates.

Line: PY-0201
Item: Home games, October 2026, game fee
Rate: BDT 14,500.00
Note: Standard game fee: 2 qualifying seasons of the 3 needed for the veteran
+ fee (clause 3.3).

Line: PY-0202
Item: Rehearsals, block 2
Rate: BDT 2,150.00

%rec: Season

Id: SN-1
Season: 2024-25
Home_Games: 7
"""


def test_records_are_one_table_per_type_with_continued_values_whole(tmp_path):
    path = tmp_path / "payroll.txt"
    path.write_text(REC, encoding="utf-8")
    text = load_file(path, "payroll.txt").text
    assert "| Line | Item | Rate | Note |" in text
    assert (
        "| PY-0201 | Home games, October 2026, game fee | BDT 14,500.00 | Standard game fee: 2 "
        "qualifying seasons of the 3 needed for the veteran fee (clause 3.3). |" in text
    )
    assert "| PY-0202 | Rehearsals, block 2 | BDT 2,150.00 |  |" in text  # no Note: empty
    assert "| Id | Season | Home_Games |" in text and "| SN-1 | 2024-25 | 7 |" in text
    assert "One payroll line of a member. Quantity x Rate = Total." in text
    assert "%key" not in text and "%type" not in text


def test_comments_are_a_paragraph_not_headings():
    out = rec_text(REC)
    assert out.startswith(
        "Payroll export of Wednesday 2 December 2026. Every amount starts with the currency code."
    )
    assert "# Payroll" not in out


def test_comments_after_the_first_descriptor_are_not_shown():
    rec = REC.replace(
        "Line: PY-0202\n", "# Draft, to check: PY-0202 at BDT 2,450.00?\nLine: PY-0202\n"
    ).replace("%rec: Season\n", "%rec: Season\n# TODO: 2025-26 still missing\n")
    out = rec_text(rec)
    assert "2,450.00" not in out and "TODO" not in out and "Draft" not in out
    assert "| PY-0202 | Rehearsals, block 2 | BDT 2,150.00 |  |" in out
    assert out.startswith("Payroll export of Wednesday 2 December 2026.")


def test_untyped_records_before_the_first_descriptor_are_a_table_of_their_own():
    rec = "# Export of 2 December 2026.\n\nClub: Tollerby Pikes\nHome_Games: 20\n\n"
    rec += "Club: Quarrendon Rovers FC\nHome_Games: 18\n\n" + REC.split("\n\n", 1)[1]
    out = rec_text(rec)
    assert out.startswith(
        "Export of 2 December 2026.\n\n| Club | Home_Games |\n|---|---|\n"
        "| Tollerby Pikes | 20 |\n| Quarrendon Rovers FC | 18 |\n\n## Line\n"
    )


def test_a_value_ending_in_a_backslash_goes_on_on_the_next_line():
    rec = REC.replace("Note: 2023-2026 rates.", "Note: 2023-2026 rates, paid on \\\nthe 15th.")
    assert (
        "| PY-0101 | Home games, game fee | BDT 13,200.00 | 2023-2026 rates, paid on the 15th. |"
        in (rec_text(rec))
    )


def test_a_type_of_too_many_fields_is_a_line_a_record():
    fields = "".join(f"Field_{n}: value {n}\n" for n in range(40))
    out = rec_text(f"%rec: Wide\n\n{fields}\nField_0: again\n")
    assert "## Wide\n\nField_0: value 0; Field_1: value 1; Field_2: value 2;" in out
    assert "Field_39: value 39\n\nField_0: again\n" in out and "|" not in out


def test_text_without_a_record_descriptor_is_unchanged():
    for text in [
        "Name: Ada\nRate: 12.00\n",
        "# Notes\n\nWe discussed %rec: usage in prose, and many other things here.\nMore prose.\n",
        "Costs are 10% rec: lower\n",
    ]:
        assert rec_text(text) == text


def test_a_hostile_database_is_read_in_linear_time():
    unique = "%rec: X\n\n" + "".join(f"F{n}: v\n\n" for n in range(3_000))  # a field each
    for hostile in [
        "%rec: X\nA: b\n" + "+ y\n" * 100_000 + "A: b\n" * 100_000 + "B: c\n\n" * 50_000,
        unique,
        "%rec: X\nA: b" + "\\\n" * 200_000,
    ]:
        started = time.perf_counter()
        out = rec_text(hostile)
        assert time.perf_counter() - started < 5
        assert len(out) < 3 * len(hostile)
