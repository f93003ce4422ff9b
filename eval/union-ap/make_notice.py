#!/usr/bin/env python3
"""Write the eight text documents of union-ap (their whole text is in this script).

    python3 eval/union-ap/make_notice.py

English:
- spgs-touring-bulletin-14-2026-12.html: the Guild's touring bulletin No. 14 (HTML): the
  touring rates in a <figure> with a <figcaption>, amounts in <data value="...">, the
  touring day once as "1,250 ringgit" (figures and the word), mileage "85 sen" per km, and
  an <iframe srcdoc="..."> holding last year's rate card (RM1,180.00 a touring day: a trap
  that only the raw page shows).
- zenith-help-desk-chat-2026-12-03.txt: a chat export saved as JSON LINES (one JSON object
  per line: ts, from, text, and one attachment field): "1.25 grand" (explained in the
  export's first line), "Monday week", the attachment's "effective": "20270301".
- nscpf-payroll-statement-2026-11.txt: the Foundation's payroll statement for November 2026,
  UTF-8 with U+2011 NON-BREAKING HYPHENS in its dates and codes and U+2007 FIGURE SPACES
  padding its amount column; amounts with the currency code, "MYR 1,250.00".
- orbit-cafe-menu-2026.md: the science centre's café menu (a distractor).
French:
- gpss-calendrier-scolaire-jours-feries-2026-2027.html: the Guild's school and holiday
  calendar: the terms (the spring term from 11 January 2027) and the public holidays with
  their dates ("le premier mars 2027"), dates in <data value="YYYY-MM-DD">.
- guide-presentateur-2026-2027.md: the presenters' guide in French, Markdown with
  REFERENCE-STYLE LINKS ([texte][ref] and the definitions at the end).
- courriel-zenith-2026-07-03-quoted-printable.txt: an e-mail saved with its headers, its
  body in QUOTED-PRINTABLE (=C3=A9 for é, soft line breaks "=" at line ends): Zenith's July
  proposal (55,00 RM a finished minute, 210,00 RM an hour), a trap holder only.
- catalogue-telescopes-hiver-2026.txt: a shop's telescope catalogue (a distractor).
"""

from __future__ import annotations

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, "docs")
NNB = "\u202f"
NBH = "\u2011"  # non-breaking hyphen
FIG = "\u2007"  # figure space


def _p(name: str) -> str:
    return os.path.join(DOCS, name)


BULLETIN_OUT = _p("spgs-touring-bulletin-14-2026-12.html")
CHAT_OUT = _p("zenith-help-desk-chat-2026-12-03.txt")
PAYROLL_OUT = _p("nscpf-payroll-statement-2026-11.txt")
CAFE_OUT = _p("orbit-cafe-menu-2026.md")
CALENDAR_OUT = _p("gpss-calendrier-scolaire-jours-feries-2026-2027.html")
GUIDE_OUT = _p("guide-presentateur-2026-2027.md")
EMAIL_OUT = _p("courriel-zenith-2026-07-03-quoted-printable.txt")
CATALOGUE_OUT = _p("catalogue-telescopes-hiver-2026.txt")

# ---- the touring bulletin (EN, HTML) -------------------------------------------------------------

OLD_CARD = (
    "<p>Rate card 2025-26 (Presenters Agreement 2023–2026): touring day RM1,180.00; "
    "van-driving supplement RM38.00.</p>"
)
BULLETIN_ROWS = [
    ("School-touring day (up to three shows), autumn term", "1250.00", "1,250 ringgit"),
    ("School-touring day, from the first day of the spring term 2027", "1310.00", "RM1,310.00"),
    ("Fourth show on a touring day", "190.00", "RM190.00"),
    ("Van-driving supplement, per touring day", "45.00", "RM45.00"),
    ("Per diem, per night away", "135.00", "RM135.00"),
]


