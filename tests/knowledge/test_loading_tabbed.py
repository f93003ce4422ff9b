"""Tab- and semicolon-separated tables in plain text are read as tables
(loading/tabbed.py)."""

from __future__ import annotations

import time

import pytest

from knowledge.chunking import chunk_document
from knowledge.loading import load_bytes
from knowledge.loading.tabbed import tab_tables

NOTICE = (
    "RATE NOTICE 7\n\n"
    "The table is tab-separated, for payroll software.\n\n"
    "code\trole\tunit\tin force\tfrom 1 March 2027\n"
    "R-1\tRigger\tper call\t334.00 EUR\t348.00 EUR\n"
    "R-2\tFollow-spot operator\tper performance\t205.00 EUR\t212.50 EUR\n"
    "R-3\tFlyman\tper week\t1,480.00 EUR\t1,480.00 EUR (unchanged)\n"
    "\n"
    "Questions: the secretariat.\n"
)


def test_tab_separated_rows_are_a_table_under_their_header():
    text = tab_tables(NOTICE)
    assert "| code | role | unit | in force | from 1 March 2027 |" in text
    assert "| R-2 | Follow-spot operator | per performance | 205.00 EUR | 212.50 EUR |" in text
    assert "\t" not in text
    assert text.startswith("RATE NOTICE 7\n\nThe table is tab-separated")
    assert text.endswith("\nQuestions: the secretariat.\n")


def test_a_notice_file_keeps_each_row_with_its_header_in_chunks():
    doc = load_bytes(NOTICE.replace("\n", "\r\n").encode("cp1252"), "notice-7.txt")
    assert "| R-3 | Flyman | per week | 1,480.00 EUR | 1,480.00 EUR (unchanged) |" in doc.text
    chunks = chunk_document(doc)
    assert any("| R-1 | Rigger | per call | 334.00 EUR | 348.00 EUR |" in c.text for c in chunks)


@pytest.mark.parametrize(
    "text",
    [
        # two lines are not a table
        "a\tb\n1\t2\n",
        # rows with no figure after their first cell (indented prose, a word list)
        "name\trole\tnote\nAna\tchair\topened\nBo\tsecretary\tminuted\n",
        # lines with different numbers of tabs
        "code\trole\tamount\nR-1\t334.00 EUR\nR-2\tFlyman\tx\t1.00\n",
        # no header: a price list on tab stops, for leaders.py
        "Rigger\t334.00 EUR\nFlyman\t1,480.00 EUR\nFollow-spot\t205.00 EUR\n",
    ],
)
def test_what_is_not_a_tab_separated_table_is_left_alone(text):
    assert tab_tables(text) == text


def test_a_hostile_file_of_tabs_is_read_in_linear_time():
    hostile = ("a\tb\t1\n" * 30000) + ("\t" * 50 + "\n") * 1000
    started = time.perf_counter()
    out = tab_tables(hostile)
    assert time.perf_counter() - started < 20  # generous: linear, well under a second here
    assert out.count("| a | b | 1 |") == 30000  # the header and its rows


def test_a_coded_rows_item_is_named_by_its_other_cells():
    from knowledge.generation import ChunkRecord
    from knowledge.tables import Tables

    records = [
        ChunkRecord(
            "a",
            "| Item | Period | Value |\n|---|---|---|\n"
            "| 2.1 Follow-spot operator – per performance | From 1 October 2026 | 205.00 EUR |",
            {"source": "rate-sheet.pdf"},
        ),
        ChunkRecord(
            "b",
            "| code | role | unit | in force | from 01-02-2027 |\n|---|---|---|---|---|\n"
            "| P1-12 | Follow-spot operator | per performance | 205.00 EUR | 212.50 EUR |",
            {"source": "notice.txt"},
        ),
    ]
    tables = Tables(records)
    assert tables.like(0) == [1] and tables.like(1) == [0]


