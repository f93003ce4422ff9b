#!/usr/bin/env python3
"""Build the two PDFs of union-w (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-w/make_pdf.py    # fpdf2 is in the venv

- docs/giap-live-attraction-agreement-2025-2028.pdf: the Live Attraction Performance
  Agreement 2025-2028 as running text (portrait A4, core font in windows-1252), sections
  headed "Section 12 – ..." with sub-clauses "12.3" cited "§ 12.3", an inserted
  "Section 7 bis"; a running header and a "Page N of M" footer on every page. Sections 10
  to 13 are set in TWO TEXT COLUMNS (fpdf2 text_columns) on pages of their own; the rest
  is one column. Amounts are written "Dhs 1,250"; contract years "FY26/27". § 14.2(b) and
  § 14.3(b) cross-reference "Part 3 of the Seasonal Rate Sheet"; § 8.5 is deleted and
  § 11.2 amended by the Lettre d'entente n° 1 (a Markdown document); § 20.3 keeps a clause
  of the expired agreement.
- docs/giap-seasonal-rate-sheet-fy26-27.pdf: the Seasonal Rate Sheet FY26/27, consolidated
  edition of 3 August 2026. Its rates are a STACKED LIST, not a table: each role or item
  has a line of its own ("1.8 Heritage interpreter (costumed) – per day"), and each of its
  amounts stands on its own line under it ("Weekends: 759.00 MAD"); no ruled line. Rows
  marked † changed on 1 August 2026 (both amounts printed with their dates); footnotes *,
  **, †, [1] and [2] carry conditions. It replaces the Barème des cachets – exercice
  2025-2026 (a Word document) from 1 February 2026 and says so.

`agreement_text()` and `rate_sheet_text()` return the same text for check_set.py (one
heading, paragraph or line per line). Fixed creation dates, so the output is reproducible.
"""

from __future__ import annotations

import datetime
import os

HERE = os.path.dirname(os.path.abspath(__file__))
AGREEMENT_OUT = os.path.join(HERE, "docs", "giap-live-attraction-agreement-2025-2028.pdf")
RATE_SHEET_OUT = os.path.join(HERE, "docs", "giap-seasonal-rate-sheet-fy26-27.pdf")
AGREEMENT_HEADER = "Live Attraction Performance Agreement 2025–2028 – GIAP / CAOC – English text"
RATE_SHEET_HEADER = "GIAP / CAOC – Seasonal Rate Sheet FY26/27 – consolidated edition of 03.08.2026"
NB = "\u00a0"  # keeps a number and its unit on one line, in either column

