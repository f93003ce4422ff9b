#!/usr/bin/env python3
"""Write the eight text documents of union-ao (their whole text is here).

    python3 eval/union-ao/make_notice.py

- docs/vgpp-help-desk-chat-2026-12-02.txt: a LIVE-CHAT TRANSCRIPT with timestamps ([10:02:14])
  between a member and the Guild's help desk, then the e-mail sent with it (English, UTF-8,
  LF). Amounts typed the quick way, "Bt 980" (explained in its head); the agent's first
  answer, "Bt 280", is a MISPRINT he corrects ("Bt 980, not Bt 280"); the one accounting
  negative, "(฿275.00)", a uniform deposit on a payslip line; the one "฿12k", in the e-mail
  (Schedule A writes ฿12,000.00). The only place of "1 Mar 2027", of "week 14 (5-11 April
  2027)" (the joint committee's first meeting) and of the look-alikes "Hall 3, Stand B-117",
  "SKU 72-4380" and "ext. 5521".
- docs/carrousel-payroll-export-px12-2026-12.txt: Carrousel's payroll export, TAB-SEPARATED
  (English, UTF-8, LF, a header record): amounts under the CURRENCY CODE ("THB 2,300.00",
  explained in its head); the indexed meal allowance (THB 436.80 from 2027-01-01, the VCPI
  up 4.0%) and the fortnightly PAY CALENDAR (the first period beginning on or after
  15 January 2027 begins on 2027-01-18) are only here.
- docs/lettre-amendement-1-tele-achat-2026-11-02.txt: AMENDING LETTER No. 1 (French, UTF-8)
  with CRLF line ends and FORM FEEDS (\\f) between its three pages (it says so): it raises
  the presenter's broadcast hour to 2 650,00 ฿ and the product model's segment to
  720,00 ฿ from 1 February 2027. It was WITHDRAWN before it took effect (the notice below):
  both figures are traps.
- docs/avis-membres-9-latin1.txt: the Guild's notice to members No. 9 (French, 3 December
  2026), encoded ISO-8859-1 (LATIN-1), LF (it says so; Latin-1 has no baht sign, so its
  amounts are written "2 300,00 bahts" with a no-break space between the thousands): the
  letter WITHDRAWN on 20 November 2026 (the hour stays at 2 300,00), the sampling hygiene
  supplement LAPSED on 30 November 2026 and not renewed, "le 1/3/2027" once, the motor show
  "du 1er au 15 mars 2027".
- docs/gapcv-vos-tarifs-2026-2029.html: the Guild's French page on the rates: a TABLE WITH
  ROWSPAN AND COLSPAN, a DEFINITION LIST (<dl>), the old show-day rate in <del> and the new in
  <ins>, a draft broadcast hour (2 480,00 ฿, a trap) in an element with
  style="display:none", and amounts written with the entities &#8239; and &nbsp;.
- docs/guide-consentement-jumeaux-voix-de-synthese.md: the Guild's French guide to consent
  (Markdown) with a YAML FRONT MATTER holding its effective date (2027-03-01) and a PIPE
  TABLE WITH ALIGNMENT COLONS; the synthetic voice's fee per store and month (310,00 ฿) and
  "fin février 2027" are only here.
- docs/northgate-trade-hall-exhibitor-prices-2027.html: a DISTRACTOR in English, a trade
  hall's price list for exhibitors (stand space and services, in baht), naming no party.
- docs/catalogue-etoile-tv-decembre-2026.md: a DISTRACTOR in French, another shopping
  channel's product catalogue with prices, naming no party.

French thousands are separated by U+202F (a no-break space, U+00A0, in the Latin-1 notice);
English amounts carry the sign and two decimals. No line has a digit, white space and three
digits in a row outside an amount (the normaliser would join them). check_set.py checks
that the files are what this script writes.
"""

from __future__ import annotations

import os

HERE = os.path.dirname(os.path.abspath(__file__))
CHAT_OUT = os.path.join(HERE, "docs", "vgpp-help-desk-chat-2026-12-02.txt")
TSV_OUT = os.path.join(HERE, "docs", "carrousel-payroll-export-px12-2026-12.txt")
LETTER_OUT = os.path.join(HERE, "docs", "lettre-amendement-1-tele-achat-2026-11-02.txt")
NOTICE_OUT = os.path.join(HERE, "docs", "avis-membres-9-latin1.txt")
PAGE_OUT = os.path.join(HERE, "docs", "gapcv-vos-tarifs-2026-2029.html")
GUIDE_OUT = os.path.join(HERE, "docs", "guide-consentement-jumeaux-voix-de-synthese.md")
FAIR_OUT = os.path.join(HERE, "docs", "northgate-trade-hall-exhibitor-prices-2027.html")
CATALOGUE_OUT = os.path.join(HERE, "docs", "catalogue-etoile-tv-decembre-2026.md")
NNB = "\u202f"
NBSP = "\u00a0"

