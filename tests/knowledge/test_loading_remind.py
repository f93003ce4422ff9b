"""A text file that holds a remind(1) script (knowledge/loading/remind.py) is read as
Markdown: each REM line as one list item in plain words (the title its calendar shows, the
days, the time, how long and when it ends, the message), OMIT lines as holidays, the
comments that describe the file as paragraphs and a comment over its entries as a heading,
without commented-out entries, SET lines, priorities, tags or "%b" phrases; other text is
left as it is."""

from __future__ import annotations

import time

from knowledge.loading.remind import is_remind, remind_text

CALENDAR = r"""# Harbour Road Brass Band - engagements, winter 2026-27
# Kept by the band secretary, Ines Okonkwo-Hale; revised Monday 7 December 2026.
; Players: tell the librarian about any absence (rule 4.2).

SET hall "the Drill Hall, Quay Street"
SET fee "₼ 95.00"
OMIT 25 Dec 2026 MSG Christmas Day (public holiday)
OMIT 31 Dec 2026 THROUGH 2 Jan 2027

# Rehearsals
REM Thu FROM 3 Dec 2026 UNTIL 25 Feb 2027 AT 19:30 DURATION 2:00 TAG REH MSG %"Band rehearsal%" - at [hall], %b
REM Sat 12 Dec 2026 +7 AT 10:00 DURATION 0:45 PRIORITY 9000 SKIP MSG %"Sectional (cornets)%" - 100%% attendance please

# Concerts
REM Sun 20 Dec 2026 +3 AT 23:15 DURATION 1:35 TAG GIG MSG %"Carols at the harbour%" - a fee of [fee] a player, %_ paid by [ord(1)] the council
REM Tue 5 Jan 2027 ++2 MSG %"Kit check%"
# REM Sat 9 Jan 2027 AT 14:00 MSG %"Wedding%" - draft fee 480.00, not agreed
; OMIT 6 Jan 2027 MSG %"Twelfth Night%"
# SET fee "₼ 999.00"
REM Mon 2027-01-11@18:00 DURATION 90 MSG Committee meeting \
 in the band room
REM 1 MSG %"Subscriptions due%"
REM 14 Feb MSG Valentine's social
REM Mon Wed MSG Practice room open
REM Fri 14 Jan 2027 MSG Misdated entry
REM 4 Jan 2027 *14 AT 09:00 MSG Library returns
REM Mon RUN /usr/local/bin/notify-band
REM Fri SPECIAL SHADE 220 220 220
REM Fri 19 Feb 2027 SPECIAL COLOR 255 0 0 %"Area contest%" at Thornwick
INCLUDE /etc/band/secret.rem

# end of list
__EOF__
REM 1 Mar 2027 MSG %"Spring tour%" - draft fee 1,200.00
"""


def test_a_remind_script_reads_as_a_title_notes_headings_and_entries():
    text = remind_text(CALENDAR)
    assert text.startswith("# Harbour Road Brass Band - engagements, winter 2026-27\n\n")
    assert (
        "Kept by the band secretary, Ines Okonkwo-Hale; revised Monday 7 December 2026.\n" in text
    )
    assert "Players: tell the librarian about any absence (rule 4.2)." in text
    assert (
        "\n## Rehearsals\n\n- Band rehearsal: every Thursday from 3 Dec 2026 until 25 Feb 2027"
        in text
    )
    assert "\n## Concerts\n" in text
    # a heading's entries follow it as one list
    assert (
        "- Band rehearsal: every Thursday from 3 Dec 2026 until 25 Feb 2027, 19:30, for 2 h 00, "
        "ending 21:30 - at the Drill Hall, Quay Street\n- Sectional (cornets): " in text
    )
    assert text.endswith("end of list\n")


def test_an_entry_keeps_its_day_time_length_and_end():
    text = remind_text(CALENDAR)
    assert (
        "- Sectional (cornets): Sat 12 Dec 2026, 10:00, for 45 min, ending 10:45, "
        "skipped when it falls on a holiday - 100% attendance please"
    ) in text
    # across midnight: the day it ends on is said
    assert (
        "- Carols at the harbour: Sun 20 Dec 2026, 23:15, for 1 h 35, ending 00:50 the next day"
        in text
    )
    assert "- Kit check: Tue 5 Jan 2027\n" in text
    # a whole date with its time, and a line continued with a backslash
    assert (
        "- Mon 2027-01-11, 18:00, for 1 h 30, ending 19:30: Committee meeting in the band room"
        in text
    )


