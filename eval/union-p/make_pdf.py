#!/usr/bin/env python3
"""Build the two PDFs of union-p (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-p/make_pdf.py    # fpdf2 is in the venv

- docs/uvca-variety-cruise-agreement-2024-2027.pdf: the Variety and Cruise Entertainment
  Agreement 2024-2027 as running text (portrait A4), sections "§ 12" with sub-sections
  "12.3" and lettered items "(c)" (cited "§ 12.3(c)"); a running header with the short
  title and a "Page N of M" footer on every page.
- docs/summary-variety-stage-agreement-2021-2024-expired.pdf: a short summary of the
  expired previous agreement, marked EXPIRED, with look-alike figures and old rules.

`agreement_text()` and `summary_text()` return the same text for check_set.py (one heading
or paragraph per line). Core font in windows-1252 (the en dash and the section sign);
fixed creation dates, so the output is reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "uvca-variety-cruise-agreement-2024-2027.pdf")
SUMMARY_OUT = os.path.join(HERE, "docs", "summary-variety-stage-agreement-2021-2024-expired.pdf")
RUNNING_HEADER = (
    "VCEA 2024\u20132027 \u2013 Variety and Cruise Entertainment Agreement (UVCA / LEEA)"
)
SUMMARY_HEADER = "EXPIRED \u2013 Variety Stage Agreement 2021\u20132024 \u2013 summary for members"

# (kind, text): "title", "sub", "sec" (a section heading), "p" (a paragraph)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Variety and Cruise Entertainment Agreement 2024\u20132027"),
    (
        "sub",
        "between the Union of Variety and Cruise Artists of Aubrenne (UVCA) and the Lakeside "
        "Entertainment Employers' Association (LEEA), acting for its member cabaret clubs, "
        "theatres, casinos, cruise lines and resorts. Signed at Montclaret on 18 September "
        "2024. The French version, Convention sur les spectacles de vari\u00e9t\u00e9s et de "
        "croisi\u00e8re 2024\u20132027, has equal force. All amounts are in Swiss francs (CHF).",
    ),
    ("sec", "\u00a7 1 Scope"),
    (
        "p",
        "1.1 This Agreement applies to cabaret, drag and burlesque artists, magicians and "
        "illusionists, variety acts, and entertainers engaged on cruise ships and in resorts "
        "by a member of LEEA in the Canton of Aubrenne or on a ship sailing under a LEEA "
        "member's contract.",
    ),
    ("p", "1.2 It sets minimum terms. A performer may agree better terms with an employer."),
    (
        "p",
        "1.3 Schedule 1 (Minimum Fees) and the Cruise and Resort Allowances published by the "
        "Joint Committee form part of this Agreement.",
    ),
    ("sec", "\u00a7 2 Definitions"),
    (
        "p",
        "2.1 Venue category: (a) Category A is a cabaret club or a club with a stage; (b) "
        "Category B is a theatre or a casino showroom; (c) Category C is a cruise ship or a "
        "resort. In French: cat\u00e9gorie A, B and C.",
    ),
    (
        "p",
        "2.2 Billing: ensemble, featured or headliner (in French: ensemble, vedette "
        "invit\u00e9e, t\u00eate d'affiche), as stated in the contract. A contract that states "
        "no billing is paid at the featured rate.",
    ),
    (
        "p",
        "2.3 A show lasts up to 75 minutes. A two-show night is two shows on the same evening "
        "at the same venue. A residency week is a week of up to six shows (Category A) or up "
        "to eight shows (Category B) at the same venue.",
    ),
    (
        "p",
        "2.4 A week at sea is each period of seven days on board under a cruise contract. A "
        "port day is a day on which the ship is docked and the performer is called to work.",
    ),
    (
        "p",
        "2.5 A persona is a stage character created by the performer (a drag persona, a "
        "burlesque character, a magician's stage identity), with its name, face, voice and "
        "look.",
    ),
    ("sec", "\u00a7 3 Term and contract years"),
    ("p", "3.1 This Agreement runs from 1 October 2024 to 30 September 2027."),
    (
        "p",
        "3.2 Contract years start on 1 October: (a) Year 1 runs from 1 October 2024 to 30 "
        "September 2025; (b) Year 2 runs from 1 October 2025 to 30 September 2026; (c) Year 3 "
        "runs from 1 October 2026 to 30 September 2027.",
    ),
    (
        "p",
        "3.3 Work is paid at the rate of the contract year in which the show, the rehearsal, "
        "the week at sea or the day of use takes place. The column of Schedule 1 headed "
        '"Oct 2026" applies from 1 October 2026.',
    ),
    ("p", "3.4 Either party may give notice to bargain a new agreement from 1 April 2027."),
    ("sec", "\u00a7 4 Hiring and confirmation"),
    (
        "p",
        "4.1 Every engagement is confirmed by a written contract at least ten (10) days before "
        "the first show, or on the day of hiring if it is made later.",
    ),
    (
        "p",
        "4.2 The contract states: (a) the venue and its category; (b) the billing; (c) the "
        "number of shows, rehearsals or weeks at sea; (d) the fee and any persona fee; (e) any "
        "recording, stream or use of a digital double.",
    ),
    (
        "p",
        "4.3 A hold on a date lapses seventy-two (72) hours after it is placed unless it is "
        "confirmed in writing.",
    ),
    ("sec", "\u00a7 5 Minimum fees and rehearsals"),
    (
        "p",
        "5.1 The minimum fees per show, per two-show night, per residency week and per week at "
        "sea are those in Schedule 1, Part A (cabaret, club and theatre) and Part B (cruise and "
        "resort).",
    ),
    (
        "p",
        "5.2 Rehearsals are paid per hour at the fee in row R-1 of Schedule 1, with a minimum "
        "call of three (3) hours. A rehearsal on a show day counts from the call time.",
    ),
    (
        "p",
        "5.3 On a cruise contract, a show beyond the weekly maximum in Part B is paid at the "
        "fee in row S-6 of Schedule 1.",
    ),
    (
        "p",
        "5.4 Holiday pay of 8.33% is paid on top of every fee; the amounts in Schedule 1 do not "
        "include it.",
    ),
    ("sec", "\u00a7 6 Costumes, wigs and quick changes"),
    (
        "p",
        "6.1 A performer who supplies their own costumes, wigs or make-up receives the costume "
        "and wig allowance in row K-1 of Schedule 1 for each show.",
    ),
    (
        "p",
        "6.2 Each quick change of under ninety (90) seconds is paid at the quick-change premium "
        "in row K-2 of Schedule 1.",
    ),
    (
        "p",
        "6.3 When a show has more than four (4) quick changes, the employer provides a dresser "
        "for the performer at no cost to the performer.",
    ),
    ("sec", "\u00a7 7 Persona, act and illusions"),
    (
        "p",
        "7.1 A performer engaged to appear as their own established persona receives, for "
        "each engagement, the persona fee in row P-1 of Schedule 1, on top of the fee.",
    ),
    (
        "p",
        "7.2 The persona, its name and look, the act, its routines and music arrangements, "
        "and the illusions and their methods belong to the performer. The employer receives "
        "only a licence to present them during the engagement.",
    ),
    (
        "p",
        "7.3 The employer may not register the persona's name as a trademark, sell images of "
        "the persona, or present another artist under the persona's name.",
    ),
    ("sec", "\u00a7 8 Payment"),
    (
        "p",
        "8.1 Fees are paid within twenty-one (21) days after the last show of the engagement. "
        "Residencies and cruise contracts are paid weekly, by the end of the following week.",
    ),
    (
        "p",
        "8.2 A late payment bears interest of three-quarters of one per cent (0.75%) per "
        "month, and at least CHF 20.\u2013 for each late payment.",
    ),
    ("sec", "\u00a7 9 Overtime"),
    (
        "p",
        "9.1 When a show runs more than fifteen (15) minutes beyond its scheduled length, or a "
        "rehearsal goes beyond its call, every further half hour or part of a half hour is paid "
        "at the overtime fee in row O-1 of Schedule 1.",
    ),
    (
        "p",
        "9.2 No performer works more than ten (10) hours in a day, rehearsals and shows included.",
    ),
    ("sec", "\u00a7 10 Sundays and public holidays"),
    (
        "p",
        "10.1 Shows and rehearsals on a Sunday carry a premium of 12.5% of the fee. (a) On a "
        "public holiday the premium is 50% of the fee. (b) The two premiums are not added "
        "together.",
    ),
    (
        "p",
        "10.2 On a cruise contract, the Sunday premium is included in the weekly fee; the "
        "public-holiday premium is paid for each show given on 25 December and 1 January.",
    ),
    ("sec", "\u00a7 11 Cancellation"),
    (
        "p",
        "11.1 An employer that cancels an engagement more than fourteen (14) days before the "
        "first show owes no fee.",
    ),
    (
        "p",
        "11.2 An employer that cancels: (a) within 14 days of the first show pays 50% of the "
        "fees cancelled; (b) within 48 hours of the show pays 100% of the fees cancelled; (c) "
        "after the performer has boarded a ship pays the whole cruise contract.",
    ),
    (
        "p",
        "11.3 Section 11.2 does not apply when the venue is closed by order of the authorities.",
    ),
    ("sec", "\u00a7 12 Touring per diem and travel"),
    (
        "p",
        "12.1 When a performer works more than 50 km from home, the employer pays a touring "
        "per diem of CHF 64.\u2013 per day, and provides a room when the show ends after 23:00.",
    ),
    (
        "p",
        "12.2 Travel is paid by rail in second class, or at CHF 0.70 per km by the performer's "
        "own car.",
    ),
    (
        "p",
        "12.3 The employer pays the carriage of illusion equipment, props and costume trunks. "
        "(a) On a cruise contract, baggage and equipment above the free allowance is paid per "
        "kg at the rate in the Cruise and Resort Allowances. (b) Equipment is insured in "
        "transit by the carrier chosen by the employer.",
    ),
    ("sec", "\u00a7 13 Cruise and resort contracts"),
    (
        "p",
        "13.1 A cruise contract is paid per week at sea at rows S-1 to S-3 of Schedule 1. The "
        "weekly fee includes board. A port-day supplement is paid for each port day at the "
        "rate in the Cruise and Resort Allowances.",
    ),
    (
        "p",
        "13.2 Cabin standard: (a) an ensemble performer may be asked to share a cabin with one "
        "other performer; (b) a featured performer or a headliner has a single cabin; (c) when "
        "no single cabin is available, the cruise line pays the single-cabin compensation per "
        "night in the Cruise and Resort Allowances.",
    ),
    (
        "p",
        "13.3 The cruise line pays sign-on travel to the ship and sign-off travel home, and each "
        "travel day at the rate in the Cruise and Resort Allowances. (a) A performer who "
        "leaves the ship before the end of the contract without good cause pays their own "
        "sign-off travel.",
    ),
    (
        "p",
        "13.4 When the ship is in dry dock, or the performer is required to stay ashore "
        "overnight, the cruise line pays the per diem ashore in the Cruise and Resort "
        "Allowances.",
    ),
    (
        "p",
        "13.5 A performer on a cruise contract has one full day off each week at sea and at "
        "least ten (10) hours' rest between the end of one show day and the next call.",
    ),
    ("sec", "\u00a7 14 Minors"),
    (
        "p",
        "14.1 A minor is a performer under eighteen (18). A parent or guardian is present at "
        "every show and rehearsal, and a minor does not perform after 22:30.",
    ),
    (
        "p",
        "14.2 No performer under sixteen (16) is engaged on a cruise contract. The employer "
        "notifies the UVCA ten (10) working days before a minor's first show.",
    ),
    ("sec", "\u00a7 15 Pay-to-play banned"),
    (
        "p",
        "15.1 No employer may ask a performer to pay to appear, to buy tickets, to sell a "
        'quota of tickets or to pay a fee for a showcase or an audition ("pay-to-play").',
    ),
    (
        "p",
        "15.2 An employer that breaches section 15.1 refunds the amount and pays the performer "
        "twice that amount.",
    ),
    ("sec", "\u00a7 16 Recordings and CCTV"),
    (
        "p",
        "16.1 A venue or a cruise line may record shows and public areas for safety and CCTV. "
        "These recordings are kept for no more than 30 days and are not broadcast or sold.",
    ),
    (
        "p",
        "16.2 Any other recording or stream of a show needs the performer's consent in the "
        "contract.",
    ),
    ("sec", "\u00a7 17 Digital doubles and synthetic personas"),
    (
        "p",
        "17.1 In this section: (a) a digital double is a computer-generated likeness of a "
        "performer or of their persona (face, body, voice or look), including an avatar on a "
        "ship's screens or in an app; (b) a synthetic video is a video of up to 60 seconds in "
        "which a digital double appears; (c) training means using recordings of a performer to "
        "train or fine-tune a model.",
    ),
    (
        "p",
        "17.2 A digital double is made or used only with the performer's consent in writing "
        "for each use. The consent describes the use, the media and the period. A magician's "
        "signature illusion recreated by computer-generated imagery (CGI) is a use of the "
        "performer's act and needs the same consent.",
    ),
    (
        "p",
        "17.3 Consent is not a condition of hire. A performer who refuses consent may not be "
        "refused an engagement, paid less or given fewer shows.",
    ),
    (
        "p",
        "17.4 Fees: (a) each day of use of a digital double is paid at the fee in row D-1 of "
        "Schedule 1; (b) each synthetic video is paid at the fee in row D-2; (c) the session "
        "to capture a performer for a digital double is paid at the fee in row D-4.",
    ),
    (
        "p",
        "17.5 Training: (a) recordings of a performer are used to train a model only with the "
        "performer's separate written consent, given apart from any other consent, and for "
        "the fee in row D-3 of Schedule 1; (b) recordings made by a venue or a cruise line "
        "for safety or CCTV under \u00a7 16.1 shall never be used for training or to make a "
        "digital double.",
    ),
    (
        "p",
        '17.6 No employer creates or presents a synthetic performer "in the style of" a '
        "named persona, or with a confusingly similar name or look, without the consent of the "
        "performer who owns the persona.",
    ),
    (
        "p",
        '17.7 Every use of a digital double shown to the public carries the label "Digital '
        'double \u2013 not a live performance", on screen for the whole use and in the app '
        "listing.",
    ),
    (
        "p",
        "17.8 For a minor, the consent is given in writing by a parent or guardian, and the "
        "employer gives notice to the UVCA ten (10) working days before the use.",
    ),
    (
        "p",
        "17.9 A performer may withdraw consent for future uses on 20 days' written notice. "
        "Uses already paid for may end as planned.",
    ),
    (
        "p",
        "17.10 The data of a digital double, and any model trained under section 17.5, are "
        "deleted within sixty (60) days after the last use or the withdrawal of consent, and "
        "the employer confirms the deletion in writing.",
    ),
    (
        "p",
        "17.11 A digital double of a deceased performer is made or used only with the consent "
        "of the performer's estate, and the fees in section 17.4 are paid to the estate.",
    ),
    ("sec", "\u00a7 18 Grievances"),
    (
        "p",
        "18.1 A grievance is filed in writing within forty-five (45) days after the event that "
        "gave rise to it, or after the performer learned of it.",
    ),
    (
        "p",
        "18.2 The Joint Committee UVCA-LEEA meets within twenty (20) days of a grievance. A "
        "grievance it does not settle may be referred to arbitration in Montclaret.",
    ),
    ("sec", "\u00a7 19 Final provisions"),
    (
        "p",
        "19.1 An amendment to this Agreement is made in writing and signed by both parties. "
        "Schedule 1 and the Cruise and Resort Allowances are changed in the same way.",
    ),
    (
        "p",
        "19.2 Signed at Montclaret on 18 September 2024, for the UVCA by Ottilie Rennaz, "
        "president, and for the LEEA by Hedwige Stalder-Moor, chair.",
    ),
]

SUMMARY: list[tuple[str, str]] = [
    ("title", "EXPIRED \u2013 Variety Stage Agreement 2021\u20132024: summary"),
    (
        "sub",
        "This agreement expired on 30 September 2024. It was followed by the Variety and "
        "Cruise Entertainment Agreement 2024\u20132027, in force from 1 October 2024. This "
        "summary is kept for members with claims from before that date; do not use it for "
        "current work.",
    ),
    ("sec", "Term"),
    (
        "p",
        "The Variety Stage Agreement ran from 1 October 2021 to 30 September 2024 between the "
        "UVCA and the LEEA. It covered cabaret clubs, theatres and casinos; cruise contracts "
        "were agreed one by one.",
    ),
    ("sec", "Fees (Year 3 of the old agreement, from 1 October 2023)"),
    (
        "p",
        "Category A ensemble per show CHF 172.00; Category A featured per show CHF 248.00; "
        "Category B headliner per show CHF 575.00; rehearsal per hour CHF 44.50; costume "
        "allowance per show CHF 30.\u2013; persona fee per engagement CHF 135.00.",
    ),
    ("sec", "Payment and premiums"),
    (
        "p",
        "Fees were paid within forty-five (45) days after the last show. Late payments bore "
        "interest of 0.5% per month. The Sunday premium was 10% and the public-holiday premium "
        "40%. Overtime was paid per full hour only.",
    ),
    ("sec", "Cancellation"),
    (
        "p",
        "An employer that cancelled within seven (7) days of the first show paid 50% of the "
        "fees. There was no 100% rule for late cancellations.",
    ),
    ("sec", "Touring"),
    ("p", "Touring per diem CHF 58.\u2013 per day; travel by own car CHF 0.60 per km."),
    ("sec", "Digital doubles"),
    (
        "p",
        "A digital double was paid by a one-time fee of CHF 1'850.\u2013, whatever the number "
        "of uses. There was no separate consent for training a model and no training fee. "
        "Data were deleted within one hundred and eighty (180) days after the last use.",
    ),
    ("sec", "Minors and showcases"),
    (
        "p",
        "Minors under eighteen (18) needed a guardian at every show. Showcases were not "
        "regulated: several clubs charged performers to appear, a practice the 2024 "
        "bargaining ended.",
    ),
    ("sec", "Grievances"),
    (
        "p",
        "A grievance had to be filed within sixty (60) days after the event. Disputes went to "
        "the Joint Committee.",
    ),
    ("sec", "Where to find the current rules"),
    (
        "p",
        "For work from 1 October 2024, read the Variety and Cruise Entertainment Agreement "
        "2024\u20132027, its Schedule 1 and the Cruise and Resort Allowances, and any "
        "amendment signed since. Questions: the UVCA office in Montclaret.",
    ),
]


def _text(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(text for _, text in blocks)


def agreement_text() -> str:
    return _text(AGREEMENT)


def summary_text() -> str:
    return _text(SUMMARY)


def _build(blocks, out: str, header: str, title: str, when: datetime.datetime) -> None:
    from fpdf import FPDF  # fpdf2

    class Doc(FPDF):
        def header(self) -> None:
            self.set_font("Helvetica", "I", 8.5)
            self.cell(0, 6, header, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

        def footer(self) -> None:
            self.set_y(-14)
            self.set_font("Helvetica", "", 8.5)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = Doc(orientation="P", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_title(title)
    pdf.set_author("Joint Committee UVCA-LEEA")
    pdf.set_creation_date(when)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(22, 15, 22)
    pdf.add_page()
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            pdf.set_font("Helvetica", "I", 10.5)
            pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "sec":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 12)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        else:
            pdf.set_font("Helvetica", "", 12)
            pdf.multi_cell(0, 7.2, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
    pdf.output(out)
    print("wrote", out, pdf.pages_count, "pages")


def build() -> None:
    _build(
        AGREEMENT,
        AGREEMENT_OUT,
        RUNNING_HEADER,
        "Variety and Cruise Entertainment Agreement 2024-2027",
        datetime.datetime(2024, 9, 18, 12, 0, tzinfo=datetime.UTC),
    )
    _build(
        SUMMARY,
        SUMMARY_OUT,
        SUMMARY_HEADER,
        "EXPIRED - Variety Stage Agreement 2021-2024 (summary)",
        datetime.datetime(2024, 10, 15, 12, 0, tzinfo=datetime.UTC),
    )


if __name__ == "__main__":
    build()