# (kind, text): "title", "sub", "sec" (a section heading), "p" (a paragraph), "cols" (the
# following blocks, up to "endcols", are set in two text columns, from a new page)
AGREEMENT: list[tuple[str, str]] = [
    ("title", "Live Attraction Performance Agreement 2025–2028"),
    (
        "sub",
        "between the Guild of Immersive and Attraction Performers of Calvene (GIAP) – in "
        "French, Guilde des interprètes immersifs et d'attractions de Calvène (GIIAC) – and "
        "the Calvene Attraction Operators' Council (CAOC) – in French, Conseil des exploitants "
        "d'attractions de Calvène (CEAC) – acting for its member operators. Signed at "
        "Port-Sauvin, Republic of Calvene, on 17 January 2025. The French text, Accord sur "
        "l'interprétation en attractions vivantes 2025–2028, has equal force. All amounts are "
        "in Calvene dirhams (MAD, also written Dhs).",
    ),
    ("sec", "Section 1 – Parties and scope"),
    (
        "p",
        "1.1 This Agreement applies to performers engaged by a member of the CAOC, at a site "
        "in Calvene, as: (a) immersive-theatre actors; (b) escape-room game masters and "
        "in-room actors; (c) scare actors in haunted attractions; (d) cast members of "
        "murder-mystery dinner theatre; (e) costumed interpreters at heritage sites and "
        "museums (heritage interpreters); (f) walk-around characters at festivals and "
        "events.",
    ),
    (
        "p",
        "1.2 The members of the CAOC at signature are Hollowmere Scream Park Ltd "
        "(Merrowgate), Le Manoir des Ombres SARL (Saint-Aurèle-des-Bois), Locked Lantern "
        "Escape Rooms Ltd, Dîners Mystère Cordelier SARL, the Vesper Immersive Theatre "
        "Company, the Calvene Heritage Trust (Fondation du patrimoine de Calvène) for Fort "
        "Brévaux and the Musée des Tanneurs, and Festivals de Port-Sauvin, which runs the "
        "festival grounds at Corbin's Landing. An operator that joins the CAOC later is bound "
        "from the day it joins.",
    ),
    (
        "p",
        "1.3 This Agreement sets minimum terms. An individual contract may improve on them, "
        "never reduce them.",
    ),
    (
        "p",
        "1.4 The Seasonal Rate Sheet in force (Section 4), with its Parts 1 to 4, forms part "
        "of this Agreement.",
    ),
    ("sec", "Section 2 – Definitions"),
    (
        "p",
        '2.1 In this Agreement: (a) "site" means one attraction, venue, heritage site, museum '
        'or festival ground with its own entrance; (b) "night" means a call at a haunted '
        'attraction of up to six (6) hours on site, between 17:00 and 03:00; (c) "scare '
        'shift" means a block of up to two and a half hours (2.5 h) of scare work within a '
        'night, its briefing included; (d) "show" means one performance of an '
        'immersive-theatre production, with a call of up to three (3) hours; (e) "rehearsal '
        'day" means a call of up to seven (7) hours for rehearsals, blocking, consent and '
        'safety training; (f) "set" means one walk-around appearance of up to thirty (30) '
        'minutes in a character costume; (g) "contact-designated attraction" has the meaning '
        'given in § 12.2; (h) "contract year" has the meaning given in § 3.2; (i) "season" '
        "has the meaning given in § 7 bis.1.",
    ),
    (
        "p",
        "2.2 The terms used in Section 14 (interactive AI character, voice clone, ghost "
        "projection, capture data) are defined in § 14.1. The fees due under § 14.2(b) and "
        "§ 14.3(b) are set in Part 3 of the Seasonal Rate Sheet.",
    ),
    ("sec", "Section 3 – Term and contract years"),
    ("p", "3.1 This Agreement runs from 1 February 2025 to 31 January 2028."),
    (
        "p",
        "3.2 It is divided into three contract years, each running from 1 February to "
        "31 January of the following year: FY25/26, FY26/27 and FY27/28 (in French, exercice "
        "2025-2026, exercice 2026-2027 and exercice 2027-2028). Rates change on 1 February of "
        "each year, except for a rate raised under § 4.4.",
    ),
    (
        "p",
        "3.3 Work is paid at the rate in force on the day it is done; a night is paid at the "
        "rate in force on the evening it begins.",
    ),
    (
        "p",
        "3.4 Either party may give notice to bargain a renewal between 1 August 2027 and "
        "31 October 2027. This Agreement stays in force until it is renewed.",
    ),
    ("sec", "Section 4 – Seasonal Rate Sheet"),
    (
        "p",
        "4.1 For each contract year the GIAP–CAOC Joint Rates Panel issues a Seasonal Rate "
        "Sheet in four Parts: Part 1 (performance fees by kind of work and role), Part 2 "
        "(make-up, fittings and season completion bonuses), Part 3 (digital capture and AI "
        "fees under Section 14) and Part 4 (travel and other allowances).",
    ),
    (
        "p",
        "4.2 The Seasonal Rate Sheet of a contract year replaces that of the previous "
        "contract year from 1 February of that year. The Barème des cachets – exercice "
        "2025-2026 is issued with this Agreement; the Seasonal Rate Sheet FY26/27 applies "
        "from 1 February 2026.",
    ),
    (
        "p",
        "4.3 The Joint Rates Panel may announce the rates of the following contract year in "
        "a rate notice. Such rates apply only from the date shown beside them.",
    ),
    (
        "p",
        "4.4 Haunt-season review. In June 2026 the Joint Rates Panel reviews the scare-actor "
        "rates and the walk-around set rate against the bookings of the spring and may raise "
        "them from 1 August 2026. A rate so raised is shown in the Seasonal Rate Sheet "
        "FY26/27 with both of its dates.",
    ),
    (
        "p",
        "4.5 No rate of a Seasonal Rate Sheet may be lower than the same rate of the previous one.",
    ),
    ("sec", "Section 5 – Fees by kind of work"),
    (
        "p",
        "5.1 A scare actor is paid by the night or by the scare shift, as set out in Part 1 "
        "of the Seasonal Rate Sheet. The night fee and the shift fee are never both paid for "
        "the same hours.",
    ),
    (
        "p",
        "5.2 An immersive-theatre performer is paid per show and per rehearsal day. Time "
        "beyond the call of a show is paid, per started hour, at one third of the show fee.",
    ),
    (
        "p",
        "5.3 Escape-room game masters and in-room actors are paid by the hour, at the rate "
        "for the role. An in-room actor is a performer who plays a character inside a room, "
        "with the players.",
    ),
    (
        "p",
        "5.4 A murder-mystery dinner-theatre cast member is paid per performance. The fee "
        "assumes that a meal is served to the cast; the footnote to the dinner-theatre row of "
        "Part 1 of the Seasonal Rate Sheet applies when it is not.",
    ),
    (
        "p",
        "5.5 A heritage interpreter is paid by the day, at the weekday, weekend or "
        "public-holiday rate.",
    ),
    (
        "p",
        "5.6 A walk-around character is paid per set, as set out in Part 1 of the Seasonal "
        "Rate Sheet.",
    ),
    (
        "p",
        "5.7 Work on a public holiday, in a role for which the Seasonal Rate Sheet shows no "
        "public-holiday rate, is paid at one and a half times the fee (150%).",
    ),
    ("sec", "Section 6 – Engagement and minimum calls"),
    (
        "p",
        "6.1 Every engagement is confirmed in writing at least forty-eight (48) hours before "
        "the call, stating the role, the site, the fee, and whether prosthetics, physical "
        "contact or outdoor work in costume is foreseen.",
    ),
    (
        "p",
        "6.2 Minimum calls: (a) a scare actor: one night, or two scare shifts; (b) an "
        "immersive-theatre performer: one show; (c) an escape-room game master or in-room "
        "actor: three (3) hours; (d) a dinner-theatre cast member: one performance; (e) a "
        "heritage interpreter: one day; (f) a walk-around character: three (3) sets.",
    ),
    (
        "p",
        "6.3 A walk-around character performs no more than six (6) sets in one day, with a "
        "rest of at least thirty (30) minutes between two sets.",
    ),
    (
        "p",
        "6.4 A scare actor is not booked for more than five (5) nights in any seven (7) "
        "consecutive days.",
    ),
    ("sec", "Section 7 – Payment"),
    (
        "p",
        "7.1 Fees are paid within ten (10) days after the end of each week of work.",
    ),
    (
        "p",
        "7.2 Each payment comes with a statement of the fees, premiums, make-up time, "
        "fittings, bonuses and allowances it covers.",
    ),
    ("p", "7.3 Fees under Section 14 are invoiced on each anniversary of the licence."),
    (
        "p",
        "7.4 A late payment bears a charge of Dhs 150 per week of delay, up to Dhs 1,250 per "
        "invoice, paid to the performer with the late amount.",
    ),
    ("sec", "Section 7 bis – Seasonal contracts"),
    (
        "p",
        "7 bis.1 A seasonal contract covers one season at one site: a haunt season (between "
        "15 September and 15 November) or a festival season (between 1 May and "
        "30 September). It states the number of scheduled nights or days.",
    ),
    (
        "p",
        "7 bis.2 Seventy per cent (70%) of the scheduled nights or days are guaranteed: they "
        "are paid even if the operator cancels them, whatever the notice.",
    ),
    (
        "p",
        "7 bis.3 A performer who completes a seasonal contract receives the season "
        "completion bonus, as set out in Part 2 of the Seasonal Rate Sheet and subject to "
        "its footnote.",
    ),
    (
        "p",
        "7 bis.4 A performer may end a seasonal contract on fourteen (14) days' written "
        "notice; the completion bonus is then not due.",
    ),
    (
        "p",
        "7 bis.5 When an operator runs the attraction again, it offers the next season's "
        "contract to the same performer first: before 1 July for a haunt season, before "
        "1 March for a festival season.",
    ),
    ("sec", "Section 8 – Rehearsals, fittings and make-up"),
    (
        "p",
        "8.1 Rehearsal days, consent and safety training before a season included, are paid "
        "at the rehearsal day rate.",
    ),
    (
        "p",
        "8.2 Except as provided in § 8.5, costume fittings are paid per hour, with a minimum "
        "of one hour, at the fitting rate as set out in Part 2 of the Seasonal Rate Sheet.",
    ),
    (
        "p",
        "8.3 Ordinary make-up of up to thirty (30) minutes is part of the call. Prosthetic "
        "make-up time beyond the first thirty (30) minutes in the chair is paid per started "
        "half hour, at the rate set out in Part 2 of the Seasonal Rate Sheet; removal time "
        "counts as make-up time.",
    ),
    (
        "p",
        "8.4 Prosthetic appliances are applied by a qualified make-up artist. A performer "
        "may refuse an adhesive to which he or she has reacted before, without losing the "
        "engagement.",
    ),
    (
        "p",
        "8.5 Unpaid first fitting. The first costume fitting of each season under a seasonal "
        "contract, up to one (1) hour, is not paid.",
    ),
    (
        "p",
        "8.6 Costumes are cleaned by the operator at least once a week during a season; "
        "wigs and masks after each use by another performer.",
    ),
    ("sec", "Section 9 – Cancellation"),
    (
        "p",
        "9.1 A booking cancelled by the operator is paid according to the notice given "
        "before the call: (a) less than thirty-six (36) hours: 100% of the booked fee; (b) "
        "from thirty-six (36) hours to five (5) days: 60% of the booked fee; (c) more than "
        "five (5) days: no fee. § 7 bis.2 prevails for guaranteed nights and days.",
    ),
    (
        "p",
        "9.2 The booked fee includes the prosthetics premium when prosthetics were foreseen, "
        "but not the allowances of Part 4 of the Seasonal Rate Sheet.",
    ),
    (
        "p",
        "9.3 Notwithstanding § 9.1(a), an outdoor call cancelled on the day because of an "
        "official storm warning is paid at half (50%) of the booked fee.",
    ),
    (
        "p",
        "9.4 A performer who cannot attend gives the operator at least twenty-four (24) "
        "hours' notice, except in an emergency.",
    ),
    ("cols", ""),
    ("sec", "Section 10 – Premiums"),
    (
        "p",
        "10.1 Premiums are calculated on the fee for the night, shift, show, hour, "
        "performance, day or set, before allowances.",
    ),
    (
        "p",
        "10.2 Night premium. A premium of twenty-five per cent (25%) of the fee is paid for "
        "every hour worked between midnight (00:00) and 06:00, pro rata for a part of an "
        "hour.",
    ),
    (
        "p",
        "10.3 Prosthetics premium. When prosthetic appliances are applied to the face or "
        "head, a premium of twenty per cent (20%) of the fee for the night, shift, show or "
        "set is paid, in addition to the make-up time of § 8.3.",
    ),
    (
        "p",
        "10.4 Premiums add up: a scare actor in prosthetics after midnight receives both "
        "the night premium and the prosthetics premium.",
    ),
    ("p", "10.5 No premium is paid on a season completion bonus or on an allowance."),
    ("sec", "Section 11 – Heat and cold"),
    (
        "p",
        "11.1 Heat breaks. When the shade temperature at an outdoor post or in a costume "
        f"area reaches 30{NB}°C, a performer in costume takes a break of fifteen "
        f"(15){NB}minutes in a shaded or cooled area after every forty-five (45){NB}minutes "
        "of work. Drinking water is provided at every post.",
    ),
    (
        "p",
        "11.2 Heat premium. For outdoor work in costume when the shade temperature reaches "
        f"32{NB}°C, a heat premium of ten per cent (10%) of the fee is paid for the call.",
    ),
    (
        "p",
        f"11.3 Full-head costumes. At 28{NB}°C or more, a walk-around set in a full-head "
        f"costume lasts no more than twenty (20){NB}minutes and is paid as a full set.",
    ),
    (
        "p",
        f"11.4 Cold breaks. When the temperature at an outdoor post is below 5{NB}°C, a "
        f"performer takes a break of ten (10){NB}minutes in a heated area every hour, and "
        "the operator supplies thermal under-layers that fit under the costume.",
    ),
    (
        "p",
        "11.5 A performer who shows signs of heat or cold stress is relieved at once, "
        "without loss of fee.",
    ),
    ("sec", "Section 12 – Physical contact and audience interaction"),
    (
        "p",
        "12.1 No performer touches a guest, and no guest may touch a performer, except in a "
        "contact-designated attraction under § 12.2.",
    ),
    (
        "p",
        "12.2 An attraction is contact-designated only if the operator has notified the "
        "Guild thirty (30) days before opening, each guest has signed a contact consent at "
        "the entrance and wears a contact wristband, and a scare marshal is on duty in each "
        "zone. In a contact-designated attraction a performer may touch a guest only on the "
        "shoulders, arms and back, never the face, neck, chest or groin, and never "
        "restrains a guest.",
    ),
    (
        "p",
        "12.3 Audience-interaction consent. In immersive theatre, a guest who wears the red "
        '"no-interaction" badge is never touched, singled out or brought into a scene. '
        "Consent is asked again before any scene in which a guest is led away from the "
        "group.",
    ),
    (
        "p",
        '12.4 Code word. A performer who says the code word "BLACKOUT" on the radio or to a '
        "marshal is relieved at once, and a scare marshal reaches the performer within "
        f"sixty (60){NB}seconds. A guest who touches a performer is warned once and removed "
        "the second time.",
    ),
    (
        "p",
        "12.5 The operator posts one scare marshal for every eight (8) scare actors on duty, "
        "in radio contact with each performer.",
    ),
    (
        "p",
        "12.6 A performer may refuse a contact role without giving a reason and without "
        "losing other engagements.",
    ),
    ("sec", "Section 13 – Guest photography and recordings"),
    (
        "p",
        "13.1 Guests may photograph and film performers in the public areas of a site, for "
        "their private use. Flash photography is forbidden in dark mazes and rooms, and the "
        "operator posts notices to that effect.",
    ),
    (
        "p",
        "13.2 The operator's own photographs and videos of a performer for advertising need "
        "the performer's written consent on form PH-3 and are paid the photo use fee, per "
        "photograph or clip published, as set out in Part 4 of the Seasonal Rate Sheet.",
    ),
    (
        "p",
        "13.3 Photo opportunities. When the operator sells photographs of guests with a "
        "character, the performer is paid the photo opportunity supplement of Part 4 of the "
        "Seasonal Rate Sheet for the day, in addition to the fee.",
    ),
    (
        "p",
        "13.4 Closed-circuit cameras (CCTV) are used for the safety of guests and performers "
        "only; § 14.5 applies to their recordings.",
    ),
    ("endcols", ""),
    ("sec", "Section 14 – Digital capture, voice cloning and AI characters"),
    (
        "p",
        '14.1 In this Section: (a) "interactive AI character" means an animatronic or '
        "screen-based guide, host or character that speaks or moves with guests in real time "
        "and is built, in whole or in part, from motion capture or face capture of a "
        'performer\'s character; (b) "voice clone" means a synthetic voice built from '
        "recordings of a performer that can speak new text, used for audio guides, ride "
        'narration or announcements; (c) "ghost projection" means an image or projection '
        "generated by artificial intelligence (hologram, Pepper's ghost effect or screen "
        'image) from a performer\'s likeness, face, body or movement; (d) "capture data" '
        "means the scans, motion and face capture, voice recordings and the models made "
        "from them.",
    ),
    (
        "p",
        "14.2 Interactive AI characters. (a) No interactive AI character may be built from a "
        "performer's capture data without the performer's separate written consent on form "
        "IC-1, given for each site where the character will be used. (b) The operator pays a "
        "licence fee per site and per year, as set out in Part 3 of the Seasonal Rate Sheet "
        "(row AI-A), and pays the capture session itself at the capture session fee (row "
        "AI-C). (c) Disclosure: every site using the character shows, at its entrance and "
        'beside the character, the notice "This guide is an AI character based on a '
        "performance by a Guild member – Ce guide est un personnage IA créé à partir de "
        "l'interprétation d'un membre de la Guilde\", and names the performer in the credits "
        "of the attraction unless the performer asks not to be named. (d) The character may "
        "not be used at another site, or for another character, without a new form IC-1.",
    ),
    (
        "p",
        "14.3 Voice cloning. (a) A voice clone for audio guides or ride narration needs the "
        "performer's written consent on form VC-2, which lists the languages and the sites. "
        "(b) The operator pays a licence fee per language and per year, as set out in Part 3 "
        "of the Seasonal Rate Sheet (row AI-B). (c) The fee covers up to twenty (20) "
        "approved scripts a year; each further script is approved by the performer and paid "
        "at the row AI-D fee. (d) A voice clone may not be used to say anything the "
        "performer has not approved in writing, nor in advertising.",
    ),
    (
        "p",
        "14.4 Ghost projections. No ghost projection may be created, shown or sold without a "
        "separate ghost projection licence on form GL-4, negotiated with the performer and "
        "countersigned by the Guild. Neither form IC-1 nor form VC-2 covers a ghost "
        "projection, and the Seasonal Rate Sheet sets no rate for one.",
    ),
    (
        "p",
        "14.5 No training on CCTV or guest footage. Recordings made by closed-circuit "
        "cameras (CCTV) at a site, and photographs or videos taken by guests on their "
        "phones, may not be used to train, fine-tune or test any artificial intelligence "
        "model, nor to build an interactive AI character, a voice clone or a ghost "
        "projection. CCTV recordings showing performers are deleted within thirty (30) days "
        "unless they are needed for a safety incident report.",
    ),
    (
        "p",
        "14.6 Retention and deletion. Capture data is kept only for the licensed use. It is "
        "deleted within ninety (90) days after the end of the licence or of the notice of "
        "withdrawal, and the operator sends the performer a written certificate of deletion "
        "within ten (10) days after the deletion.",
    ),
    (
        "p",
        "14.7 Withdrawal. A performer may withdraw a consent given on form IC-1 or VC-2 on "
        "one hundred and twenty (120) days' written notice. The licence fee is due pro rata "
        "until the end of the notice; the character or the voice clone is then taken out of "
        "use at every site.",
    ),
    (
        "p",
        "14.8 The Guild's AI and privacy officer receives a copy of every form IC-1, VC-2 and "
        "GL-4 within seven (7) days after it is signed.",
    ),
    ("sec", "Section 15 – Travel between sites"),
    (
        "p",
        "15.1 A performer required to work at two or more sites on the same day is paid a "
        "mileage allowance per kilometre between the sites, by the shortest road route, as "
        "set out in Part 4 of the Seasonal Rate Sheet.",
    ),
    (
        "p",
        "15.2 Travel time between sites counts as working time and is paid at the "
        "performer's fee for the call, pro rata.",
    ),
    (
        "p",
        "15.3 After 01:00 the operator provides a night shuttle to the nearest town centre "
        "or refunds a taxi on receipt.",
    ),
    ("sec", "Section 16 – Health and safety"),
    (
        "p",
        "16.1 Each site has a rest area away from guests, with seating, drinking water and a "
        "first-aid kit, and every haunted attraction has a quiet room.",
    ),
    (
        "p",
        "16.2 Every scare actor and in-room actor receives, before the first night or "
        "session, consent and safety training of at least three hours, paid at the "
        "rehearsal day rate.",
    ),
    (
        "p",
        "16.3 An escape room in which an in-room actor performs has a door that opens from "
        "the inside at all times.",
    ),
    (
        "p",
        "16.4 A performer who is hurt at work is relieved at once; the incident is written "
        "in the site's safety log and a copy is sent to the Guild within forty-eight (48) "
        "hours.",
    ),
    ("sec", "Section 17 – Guild stewards and access"),
    (
        "p",
        "17.1 The Guild may appoint a night steward for each haunted attraction during a "
        "haunt season; the steward has access to the backstage areas and the rest area.",
    ),
    (
        "p",
        "17.2 The Guild's officers may visit any site after giving twenty-four (24) hours' notice.",
    ),
    ("sec", "Section 18 – Grievances"),
    (
        "p",
        "18.1 A grievance is filed in writing within twenty-one (21) days after the facts "
        "are known.",
    ),
    (
        "p",
        "18.2 The parties meet within ten (10) days; failing agreement, the grievance goes "
        "to the Joint Attractions Committee, then to arbitration.",
    ),
    ("sec", "Section 19 – Guild dues"),
    (
        "p",
        "19.1 With the performer's written authorisation, the operator deducts from each "
        "payment the Guild dues notified by the Guild and remits them to the Guild each "
        "month.",
    ),
    ("sec", "Section 20 – Previous agreement"),
    (
        "p",
        "20.1 This Agreement replaces the Attractions Performance Agreement 2022–2025, which "
        "expired on 31 January 2025.",
    ),
    (
        "p",
        "20.2 Subject to § 20.3, no clause of the expired agreement applies to work done "
        "from 1 February 2025.",
    ),
    (
        "p",
        "20.3 Notwithstanding § 20.2, Clause 16.2 of the Attractions Performance Agreement "
        "2022–2025 (winter outdoor allowance for heritage interpreters and walk-around "
        "characters) remains in force for the whole term of this Agreement, at the amount "
        "stated in it. It is not superseded by this Agreement nor by any Seasonal Rate "
        "Sheet.",
    ),
    ("sec", "Section 21 – Amendments and signature"),
    (
        "p",
        "21.1 This Agreement may be amended only by a letter of understanding (lettre "
        "d'entente) signed by both parties and ratified by the members of the Guild.",
    ),
    (
        "p",
        "21.2 Signed at Port-Sauvin on 17 January 2025. For the GIAP: Solène "
        "Marchetti-Oyelaran, President, and Barnaby Quennell-Aubry, General Secretary. For "
        "the CAOC: Gideon Harcastle-Rivière, Chair, and Mireille Sandoval-Pike, Director of "
        "Labour Relations.",
    ),
]