# ---- the live-chat transcript and its e-mail --------------------------------------------------------

CHAT = """VGPP MEMBER HELP DESK – LIVE CHAT TRANSCRIPT
Chat 26-4471 · Wednesday 2 December 2026 · help desk, Bellhaven · call-back line ext. 5521
Member: Noor Haddad-Whitmore (booth host and motor-show presenter, engaged by BECC)
Agent: Tomasz Rivière-Bello, member services
In this chat amounts are typed the quick way: "Bt 820" means ฿820.00, and "Bt 12,000" means ฿12,000.00.

[10:02:14] Noor: Hi! Quick one about the motor show. I'm on the turntable stand again next year, Hall 3, Stand B-117. What's the turntable supplement per show day now?
[10:03:02] Tomasz: Hi Noor, thanks for writing in. Let me open your file first.
[10:04:37] Tomasz: Under the new agreement the turntable supplement is Bt 280 per show day.
[10:05:10] Noor: That seems low?? I got a lot more than that at the last motor show.
[10:06:21] Tomasz: Sorry, that was a misprint on my side: it's Bt 980, not Bt 280. You were first engaged by BECC for a motor show in 2025, before 1 October 2026, so you keep the Bt 980 of the old agreement at every later motor show (clause 4.2). A presenter engaged for the first time now gets Bt 820.
[10:06:58] Noor: Phew. OK, second thing: my November payslip has a line "UNIFORM DEPOSIT (฿275.00)". What is that?
[10:08:15] Tomasz: The brackets mean a deduction: that amount was taken off your pay as a deposit on the uniform BECC lent you for the home fair. You get it back when you return the uniform (clause 7.4). It is not a Guild due.
[10:09:40] Noor: Got it. Last one, for my sister Leila: she presents on channel 47 for Carrousel, and they want to make a digital twin of her. What does she get?
[10:11:03] Tomasz: A creation fee of Bt 12,000, paid once when she approves the twin, plus Bt 780 for every broadcast hour the twin is on air (Schedule A). She consents use case by use case on Form DT-3, and on that form she can list the product categories the twin must never present.
[10:11:47] Noor: When can the twins actually go on air?
[10:12:30] Tomasz: Not before 1 Mar 2027. Carrousel's side letter says so.
[10:13:55] Noor: Someone at Carrousel showed her a running order where her twin presents SKU 72-4380, a slimming shake. She refused weight-loss products on her form.
[10:15:12] Tomasz: Then the twin must not present it (clause 14.2). She should write to Carrousel and copy us. We will also put it to the Joint Committee on Digital Twins and Synthetic Voices, which meets for the first time in week 14 (5–11 April 2027).
[10:15:40] Noor: And when was the agreement actually signed? She says the date matters for some old test recordings.
[10:16:22] Tomasz: It was signed on 15 September 2026 and took effect on 1 October 2026. For the test recordings she should read Part D of the agreement and call us.
[10:16:50] Noor: Thanks Tomasz!
[10:17:05] Tomasz: You're welcome, Noor. I'll e-mail you a summary with the transcript.
--- chat closed at 10:17 ---

--- e-mail sent with the transcript ---
From: Tomasz Rivière-Bello <members@vgpp.example>
To: Noor Haddad-Whitmore <noor.hw@mail.example>
Date: Wed, 2 Dec 2026 10:31
Subject: Your chat of today – summary

Hi Noor,

As promised, the short version of our chat:

- turntable supplement: Bt 980 per show day for you, since you were engaged before
  1 October 2026; the Bt 280 I typed first was a misprint;
- the bracketed line on your payslip is the uniform deposit, not a due: it comes back
  when you return the uniform;
- for Leila: ฿12k for making the twin, paid once, then Bt 780 per broadcast hour the twin
  is on air;
- the slimming shake: she writes to Carrousel and copies members@vgpp.example, and we raise
  it at the joint committee.

If anything on your December payslip looks wrong, reply to this e-mail before the last
working day of the month, which is BECC's pay date.

Tomasz
Member services, Vellmont Guild of Promotional and Live-Commerce Performers
"""


def chat_bytes() -> bytes:
    return CHAT.encode("utf-8")


# ---- Carrousel's payroll export (tab-separated) ---------------------------------------------------