def bulletin_bytes() -> bytes:
    rows = "\n".join(
        f'      <tr><td>{label}</td><td><data value="{v}">{shown}</data></td></tr>'
        for label, v, shown in BULLETIN_ROWS
    )
    srcdoc = OLD_CARD.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    srcdoc = srcdoc.replace(">", "&gt;")
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Touring bulletin No. 14 – December 2026 – SPGS</title>
</head>
<body>
<header><p>Science Presenters' Guild of Serandah – touring desk, Port Kellan, ext. 4410</p></header>
<main>
<h1>Touring bulletin No. 14</h1>
<p>Published on 1 December 2026 for school-touring science performers: what a touring day
pays this school year, what the van and the road pay, and what changes in the new year.</p>
<h2>Touring day</h2>
<p>A touring day takes one show, or up to three, to school halls by van. Under clause 7.1 of
the agreement a touring day is paid RM1,250.00 in the autumn term and
RM1,310.00 from the first day of the spring term 2027. The term dates are in the Guild's
school and holiday calendar. A fourth show on the same day is paid RM190.00, and no touring
day has five shows.</p>
<figure>
  <figcaption>Touring rates, school year 2026-27 (clauses 7.1 to 7.4)</figcaption>
  <table>
    <thead><tr><th>Item</th><th>Rate</th></tr></thead>
    <tbody>
{rows}
    </tbody>
  </table>
