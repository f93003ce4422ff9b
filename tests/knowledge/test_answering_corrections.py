"""Corrections and designators: a misprint named as an error, or a figure a later
message corrects, is never in force and is never shown without the corrected figure;
"band 1" is answered by Band 1's row, not by another band's (answering/former.py,
compose.py, designators.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

from knowledge.answering import designators

SCHEDULE = """# Schedule A: minimum rates 2025-2028

Signed on 12 June 2025.

| Code | Band | Work | Unit | 1 Jul 2026 – 30 Jun 2027 |
|---|---|---|---|---|
| V-1 | Band 1 | Voice session (up to 4 hours) | per session | € 482.00 |
| V-4 | Band 1 | Vocally stressful session (up to 2 hours) | per session | € 418.30 |
| V-5 | Band 2 | Vocally stressful session (up to 2 hours) | per session | € 344.00 |
| V-6 | Band 3 | Vocally stressful session (up to 2 hours) | per session | € 279.60 |
"""

NOTICE = """# Correction Notice No. 1 to Schedule A

Dated 18 August 2025.

| Row | Column | Printed | Agreed and correct |
|---|---|---|---|
| V-4 (Band 1, vocally stressful session) | 1 Jul 2026 – 30 Jun 2027 | €418.30 | €413.80 |