TSV_HEAD = [
    "# Carrousel Home Shopping – payroll export PX-12, tab-separated values: one record a line, "
    "fields separated by tabs.",
    "# Exported 2026-12-01 for the Guild's Saint-Aurèle office. Amounts carry the currency code "
    "THB, which the payroll uses for the baht of Vellmont: THB 3,475.25 is three thousand four "
    "hundred and seventy-five baht and twenty-five satang.",
    "# Section RATE lists the rates the payroll applies. Section PERIOD lists the fortnightly "
    "pay periods, Monday to Sunday, each paid on the Friday after it ends.",
]
TSV_COLS = ["section", "code", "description", "unit", "amount", "from", "to", "note"]
TSV_RATES = [
    [
        "LSP-H",
        "Live-shopping presenter",
        "broadcast hour",
        "THB 2,300.00",
        "2026-10-01",
        "",
        "minimum call of 2 hours",
    ],
    [
        "OPM-S",
        "On-air product model",
        "segment",
        "THB 640.00",
        "2026-10-01",
        "",
        "rises as clause 10.2 of the agreement says",
    ],
    ["TWN-C", "Digital twin creation fee", "twin", "THB 12,000.00", "2026-10-01", "", "paid once"],
    [
        "TWN-H",
        "Digital twin on air",
        "broadcast hour",
        "THB 780.00",
        "2026-10-01",
        "",
        "no twin on air yet",
    ],
    ["TRV-A", "Travel day (agreement, clause 7.1)", "day", "THB 1,900.00", "2026-10-01", "", ""],
    [
        "TRV-S",
        "Travel day, outside broadcast (side letter No. 1)",
        "day",
        "THB 2,150.00",
        "2026-10-01",
        "",
        "see the side letter's condition",
    ],
    ["MILE", "Mileage beyond the first 25 km", "km", "THB 9.50", "2026-10-01", "", ""],
    [
        "MEAL",
        "Meal allowance, working day of more than 6 hours",
        "day",
        "THB 420.00",
        "2026-10-01",
        "2026-12-31",
        "",
    ],
    [
        "MEAL",
        "Meal allowance, working day of more than 6 hours, indexed",
        "day",
        "THB 436.80",
        "2027-01-01",
        "",
        "VCPI, twelve months to September 2026: +4.0% (Statistics Vellmont)",
    ],
    [
        "HOME",
        "Home-studio allowance (side letter No. 1)",
        "month",
        "THB 850.00",
        "see side letter",
        "",
        "Carrousel Live presenters who host from home",
    ],
]
# (code, first day, last day, pay date): Monday to Sunday, paid the Friday after
TSV_PERIODS = [
    ("PP21-2026", "2026-10-12", "2026-10-25", "2026-10-30"),
    ("PP22-2026", "2026-10-26", "2026-11-08", "2026-11-13"),
    ("PP23-2026", "2026-11-09", "2026-11-22", "2026-11-27"),
    ("PP24-2026", "2026-11-23", "2026-12-06", "2026-12-11"),
    ("PP25-2026", "2026-12-07", "2026-12-20", "2026-12-25"),
    ("PP26-2026", "2026-12-21", "2027-01-03", "2027-01-08"),
    ("PP01-2027", "2027-01-04", "2027-01-17", "2027-01-22"),
    ("PP02-2027", "2027-01-18", "2027-01-31", "2027-02-05"),
    ("PP03-2027", "2027-02-01", "2027-02-14", "2027-02-19"),
    ("PP04-2027", "2027-02-15", "2027-02-28", "2027-03-05"),
    ("PP05-2027", "2027-03-01", "2027-03-14", "2027-03-19"),
    ("PP06-2027", "2027-03-15", "2027-03-28", "2027-04-02"),
]
_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _label(first: str, last: str) -> str:
    """'18 Jan – 31 Jan 2027' (the first year too when the period crosses a year)."""
    y1, m1, d1 = (int(x) for x in first.split("-"))
    y2, m2, d2 = (int(x) for x in last.split("-"))
    start = f"{d1} {_MON[m1 - 1]}" + (f" {y1}" if y1 != y2 else "")
    return f"{start} – {d2} {_MON[m2 - 1]} {y2}"


def tsv_records() -> list[list[str]]:
    rows = [TSV_COLS]
    rows += [["RATE", *r] for r in TSV_RATES]
    for code, first, last, pay in TSV_PERIODS:
        rows.append(["PERIOD", code, _label(first, last), "", "", first, last, f"pay date {pay}"])
    return rows


def tsv_text() -> str:
    lines = [*TSV_HEAD, *("\t".join(r) for r in tsv_records())]
    return "\n".join(lines) + "\n"