# The rate sheet: (kind, text): "title", "sub", "h" (a Part heading), "p" (a paragraph),
# "role" (a role or item line) followed by its "amt" lines (one amount each), "note" (a
# footnote under a Part).
RATE_SHEET: list[tuple[str, str]] = [
    ("title", "Seasonal Rate Sheet FY26/27"),
    (
        "sub",
        "GIAP–CAOC Joint Rates Panel. Live Attraction Performance Agreement 2025–2028, "
        "Section 4. Contract year FY26/27: 1 February 2026 to 31 January 2027. Issued on "
        "20 January 2026; consolidated edition of 3 August 2026, with the rates of the "
        "haunt-season review (§ 4.4 of the Agreement).",
    ),
    ("h", "Replacement and how to read this sheet"),
    (
        "p",
        "This Seasonal Rate Sheet replaces the Barème des cachets – exercice 2025-2026 from "
        "1 February 2026. Work done up to 31 January 2026 remains payable at the rates of the "
        "Barème des cachets – exercice 2025-2026.",
    ),
    (
        "p",
        "All amounts are minimum fees in Calvene dirhams (MAD), before premiums. The premiums "
        "in percent (night, prosthetics, heat, public holidays) are set by the Agreement "
        "(Sections 5, 10 and 11) and are not repeated here.",
    ),
    (
        "p",
        "Under each role or item, each amount stands on its own line with the days or the "
        "dates for which it applies. A role with a single amount has the same rate for the "
        "whole contract year. Roles marked † were raised by the haunt-season review from "
        "1 August 2026.",
    ),
    (
        "p",
        "The rates of FY27/28 (from 1 February 2027) are announced in a separate rate notice "
        "and do not appear on this sheet.",
    ),
    ("h", "Part 1 – Performance fees"),
    ("role", "1.1 Scare actor – per night (up to six hours on site) † [1]"),
    ("amt", "1 February 2026 to 31 July 2026: 620.00 MAD"),
    ("amt", "From 1 August 2026: 655.00 MAD"),
    ("role", "1.2 Scare actor – per scare shift (up to two and a half hours) † [1]"),
    ("amt", "1 February 2026 to 31 July 2026: 280.00 MAD"),
    ("amt", "From 1 August 2026: 295.00 MAD"),
    ("role", "1.3 Immersive-theatre performer – per show"),
    ("amt", "Whole contract year: 410.00 MAD"),
    ("role", "1.4 Immersive-theatre performer – per rehearsal day (up to seven hours)"),
    ("amt", "Whole contract year: 735.00 MAD"),
    ("role", "1.5 Escape-room game master – per hour"),
    ("amt", "Whole contract year: 104.00 MAD"),
    ("role", "1.6 Escape-room in-room actor – per hour"),
    ("amt", "Weekdays: 142.50 MAD"),
    ("amt", "Weekends and public holidays: 171.00 MAD"),
    ("role", "1.7 Murder-mystery dinner theatre, cast member – per performance, meal provided *"),
    ("amt", "Whole contract year: 540.00 MAD"),
    ("role", "1.8 Heritage interpreter (costumed) – per day"),
    ("amt", "Weekdays: 690.00 MAD"),
    ("amt", "Weekends: 759.00 MAD"),
    ("amt", "Public holidays: 1,035.00 MAD"),
    ("role", "1.9 Walk-around character – per 30-minute set (maximum six sets a day) † **"),
    ("amt", "1 February 2026 to 31 July 2026: 165.00 MAD"),
    ("amt", "From 1 August 2026: 172.50 MAD"),
    (
        "note",
        "* Where no meal is served to the cast before or during the performance, a meal "
        "allowance of 95.00 MAD is added to the fee.",
    ),
    (
        "note",
        "** The minimum call is three sets (§ 6.2 of the Agreement). In a full-head costume "
        "at 28 °C or more, a set is shortened to twenty minutes and paid as a full set "
        "(§ 11.3).",
    ),
    (
        "note",
        "† Raised by the haunt-season review from 1 August 2026 (§ 4.4 of the Agreement). "
        "The earlier amount applies to nights, shifts and sets worked up to 31 July 2026, "
        "whatever the date of the booking or of the payment.",
    ),
    (
        "note",
        "[1] The night fee and the shift fee are never both paid for the same hours; a scare "
        "actor booked for more than two scare shifts in one night is paid the night fee.",
    ),
    ("h", "Part 2 – Make-up, fittings and season completion bonuses"),
    ("role", "2.1 Costume fitting – per hour, minimum one hour (§ 8.2)"),
    ("amt", "Whole contract year: 98.50 MAD"),
    ("role", "2.2 Prosthetic make-up time beyond the first 30 minutes – per started half hour"),
    ("amt", "Whole contract year: 64.50 MAD"),
    ("role", "2.3 Season completion bonus – haunt season, contract of at least 30 nights [2]"),
    ("amt", "Per seasonal contract: 1,350.00 MAD"),
    ("role", "2.4 Season completion bonus – festival season, contract of at least 40 days [2]"),
    ("amt", "Per seasonal contract: 1,120.00 MAD"),
    (
        "note",
        "[2] Paid once per seasonal contract (§ 7 bis.3 of the Agreement) to a performer who "
        "works at least 90% of the scheduled nights or days; nights or days missed for a "
        "certified illness count as worked. Not paid when the performer ends the contract "
        "early (§ 7 bis.4).",
    ),
    ("h", "Part 3 – Digital capture and AI fees (Section 14 of the Agreement)"),
    (
        "role",
        "AI-A Interactive AI character built from motion and face capture – per site and per year",
    ),
    ("amt", "Whole contract year: 9,850.00 MAD"),
    ("role", "AI-B Voice clone for audio guides and ride narration – per language and per year"),
    ("amt", "Whole contract year: 2,460.00 MAD"),
    ("role", "AI-C Capture session, motion and face (up to four hours) – per session"),
    ("amt", "Whole contract year: 1,250.50 MAD"),
    ("role", "AI-D Additional approved script for a voice clone, beyond twenty a year"),
    ("amt", "Per script: 38.50 MAD"),
    (
        "note",
        "Ghost projections (§ 14.4 of the Agreement): no rate. They are forbidden without a "
        "separate ghost projection licence.",
    ),
    ("h", "Part 4 – Travel and other allowances"),
    ("role", "4.1 Mileage between sites, shortest road route (§ 15.1) – per kilometre"),
    ("amt", "Whole contract year: 3.40 MAD"),
    ("role", "4.2 Photo opportunity supplement (§ 13.3) – per day"),
    ("amt", "Whole contract year: 125.00 MAD"),
    ("role", "4.3 Photo use fee, form PH-3 (§ 13.2) – per photograph or clip published"),
    ("amt", "Whole contract year: 210.00 MAD"),
    (
        "role",
        "4.4 Winter outdoor allowance, kept by § 20.3 of the Agreement – per outdoor day",
    ),
    ("amt", "1 November to 31 March: 47.50 MAD"),
    (
        "p",
        "Issued by the Joint Rates Panel at Port-Sauvin. For the GIAP: Barnaby "
        "Quennell-Aubry, General Secretary. For the CAOC: Mireille Sandoval-Pike, Director "
        "of Labour Relations.",
    ),
]