Row V-4: the figure printed as €418.30 is an error; the correct figure is €413.80, from
1 July 2026. Every other amount is correct as printed.
"""


@pytest.mark.parametrize(
    "sentence, former",
    [
        (
            "Row V-4: the figure printed as €418.30 is an error; the correct one is €413.80.",
            "418.3",
        ),
        ("The amount of $421.00 in row C-1 was a typing error.", "421"),
        ("Le montant de 421,00 $ de la ligne C-1 est erroné : il faut lire 412,00 $.", "421"),
        ("Le montant de 421,00 $ est une coquille.", "421"),
        # a rectificatif's right amount in bold, thousands by a no-break space
        (
            "Rectificatif au point 4 : le plafond est de **3\u00a0500 gourdes** par membre, "
            "et non de 2\u00a0500 gourdes.",
            "2500",
        ),
        ("Correction: the voucher is **R210** per capture day, not **R160**.", "160"),
        # an erratum's own wording: "for X read Y", "X should read Y", "au lieu de X, lire Y"
        ("Table 3, line 4: for ₺1.520,00 read ₺1.250,00.", "1520"),
        ("In clause 6.2, $421.00 should read $412.00.", "421"),
        ("Tableau 3, ligne 4 : au lieu de 1 520,00 ₺, lire 1 250,00 ₺.", "1520"),
        ("In clause 6.2, for “$421.00” read “$412.00”.", "421"),
        ("Au point 6.2, au lieu de « 421,00 $ », lire « 412,00 $ ».", "421"),
        ("In clause 6.2, for $421.00 per day read $412.00 per day.", "421"),
        # the amount a sentence naming a misprint says was printed
        (
            "Une coquille s'est glissée dans le tableau A1 : l'heure d'échasses y est "
            "imprimée « 42,70 $ ».",
            "42.7",
        ),
        ("A misprint: the stilt hour is printed as $42.70 in Table A1.", "42.7"),
    ],
)
def test_an_amount_named_as_an_error_is_the_one_corrected(sentence, former):
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    units = cut([Passage("p", "notice.md", "Notice", sentence, 0, len(sentence), 1.0)])
    keys = set().union(*(u.former for u in units))
    assert any(k.startswith("money:") and k.endswith(former) for k in keys), keys


def test_an_amount_read_for_in_a_correction_is_not_the_one_corrected():
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    sentence = "For the current rates, read the table of Schedule A: the day rate is $850.00."
    units = cut([Passage("p", "faq.md", "FAQ", sentence, 0, len(sentence), 1.0)])
    assert not set().union(*(u.former for u in units))


def test_an_amount_printed_is_not_corrected_without_a_word_of_error():
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    for sentence in (
        "Correction to the FAQ: the fee printed as $412.00 in Table A1 stands.",
        "The fee printed as $412.00 in Table A1 is not an error.",
        "There is no misprint: the fee is printed as $412.00.",
    ):
        units = cut([Passage("p", "faq.md", "FAQ", sentence, 0, len(sentence), 1.0)])
        assert not set().union(*(u.former for u in units)), sentence


def test_an_amount_right_of_an_error_is_not_the_one_corrected():
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    sentence = "The fee is $85. Errors in your pay statement are reported to the office."
    units = cut([Passage("p", "faq.md", "FAQ", sentence, 0, len(sentence), 1.0)])
    assert not set().union(*(u.former for u in units))


def test_the_corrected_figure_answers_and_the_misprint_is_never_in_force(
    tmp_path, bundled_embedder
):
    documents = {"schedule-a.md": SCHEDULE, "correction-notice.md": NOTICE}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))

    answer = answerer.ask("band 1 vocally stressful session rate rn?")
    assert "413.80" in answer.text.splitlines()[0]
    assert "418.30" not in answer.text.splitlines()[0]

    # asked about the misprint by name: the corrected figure leads, the misprint is shown
    # as never in force, never alone
    named = answerer.ask(
        "the table says €418.30 for a band 1 vocally stressful session, is that right?"
    )
    lines = named.text.splitlines()
    assert "413.80" in lines[0]
    misprint = [line for line in lines if "418.30" in line and "413.80" not in line]
    assert all("never in force" in line for line in misprint)


@pytest.mark.parametrize(
    "question, band",
    [
        ("band 1 vocally stressful session rate rn?", "€ 418.30"),
        ("whats the vocally stressful session for Band 3 games?", "€ 279.60"),
        ("vocally stressful session, band 2, how much", "€ 344.00"),
    ],
)
def test_a_band_asked_for_is_answered_by_its_own_row(tmp_path, bundled_embedder, question, band):
    answerer = answerer_over(tmp_path, {"schedule-a.md": SCHEDULE}, bundled_embedder)
    assert band in answerer.ask(question).text.splitlines()[0]


def test_designators_are_read_from_the_question_and_matched_in_a_row():
    wanted = designators.asked("tier b lead, band 1, catégorie 3, up to 4 hrs, 2 hours, $3,50")
    assert wanted["band"] == "1" and wanted["tier"] == "B"
    assert any(v == "3" for k, v in wanted.items() if k.startswith("categor"))
    assert designators.fit(wanted, "V-4 — Band: Band 1; Work: Vocal") == 1
    assert designators.fit(wanted, "V-6 — Band: Band 3; Work: Vocal") == -1
    assert designators.fit(wanted, "A meal break of 45 minutes") == 0
    # a contract year is the date's to say: "année 2" may be a member's guess
    assert not designators.asked("livré en mars 2027, ça veut dire année 2 non?")


RATES = """# Schedule A: minimum rates

Signed on 26 June 2025.

| Code | Item | Period (work performed) | Minimum |
|---|---|---|---|
| A1 | Voice session (up to 4 hours) | 1 Jul 2026 - 30 Jun 2027 | $302.00 |
| C1 | Meal penalty, per half-hour | 1 Jul 2026 - 30 Jun 2027 | $28.00 |
| C2 | Per diem, overnight travel | 1 Jul 2026 - 30 Jun 2027 | $113.00 |
| C3 | Home-studio allowance | 1 Jul 2026 - 30 Jun 2027 | $17.00 |
| C4 | Wardrobe allowance, per outfit | 1 Jul 2026 - 30 Jun 2027 | $22.00 |
"""

AMENDING = """AMENDING AGREEMENT No. 1

In force from 1 September 2026.