def tsv_bytes() -> bytes:
    return tsv_text().encode("utf-8")


# ---- amending letter No. 1 (French, CRLF, form feeds) -------------------------------------------

LETTER_PAGES = [
    f"""GUILDE DES ARTISTES DE PROMOTION ET DE COMMERCE EN DIRECT DE VELLMONT (GAPCV)
CARROUSEL TÉLÉ-ACHAT
Lettre d'amendement n° 1 à l'accord « salons et commerce en direct » 2026-2029
Saint-Aurèle, le 2 novembre 2026
(Texte brut : fins de ligne CRLF ; un caractère de saut de page sépare les trois pages.)

Objet : heure de diffusion des animatrices et animateurs de télé-achat ; segment des
mannequins produits à l'antenne.

Entre la Guilde des artistes de promotion et de commerce en direct de Vellmont (la Guilde)
et Carrousel Télé-Achat (Carrousel), il est convenu ce qui suit.

Article 1 – Heure de diffusion
À compter du 1er février 2027, l'heure de diffusion d'une animatrice ou d'un animateur de
télé-achat, sur la chaîne 47 comme sur l'application Carrousel Live, est payée
2{NNB}650,00 ฿ au lieu de 2{NNB}300,00 ฿ (annexe A de l'accord).

Article 2 – Segment des mannequins produits
À compter de la même date, le segment d'un mannequin produit à l'antenne est payé
720,00 ฿.

Article 3 – Motifs
Les ventes en direct ont fortement progressé depuis l'ouverture de l'application, et les
émissions du soir demandent plus de préparation. Les parties ont voulu en tenir compte
sans attendre la prochaine négociation.

Article 4 – Entrée en vigueur
La présente lettre prend effet le 1er février 2027. Elle fait partie de l'accord ; aucune
autre clause de l'accord n'est modifiée.

                                                                            page 1 sur 3""",
    f"""ANNEXE – TARIFS MODIFIÉS PAR LA LETTRE D'AMENDEMENT N° 1

Poste                                         Tarif de l'annexe A   Tarif au 1er février 2027
Animatrice ou animateur, heure de diffusion        2{NNB}300,00 ฿            2{NNB}650,00 ฿
Mannequin produit à l'antenne, segment                640,00 ฿              720,00 ฿

Les autres tarifs de Carrousel ne changent pas. Les montants sont écrits à la française :
une espace fine entre les milliers, une virgule avant les satangs, le signe ฿ après le
montant.

Pour les émissions en direct depuis un salon, l'heure de diffusion est celle de l'article 1
de la présente lettre ; le jour de voyage reste celui de la lettre d'accompagnement n° 1.

Les heures de diffusion sont comptées à la minute près sur la feuille de route de la
chaîne ; un segment commencé est un segment payé.

                                                                            page 2 sur 3""",
    """SIGNATURES

Pour la Guilde : Dorian Achterberg-Mensah, négociateur en chef.
Pour Carrousel : Yvette Sandoval-Price, directrice des talents.

Copie : bureau de Saint-Aurèle de la Guilde ; service de la paie de Carrousel.

Une question sur la présente lettre se pose au bureau de Saint-Aurèle, par écrit, ou au
service d'aide de la Guilde à Bellhaven. La lettre est affichée au foyer des artistes du
studio de Saint-Aurèle et envoyée à chaque animatrice, animateur et mannequin produit
engagé par Carrousel.

                                                                            page 3 sur 3""",
]


def letter_text() -> str:
    return "\n\f".join(LETTER_PAGES) + "\n"


def letter_bytes() -> bytes:
    return letter_text().replace("\n", "\r\n").encode("utf-8")


# ---- notice No. 9 (French, ISO-8859-1) -------------------------------------------------------------