def _text(blocks: list[tuple[str, str]]) -> str:
    return "\n".join(text for kind, text in blocks if kind not in ("cols", "endcols"))


def agreement_text() -> str:
    return _text(AGREEMENT)


def rate_sheet_text() -> str:
    return _text(RATE_SHEET)


def rate_entries() -> list[tuple[str, list[str]]]:
    """The stacked list: (role line, [its amount lines]) in order."""
    out: list[tuple[str, list[str]]] = []
    for kind, text in RATE_SHEET:
        if kind == "role":
            out.append((text, []))
        elif kind == "amt":
            out[-1][1].append(text)
    return out


def _doc(header: str):
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
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(18, 15, 18)
    return pdf


def _one_column(pdf, kind: str, text: str) -> None:
    if kind == "title":
        pdf.set_font("Helvetica", "B", 15)
        pdf.multi_cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    elif kind == "sub":
        pdf.set_font("Helvetica", "I", 10.5)
        pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    elif kind in ("sec", "h"):
        if pdf.get_y() + 24 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("Helvetica", "B", 12)
        pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    elif kind == "role":
        if pdf.get_y() + 20 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.ln(1.5)
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    elif kind == "amt":
        pdf.set_font("Helvetica", "", 10.5)
        pdf.set_x(pdf.l_margin + 10)
        pdf.multi_cell(0, 5.6, text, new_x="LMARGIN", new_y="NEXT")
    elif kind == "note":
        pdf.set_font("Helvetica", "I", 9)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
    else:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.multi_cell(0, 5.8, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)


