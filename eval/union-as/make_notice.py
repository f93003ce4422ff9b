#!/usr/bin/env python3
"""Write the eight text documents of union-as (their whole text is in this script).

    python3 eval/union-as/make_notice.py

English:
- openeasel-live-studio-settings-export-2026-12.txt: OpenEasel Live's settings export as an
  INI FILE ("[section]" headers, "key = value" lines, ";" and "#" comment lines). Every start
  time is in UTC ("schedule_timezone = UTC"); Orsanne is UTC+1 in winter and UTC+2 in summer.
  The sessions of 16 December 2026, 10 February 2027 and 14 April 2027 are listed here only.
  No amount.
- lmsg-steward-line-sms-export-2026-12.txt: the steward line's SMS EXPORT (CRLF line ends, one
  message a line "date time | IN/OUT | contact | text", long messages in parts marked "(1/2)",
  "(2/2)", delivery reports in square brackets): the refused claim of ₴250.00, the scan of
  12 January 2027 and its form deadline (22 December 2026), the shorthand "12 ton" (once), the
  rolling count of the regular-sitter supplement, "6,415.80 hryvnias" (once), a cancellation
  sent on a Friday evening.
- ashgrove-college-model-payments-2026-11.txt: Ashgrove College's November payroll as an SQL
  DUMP ("--" comments, CREATE TABLE, one INSERT of quoted values): amounts with the code
  ("UAH 236.50"), decimal hours (2.75 = 2 h 45 min), the rolling 12-month counts.
- pigment-and-pine-art-supplies-spring-2027.md: an art-supply shop's price list (a distractor
  naming no party), Pandoc Markdown with a TITLE BLOCK ("%" lines), CLOSED ATX HEADINGS
  ("## Paper ##") and a PANDOC MULTILINE TABLE (rows over several lines, blank lines between).
French:
- calendrier-academique-feaco-2026-2027.txt: the Federation's academic calendar in ORG MODE
  ("#+TITLE:", "*" headlines, ":PROPERTIES:" drawers, timestamps "<2027-05-07 ven.>", tags
  ":pont:"): terms, public holidays, bridge days (only here), the clock changes (only here),
  the sculpture week, and the Portrait Prize fortnight as printed in July (1-14 March 2027,
  since moved by the notice: a trap).
- gmvpo-faq-membres-bureau-montfleury.html: the Guild's French FAQ with a MATHML formula
  (<math>, <mn>, <mo>: the holiday multiplier worked out) and a contact form in a <fieldset>
  with a <legend>; office hours and the general assembly only here.
- gmvpo-fiche-poses-longues-portrait-sculpture.md: the Guild's French sheet on long poses,
  portraits and sculpture, Pandoc Markdown with FENCED DIVS ("::: {.attention}") and INLINE
  NOTES ("^[...]"), a pipe table of the 2023-2026 and 2026-2029 figures with ORDINARY SPACES
  between the thousands ("6 415,80 ₴").
- atelier-boisclair-catalogue-chevalets-2027.html: a shop's catalogue of easels and drawing
  boards (a distractor naming no party), with <small> and <kbd>.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
NNB = "\u202f"
NB = "\u00a0"


def _p(name: str) -> str:
    return os.path.join(DOCS, name)


INI = _p("openeasel-live-studio-settings-export-2026-12.txt")
SMS = _p("lmsg-steward-line-sms-export-2026-12.txt")
SQL = _p("ashgrove-college-model-payments-2026-11.txt")
SHOP = _p("pigment-and-pine-art-supplies-spring-2027.md")
CAL = _p("calendrier-academique-feaco-2026-2027.txt")
FAQ = _p("gmvpo-faq-membres-bureau-montfleury.html")
FICHE = _p("gmvpo-fiche-poses-longues-portrait-sculpture.md")
CATALOGUE = _p("atelier-boisclair-catalogue-chevalets-2027.html")


def fr(amount: str) -> str:
    """'1 387,60' -> U+202F between the thousands and U+00A0 before ₴."""
    return amount.replace(" ", NNB) + NB + "₴"


# ---- the platform's INI export (English) ----------------------------------------------------------

INI_TEXT = """\
; OpenEasel Live - studio settings export
; Operator: Open Studios Network (OSN), Harwick Cross
; Exported on 2026-12-01 at 06:00 UTC by the platform, build 4.12.0
; Lines that begin with ";" or "#" are comments. Settings are written "key = value".
; This file holds no fees: the rates of live-streamed sessions are in the agreement.

