#!/usr/bin/env python3
"""Write docs/hada-fees-academic-year-2026-27.txt in Windows-1252 (a distractor).

    python3 eval/union-s/make_notice.py

An English fee list of a fictional drama school, the Harrowby Academy of Dramatic Arts,
for "academic year 2026-27" (1 April 2026 - 31 March 2027): an acting diploma, a stage
management certificate, stage combat and intimacy coordination courses, an understudy
and swing workshop, a "digital doubles and the stage" seminar, a graduates' tour;
registration, a 10 % early-booking reduction, a 15 % reduction for members of a stage
artists' union, refunds of 50 %. It shares the set's vocabulary (florins, contract
years, rehearsal weeks, performances, tours, digital doubles, percentages) but is not
the union's terms. The whole text is here; the file is written in cp1252 with CRLF line
ends, so its florin sign, accents, apostrophes and one no-break space are single bytes
("ƒ" = 0x83, "é" = 0xE9, "’" = 0x92, U+00A0 = 0xA0) and it does not decode as UTF-8.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hada-fees-academic-year-2026-27.txt")
NB = "\u00a0"

NOTICE = f"""\
HARROWBY ACADEMY OF DRAMATIC ARTS (HADA)
Académie d’art dramatique de Harrowby
Rope Walk Studios – 3 Cordwainers’ Yard – Harrowby

FEES FOR THE ACADEMIC YEAR 2026-27
applicable from 1 April 2026 to 31 March 2027
(all amounts in Ormeval florins, ƒ)

This list replaces the fee list for the academic year 2025-26. It applies to every
student who enrols or re-enrols for a course that starts in the academic year 2026-27.
Fees are due on enrolment; a course of more than ten weeks may be paid in three
instalments (on enrolment, at the start of week 5 and at the start of week 9).

1. FULL-TIME COURSES

   Diploma in Acting (two academic years), per academic year ..... ƒ 12{NB}400.00
   Certificate in Stage Management (one academic year) ........... ƒ 7,850.00
   Foundation Year in Theatre Arts ................................. ƒ 5,300.00

   Full-time fees include three student productions a year, each with four
   rehearsal weeks and eight performances in the Rope Walk Studio Theatre, and
   the costume and wig fittings for them.

2. SHORT COURSES AND WORKSHOPS

   Stage Combat, Level 1 (unarmed, 6 Saturdays) .................... ƒ 385.00
   Stage Combat, Level 2 (rapier and dagger, 8 Saturdays) .......... ƒ 520.50
   Intimacy Coordination for Directors (5 days) .................... ƒ 690.00
   Understudy and Swing Technique (a rehearsal week, 5 days) ....... ƒ 455.00
   Calling the Show: the DSM’s prompt desk (3 days) ................ ƒ 312.50
   Audition Technique, one-to-one (per session of 1 hour) .......... ƒ 58.00
   Voice for Audio Description (4 evenings) ........................ ƒ 198.00

3. SEMINAR: DIGITAL DOUBLES AND THE STAGE

   A one-day seminar with a scanning demonstration in the Academy’s motion
   studio: what a digital double is, how holograms and projections are cued,
   and what performers are asked to sign. Fee ƒ 125.00; students of the Academy
   ƒ 45.00. The demonstration scans are deleted at the end of the day. The
   seminar is not legal advice; members of a union should ask their union about
   their rights.

4. GRADUATES’ TOUR

   Each spring the graduating company tours one production to six towns of
   Ormeval (Castelmoor, Port-Lisière, Fenwick Cross, Les Chênaies, Sainte-Aude
   and Vallenbourg). Students pay a tour contribution of ƒ 340.00 towards
   transport and shared rooms; the Academy pays the rest. There is no per diem:
   meals on tour days are provided by the Academy’s tour manager.

5. REGISTRATION, REDUCTIONS AND REFUNDS

   Registration fee, once per course ................................ ƒ 35.00
   Audition fee for the Diploma in Acting ........................... ƒ 27.00

   - Early booking: 10 % off any short course booked at least 60 days before
     it starts.
   - Members of a stage artists’ union: 15 % off short courses and the
     seminar (show your membership card for the current contract year).
   - Two short courses booked together: 10 % off the second one (not added to
     the early-booking reduction).
   - A student who withdraws more than 30 days before a course starts is
     refunded 50 % of the fee; later withdrawals are not refunded, except on
     medical grounds.

6. BURSARIES

   The Renée Valcourt Bursary pays up to half of the Diploma fee for two
   students a year. Applications close on 31 January 2027 for the academic year
   2027-28.

Enrolment office: Monday to Friday, 10:00 to 16:00. The Academy is a private
school; it is not a party to any collective agreement and its fees are not
rates of pay.
"""


def build() -> None:
    with open(OUT, "w", encoding="cp1252", newline="\r\n") as f:
        f.write(NOTICE)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