def _check_lines(pdf, blocks: list[tuple[str, str]]) -> None:
    """A role or amount line of the stacked list must fit on one line."""
    for kind, text in blocks:
        if kind == "role":
            pdf.set_font("Helvetica", "B", 10.5)
            limit = pdf.epw - 2
        elif kind == "amt":
            pdf.set_font("Helvetica", "", 10.5)
            limit = pdf.epw - 12
        else:
            continue
        if pdf.get_string_width(text) > limit:
            raise SystemExit(f"line too long for one line: {text!r}")


def build_agreement() -> None:
    pdf = _doc(AGREEMENT_HEADER)
    pdf.set_title("Live Attraction Performance Agreement 2025-2028")
    pdf.set_author("GIAP / CAOC")
    pdf.set_creation_date(datetime.datetime(2025, 1, 17, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    blocks = iter(AGREEMENT)
    for kind, text in blocks:
        if kind != "cols":
            _one_column(pdf, kind, text)
            continue
        pdf.add_page()  # the two-column sections start on a page of their own
        with pdf.text_columns(ncols=2, gutter=9, text_align="LEFT", line_height=1.3) as cols:
            for kind2, text2 in blocks:
                if kind2 == "endcols":
                    break
                if kind2 == "sec":
                    with cols.paragraph(top_margin=2.5, bottom_margin=1.5) as par:
                        pdf.set_font("Helvetica", "B", 11)
                        par.write(text2)
                else:
                    with cols.paragraph(bottom_margin=1.8) as par:
                        pdf.set_font("Helvetica", "", 9.5)
                        par.write(text2)
        pdf.add_page()  # back to one column from a new page
    pdf.output(AGREEMENT_OUT)
    print("wrote", AGREEMENT_OUT, pdf.pages_count, "pages")


def build_rate_sheet() -> None:
    pdf = _doc(RATE_SHEET_HEADER)
    pdf.set_title("Seasonal Rate Sheet FY26/27")
    pdf.set_author("GIAP-CAOC Joint Rates Panel")
    pdf.set_creation_date(datetime.datetime(2026, 8, 3, 12, 0, tzinfo=datetime.UTC))
    pdf.add_page()
    _check_lines(pdf, RATE_SHEET)
    for kind, text in RATE_SHEET:
        if kind == "h" and text.startswith("Part 1"):
            pdf.ln(1)
        _one_column(pdf, kind, text)
        if kind == "amt":
            pdf.ln(0.3)
    pdf.output(RATE_SHEET_OUT)
    print("wrote", RATE_SHEET_OUT, pdf.pages_count, "pages")


if __name__ == "__main__":
    build_agreement()
    build_rate_sheet()