NOTICE = f"""GUILDE DES ARTISTES DE PROMOTION ET DE COMMERCE EN DIRECT DE VELLMONT (GAPCV)
Avis aux membres n° 9 - Saint-Aurèle, le 3 décembre 2026
Ce fichier texte est enregistré en ISO-8859-1 (Latin-1). Ce jeu de caractères n'a pas le
signe du baht : les montants y sont donc suivis du mot « bahts », avec une espace insécable
entre les milliers et une virgule avant les satangs.

1. La lettre d'amendement n° 1 est retirée
La lettre d'amendement n° 1 du 2 novembre 2026 devait porter l'heure de diffusion des
animatrices et animateurs de télé-achat à 2{NBSP}650,00 bahts à compter du 1er février
2027. Le 20 novembre 2026, par un accord écrit, la Guilde et Carrousel Télé-Achat ont
retiré cette lettre, avant son entrée en vigueur. Elle ne prendra jamais effet, pour aucun
de ses articles.
L'heure de diffusion reste donc à 2{NBSP}300,00 bahts, le tarif de l'annexe A de l'accord
« salons et commerce en direct » 2026-2029, signé le 15 septembre 2026 et en vigueur depuis
le 1er octobre 2026. Le segment des mannequins produits suit l'article 10.2 de l'accord.

2. Fin du supplément d'hygiène de dégustation
Le supplément temporaire d'hygiène de dégustation, versé aux hôtesses et hôtes qui servent
des échantillons alimentaires à découvert, a pris fin le 30 novembre 2026, comme le
prévoyait l'article 6.3 de l'accord. Il n'a pas été renouvelé : depuis le 1er décembre
2026, il ne figure plus sur les bulletins de paie de la SCEB.

3. Lancement des jumeaux numériques
Le lancement des jumeaux numériques chez Carrousel ne change pas : aucun jumeau n'est
diffusé avant le 1/3/2027. Le guide du consentement explique comment remplir le
formulaire DT-3 et comment refuser des catégories de produits.

4. Salon de l'automobile de Bellhaven
Le Salon de l'automobile de Bellhaven se tiendra du 1er au 15 mars 2027 au Centre des
expositions. La SCEB recrute des présentatrices et des présentateurs de plateau tournant ;
les inscriptions se font au bureau de Saint-Aurèle ou au service d'aide de Bellhaven.

5. Permanence
Le bureau de Saint-Aurèle est ouvert du lundi au vendredi, de 9 h à 17 h. Les questions
sur la paie de Carrousel se posent avant le vendredi de paie de chaque période.

Pour le bureau : Maëlle Kouyaté-Brunner, coordinatrice.
"""


def notice_bytes() -> bytes:
    return NOTICE.encode("latin-1")


# ---- the Guild's French page (rowspan/colspan, dl, del/ins, display:none, entities) -----------------

