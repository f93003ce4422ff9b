"""A GNU recutils database is read as one table per record type, its continued values
whole and its comments as text, not headings."""

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


def test_text_without_a_record_descriptor_is_unchanged():
    for text in [
        "Name: Ada\nRate: 12.00\n",
        "# Notes\n\nWe discussed %rec: usage in prose, and many other things here.\nMore prose.\n",
        "Costs are 10% rec: lower\n",
    ]:
        assert rec_text(text) == text


def test_a_hostile_database_is_read_in_linear_time():
    hostile = "%rec: X\nA: b\n" + "+ y\n" * 100_000 + "A: b\n" * 100_000 + "B: c\n\n" * 50_000
    started = time.perf_counter()
    rec_text(hostile)
    assert time.perf_counter() - started < 5