EXPORT = (
    "4. Rates from 2027-01-01 (export; fields separated by semicolons):\n\n"
    "code;role;rate unit;rate to 2026-12-31;new rate from 2027-01-01;note\n"
    'T-2;TTS voice talent;licence fee per month;165000 XOF;175000 XOF;"on top; quarterly"\n'
    "D-1;Dataset performer;per session day;130000 XOF;138000 XOF;12 blocks included\n"
    "\n"
    "5. Other terms; the premiums; the allowances are unchanged.\n"
)


def test_an_exports_trailing_semicolon_is_no_column():
    text = tab_tables("code;role;rate;\nT-1;Grip;50 EUR;\nT-2;Best boy;60 EUR;\n")
    assert "| code | role | rate |" in text and "| T-2 | Best boy | 60 EUR |" in text


def test_semicolon_separated_rows_are_a_table_with_quoted_cells_kept_whole():
    text = tab_tables(EXPORT)
    assert (
        "| code | role | rate unit | rate to 2026-12-31 | new rate from 2027-01-01 | note |" in text
    )
    assert (
        "| T-2 | TTS voice talent | licence fee per month | 165000 XOF | 175000 XOF "
        "| on top; quarterly |"
    ) in text
    # prose with semicolons is prose
    assert "5. Other terms; the premiums; the allowances are unchanged." in text
    doc = load_bytes(EXPORT.encode(), "memorandum.txt")
    assert "| D-1 | Dataset performer | per session day | 130000 XOF | 138000 XOF |" in doc.text


@pytest.mark.parametrize(
    "text",
    [
        # one semicolon a line: prose, not cells
        "a; b\n1; 2\n3; 4\n",
        # prose lines with semicolons and no figures
        "we met; we spoke; we agreed\nthey came; they saw; they left\nall; of; it\n",
        # sentences that list with semicolons, wrapped over lines
        "Day rate: 300 EUR; overtime: 50 EUR; night: 60 EUR.\n"
        "Week rate: 1300 EUR; overtime: 50 EUR; night: 60 EUR.\n"
        "Month rate: 5000 EUR; overtime: 50 EUR; night: 60 EUR.\n",
        # a pipe table's cells may hold semicolons
        "| a; b; c | d |\n|---|---|\n| 1; 2; 3 | 4 |\n| 5; 6; 7 | 8 |\n",
    ],
)
def test_what_is_not_a_semicolon_separated_table_is_left_alone(text):
    assert tab_tables(text) == text


DECLARED = (
    "sep=,\n"
    '"line","member","description","rate","note"\n'
    '"P-1","A. Reed","Video-call reading, ""Pilot"" (2 hours)","MNT 42,000.00",""\n'
    '"P-2","A. Reed","Retainer, November","MNT 1,680,000.00","Part month:\nfrom 10 November."\n'
)


def test_an_export_that_declares_its_delimiter_is_one_table():
    # Excel's "sep=," line: commas inside quoted cells, doubled quotes and a line break
    # inside a cell are the csv module's to read, and the row keeps its headers
    text = load_bytes(DECLARED.encode(), "payroll-export.txt").text
    assert "sep=" not in text
    assert "| line | member | description | rate | note |" in text
    assert '| P-1 | A. Reed | Video-call reading, "Pilot" (2 hours) | MNT 42,000.00 |' in text
    assert "| Part month: from 10 November. |" in text


def test_a_csv_file_is_read_as_a_table_whatever_its_delimiter():
    semicolons = "role;rate;from\nReader;46 500,00;2026-04-01\nCoach;312 000,00;2026-04-01\n"
    text = load_bytes(semicolons.encode(), "rates.csv").text
    assert "| role | rate | from |" in text and "| Reader | 46 500,00 | 2026-04-01 |" in text
    commas = "role,rate\nReader,46500\nCoach,312000\n"
    assert "| Coach | 312000 |" in load_bytes(commas.encode(), "rates.csv").text


def test_a_text_that_declares_no_delimiter_is_not_read_as_a_csv():
    prose = "The fee, as agreed, is $40.\nRehearsals, fittings and calls are paid.\n"
    assert load_bytes(prose.encode(), "notes.txt").text == prose