PAGE = f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>GAPCV – Vos tarifs 2026-2029 : salons, magasins et télé-achat</title>
<style>
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #999; padding: 4px 8px; vertical-align: top; }}
del {{ color: #a00; }}
ins {{ color: #070; text-decoration: none; }}
</style>
</head>
<body>
<header>
<p>Guilde des artistes de promotion et de commerce en direct de Vellmont (GAPCV) – bureau de Saint-Aurèle</p>
<nav><a href="/">Accueil</a> · <a href="/accord">L'accord</a> · <a href="/contact">Nous écrire</a></nav>
</header>
<main>
<h1>Vos tarifs 2026-2029 : salons, magasins et télé-achat</h1>
<p>Cette page résume en français les principaux tarifs de l'accord « salons et commerce en direct » 2026-2029, en vigueur depuis le 1er octobre 2026, entre la Guilde, la Société du Centre des expositions de Bellhaven (SCEB) et Carrousel Télé-Achat. Les montants sont écrits à la française : une espace fine entre les milliers, une virgule avant les satangs et le signe ฿ après le montant. Ainsi, 3&#8239;475,25&nbsp;฿ se lit trois mille quatre cent soixante-quinze bahts et vingt-cinq satangs.</p>
<p class="brouillon" style="display:none">Brouillon du 9 septembre : heure de diffusion à 2{NNB}480,00 ฿ (proposition de Carrousel, jamais signée).</p>

<h2>Les tarifs</h2>
<p>Les chiffres barrés sont ceux de l'accord 2023-2026, qui a pris fin le 30 septembre 2026.</p>
<table>
<thead>
<tr><th rowspan="2">Employeur</th><th rowspan="2">Poste</th><th colspan="2">Tarif</th></tr>
<tr><th>Montant</th><th>Unité</th></tr>
</thead>
<tbody>
<tr><td rowspan="5">SCEB</td><td>Hôtesse ou hôte de stand, ambassadrice ou ambassadeur de marque</td><td><del>3&#8239;900,00&nbsp;฿</del> <ins>4&#8239;200,00&nbsp;฿</ins>, puis 4{NNB}450,00 ฿ à partir du 1er juillet 2027</td><td>jour de salon</td></tr>
<tr><td>Journée de montage</td><td>2{NNB}950,00 ฿</td><td>journée de 8 heures au plus</td></tr>
<tr><td>Supplément de seconde langue sur le stand</td><td>380,00 ฿</td><td>jour de salon</td></tr>
<tr><td>Supplément de plateau tournant (salon de l'automobile)</td><td>820,00 ฿ ; 980,00 ฿ pour qui a été engagé pour un salon de l'automobile avant le 1er octobre 2026</td><td>jour de salon</td></tr>
<tr><td>Démonstration en magasin</td><td>1{NNB}650,00 ฿ jusqu'au 31 mars 2027, puis 1{NNB}780,00 ฿</td><td>demi-journée de 4 heures au plus</td></tr>
<tr><td rowspan="2">Carrousel</td><td>Animatrice ou animateur de télé-achat</td><td>2&#8239;300,00&nbsp;฿</td><td>heure de diffusion</td></tr>
<tr><td>Mannequin produit à l'antenne</td><td>640,00&nbsp;฿</td><td>segment</td></tr>
<tr><td colspan="4">Indemnité de repas, chez les deux employeurs : 420,00 ฿ par journée de travail de plus de 6 heures ; elle est indexée chaque 1er janvier sur l'indice des prix de Statistique Vellmont.</td></tr>
</tbody>
</table>

<h2>Les mots de l'accord</h2>
<dl>
<dt>Jour de salon</dt>
<dd>Une journée de travail sur un salon, de 9 heures au plus, pauses comprises. Au-delà, les heures sont des heures supplémentaires.</dd>
<dt>Segment</dt>
<dd>La présentation d'un produit à l'antenne par un mannequin produit, de 15 minutes au plus.</dd>
<dt>Appel minimum</dt>
<dd>Une animatrice ou un animateur de télé-achat est toujours convoqué pour 2 heures au moins, même si l'émission est plus courte.</dd>
<dt>Part d'antenne des jumeaux</dt>
<dd>Carrousel s'est engagée auprès de la Guilde : les jumeaux numériques ne présentent pas plus de 30 % du temps d'antenne quotidien de la chaîne 47.</dd>
<dt>Téléconseillers</dt>
<dd>Les téléconseillères et téléconseillers du centre d'appels de Carrousel, qui prennent les commandes par téléphone, ne sont pas couverts par l'accord.</dd>
</dl>

<h2>Une question ?</h2>
<p>Écrivez au bureau de Saint-Aurèle ou passez nous voir : nous lisons votre bulletin de paie avec vous. Pour les jumeaux numériques et les voix de synthèse, lisez notre guide du consentement.</p>
</main>
<footer>
<p>GAPCV, fondée en 1987 – bureau de Saint-Aurèle, rue des Drapiers. Page mise à jour le 4 décembre 2026.</p>
</footer>
</body>
</html>
"""


def page_bytes() -> bytes:
    return PAGE.encode("utf-8")


# ---- the consent guide (French Markdown, YAML front matter, an aligned pipe table) ----------------

GUIDE = f"""---
titre: "Jumeaux numériques et voix de synthèse : consentir, refuser, retirer"
auteur: "GAPCV – bureau de Saint-Aurèle"
date_d_effet: 2027-03-01
version: 2
langue: fr
---

# Jumeaux numériques et voix de synthèse : consentir, refuser, retirer

Ce guide explique la partie D de l'accord « salons et commerce en direct » 2026-2029. Il
s'applique à compter de la date d'effet inscrite dans son en-tête, qui est aussi le premier
jour où Carrousel peut mettre un jumeau numérique à l'antenne.

## Un consentement par cas d'usage

Rien ne se fait sans votre accord écrit, donné séparément pour chaque cas d'usage : le
formulaire DT-3 pour un jumeau numérique, le formulaire SV-2 pour une voix de synthèse. Un
consentement donné pour un cas d'usage ne vaut pas pour un autre : présenter des produits
hors antenne sur la chaîne 47 et présenter sur l'application Carrousel Live sont deux cas
d'usage, donc deux formulaires.

Les animatrices et animateurs qui veulent un jumeau dès le lancement rendent leur formulaire
DT-3 fin février 2027 au plus tard, au bureau de Saint-Aurèle. Un formulaire rendu plus tard
est traité à la période suivante.

## Les catégories refusées

Sur le formulaire DT-3, vous pouvez refuser des catégories de produits : l'alcool, les
paris, les produits amaigrissants, les armes, ou toute autre catégorie que vous nommez.
Votre jumeau ne présente jamais un produit d'une catégorie refusée, même si vous avez
présenté ce produit vous-même en direct.

## Ce qui est payé

| Cas d'usage | Formulaire | Rémunération | Préavis de retrait |
|:------------|:----------:|-------------:|:------------------:|
| Jumeau, présentation hors antenne sur la chaîne 47 | DT-3 | selon l'annexe A de l'accord | 14 jours |
| Jumeau, application Carrousel Live | DT-3 | selon l'annexe A de l'accord | 14 jours |
| Voix de synthèse, création du modèle | SV-2 | 6{NNB}400,00 ฿ | 14 jours |
| Voix de synthèse, diffusion en magasin | SV-2 | 310,00 ฿ par magasin et par mois | 14 jours |

La voix de synthèse sert aux annonces dans les magasins nommés sur votre formulaire SV-2,
et dans ceux-là seulement.

## Retirer son consentement : le bouton d'arrêt

Vous pouvez retirer votre consentement pour un cas d'usage, par écrit, à tout moment.
L'employeur arrête cet usage au plus tard 14 jours après votre avis. Gardez une copie de
votre lettre.

## La suppression

Dans les 45 jours qui suivent le retrait de votre consentement ou la fin de votre
engagement, l'employeur supprime le jumeau ou le modèle de voix et les enregistrements qui
ont servi à le construire, puis vous le confirme par écrit.

## Pas d'entraînement

Vos images, votre voix et vos enregistrements ne servent jamais à entraîner un modèle
généraliste, ni pour l'employeur ni pour personne d'autre.

## Une plainte ?

Écrivez au bureau de Saint-Aurèle. La Guilde porte les plaintes devant le comité mixte sur
les jumeaux numériques et les voix de synthèse, qui peut recommander l'arrêt d'un usage.
"""


def guide_bytes() -> bytes:
    return GUIDE.encode("utf-8")


# ---- the distractors ------------------------------------------------------------------------------

FAIR = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Northgate Trade Hall – Exhibitor price list 2027</title>
</head>
<body>
<h1>Northgate Trade Hall – Exhibitor price list 2027</h1>
<p>Northgate Trade Hall, Port Kessel. Prices for exhibitors at the fairs we host in 2027, in baht,
tax not included. Stand space is let by the square metre; every stand has at least one open
side. Book through the exhibitor portal; a stand is held for 14 days after the quote.</p>

<h2>Stand space</h2>
<table>
<tr><th>Item</th><th>Unit</th><th>Price</th></tr>
<tr><td>Raw space, no walls</td><td>per m²</td><td>฿3,150.00</td></tr>
<tr><td>Shell-scheme stand, walls, fascia and carpet</td><td>per m²</td><td>฿4,850.00</td></tr>
<tr><td>Corner stand, two open sides</td><td>per stand</td><td>฿2,270.00</td></tr>
<tr><td>Island stand, four open sides</td><td>per stand</td><td>฿5,630.00</td></tr>
<tr><td>Fascia name board, extra</td><td>per board</td><td>฿1,750.00</td></tr>
</table>

<h2>Services</h2>
<table>
<tr><th>Item</th><th>Unit</th><th>Price</th></tr>
<tr><td>Electricity, connection up to 3 kW</td><td>per stand</td><td>฿2,640.00</td></tr>
<tr><td>Wi-Fi for the stand</td><td>per day</td><td>฿560.00</td></tr>
<tr><td>Stand cleaning</td><td>per day</td><td>฿470.00</td></tr>
<tr><td>Stand build-up labour</td><td>per hour</td><td>฿1,150.00</td></tr>
<tr><td>Lead scanner</td><td>per day</td><td>฿1,320.00</td></tr>
<tr><td>Extra exhibitor badge</td><td>per badge</td><td>฿340.00</td></tr>
<tr><td>Forklift, with driver</td><td>per hour</td><td>฿1,870.00</td></tr>
<tr><td>Storage of empty crates</td><td>per m³</td><td>฿730.00</td></tr>
</table>

<h2>Good to know</h2>
<ul>
<li>The halls open to exhibitors two days before a fair; stands must be finished by 18:00 on the eve of opening.</li>
<li>Stand numbers read hall, row and place: Hall 2, Stand A-09 is the ninth place of row A in Hall 2.</li>
<li>Loading bays are at the back of each hall; vans may stay there for 30 minutes.</li>
<li>Catering on a stand is booked through our kitchen only.</li>
<li>Cancellations: see the terms of hire sent with the quote.</li>
</ul>
<h2>Payment</h2>
<p>Stand space is invoiced when the booking is confirmed and must be paid in full six weeks
before the fair opens. Services are invoiced after the fair, with the meter readings for
electricity and the hours of labour and forklift work signed by the exhibitor on the stand.
Prices may change for fairs held after the end of 2027; the price list in force on the day of
the booking applies.</p>
<h2>Access and parking</h2>
<p>Exhibitors' vehicles enter by the north gate with a vehicle pass, issued with the stand
confirmation. Each stand receives two vehicle passes for the build-up and the breakdown days;
extra passes are not sold during the fair itself. The hall's own staff direct traffic at the
loading bays, and a vehicle left unattended may be moved at the exhibitor's cost.</p>
<p>Northgate Trade Hall · Exhibitor services · open on weekdays.</p>
</body>
</html>
"""


def fair_bytes() -> bytes:
    return FAIR.encode("utf-8")


CATALOGUE = f"""# Étoile TV – le catalogue de décembre 2026

Retrouvez les produits de nos émissions du soir, tous les jours de 20 h à 22 h sur la
chaîne 31 et sur notre site. Les prix sont en bahts, taxes comprises, et valables jusqu'au
31 décembre 2026 dans la limite des stocks.

## Image et son

| Réf. | Article | Prix |
|---|---|---:|
| ET-1101 | Téléviseur 65 pouces, écran incurvé | 18{NNB}990,00 ฿ |
| ET-1102 | Barre de son avec caisson | 3{NNB}490,00 ฿ |
| ET-1103 | Casque sans fil | 1{NNB}790,00 ฿ |

## Cuisine

| Réf. | Article | Prix |
|---|---|---:|
| ET-2203 | Robot pâtissier, bol de 5 litres | 4{NNB}390,00 ฿ |
| ET-2204 | Friteuse sans huile | 2{NNB}190,00 ฿ |
| ET-2205 | Lot de trois poêles | 1{NNB}390,00 ฿ |
| ET-2206 | Coffret de thés du monde | 590,00 ฿ |

## Maison et couture

| Réf. | Article | Prix |
|---|---|---:|
| ET-3305 | Aspirateur balai | 3{NNB}290,00 ฿ |
| ET-4406 | Mannequin de couture réglable | 1{NNB}190,00 ฿ |
| ET-4407 | Machine à coudre électronique | 5{NNB}690,00 ฿ |
| ET-5508 | Parure de draps pour deux personnes | 890,00 ฿ |
| ET-5509 | Couette d'hiver | 1{NNB}290,00 ฿ |
| ET-5510 | Set de six serviettes de bain | 670,00 ฿ |

## Beauté et bien-être

| Réf. | Article | Prix |
|---|---|---:|
| ET-6601 | Sèche-cheveux ionique | 1{NNB}590,00 ฿ |
| ET-6602 | Coffret de soins pour le visage | 990,00 ฿ |
| ET-6603 | Brosse à dents électrique, deux têtes | 1{NNB}090,00 ฿ |
| ET-6604 | Tapis de yoga épais | 490,00 ฿ |

## Jardin et bricolage

| Réf. | Article | Prix |
|---|---|---:|
| ET-7701 | Perceuse-visseuse sans fil, deux batteries | 2{NNB}490,00 ฿ |
| ET-7702 | Guirlande lumineuse solaire, 10 mètres | 390,00 ฿ |
| ET-7703 | Tuyau d'arrosage extensible | 790,00 ฿ |
| ET-7704 | Coffret de 40 embouts de vissage | 440,00 ฿ |

## Livraison et retours

- Livraison à domicile partout en Vellmont : 149,00 ฿, offerte à partir de 2{NNB}000,00 ฿
  d'achats.
- Retour gratuit sous quatorze jours, dans l'emballage d'origine.
- Paiement en trois fois sans frais pour les commandes de plus de 3{NNB}000,00 ฿.
- Nos conseillères répondent du lundi au samedi ; les commandes passées le soir de
  l'émission partent le lendemain.

## Nos émissions de la semaine

- Lundi : la cuisine du soir, avec démonstration du robot pâtissier et de la friteuse.
- Mardi : image et son, avec les téléviseurs et les casques de la saison.
- Mercredi : maison et couture, avec la machine à coudre et le mannequin réglable.
- Jeudi : beauté et bien-être.
- Vendredi : les bonnes affaires de la semaine, jusqu'à épuisement des stocks.

Étoile TV, la boutique du soir.
"""


def catalogue_bytes() -> bytes:
    return CATALOGUE.encode("utf-8")


OUTPUTS = [
    (CHAT_OUT, chat_bytes),
    (TSV_OUT, tsv_bytes),
    (LETTER_OUT, letter_bytes),
    (NOTICE_OUT, notice_bytes),
    (PAGE_OUT, page_bytes),
    (GUIDE_OUT, guide_bytes),
    (FAIR_OUT, fair_bytes),
    (CATALOGUE_OUT, catalogue_bytes),
]


def build() -> None:
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    for out, make in OUTPUTS:
        data = make()
        with open(out, "wb") as f:
            f.write(data)
        print("wrote", out, len(data), "bytes")


if __name__ == "__main__":
    build()