</figure>
<h2>Van and road</h2>
<p>The performer who drives the touring van is paid the van-driving supplement of RM45.00 per
touring day. Its rise to RM60.00, due on 1 December 2026, has been postponed by the Joint
Rates Panel to 1 April 2027: the supplement stays at RM45.00 until then.</p>
<p>A touring performer who uses their own car between home and a school is paid mileage of
85 sen per km (clause 7.5 leaves the rate to this bulletin). A night away is paid the per diem
of RM135.00.</p>
<h2>Last year's card</h2>
<p>Some members keep last year's rate card on their phones. It is shown below for reference
only; none of its figures applies this school year.</p>
<iframe title="Rate card 2025-26" srcdoc="{srcdoc}" width="600" height="60"></iframe>
<h2>On the road</h2>
<p>Load the van the evening before when you can, and check the liquid-nitrogen dewar's strap
and the demonstration kit against the list taped inside the back door. Schools expect the
hall to be left as it was found: chairs stacked, floor swept, power strips unplugged. If a
school cancels on the day, call the touring desk before you drive back, so that the
cancellation is recorded for your pay.</p>
<p>Sign-language interpreted shows on tour carry the same supplement as at the Science
Centre. Ask the school in advance whether a pupil needs an interpreter on stage.</p>
<h2>Questions</h2>
<p>Call the touring desk on ext. 4410, or write to the Guild's office in Port Kellan.</p>
</main>
<footer><p>SPGS touring bulletin No. 14 – December 2026</p></footer>
</body>
</html>
"""
    return page.encode("utf-8")


# ---- the chat export (EN, JSON lines) ---------------------------------------------------------

CHAT = [
    {
        "ts": "2026-12-03T09:58:02",
        "from": "system",
        "text": "Export of the Zenith help-desk chat with the Guild's rep, Thursday 3 December "
        "2026. Members type amounts the quick way: 1.25 grand is RM1,250.00.",
    },
    {
        "ts": "2026-12-03T10:01:15",
        "from": "Priya",
        "text": "hi, I narrate the fulldome films and I also tour in the spring. is the touring "
        "day still 1.25 grand?",
    },
    {
        "ts": "2026-12-03T10:02:40",
        "from": "Marcus (SPGS)",
        "text": "Hi Priya. Yes, RM1,250.00 for a touring day this term, RM1,310.00 once the "
        "spring term starts.",
    },
    {
        "ts": "2026-12-03T10:04:05",
        "from": "Priya",
        "text": "ok. and the narration: can I still switch to being paid per finished minute?",
    },
    {
        "ts": "2026-12-03T10:05:31",
        "from": "Marcus (SPGS)",
        "text": "Yes, the form is in Letter of Understanding No. 2 (French). I'm attaching the "
        "Guild's one-page note.",
        "attachment": {"name": "note-per-finished-minute.pdf", "effective": "20270301"},
    },
    {
        "ts": "2026-12-03T10:06:12",
        "from": "Priya",
        "text": "thanks. what's the 'effective' date on the note?",
    },
    {
        "ts": "2026-12-03T10:07:48",
        "from": "Marcus (SPGS)",
        "text": "That is the date the note takes effect in the Guild's filing, not the date of "
        "the fee. Read the letter for the dates that count.",
    },
    {
        "ts": "2026-12-03T10:09:20",
        "from": "Priya",
        "text": "and the voice clone people want to record me for a film. do I have to say yes?",
    },
    {
        "ts": "2026-12-03T10:11:02",
        "from": "Marcus (SPGS)",
        "text": "No. A clone needs your written consent on Form DR-7 for that use alone, and "
        "the capture session is paid RM1,800.00. You can refuse.",
    },
    {
        "ts": "2026-12-03T10:12:44",
        "from": "Priya",
        "text": "who checks how they use the clones?",
    },
    {
        "ts": "2026-12-03T10:14:09",
        "from": "Marcus (SPGS)",
        "text": "The Joint Committee on Synthetic Presenters. It first meets Monday week; the "
        "French guide has the date. The Guild can also audit the use logs once a year.",
    },
    {
        "ts": "2026-12-03T10:15:30",
        "from": "Priya",
        "text": "great. and if I do a hologram capture, how often can they replay it?",
    },
    {
        "ts": "2026-12-03T10:16:58",
        "from": "Marcus (SPGS)",
        "text": "At most 6 times a day in a gallery, and there is a plaque beside it. The "
        "hologram is paid RM380.00 per gallery per month.",
    },
    {
        "ts": "2026-12-03T10:18:11",
        "from": "Priya",
        "text": "thanks Marcus, that's all.",
    },
]


def chat_bytes() -> bytes:
    lines = [json.dumps(m, ensure_ascii=False) for m in CHAT]
    return ("\n".join(lines) + "\n").encode("utf-8")


# ---- the payroll statement (EN, U+2011, U+2007) -----------------------------------------------

PAY_ROWS = [
    ("Gallery‑theatre performance", "from 2026‑11‑01 (notice No. 2026‑09)", "MYR 289.15"),
    ("School‑touring day", "autumn term", "MYR 1,250.00"),
    ("Van‑driving supplement", "per touring day (rise postponed)", "MYR 45.00"),
    ("Reopening premium", "per planetarium show to 2026‑12‑31", "MYR 40.00"),
    ("Per diem", "per night away", "MYR 135.00"),
    ("Kit allowance", "per school year", "MYR 320.00"),
    ("Hazard supplement", "per show", "MYR 58.00"),
]


def payroll_bytes() -> bytes:
    width = max(len(a) for _, _, a in PAY_ROWS)
    out = [
        "NATIONAL SCIENCE CENTRE AND PLANETARIUM FOUNDATION – PAYROLL STATEMENT",
        f"Statement PAY{NBH}2026{NBH}11 · period 2026{NBH}11{NBH}01 to 2026{NBH}11{NBH}30 · "
        f"paid 2026{NBH}12{NBH}04",
        "",
        "Amounts carry the currency code MYR, which the payroll uses for the ringgit of the "
        "Republic of Serandah (not the Malaysian ringgit): MYR 1,250.00 is one thousand two "
        "hundred and fifty ringgit. Dates are written year, month, day.",
        "",
        "RATES APPLIED IN THE PERIOD",
        "",
    ]
    for label, note, amount in PAY_ROWS:
        pad = FIG * (width - len(amount))
        out.append(f"  {label:<30}{pad}{amount}   {note}")
    out += [
        "",
        "NOTES",
        "",
        f"1. The gallery‑theatre rate rose on 2026{NBH}11{NBH}01: the cost‑of‑living trigger of "
        "clause 4.5 was met (Joint Rates Panel notice No. 2026‑09).",
        "2. The van‑driving supplement stays at the rate above; its rise is postponed by the "
        "same notice.",
        "3. The reopening premium is halved from 2027‑01‑01 and ends after 2027‑03‑31 "
        "(clause 4.7).",
        f"4. The one‑off payment of clause 8.3 is not in this statement: it is paid with the "
        f"pay of 2027{NBH}01{NBH}25.",
        "5. Questions: payroll office, Science Centre, Port Kellan.",
        "6. Check each line against your own record of shows, touring days and nights away; "
        "report a missing line within one pay period, so that it can be paid with the next "
        "pay.",
        "7. Lines are grouped by the clause of the agreement that sets them; a line with no "
        "amount in the period is left out.",
        "8. Keep this statement with your tax papers; the payroll office does not send a "
        "second copy unless you ask for one in writing.",
        "9. A presenter who works for Zenith as a narrator receives a separate statement from "
        "the studio; narration sessions never appear on this statement.",
        "",
        "This statement is printed by the payroll system; its dates and codes use "
        "non‑breaking hyphens and its amounts are aligned with figure spaces.",
    ]
    text = "\n".join(out) + "\n"
    return text.replace("‑", NBH).encode("utf-8")


# ---- the café menu (EN, distractor) -----------------------------------------------------------

CAFE = """# The Orbit Café – menu 2026