[platform]
name = OpenEasel Live
operator = Open Studios Network
support = models' coordinator, Harwick Cross office, ext. 2214
schedule_timezone = UTC
; Every start time in this file and on the schedule page is in UTC (Coordinated Universal
; Time), not in Orsanne time. Orsanne is one hour ahead of UTC in winter (standard time)
; and two hours ahead in summer time.
local_offset_winter = UTC+1
local_offset_summer = UTC+2
summer_time_rule = from the last Sunday of March to the last Sunday of October
# The date of each clock change is in the Federation's academic calendar.

[stream]
max_viewers = 180
chat = on, moderated by the club
camera_presets = 3 (front, three-quarter, stand)
pose_timer = shows the time left in the pose
break_reminder = a 5-minute break after each 25 minutes of posing
recording_default = off
; A stream is recorded and kept only with the model's written consent on Form G-3; a
; recording that is not paid for is deleted automatically.
recording_autodelete_days = 7
training_use = never
# Recordings are never given to a general-purpose AI model (clause 13.4 of the agreement).

[room]
min_temperature_c = 22
changing_screen = required
robe = required
camera_off_during_breaks = yes

[disclosure]
listing_line_synthetic = This class uses a synthetic (AI-generated) figure, not a live model.
; The line is shown on the class listing when a club streams a synthetic figure.

[session.2026-12-09]
club = Quayside Drawing Club
start = 11:00 UTC
length = 2h
pose = clothed, gesture poses of 1 to 5 minutes
recording = off

[session.2026-12-16]
club = Quayside Drawing Club
start = 17:45 UTC
length = 2h30
pose = clothed, long pose (second session of the same taped pose)
recording = off