def test_dates_without_a_year_or_a_day_read_as_repeats():
    text = remind_text(CALENDAR)
    assert "- Subscriptions due: day 1 of every month\n" in text
    assert "- 14 Feb every year: Valentine's social\n" in text
    assert "- every Monday and Wednesday: Practice room open\n" in text
    assert "- the first Friday on or after 14 Jan 2027: Misdated entry\n" in text  # a Thursday
    assert "- every 14 days from 4 Jan 2027, 09:00: Library returns\n" in text


def test_holidays_are_listed():
    text = remind_text(CALENDAR)
    assert "- Holiday: 25 Dec 2026 - Christmas Day (public holiday)\n" in text
    assert "- Holiday: 31 Dec 2026 through 2 Jan 2027\n" in text


def test_substitutions_and_values_read_as_the_message_shows():
    text = remind_text(CALENDAR)
    assert "a fee of ₼ 95.00 a player, paid by the council" in text  # [fee], %_ and [ord(1)]
    assert "%b" not in text and '%"' not in text and "%%" not in text
    assert "Quay Street, " not in text  # the "%b" after it leaves no comma behind
    assert "- Area contest: Fri 19 Feb 2027 - at Thornwick" in text  # SPECIAL COLOR's text


def test_what_only_runs_the_program_is_dropped():
    text = remind_text(CALENDAR)
    for hidden in ("TAG", "PRIORITY", "9000", "+7", "++2", "SET", "INCLUDE", "secret.rem", "RUN"):
        assert hidden not in text, hidden
    assert "notify-band" not in text and "220" not in text  # RUN, a shading
    # commented-out entries and what follows __EOF__ are never shown
    for hidden in ("Wedding", "480.00", "Twelfth Night", "999.00", "Spring tour", "1,200.00"):
        assert hidden not in text, hidden


def test_a_comment_that_is_prose_is_kept_even_when_it_names_a_command():
    script = (
        "# A REM line gives the day, AT the start, then MSG and the text.\n"
        "# Omit the names of absent members from the minutes.\n\n"
        'REM Mon MSG %"Rehearsal%"\nREM Tue MSG %"Sectional%"\n'
        '# REM Wed MSG %"Draft%"\n# rem thu msg draft\n'
    )
    text = remind_text(script)
    assert "A REM line gives the day, AT the start, then MSG and the text." in text
    assert "Omit the names of absent members from the minutes." in text
    assert "- Rehearsal: every Monday\n- Sectional: every Tuesday" in text
    assert "Draft" not in text and "draft" not in text


def test_text_that_is_not_a_remind_script_is_left_as_it_is():
    texts = [
        "# Meeting notes\n\nREM sleep was discussed.\nRem rates: MSG us.\n",  # no entries
        "@echo off\nrem This batch file backs up the minutes.\nrem Run it on Fridays.\ncopy a b\n",
        # a batch file whose comments happen to start with remind's words
        "@echo off\nREM Special build\nrem msg box helper\nrem msg again\nset X=1\nexit\n",
        "10 REM rates program MSG\n20 REM second line MSG\n30 PRINT 240\n40 GOTO 10\n",
        # a guide that quotes remind lines among its prose
        "# Using remind\n\nPut entries in a file:\n\nREM Mon MSG Rehearsal\nREM Tue MSG Gig\n\n"
        "Then run remind on it each morning.\nThe calendar shows the title.\n"
        "Ask the secretary for a copy.\n",
        "Rates for 2026\n\n| Role | Fee |\n|---|---|\n| Lead | 240 |\n",
    ]
    for plain in texts:
        assert not is_remind(plain), plain
        assert remind_text(plain) == plain


def test_hostile_remind_scripts_cost_linear_time():
    entries = "REM Mon MSG a\nREM Tue MSG b\n"
    hostile = [
        "REM Sun MSG x\n" * 70_000,
        'SET v "' + "y" * 1000 + '"\nREM Mon MSG ' + "[v]" * 250_000 + "\n" + entries,
        "REM Mon MSG " + '%"' * 400_000 + "\n" + entries,
        "REM Mon MSG a\\\n" * 80_000 + entries,
        "REM Mon MSG [" * 70_000 + "\n" + entries,
        "REM " + "Sun " * 250_000 + "MSG x\n" + entries,
        "REM " + '"a ' * 300_000 + "MSG x\n" + entries,
        "# x\n" * 250_000 + entries,
        "SET a x" + " " * 1_000_000 + "y\n" + entries,
        "# " + "msg " * 250_000 + "\n" + entries,
    ]
    for text in hostile:
        started = time.perf_counter()
        out = remind_text(text)
        assert time.perf_counter() - started < 5
        assert len(out) < 2 * len(text)