Open every day from 09:30 to 17:00, on the ground floor beside the cloakroom. Prices in
ringgit, service included.

## Hot drinks

| Drink | Price |
|---|---|
| Espresso | RM 6.80 |
| Cappuccino | RM 9.40 |
| Hot chocolate "Black Hole" | RM 11.20 |
| Pot of tea | RM 7.60 |

## Food

| Dish | Price |
|---|---|
| Nebula noodle bowl | RM 18.90 |
| Comet chicken wrap | RM 16.40 |
| Rocket salad | RM 14.30 |
| Kids' space box (sandwich, juice, fruit) | RM 13.70 |
| Slice of moon cheesecake | RM 8.60 |

## Cold drinks

| Drink | Price |
|---|---|
| Still water | RM 3.10 |
| Orange juice | RM 7.90 |
| Iced tea | RM 6.30 |

## Groups

School groups of 20 or more can book a lunch table a week ahead: RM 11.80 a child for a
sandwich, a drink and a fruit. Teachers eat free with a group.

## Birthday parties

A birthday party room for up to 15 children costs RM 240.50 for two hours, with a cake
and drinks. Party bags are RM 4.70 each.

## Allergies

Ask the staff about allergens. Every dish can be made without nuts; most can be made
without gluten.

## Loyalty card

Ten hot drinks earn the eleventh free. Cards are stamped at the till.

## Sustainability

Cups are washed and reused; bring your own cup and save the paper sleeve. Leftover bread
goes to a local food bank at closing time, and coffee grounds go to the garden next door.

## Opening hours on show days

On evenings with a late planetarium show the café stays open until the last show starts,
with a short menu of sandwiches and hot drinks. Large orders for a class can be prepared
in advance if the teacher calls the café the day before.

## Gift vouchers

Café vouchers are sold at the till and at the ticket desk, in any amount, and can be
spent over several visits within a year.

## Seating

Indoor seating for sixty, a terrace for thirty in good weather. Prams are welcome; ask at
the till for a high chair.