[session.2027-02-10]
club = Brackenmoor Open Studio
start = 17:00 UTC
length = 2h
pose = costume, fashion drawing (the model's own costume)
recording = off

[session.2027-04-14]
club = Saint-Aulde Portrait Circle
start = 17:00 UTC
length = 3h
pose = portrait, clothed
recording = requested (Form G-3 sent on 2026-11-30)

[moderation]
banned_words_list = standard
screenshot_warning = on
; Viewers are told at every start that screenshots and screen recordings are forbidden.
"""


# ---- the SMS export (English, CRLF) ---------------------------------------------------------------

SMS_LINES = [
    "SMS export - LMSG steward line",
    "Phone: +ORS 71-455-2090 (the Guild's steward mobile, Harwick Cross)",
    "Exported: 2026-12-07 08:05 by Priya Lindqvist-Achebe, steward",
    "Times are Orsanne local time (UTC+01:00). One message a line: date time | IN or OUT | "
    "contact | message.",
    "Long messages sent in several parts are marked (1/2), (2/2); delivery reports are in "
    "square brackets.",
    "-" * 72,
    "2026-11-27 10:41:09 | IN  | Tamsin Eriksen-Doyle | Hi Priya, quick one: someone at the "
    "Quayside club said the clothed rate went up to ₴250.00 an hour this year. Is that right?",
    "2026-11-27 10:58:30 | OUT | Tamsin Eriksen-Doyle | No: it is ₴236.50 an hour (clause "
    "3.1). ₴250.00 was the Guild's opening claim in May and was not agreed.",
    "[delivery report: delivered 2026-11-27 10:58:33]",
    "2026-11-30 14:03:55 | IN  | Joss Adebayo-Lindgren | Brackenmoor School of Art want a 3D "
    "scan of me for their pose library on Tuesday 12 January 2027. What do I need before "
    "then? (1/2)",
    "2026-11-30 14:04:02 | IN  | Joss Adebayo-Lindgren | (2/2) And what do they pay for the "
    "scan session itself?",
    "2026-11-30 15:20:11 | OUT | Joss Adebayo-Lindgren | Form G-3 must reach you at least 21 "
    "days before the scan session, so by Tuesday 22 December 2026 at the latest. No form by "
    "then, no scan on the 12th. The session is 12 ton (a ton is a hundred: twelve hundred "
    "hryvnias, the figure of clause 11.4), (1/2)",
    "2026-11-30 15:20:12 | OUT | Joss Adebayo-Lindgren | (2/2) and the pose library is paid "
    "on top, per studio and per licence year.",
    "[delivery report: delivered 2026-11-30 15:20:14]",
    "2026-12-02 09:12:40 | IN  | Hana Okafor-Ruiz | I have done over 100 sessions at Ashgrove "
    "since 2019 but my November statement has no regular-sitter supplement. Why?",
    "2026-12-02 09:47:05 | OUT | Hana Okafor-Ruiz | The supplement needs 40 sessions with the "
    "same school in the 12 months before each session, not over a whole career. Ashgrove's "
    "statement counts 37 for you in the 12 months to 30 November, so it is not due yet. "
    "Sessions before December 2025 no longer count.",
    "2026-12-03 18:22:17 | IN  | Joss Adebayo-Lindgren | Brackenmoor also asked me for a "
    "sculpture week in February. What is the week worth?",
    "2026-12-03 18:40:51 | OUT | Joss Adebayo-Lindgren | 6,415.80 hryvnias for the week "
    "(clause 4.5), with at most 5 hours of posing a day. Ask them for the dates in writing.",
    "2026-12-05 10:15:02 | IN  | Tamsin Eriksen-Doyle | Forwarding what Ashgrove sent me on "
    'Friday evening: "Fri 4 Dec 19:12 - Dear Tamsin, we are sorry to cancel your life '
    "session of Monday 14 December (Studio 14, course LD-204). A cancellation fee will be "
    'paid under the agreement." How much do I get?',
    "2026-12-05 10:31:44 | OUT | Tamsin Eriksen-Doyle | I will work it out with clause 9.2 "
    "on Monday and call you. Keep the text.",
    "2026-12-06 16:30:12 | IN  | Leander Voss-Amadi | My OpenEasel stream on the 16th is "
    "listed at 17:45. Is that the evening rate or the day rate?",
    "2026-12-06 16:52:09 | OUT | Leander Voss-Amadi | The platform lists times in UTC. I will "
    "check clause 11.1 and confirm tomorrow.",
    "[delivery report: delivered 2026-12-06 16:52:10]",
]
SMS_TEXT = "\r\n".join(SMS_LINES) + "\r\n"


# ---- the payroll dump (English) -----------------------------------------------------------------

# (ref, member, model, date, course, room, kind, hours, rate cents, amount cents, n12m, note)
# fmt: off
PAY_ROWS: list[tuple[str, str, str, str, str, str, str, str, int, int, int, str]] = [
    ("AC-26-1101", "LM 70583", "Tamsin Eriksen-Doyle", "2026-11-02", "LD-204", "Studio 14",
     "clothed life session", "3.00", 23650, 70950, 43, "posed 3 h"),
    ("AC-26-1102", "LM 70583", "Tamsin Eriksen-Doyle", "2026-11-02", "LD-204", "Studio 14",
     "regular-sitter supplement", "NULL", 5270, 5270, 43, "40 or more in the 12 months"),
    ("AC-26-1103", "LM 66120", "Hana Okafor-Ruiz", "2026-11-05", "FD-118", "Studio 9",
     "nude life session", "2.75", 28475, 78306, 37, "posed 2 h 35 min: 2.75 h paid"),
    ("AC-26-1104", "LM 66120", "Hana Okafor-Ruiz", "2026-11-12", "FD-118", "Studio 9",
     "clothed life session, long pose", "2.50", 23650, 59125, 37, "first session of the pose"),
    ("AC-26-1105", "LM 66120", "Hana Okafor-Ruiz", "2026-11-19", "FD-118", "Studio 9",
     "clothed life session, long pose", "2.50", 23650, 59125, 37, "second session of the pose"),
    ("AC-26-1106", "LM 66120", "Hana Okafor-Ruiz", "2026-11-19", "FD-118", "Studio 9",
     "long-pose supplement", "NULL", 4130, 4130, 37, "from the second session"),
    ("AC-26-1107", "LM 71942", "Joss Adebayo-Lindgren", "2026-11-10", "LD-310", "Studio 14",
     "gesture session", "2.00", 30960, 61920, 12, "minimum call"),
    ("AC-26-1108", "LM 71942", "Joss Adebayo-Lindgren", "2026-11-26", "EV-022", "Studio 2",
     "nude life session, evening class", "3.25", 28475, 92544, 13, "18:55 to 22:10"),
    ("AC-26-1109", "LM 71942", "Joss Adebayo-Lindgren", "2026-11-26", "EV-022", "Studio 2",
     "late-evening premium", "NULL", 3820, 3820, 13, "posed after 21:30"),
    ("AC-26-1110", "LM 71942", "Joss Adebayo-Lindgren", "2026-11-26", "EV-022", "Studio 2",
     "travel, 62 km round trip", "NULL", 685, 15070, 13, "22 km beyond the first 40 km"),
    ("AC-26-1111", "LM 58807", "Ruairi Mbatha-Colombe", "2026-11-16", "SC-401", "Foundry",
     "sculpture week", "NULL", 641580, 641580, 5, "16 to 20 November 2026"),
    ("AC-26-1112", "LM 58807", "Ruairi Mbatha-Colombe", "2026-11-16", "SC-401", "Foundry",
     "robe and slippers allowance", "NULL", 98000, 98000, 5, "first session of the year"),
]
# fmt: on


def _money(cents: int) -> str:
    units, c = divmod(cents, 100)
    return f"UAH {units:,}.{c:02d}"


def _sql_row(r: tuple) -> str:
    ref, member, model, date, course, room, kind, hours, rate, amount, n12m, note = r
    vals = [
        f"'{ref}'",
        f"'{member}'",
        f"'{model}'",
        f"'{date}'",
        f"'{course}'",
        f"'{room}'",
        f"'{kind}'",
        hours,
        f"'{_money(rate)}'",
        f"'{_money(amount)}'",
        str(n12m),
        f"'{note}'",
    ]
    return "(" + ",".join(vals) + ")"


def pay_total() -> int:
    return sum(r[9] for r in PAY_ROWS)


def sql_text() -> str:
    head = [
        "-- Ashgrove College of Art - payroll database dump, table model_payment",
        "-- Period: November 2026 (sessions of 2 to 30 November 2026), paid on 4 December 2026",
        "-- Amounts are in hryvnias with the currency code UAH: UAH 236.50 = ₴236.50.",
        "-- Hours are decimal: 2.75 = 2 hours 45 minutes; each quarter of an hour begun beyond",
        "--   the minimum call of 2 hours is paid in full.",
        "-- n12m = the sessions the model sat for Ashgrove in the 12 months before the session (the",
        "--   rolling count of clause 10.1); the regular-sitter supplement is due from 40.",
        "-- Dumped on 2026-12-04 at 08:30 by the payroll office (ext. 5120), Harwick Cross.",
        "",
        "SET NAMES utf8mb4;",
        "",
        "CREATE TABLE model_payment (",
        "  ref        VARCHAR(12)  NOT NULL,  -- payment line",
        "  member_no  VARCHAR(10)  NOT NULL,  -- LMSG membership number",
        "  model      VARCHAR(60)  NOT NULL,",
        "  session    DATE         NOT NULL,",
        "  course     VARCHAR(8),             -- course code",
        "  room       VARCHAR(12),",
        "  kind       VARCHAR(48)  NOT NULL,",
        "  hours      DECIMAL(4,2),           -- NULL for a flat amount",
        "  rate       VARCHAR(16),",
        "  amount     VARCHAR(16)  NOT NULL,",
        "  n12m       INTEGER,                -- rolling 12-month count",
        "  note       VARCHAR(80),",
        "  PRIMARY KEY (ref)",
        ");",
        "",
        "INSERT INTO model_payment VALUES",
    ]
    rows = [_sql_row(r) for r in PAY_ROWS]
    body = [row + ("," if i < len(rows) - 1 else ";") for i, row in enumerate(rows)]
    tail = [
        "",
        f"-- Total paid for November 2026: {_money(pay_total())} on 4 December 2026.",
        "-- Hana Okafor-Ruiz (LM 66120): lifetime 112 sessions at Ashgrove since 2019; n12m 37, so",
        "--   no regular-sitter supplement in November 2026.",
        "-- End of dump.",
    ]
    return "\n".join(head + body + tail) + "\n"


# ---- the shop's price list (English, a distractor) ------------------------------------------------

SHOP_TEXT = """\
% Pigment & Pine - art supplies, spring 2027 price list
% Shop and counter staff, Chandler's Row
% 1 February 2027

# Pigment & Pine price list, spring 2027 #

Prices are in hryvnias, for one item, and hold from 1 February to 30 April 2027. Students
with a college card get 10% off paper and charcoal; the discount does not apply to easels,
gift vouchers or framing.

## Drawing ##

-------------------------------------------------------------------
 Item                         Size or pack         Price
---------------------------   ------------------   ----------------
 Willow charcoal, thin and    box of 25 sticks,    ₴84.90
 medium                       5 to 7 mm

 Compressed charcoal,         box of 12            ₴131.40
 square sticks

 Putty rubber, large          1 piece              ₴27.80

 Conté crayons, sanguine      box of 4             ₴146.60
 and bistre

 Fixative spray, odourless    400 ml can           ₴219.00
-------------------------------------------------------------------

## Paper ##

-------------------------------------------------------------------
 Item                         Size or pack         Price
---------------------------   ------------------   ----------------
 Cartridge paper pad,         A2, 40 sheets        ₴312.00
 heavy, 130 gsm

 Newsprint pad for quick      A2, 100 sheets       ₴175.50
 sketches

 Toned paper, grey and        A3, 30 sheets        ₴204.20
 buff
-------------------------------------------------------------------

## Painting ##

-------------------------------------------------------------------
 Item                         Size or pack         Price
---------------------------   ------------------   ----------------
 Stretched cotton canvas      60 × 80 cm           ₴689.00

 Oil colours, starter set     10 tubes of 37 ml    ₴1,148.00

 Hog-hair brushes, filberts   set of 6             ₴403.70
-------------------------------------------------------------------

## Services ##

Framing is quoted at the counter. Gift vouchers are sold from ₴500.00. Orders over ₴2,000.00
are delivered free within the city; other deliveries cost ₴145.00.

## Opening hours ##

Monday to Saturday, 9:00 to 18:00; Sunday, 11:00 to 16:00. The shop is closed on public
holidays. Ask at the counter for the loyalty card: one stamp for each ₴100.00 spent.
"""


# ---- the academic calendar (French, org mode) ------------------------------------------------------

CAL_TEXT = """\
#+TITLE: Calendrier académique 2026-2027
#+AUTHOR: Fédération des écoles d'art et collèges d'Orsanne (FÉACO), secrétariat
#+DATE: <2026-07-01 mer.>
#+LANGUAGE: fr
#+STARTUP: overview
#+TAGS: pont ferie heure

Ce calendrier est tenu en mode Org. Chaque date est écrite <AAAA-MM-JJ jour.> et une période
<début>--<fin>. Il vaut pour toutes les écoles et tous les collèges de la Fédération ; les
clubs du Réseau des ateliers ouverts le suivent pour les jours fériés et les jours de pont.

* L'année académique
  L'année académique 2026-2027 va du <2026-09-01 mar.> au <2027-08-31 mar.>. Les cours de
  modèle vivant reprennent le premier lundi du trimestre.

* Les trimestres
** Trimestre d'automne
   :PROPERTIES:
   :DEBUT:    <2026-09-07 lun.>
   :FIN:      <2026-12-18 ven.>
   :END:
   Vacances de la Toussaint : <2026-10-26 lun.>--<2026-10-30 ven.>.
** Trimestre d'hiver (le « Hilary term » des écoles anglophones)
   :PROPERTIES:
   :DEBUT:    <2027-01-04 lun.>
   :FIN:      <2027-03-26 ven.>
   :END:
   Semaine de sculpture des écoles, du lundi 8 au vendredi 12 février 2027 :
   <2027-02-08 lun.>--<2027-02-12 ven.>.
   Vacances de mi-trimestre : <2027-02-15 lun.>--<2027-02-19 ven.>.
** Trimestre d'été
   :PROPERTIES:
   :DEBUT:    <2027-04-12 lun.>
   :FIN:      <2027-06-25 ven.>
   :END:
   Expositions de fin d'année : <2027-06-14 lun.>--<2027-06-25 ven.>.

* Jours fériés et jours de pont
  Un jour de pont est un jour ouvrable pris entre un jour férié et un week-end : les écoles
  ferment ce jour-là. Les jours de pont portent l'étiquette :pont:.
** Toussaint                                                          :ferie:
   <2026-11-01 dim.>
** Noël                                                               :ferie:
   <2026-12-25 ven.>
** Jour de l'An                                                       :ferie:
   <2027-01-01 ven.>
** Lundi de Pâques                                                    :ferie:
   <2027-03-29 lun.>
** Fête du Travail                                                    :ferie:
   <2027-05-01 sam.>
** Ascension                                                          :ferie:
   <2027-05-06 jeu.>
** Pont de l'Ascension                                                 :pont:
   <2027-05-07 ven.>
** Lundi de Pentecôte                                                 :ferie:
   <2027-05-17 lun.>
** Fête de la République                                              :ferie:
   <2027-06-24 jeu.>
** Pont de la Fête de la République                                    :pont:
   <2027-06-25 ven.>

* Changements d'heure
  L'heure légale d'Orsanne est UTC+1 en hiver et UTC+2 en été.
** Passage à l'heure d'été (UTC+2), à 2 h du matin                     :heure:
   <2027-03-28 dim.> Les horloges avancent d'une heure dans la nuit du samedi 27 au
   dimanche 28 mars 2027.
** Retour à l'heure d'hiver (UTC+1), à 3 h du matin                    :heure:
   <2027-10-31 dim.>

* Autres dates
** Chandeleur : crêpes dans les ateliers
   <2027-02-02 mar.>
** Quinzaine du Prix du portrait (dates de l'annexe A de l'accord)
   <2027-03-01 lun.>--<2027-03-14 dim.>
   La Galerie municipale de Saint-Aulde accueille les séances de pose du Prix.
** Fin de l'année académique
   <2027-08-31 mar.>
"""


# ---- the French FAQ (HTML) ---------------------------------------------------------------------


def faq_bytes() -> bytes:
    a = fr
    return f"""\
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>FAQ des membres – bureau de Montfleury – GMVPO</title>
</head>
<body>
<header>
<h1>Questions fréquentes des membres</h1>
<p>Guilde des modèles vivants et poseurs d'Orsanne (GMVPO) – bureau de Montfleury,
12, rue des Pinceaux. Mise à jour du 2 décembre 2026.</p>
</header>
<main>
<p>Les montants sont écrits à la française : une espace fine entre les milliers, une virgule
avant les kopiyky et le signe ₴ après le nombre.</p>

<h2>Quand le bureau de Montfleury est-il ouvert ?</h2>
<p>Du lundi au jeudi de 9 h 30 à 17 h, et le vendredi de 9 h 30 à 13 h. Téléphone : poste 4406.
Le bureau est fermé pendant les vacances de Noël, du 24 décembre au 3 janvier.</p>

<h2>Quand a lieu l'assemblée générale ?</h2>
<p>L'assemblée générale 2027 de la Guilde se tient le samedi 13 février 2027 à 10 h, salle des
fêtes de Montfleury. Les candidatures au bureau sont reçues jusqu'au vendredi 29 janvier 2027.</p>

<h2>Combien suis-je payé pour une séance ?</h2>
<p>Séance habillée : {a("236,50")} de l'heure. Séance nue : {a("284,75")} de l'heure. Séance
de croquis rapides (poses de 30 secondes à 5 minutes) : {a("309,60")} de l'heure. Toute séance
est payée au moins 2 heures. Une séance diffusée sur OpenEasel Live est payée {a("354,90")}
de l'heure si elle commence avant 18 h 30 et {a("392,70")} de l'heure si elle commence à
18 h 30 ou plus tard, à l'heure locale d'Orsanne.</p>

<h2>Et un jour férié ?</h2>
<p>Une séance un jour férié, ou un jour de pont du calendrier de la Fédération, est payée une
fois et demie le tarif horaire. Pour une heure de séance habillée :</p>
<math display="block"><mn>236,50</mn><mtext>{NB}₴</mtext><mo> × </mo><mn>1,5</mn><mo> = </mo><mn>354,75</mn><mtext>{NB}₴</mtext></math>

<h2>La salle doit-elle être chauffée ?</h2>
<p>Oui : au moins 22 °C au podium pendant toute une séance de nu, un paravent pour se changer
et un peignoir propre. Si la salle est plus froide, vous pouvez refuser de poser nu et vous
êtes payé l'appel minimum de 2 heures.</p>

<h2>Quelles pauses ?</h2>
<p>Une pause payée de 5 minutes après chaque tranche de 25 minutes de pose, et jamais plus de
6 heures de pose dans une journée, pauses non comprises.</p>

<h2>Peut-on me photographier pendant la séance ?</h2>
<p>Non, jamais sans votre consentement écrit sur le formulaire G-3 pour cet usage précis. Un
élève qui prend une photo l'efface devant vous.</p>

<h2>Ma séance est annulée : qu'est-ce que je touche ?</h2>
<p>Selon le préavis : 21 jours ou plus, rien ; de 10 à 20 jours, 30 % ; de 4 à 9 jours, 60 % ;
2 ou 3 jours, 80 % ; moins de 2 jours, 100 % du cachet prévu. Un avis envoyé après 18 h, un
samedi, un dimanche ou un jour férié est réputé reçu à 9 h le jour ouvrable suivant.</p>

<h2>Comment retirer mon consentement à un usage numérique ?</h2>
<p>Par écrit, sur le formulaire G-5, avec un préavis de 45 jours. Tout est effacé dans les 20
jours qui suivent et l'école vous envoie un certificat d'effacement.</p>

<h2>L'école peut-elle utiliser un « modèle synthétique » à ma place ?</h2>
<p>Pas pour un cours de modèle vivant inscrit à l'emploi du temps. Pour le travail libre des
élèves, oui, mais l'école doit prévenir le modèle réservé et les élèves au moins 14 jours
avant.</p>

<form action="/contact" method="post">
<fieldset>
<legend>Écrire au bureau de Montfleury</legend>
<label>Numéro de membre <input name="membre" placeholder="LM 00000"></label>
<label>Votre question <textarea name="question" rows="4"></textarea></label>
<button type="submit">Envoyer</button>
</fieldset>
</form>
</main>
<footer>
<p>GMVPO – 12, rue des Pinceaux, Montfleury. Guilde fondée en 1968.</p>
</footer>
</body>
</html>
""".encode()


# ---- the French sheet on long poses (Markdown) ---------------------------------------------------


def frsp(amount: str) -> str:
    """'6 415,80' with ORDINARY spaces between the thousands and before ₴."""
    return amount + " ₴"


def fiche_bytes() -> bytes:
    s = frsp
    return f"""\
# Fiche pratique : poses longues, portrait et sculpture

*Guilde des modèles vivants et poseurs d'Orsanne (GMVPO) – bureau de Montfleury, 12 octobre 2026*

Cette fiche résume pour les modèles ce que l'accord sur les modèles vivants et les poseurs
2026-2029 prévoit pour les poses tenues sur plusieurs séances, les séances de portrait et les
semaines de sculpture. Dans cette fiche, les montants sont écrits avec une espace ordinaire
entre les milliers (« 6 415,80 ₴ »).

## La pose longue

Une pose longue est reprise à l'identique d'une séance à l'autre : le scotch au sol marque la
place des pieds et des mains.^[Une photo de repérage de la pose est interdite sans le
formulaire G-3 ; le scotch et un croquis du professeur suffisent.] À partir de la deuxième
séance de la même pose, le modèle touche un supplément de pose longue de {s("41,30")} par
séance, en plus du tarif horaire.

::: {{.attention}}
**Attention.** Avec l'ancien accord, le supplément ne commençait qu'à la troisième séance.
Depuis le 1er septembre 2026, il est dû dès la deuxième séance de la même pose.
:::

## Le portrait

Une séance de portrait pour un club de peinture est payée {s("198,90")} de l'heure. Une séance
pour un tableau présenté à un prix de portrait (jusqu'à 3 heures) est payée
{s("1 387,60")} la séance, avec un supplément pendant la quinzaine du Prix du portrait.^[Les
dates de la quinzaine sont celles de l'annexe A de l'accord, sauf si la Commission paritaire
les déplace par un avis.]

## La semaine de sculpture

::: {{.attention}}
**Au plus 5 heures de pose par jour.** Une semaine de sculpture, c'est cinq jours ouvrables de
suite sur une seule pose, payés {s("6 415,80")} la semaine.
:::

## Les chiffres, avant et maintenant

| Élément | Accord 2023-2026 | Accord 2026-2029 |
|---|---|---|
| Supplément de pose longue | {s("36,20")} (dès la 3e séance) | {s("41,30")} (dès la 2e séance) |
| Portrait, de l'heure | {s("184,60")} | {s("198,90")} |
| Séance de prix | {s("1 290,00")} | {s("1 387,60")} |
| Semaine de sculpture | {s("5 980,00")} | {s("6 415,80")} |
| Supplément costume, par séance | – | {s("72,60")} |
| Prime de fin de soirée, de l'heure | {s("31,50")} après 22 h | {s("38,20")} après 21 h 30 |
| Déplacement, par km | {s("5,90")} au-delà de 50 km | {s("6,85")} au-delà de 40 km |

::: {{.note}}
Le supplément costume est dû quand le modèle apporte son propre costume pour un cours
d'illustration ou de dessin de mode ; un costume fourni par l'école n'y donne pas droit.
:::

Questions : bureau de Montfleury, poste 4406.
""".encode()


# ---- the shop's catalogue (French, a distractor) --------------------------------------------------


def _item(name: str, code: str, text: str, price: str) -> str:
    return (
        f'<article class="produit">\n<h2>{name}</h2>\n<p>Réf. <kbd>{code}</kbd> – {text}</p>\n'
        f'<p class="prix">{fr(price)} <small>TTC, livraison en sus</small></p>\n</article>\n'
    )


def catalogue_bytes() -> bytes:
    items = "".join(
        [
            _item(
                "Chevalet de sol en hêtre",
                "CH-190",
                "hauteur réglable jusqu'à 190 cm, toile jusqu'à 120 cm, plateau à godets.",
                "2 349,00",
            ),
            _item(
                "Chevalet de table pliant",
                "CT-045",
                "pin verni, inclinaison en 5 crans, pour toiles jusqu'à 45 cm.",
                "689,50",
            ),
            _item(
                "Chevalet d'atelier à manivelle",
                "CM-250",
                "chêne, roulettes à frein, hauteur jusqu'à 250 cm.",
                "7 880,00",
            ),
            _item(
                "Planche à dessin A2 avec pince",
                "PD-A2",
                "contreplaqué de peuplier 6 mm, 2 pinces à ressort.",
                "418,20",
            ),
            _item(
                "Planche à dessin A1 inclinable",
                "PD-A1",
                "pieds repliables, 3 angles, règle parallèle livrée.",
                "1 436,90",
            ),
            _item(
                "Tabouret-chevalet (« âne ») de croquis",
                "AN-070",
                "hêtre massif, assise et appui de planche, 70 cm de long.",
                "2 112,40",
            ),
            _item(
                "Chevalet de campagne en aluminium",
                "CA-160",
                "trépied télescopique jusqu'à 160 cm, sac de transport fourni, 2,1 kg.",
                "1 275,60",
            ),
            _item(
                "Pupitre de modèle vivant tournant",
                "PM-090",
                "plateau rond de 90 cm sur roulements, frein au pied, charge 150 kg.",
                "5 410,00",
            ),
            _item(
                "Lot de pinces et de taquets pour planches",
                "LP-012",
                "12 pinces en acier et 12 taquets en hêtre.",
                "126,80",
            ),
            _item(
                "Sac de transport pour planche A1",
                "SC-A1",
                "toile enduite, bandoulière, poche pour fusains.",
                "544,30",
            ),
        ]
    )
    return f"""\
<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Atelier Boisclair – catalogue 2027 des chevalets et planches à dessin</title>
</head>
<body>
<h1>Atelier Boisclair – chevalets et planches à dessin, catalogue 2027</h1>
<p>Fabrication artisanale depuis 1987, atelier et boutique au 5, quai des Tanneurs. Prix valables
du 1er janvier au 31 décembre 2027, dans la limite des stocks. <small>Photos non
contractuelles.</small></p>
{items}<h2>Livraison et retours</h2>
<p>Livraison en 5 jours ouvrables : {fr("180,00")} par colis, offerte dès {fr("3 000,00")}
d'achat. Retour possible sous 14 jours, dans l'emballage d'origine.</p>
<p>Ateliers d'écoles et associations : devis sur demande pour 10 chevalets ou plus. Nos
chevalets sont vernis à l'huile de lin et livrés montés ; les pièces d'usure (vis de serrage,
patins, manivelles) sont garanties 5 ans et se commandent à l'unité.</p>
<p>Entretien : dépoussiérer au chiffon sec, nourrir le bois une fois par an, ne pas laisser
un chevalet en hêtre près d'un radiateur.</p>
<p>Horaires de la boutique : du mardi au samedi, de 10 h à 19 h.</p>
</body>
</html>
""".encode()


OUTPUTS = [
    (INI, lambda: INI_TEXT.encode()),
    (SMS, lambda: SMS_TEXT.encode()),
    (SQL, lambda: sql_text().encode()),
    (SHOP, lambda: SHOP_TEXT.encode()),
    (CAL, lambda: CAL_TEXT.encode()),
    (FAQ, faq_bytes),
    (FICHE, fiche_bytes),
    (CATALOGUE, catalogue_bytes),
]


def build() -> None:
    os.makedirs(DOCS, exist_ok=True)
    for out, make in OUTPUTS:
        with open(out, "wb") as f:
            f.write(make())
        print("wrote", out)


if __name__ == "__main__":
    build()
