#!/usr/bin/env python3
"""Build the two PDFs of union-l (their whole text is in this script).

    .venv/bin/python eval/union-l/make_pdf.py          # fpdf2 is in the project's venv

1. docs/cnpu-commercials-audiobook-agreement-2025-2028.pdf: the Commercials, Audiobook and
   Corporate Voice Agreement 2025-2028 between the Commercial and Narration Performers'
   Union of Vennamor (CNPU) and the Vennamor Advertisers' and Audio Publishers' Council
   (VAAPC), as running text; clauses cited "Clause 14.2(c)"; contract years from 1 April;
   Clause 16 on voice clones, synthetic voices and AI dubbing. No rate-card amounts: those
   are in the rate card (DOCX) and the usage-fee schedule (Markdown).
2. docs/summary-commercials-narration-agreement-2022-2025-expired.pdf: a summary of the
   expired previous agreement, with look-alike figures and old rules.

`agreement_text()` and `summary_text()` return the same text (one block per line) for
check_set.py. The core font is used with the windows-1252 encoding (for "£", "–" and
"é"). Byte-for-byte reproducible (fixed creation dates).
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "cnpu-commercials-audiobook-agreement-2025-2028.pdf")
SUMMARY_OUT = os.path.join(
    HERE, "docs", "summary-commercials-narration-agreement-2022-2025-expired.pdf"
)

# Each block: ("title"|"sub"|"h"|"p", text).
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Commercials, Audiobook and Corporate Voice Agreement 2025-2028"),
    (
        "sub",
        "between the Commercial and Narration Performers' Union of Vennamor (CNPU) and the "
        "Vennamor Advertisers' and Audio Publishers' Council (VAAPC)",
    ),
    (
        "p",
        "Signed at Port Halloran on 14 March 2025. Provisions are cited by clause, subclause "
        'and paragraph, for example "Clause 7.2" or "Clause 14.2(c)". The minimum amounts are '
        "set out in the CNPU Rate Card 2025-2028 and in the Usage Fee Schedule, published "
        "separately, which form part of this Agreement. The English text is the signed text; "
        "the Union publishes French material for its members under its French name, Syndicat "
        "des interpr\u00e8tes de publicit\u00e9 et de narration de Vennamor (SIPNV), in which "
        "a tier is called a niveau.",
    ),
    ("h", "Clause 1 Recognition and scope"),
    (
        "p",
        "1.1 The Council recognises the Union as the exclusive bargaining agent for "
        "performers engaged on the Island of Vennamor by its members for television, radio, "
        "cinema and online commercials, audiobook narration, and corporate and e-learning "
        "voice work.",
    ),
    (
        "p",
        "1.2 A Producer may offer better terms. No individual contract may provide for terms "
        "below those of this Agreement, the Rate Card or the Usage Fee Schedule.",
    ),
    ("h", "Clause 2 Definitions"),
    (
        "p",
        '2.1 "Session" means a booking of one (1) hour at the studio or on set, from the time '
        "called to the time released. Time beyond the first hour is paid for each additional "
        "half hour or part of it at row S-4 of the Rate Card.",
    ),
    (
        "p",
        '2.2 "Spot" means one commercial of a fixed length for one product. "Campaign" means '
        "all the spots for one product or service made under one order from one advertiser.",
    ),
    (
        "p",
        '2.3 "Cycle" means a period of thirteen (13) consecutive weeks starting on the date of '
        "first use of a spot in a medium.",
    ),
    (
        "p",
        '2.4 "Tier" means the reach of a commercial: (a) Tier 1, national: broadcast or shown '
        "throughout the Island of Vennamor; (b) Tier 2, regional: broadcast in one region "
        "only (North Riding, Port Halloran district or the South Coast); (c) Tier 3, "
        "online-only: shown only on websites, apps and online video services. For "
        "audiobooks, Tier 1 means a trade publisher and Tier 2 an independent publisher or a "
        "self-published author. Where no tier is stated, Tier 1 applies.",
    ),
    (
        "p",
        '2.5 "Finished hour" means one hour of edited, final audio of an audiobook as '
        "delivered to the publisher, whatever the time spent in the studio.",
    ),
    ("h", "Clause 3 Term and contract years"),
    (
        "p",
        "3.1 This Agreement is in force from 1 April 2025 to 31 March 2028. Year 1 runs from "
        "1 April 2025 to 31 March 2026; Year 2 from 1 April 2026 to 31 March 2027; Year 3 "
        "from 1 April 2027 to 31 March 2028.",
    ),
    (
        "p",
        "3.2 The amount of a contract year applies to work done in that year. Usage fees "
        "follow the year in which the cycle or the year of use begins.",
    ),
    ("h", "Clause 4 Payment"),
    (
        "p",
        "4.1 Session fees, fitting fees and narration fees are paid within thirty (30) days "
        "of the session. Usage fees and holding fees are paid before the start of the cycle "
        "or year of use to which they relate.",
    ),
    (
        "p",
        "4.2 An amount paid late bears interest at 2% per month from the due date, and never "
        "less than \u00a320.00 for each late payment.",
    ),
    ("h", "Clause 5 Pension and holiday pay"),
    (
        "p",
        "5.1 The Producer contributes 8.5% of the performer's fees (session, usage, holding, "
        "narration and AI fees) to the Vennamor Performers' Pension Scheme, and deducts the "
        "performer's contribution of 3% from the same fees.",
    ),
    (
        "p",
        "5.2 Holiday pay of twelve and a half per cent of the session and narration fees is "
        "paid on top of those fees. It is not paid on usage fees.",
    ),
    ("h", "Clause 6 Sessions"),
    (
        "p",
        "6.1 A session is paid at least the session fee for the tier and the medium (rows "
        "S-1 to S-3 for on-camera work, S-5 and S-6 for voice). Up to three (3) spots of the "
        "same campaign may be recorded in one session.",
    ),
    (
        "p",
        "6.2 A performer called for a session is paid for it in full even if released early.",
    ),
    ("h", "Clause 7 Recall sessions"),
    (
        "p",
        "7.1 A recall session is a further session for the same spot, to re-record or "
        "correct it. A recall held within thirty (30) days of the original session is paid "
        "at row S-7; a recall held later is paid the full session fee.",
    ),
    ("p", "7.2 A recall is notified at least forty-eight (48) hours in advance."),
    ("h", "Clause 8 Cancellation"),
    (
        "p",
        "8.1 A session cancelled less than twenty-four (24) hours before the call is paid "
        "the full session fee. A session cancelled between twenty-four (24) and seventy-two "
        "(72) hours before the call is paid half the session fee.",
    ),
    ("h", "Clause 9 Holding fees"),
    (
        "p",
        "9.1 To keep a spot available for use without airing it, the Producer pays a holding "
        "fee for each cycle, at row H-1 or H-2 of the Rate Card. A holding fee paid for a "
        "cycle is credited against the usage fee of the same cycle.",
    ),
    ("h", "Clause 10 Exclusivity and conflicts"),
    (
        "p",
        "10.1 A performer is exclusive to an advertiser only if the exclusivity is agreed in "
        "writing for a named product category and the exclusivity fee is paid for each cycle "
        "(rows E-1 and E-2). Without it, the performer is free to work for competing "
        "advertisers.",
    ),
    (
        "p",
        "10.2 Exclusivity ends at the end of the last cycle for which the fee was paid.",
    ),
    ("h", "Clause 11 Wardrobe"),
    (
        "p",
        "11.1 A wardrobe fitting is paid at row S-8 for up to two (2) hours; time beyond two "
        "hours is paid at row S-4 for each additional half hour.",
    ),
    (
        "p",
        "11.2 A performer who supplies their own clothing is paid row S-9 for each outfit "
        "for each day. Clothing damaged on set is reimbursed up to \u00a3150.00.",
    ),
    ("h", "Clause 12 Usage"),
    (
        "p",
        "12.1 A spot may be used only for the media, territories and periods paid under the "
        "Usage Fee Schedule, per cycle or per year as the Schedule states.",
    ),
    (
        "p",
        "12.2 Use beyond a paid cycle without renewal is paid at double the usage fee for "
        "that cycle.",
    ),
    ("h", "Clause 13 Buy-outs"),
    (
        "p",
        "13.1 A buy-out of all usage is allowed only for a period of one (1) year at a time, "
        "at the buy-out rows of the Usage Fee Schedule or row B-1 of the Rate Card. A "
        "buy-out in perpetuity is void.",
    ),
    ("h", "Clause 14 Audiobooks"),
    (
        "p",
        "14.1 A narrator is paid per finished hour at rows N-1 and N-2, for at least two (2) "
        "finished hours per title.",
    ),
    (
        "p",
        "14.2 (a) The rate per finished hour includes up to two and a half hours of studio "
        "time per finished hour. (b) Studio time beyond that is paid at row N-4. (c) Pick-ups "
        "and corrections requested within fourteen (14) days of delivery of the final files "
        "are done without further payment, unless they follow a change of the text; "
        "pick-ups requested later are paid at row N-4 for each session.",
    ),
    (
        "p",
        "14.3 Pronunciation research (names, places, foreign words) is paid at row N-3 for "
        "each finished hour of the title.",
    ),
    (
        "p",
        "14.4 Corporate and e-learning voice work is paid per session (rows N-5 and N-6) or, "
        "for a short script of up to 200 words, per script (row N-7). It may be used "
        "internally for three (3) years; further use is paid half the original fee.",
    ),
    ("h", "Clause 15 Grievances"),
    (
        "p",
        "15.1 A grievance is filed in writing within forty-five (45) days of the events. The "
        "Joint Committee meets within twenty (20) days; an unresolved grievance may go to "
        "arbitration.",
    ),
    ("h", "Clause 16 Voice clones, synthetic voices and AI"),
    (
        "p",
        '16.1 "Voice clone" or "digital replica" means a computer-generated copy of the '
        'voice or likeness of an identifiable performer. "Synthetic voice" means a voice '
        'model trained on recordings of one or more performers. "Synthetic performer" means '
        "a generated voice or figure that is not a copy of an identifiable performer.",
    ),
    (
        "p",
        "16.2 Consent. (a) A voice clone is created or used only with the performer's "
        "informed consent in writing, given separately for each campaign or, for "
        "audiobooks, for each title. (b) Consent is not a condition of engagement: a "
        "performer who refuses is not refused the booking for that reason.",
    ),
    (
        "p",
        "16.3 Described-use notice. The Producer gives the performer a written notice of the "
        "intended use (script, media, territory and period) at least five (5) working days "
        "before asking for consent.",
    ),
    (
        "p",
        "16.4 Withdrawal. A performer may withdraw consent for future uses on ten (10) days' "
        "written notice. Spots already aired complete their paid cycle.",
    ),
    (
        "p",
        "16.5 Use fee. A use fee is paid for each campaign in which the clone is used (rows "
        "A-2 and A-3), and for each audiobook title narrated with a synthetic voice of the "
        "performer (row A-4).",
    ),
    (
        "p",
        "16.6 Training. Training a synthetic voice on a performer's recordings needs a "
        "separate written consent and a training fee of 15% of the performer's fees with the "
        "Producer in the previous twelve months, and never less than row A-5.",
    ),
    (
        "p",
        "16.7 AI dubbing. A commercial dubbed into another language by AI using the "
        "performer's voice needs the performer's consent and a fee of 50% of the session "
        "fee for each language.",
    ),
    (
        "p",
        "16.8 Text-to-speech licence. A licence to use a performer's voice in a "
        "text-to-speech service is granted for one year at a time, with consent, at row A-6.",
    ),
    (
        "p",
        "16.9 Synthetic performers. A Producer who uses a synthetic performer in a commercial "
        "gives the Union notice fifteen (15) working days before first use.",
    ),
    (
        "p",
        "16.10 Deletion. The data of a voice clone is deleted within ninety (90) days of the "
        "end of its last paid use, and the deletion is confirmed to the performer in writing.",
    ),
    (
        "p",
        "16.11 Deceased performers. A voice clone of a deceased performer is created or used "
        "only with the consent of the performer's estate.",
    ),
    ("h", "Clause 17 Signatures"),
    (
        "p",
        "For the CNPU: Rosalind Achterberg, President; Declan Moirfield, General Secretary. "
        "For the VAAPC: Hugo Penhallow-Ruiz, Chair.",
    ),
]

SUMMARY: list[tuple[str, str]] = [
    ("title", "EXPIRED - Summary of the Commercials and Narration Agreement 2022-2025"),
    (
        "sub",
        "CNPU member information sheet. This agreement expired on 31 March 2025 and has been "
        "superseded by the Commercials, Audiobook and Corporate Voice Agreement 2025-2028. "
        "Kept for reference only.",
    ),
    (
        "p",
        "The Commercials and Narration Agreement 2022-2025 ran from 1 April 2022 to "
        "31 March 2025. It had two tiers only (national and regional); online-only "
        "commercials were paid as regional.",
    ),
    ("h", "Final-year amounts (1 April 2024 - 31 March 2025)"),
    ("p", "Tier 1 national television session (1 hour): \u00a3396.00."),
    ("p", "Tier 2 regional television session (1 hour): \u00a3324.50."),
    ("p", "Radio voice session, national: \u00a3284.00."),
    ("p", "Each additional half hour: \u00a384.50."),
    ("p", "Wardrobe fitting (up to 2 hours): \u00a360.00."),
    ("p", "Audiobook narrator, trade publisher, per finished hour: \u00a3221.00."),
    ("p", "Holding fee, national, per 13-week cycle: \u00a3371.00."),
    ("p", "Audiobook narrator, independent publisher, per finished hour: \u00a3181.00."),
    ("p", "Corporate or e-learning voice, per session: \u00a3248.00."),
    ("p", "Recall session for the same spot within 21 days: \u00a3186.00."),
    (
        "p",
        "Voice clone fee: a one-time payment of \u00a31,200.00 covering all uses of the "
        "clone by the Producer.",
    ),
    ("h", "Main rules of the expired agreement"),
    ("p", "Session fees were paid within forty-five (45) days of the session."),
    ("p", "Late payments bore interest at 1% per month."),
    ("p", "The Producer's pension contribution was 6.5%; holiday pay was 10%."),
    (
        "p",
        "Pick-ups on audiobooks were free within seven (7) days of delivery of the files.",
    ),
    (
        "p",
        "Consent to a voice clone was given once, for all campaigns of the Producer; there "
        "was no described-use notice.",
    ),
    ("p", "Voice clone data was deleted within one hundred and eighty (180) days."),
    (
        "p",
        "A session cancelled less than twelve (12) hours before the call was paid in full.",
    ),
    (
        "p",
        "Grievances were filed within thirty (30) days. There was no clause on AI dubbing, "
        "synthetic performers or text-to-speech licences.",
    ),
    (
        "p",
        "What changed in 2025: the 2025-2028 Agreement added Tier 3 (online-only), "
        "per-campaign consent and use fees for voice clones, a described-use notice, "
        "training fees, AI dubbing fees, text-to-speech licences and notice of synthetic "
        "performers; it shortened payment to thirty days and raised the pension "
        "contribution.",
    ),
    (
        "p",
        "For the rules and amounts that apply now, see the 2025-2028 Agreement, the Rate Card "
        "and the Usage Fee Schedule. Issued by the CNPU Research Desk, Port Halloran, "
        "2 April 2025.",
    ),
]


def agreement_text() -> str:
    return "\n".join(text for _, text in AGREEMENT)


def summary_text() -> str:
    return "\n".join(text for _, text in SUMMARY)


def _build(blocks: list[tuple[str, str]], out: str, title: str, date: datetime.datetime) -> None:
    from fpdf import FPDF  # fpdf2

    pdf = FPDF(orientation="P", format="A4")
    pdf.core_fonts_encoding = "windows-1252"  # the pound sign, en dash and accents
    pdf.set_title(title)
    pdf.set_author("Commercial and Narration Performers' Union of Vennamor")
    pdf.set_creation_date(date)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    for kind, text in blocks:
        if kind == "title":
            pdf.set_font("Helvetica", "B", 15)
            pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        elif kind == "sub":
            pdf.set_font("Helvetica", "I", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.output(out)
    print("wrote", out)


def build() -> None:
    _build(
        AGREEMENT,
        AGREEMENT_OUT,
        "CNPU - Commercials, Audiobook and Corporate Voice Agreement 2025-2028",
        datetime.datetime(2025, 3, 14, tzinfo=datetime.UTC),
    )
    _build(
        SUMMARY,
        SUMMARY_OUT,
        "CNPU - Summary of the expired Commercials and Narration Agreement 2022-2025",
        datetime.datetime(2025, 4, 2, tzinfo=datetime.UTC),
    )


if __name__ == "__main__":
    build()