The café is run by an outside caterer; it has nothing to do with the shows or their staff.
"""


def cafe_bytes() -> bytes:
    return CAFE.encode("utf-8")


# ---- the calendar (FR, HTML) ---------------------------------------------------------------

TERMS = [
    (
        "Trimestre d'automne 2026",
        "2026-08-31",
        "lundi 31 août",
        "2026-12-18",
        "vendredi 18 décembre 2026",
    ),
    (
        "Trimestre de printemps 2027",
        "2027-01-11",
        "lundi 11 janvier",
        "2027-03-26",
        "vendredi 26 mars 2027",
    ),
    (
        "Trimestre d'été 2027",
        "2027-04-12",
        "lundi 12 avril",
        "2027-07-02",
        "vendredi 2 juillet 2027",
    ),
]
HOLIDAYS = [
    ("Jour de l'An", "2027-01-01", "vendredi 1er janvier 2027"),
    ("Fête des Lanternes", "2027-02-08", "lundi 8 février 2027"),
    ("Jour de la République", "2027-03-01", "le premier mars 2027 (un lundi)"),
    ("Fête du Travail", "2027-05-01", "samedi 1er mai 2027"),
    ("Fête nationale des sciences", "2027-06-18", "vendredi 18 juin 2027"),
]


def calendar_bytes() -> bytes:
    terms = "\n".join(
        f'    <tr><td>{n}</td><td><data value="{a}">{da}</data></td>'
        f'<td><data value="{b}">{db}</data></td></tr>'
        for n, a, da, b, db in TERMS
    )
    hols = "\n".join(
        f'    <tr><td>{n}</td><td><data value="{v}">{d}</data></td></tr>' for n, v, d in HOLIDAYS
    )
    page = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Calendrier scolaire et jours fériés 2026-2027 – GPSS</title>
</head>
<body>
<header><p>Guilde des présentateurs scientifiques de Serandah – bureau d'Anse-Clairval</p></header>
<main>
<h1>Calendrier scolaire et jours fériés 2026-2027</h1>
<p>Ce calendrier est celui auquel renvoie l'accord des présentateurs scientifiques : les
trimestres scolaires servent aux tournées dans les écoles, et les jours fériés de la
République ouvrent droit à la majoration des spectacles donnés ces jours-là. Les dates
lisibles par machine sont dans l'attribut value des éléments data.</p>
<h2>Trimestres scolaires</h2>
<table>
  <thead><tr><th>Trimestre</th><th>Premier jour</th><th>Dernier jour</th></tr></thead>
  <tbody>
{terms}
  </tbody>
</table>
<p>Les écoles sont fermées entre les trimestres ; aucune tournée scolaire n'a lieu pendant
les vacances.</p>
<h2>Jours fériés de la République</h2>
<table>
  <thead><tr><th>Jour férié</th><th>Date</th></tr></thead>
  <tbody>
{hols}
  </tbody>
</table>
<p>Le Centre des sciences et le Grand Planétarium restent ouverts les jours fériés ; les
spectacles de ces jours-là sont majorés selon l'accord.</p>
<h2>Comment lire ce calendrier</h2>
<p>Une tournée scolaire se fait seulement pendant un trimestre : le premier jour d'un
trimestre est le premier jour où les écoles accueillent des spectacles, et le dernier jour
est le dernier où elles en accueillent. Entre deux trimestres, les écoles sont fermées et
la camionnette de tournée reste au Centre des sciences.</p>
<p>Un jour férié tombe parfois pendant un trimestre : ce jour-là, les écoles sont fermées,
mais le Grand Planétarium et les galeries accueillent le public. Les présentatrices et les
présentateurs qui travaillent ce jour-là le signalent sur leur relevé.</p>
<h2>Année scolaire 2027-2028</h2>
<p>Le calendrier de l'année scolaire suivante paraîtra en juin 2027.</p>
</main>
<footer><p>GPSS – calendrier 2026-2027, publié le 1er septembre 2026</p></footer>
</body>
</html>
"""
    return page.encode("utf-8")


# ---- the guide (FR, Markdown with reference-style links) -------------------------------------