| Reference | Item | Old | New |
|---|---|---|---|
| Schedule A, row A1 | Voice session | $302.00 -> | $309.00 |
"""


def test_a_figure_asked_about_before_its_replacement_is_shown_without_it(
    tmp_path, bundled_embedder
):
    documents = {"schedule-a.md": RATES, "amending.txt": AMENDING}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))
    then = answerer.ask("did a voice session on aug 20 2026, what was the session minimum then?")
    assert "$302" in then.text.splitlines()[0]
    # not yet in force that day: not brought in as its replacement (it may be quoted on
    # its own merits, with its start: since row labels are read past their codes, the
    # other rows of the schedule no longer outrank it)
    assert all("2026-09-01" in line for line in then.text.splitlines() if "$309" in line)
    assert "$309" not in then.text.splitlines()[0]
    now = answerer.ask("voice session minimum rn?")
    assert "$309" in now.text.splitlines()[0]


MISPRINTED = """# Schedule A: minimum rates

| Tier | Code | Work | Year 1 (2025-03-01 to 2026-02-28) | Year 2 (2026-03-01 to 2027-02-28) |
|---|---|---|---|---|
| Tier B | B-1 | Principal role, per session | $503.00 | $520.50 |
| Tier C | C-1 | Principal role, per session | $398.00 | $421.00 |
"""

ERRATUM = """ERRATUM No. 1 to Schedule A

Issued on April 9, 2025.

Schedule A, Table 1, row C-1, column Year 2:

    The amount in row C-1, Year 2, should read $412.00, not $421.00.
"""


def test_a_correction_naming_a_rows_code_voids_the_misprint(tmp_path, bundled_embedder):
    documents = {"schedule.md": MISPRINTED, "erratum.txt": ERRATUM}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))
    answer = answerer.ask("tier C principal role session rate rn?")
    assert "$412.00" in answer.text.splitlines()[0]
    # the misprinted row is not shown; the correction may say what it corrects
    assert not any(
        "$421" in line and "should read" not in line for line in answer.text.splitlines()
    )


EMAIL_THREAD = """From: Dario Moreau <d.moreau@guild.example>
Date: Tue, 17 Nov 2026 09:12:44 +0200
Subject: Re: Kestwick capture days in December

Hi all,

Correction to my message below: the meal voucher at Kestwick is R210 per capture day,
not R160. Everything else in my message stands.

Dario

On Thu, 12 Nov 2026 at 16:40, Dario Moreau wrote:
> Hi all,
>
> - Meal voucher: the studio gives each performer a meal voucher of R160
>   per capture day, for the studio canteen.
> - Parking: free for performers in the studio's north car park.
"""


def test_a_correction_in_the_same_thread_replaces_the_quoted_figure(tmp_path, bundled_embedder):
    answerer = answerer_over(tmp_path, {"thread.txt": EMAIL_THREAD}, bundled_embedder)
    answer = answerer.ask("meal voucher at kestwick, how much per capture day?")
    first = answer.text.splitlines()[0]
    assert "R210" in first
    assert "voucher of R160" not in answer.text  # the quoted, corrected figure
    assert answer.text.count("R160") <= 1  # only as the correction names it ("not R160")


@pytest.mark.parametrize(
    ("text", "shown", "former"),
    [
        ("The penalty is now $30.00 (it was $25.00).", "The penalty is now $30.00.", "25"),
        (
            "L'aide passe à 100.000 F CFA à partir du 1er décembre 2026 (elle était de "
            "80.000 F CFA).",
            "L'aide passe à 100.000 F CFA à partir du 1er décembre 2026.",
            "80000",
        ),
        ("Le cachet est de 410 € (il était de 390 €).", "Le cachet est de 410 €.", "390"),
    ],
)
def test_an_aside_on_the_amount_replaced_is_left_out_of_the_figure_in_force(text, shown, former):
    from knowledge.answering.former import without_bracketed
    from knowledge.answering.units import Unit

    (u,) = without_bracketed([Unit(0, text, text)])
    assert u.without_past == shown
    assert f"money:{former}" in u.former