GUIDE = f"""# Guide du présentateur 2026-2027

La Guilde des présentateurs scientifiques de Serandah (GPSS) résume ici l'accord
2026-2029 pour ses membres francophones. En cas de doute, le texte anglais de
[l'accord][accord] fait foi. Les montants sont écrits à la française : 1{NNB}310,00 RM.

## Spectacles et limites

- Au plus quatre spectacles en direct par jour. Pendant les quatre premiers mois de
  l'accord, soit jusqu'au 31 décembre 2026, cinq spectacles par jour sont permis.
- La prime de réouverture du Grand Planétarium est de 40,00 RM par spectacle jusqu'au
  31 décembre 2026, puis de 20,00 RM du 1er janvier au 31 mars 2027 ; elle prend fin
  ensuite.
- Le supplément de danger (azote liquide, flamme, combustion) est de 58,00 RM par
  spectacle ; le supplément en langue des signes de 95,00 RM par spectacle.
- Un spectacle qui commence avant 8 h est majoré de 25 %.

## Allocation d'équipement

L'allocation d'équipement est de 320,00 RM par année scolaire. Les anciennes allocations
de blouse et de lunettes et gants de l'accord 2023-2026 y sont fusionnées : elles ne sont
plus versées à part.

## Présentateurs de synthèse

- Chaque usage (voix de narration clonée, hologramme, guide IA du musée) demande un
  consentement écrit distinct sur le [formulaire DR-7][dr7].
- Le consentement peut être retiré avec un préavis écrit de 30 jours ; les données sont
  effacées dans les 21 jours qui suivent la fin du préavis.
- La Guilde peut vérifier les journaux d'utilisation une fois par an.
- Le Comité mixte des présentateurs de synthèse tient sa première réunion le lundi
  14 décembre 2026, à Port Kellan.
- Aucune voix ni image d'un présentateur ne sert à entraîner un modèle général.

## Non couverts

Les agents d'éducation salariés de la Fondation et les guides bénévoles ne relèvent pas
de l'accord. Les soins aux animaux du zoo et de l'aquarium non plus.

## Contacts

Le bureau d'Anse-Clairval répond aux membres du lundi au vendredi ; le
[calendrier scolaire][calendrier] donne les trimestres et les jours fériés, et la
[page de la Guilde][guilde] publie les avis du comité paritaire.

[accord]: https://spgs.example/accord-2026-2029 "Accord des présentateurs scientifiques 2026-2029"
[dr7]: https://spgs.example/formulaires/DR-7 "Formulaire DR-7"
[calendrier]: https://spgs.example/calendrier-2026-2027 "Calendrier 2026-2027"
[guilde]: https://spgs.example/avis "Avis du comité paritaire"
"""


def guide_bytes() -> bytes:
    return GUIDE.encode("utf-8")


# ---- the quoted-printable e-mail (FR, a trap holder) -----------------------------------------

EMAIL_HEAD = [
    "From: Bureau de production <production@zenith-fulldome.example>",
    "To: Guilde GPSS <anse-clairval@spgs.example>",
    "Subject: Proposition pour la narration fulldome",
    "Date: Fri, 03 Jul 2026 16:20:00 +0800",
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="utf-8"',
    "Content-Transfer-Encoding: quoted-printable",
]
EMAIL_BODY = [
    "Bonjour,",
    "",
    "Avant la négociation de la lettre d'entente sur la narration, voici notre proposition "
    "de studio : une rémunération de 55,00 RM la minute finie, ou de 210,00 RM de l'heure "
    "de séance, pour tous les films fulldome de la saison.",
    "",
    "Nous proposons aussi que le choix entre l'heure et la minute finie soit fait par le "
    "studio, film par film, selon la longueur du texte à enregistrer.",
    "",
    "Cette proposition est une base de discussion et ne vaut pas accord. Nous en parlerons "
    "à la réunion de juillet avec la Guilde et la Fondation.",
    "",
    "Pour préparer cette réunion, nous joignons la liste des films prévus pour la saison, "
    "avec la longueur estimée de chaque texte de narration. Les films courts pour les "
    "écoles seraient enregistrés en une seule séance ; les grands films du dôme demandent "
    "en général plusieurs séances, réparties sur deux ou trois semaines.",
    "",
    "Nous souhaitons aussi parler des voix de narration de synthèse. Le studio aimerait "
    "utiliser une voix clonée pour les versions courtes des films, diffusées dans les "
    "galeries. Nous savons que la Guilde demande un consentement écrit pour chaque usage, "
    "et nous sommes prêts à en discuter.",
    "",
    "Enfin, nous proposons que les séances commencent à neuf heures et se terminent au plus "
    "tard à dix-huit heures, avec une pause déjeuner d'une heure, afin de ménager les voix.",
    "",
    "Merci de nous dire quelles dates vous conviennent pour la réunion. Nous pouvons "
    "recevoir la délégation de la Guilde aux studios, dans la salle de montage, pour lui "
    "montrer les extraits des films de la saison et le matériel d'enregistrement.",
    "",
    "Cordialement,",
    "Le bureau de production des Studios Zenith",
]


def _qp_line(line: str) -> list[str]:
    """Quoted-printable: non-ASCII bytes as =XX, soft line breaks "=" before 76 columns,
    never inside a word holding a digit."""
    words = line.split(" ")
    enc = []
    for w in words:
        e = "".join(
            c if (32 < ord(c) < 127 and c != "=") else "".join(f"={b:02X}" for b in c.encode())
            for c in w
        )
        enc.append(e)
    out: list[str] = []
    cur = ""
    for e in enc:
        cand = e if not cur else cur + " " + e
        if len(cand) > 72 and cur:
            out.append(cur + " =")
            cur = e
        else:
            cur = cand
    out.append(cur)
    return out


def email_bytes() -> bytes:
    lines = [*EMAIL_HEAD, ""]
    for line in EMAIL_BODY:
        lines += _qp_line(line)
    return ("\n".join(lines) + "\n").encode("ascii")


# ---- the telescope catalogue (FR, distractor) ------------------------------------------------

CATALOGUE = f"""CATALOGUE D'HIVER 2026 – LUNETTES ET TÉLESCOPES
La Boutique du Ciel, Anse-Clairval

Tous les prix sont en ringgit, TVA comprise. Livraison gratuite dès 500 RM d'achat.

LUNETTES ASTRONOMIQUES
- Lunette 70/700 pour débuter, monture azimutale : 389,90 RM
- Lunette 80/900 apochromatique, monture équatoriale : 1{NNB}149,00 RM
- Lunette 102/660 de voyage, sac de transport compris : 1{NNB}476,50 RM

TÉLESCOPES
- Télescope Newton 114/900, idéal pour M42 et les planètes : 699,00 RM
- Télescope Dobson 203/1200, pour la galaxie d'Andromède : 2{NNB}890,00 RM
- Télescope Schmidt-Cassegrain 235 mm motorisé : 6{NNB}415,00 RM

ACCESSOIRES
- Filtre nébulaire pour NGC 7000 (la nébuleuse North America) : 164,90 RM
- Oculaire grand champ 82° : 327,40 RM
- Carte du ciel tournante : 36,80 RM
- Lampe frontale à lumière rouge : 29,90 RM

CONSEILS
Une lunette de 70 mm montre les anneaux de Saturne et les cratères de la Lune. Pour les
galaxies et les nébuleuses, un télescope de 200 mm ou plus rassemble assez de lumière.
Les enfants observent mieux avec une monture simple et un oculaire à grand champ.

ATELIER DU SAMEDI
Chaque samedi de décembre, de 14 h à 16 h, un vendeur montre comment régler une monture
équatoriale. L'atelier est gratuit ; il suffit de s'inscrire en boutique.

GARANTIE
Deux ans sur les optiques, un an sur les moteurs et l'électronique. Les retours sont
acceptés sous 14 jours, dans l'emballage d'origine.

SOIRÉES D'OBSERVATION
Le premier vendredi de chaque mois, si le ciel est dégagé, la boutique prête une lunette
à ses clients pour une soirée au parc municipal. Apportez une couverture et une boisson
chaude ; la Lune et Jupiter sont au programme cet hiver.

CARTES CADEAUX
Une carte cadeau se choisit en boutique et se glisse dans une enveloppe étoilée ; elle
reste valable une année entière et se dépense en une ou plusieurs fois.

LIVRES ET CARTES
Un rayon de livres pour tous les âges : atlas du ciel, guides des constellations, albums
pour les enfants et carnets d'observation.

La Boutique du Ciel est un commerce indépendant ; elle ne vend pas de billets de spectacle.
"""


def catalogue_bytes() -> bytes:
    return CATALOGUE.encode("utf-8")


OUTPUTS = [
    (BULLETIN_OUT, bulletin_bytes),
    (CHAT_OUT, chat_bytes),
    (PAYROLL_OUT, payroll_bytes),
    (CAFE_OUT, cafe_bytes),
    (CALENDAR_OUT, calendar_bytes),
    (GUIDE_OUT, guide_bytes),
    (EMAIL_OUT, email_bytes),
    (CATALOGUE_OUT, catalogue_bytes),
]


def build() -> None:
    os.makedirs(DOCS, exist_ok=True)
    for out, make in OUTPUTS:
        data = make()
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
