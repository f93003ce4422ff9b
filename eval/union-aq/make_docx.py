#!/usr/bin/env python3
"""Build the two Word documents of union-aq (their whole text is in this script).

    /work/main/.venv/bin/python eval/union-aq/make_docx.py    # python-docx is in the venv

- docs/gafca-accord-2026-2029-version-francaise.docx: the Guild's FRENCH VERSION of the
  agreement (a summary for members). Its comparison table prints the 2023-2026 figures with
  STRIKETHROUGH FORMATTING (w:strike on the runs, not a tracked deletion: every reader shows
  them, struck or not) beside the 2026-2029 ones, and the signing date sits in a SMART TAG
  (w:smartTag, as Word marks dates), which python-docx's Paragraph.text skips (it reads only
  the paragraph's direct w:r and w:hyperlink children) while a tag stripper reads it. The
  version carries a TRANSLATION ERROR: the children's-party slot is printed 435,00 GH₵
  where the English agreement has GH₵395.00; its first lines say that the English text
  prevails ("la version anglaise fait foi", article 2.3).
- docs/saltgrass-banquet-rooms-menu-2027.docx: a banquet venue's menu with prices per guest
  (English; a distractor naming no party), with a LANDSCAPE SECTION (w:pgSz w:orient) for
  its price table and Wingdings bullets drawn as SYMBOL CHARACTERS (w:sym), which no text
  reader shows.

`version_text()` and `menu_text()` return the text for check_set.py (the body, then the
tables' cells joined by " | "; not the smart tag's content, SMART_TAG). Fixed dates:
byte-for-byte reproducible.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
VERSION_OUT = os.path.join(HERE, "docs", "gafca-accord-2026-2029-version-francaise.docx")
MENU_OUT = os.path.join(HERE, "docs", "saltgrass-banquet-rooms-menu-2027.docx")
W_URI = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NNB = "\u202f"
NB = "\u00a0"


def fr(amount: str) -> str:
    """'1 250,00' with a plain space -> U+202F between the thousands and U+00A0 before GH₵."""
    return amount.replace(" ", NNB) + NB + "GH₵"


# ---- the French version -------------------------------------------------------------------------

V_TITLE = "Accord des artistes d'événements privés 2026-2029 – version française"
V_SUB = "Guilde des artistes de fêtes et de célébrations d'Ambrevale (GAFCA) – Agence nationale d'événements Festoon"
V_WARN = (
    "Version française publiée par la Guilde pour ses membres. En cas de divergence entre les "
    "deux textes, la version anglaise fait foi (article 2.3 de l'accord)."
)
V_SIGNED_BEFORE = "Accord signé à Harrowdean le "
SMART_TAG = "24 septembre 2026"
V_SIGNED_AFTER = ", en vigueur du 1er octobre 2026 au 30 septembre 2029."
V_BLOCKS: list[tuple[str, str]] = [
    ("h", "1. Qui est couvert"),
    (
        "p",
        "L'accord couvre les artistes que l'Agence réserve pour des événements privés : "
        "chanteuses, chanteurs et musiciens de mariage et de cérémonie (trios à cordes, "
        "harpistes), animateurs et maîtres de cérémonie, personnages costumés des fêtes "
        "d'enfants, sculpteurs de ballons et maquilleurs, caricaturistes et portraitistes "
        "express, artistes de close-up itinérants aux dîners d'entreprise, chorégraphes de "
        "première danse et de flash mob.",
    ),
    (
        "p",
        "Le personnel de restauration et de bar des salles, salarié des salles, n'est pas "
        "couvert par l'accord. Les DJ qui ne font que passer de la musique enregistrée, sans "
        "prestation en direct, ne sont pas couverts, pas plus que les amateurs réservés par "
        "l'application PalsBook.",
    ),
    ("h", "2. Cachets"),
    (
        "p",
        f"Cérémonie, par artiste : jusqu'à 30 minutes, {fr('680,00')} ; de 31 à 60 minutes, "
        f"{fr('940,00')} ; de 61 à 90 minutes, {fr('1 180,00')}. Au-delà de 90 minutes, les "
        "heures supplémentaires s'appliquent.",
    ),
    (
        "p",
        "Set de réception : à l'heure, au moins 2 heures, au tarif du tiers d'année fixé par "
        "la grille de l'Agence.",
    ),
    ("p", f"Maître de cérémonie : {fr('1 250,00')} par événement, jusqu'à 6 heures sur place."),
    (
        "p",
        f"Personnage costumé de fête d'enfants : {fr('435,00')} par créneau de 90 minutes, au "
        "plus 14 enfants par artiste ; au-delà, l'Agence réserve un second artiste.",
    ),
    (
        "p",
        f"Sculpteur de ballons, maquilleur, caricaturiste ou portraitiste : {fr('285,00')} de "
        "l'heure, au moins 2 heures ; au-delà de 75 invités, un tarif par invité s'ajoute "
        "(voir la version anglaise).",
    ),
    (
        "p",
        f"Close-up itinérant : {fr('720,00')} la soirée de 3 heures. Leçon de chorégraphie : "
        f"{fr('310,00')} l'heure de leçon.",
    ),
    ("h", "3. Indemnités, primes et déplacements"),
    (
        "p",
        f"Indemnité de costume et de maquillage : {fr('65,00')} par événement. Indemnité "
        f"d'accessoires : {fr('25,00')} par événement (ballons, maquillage, close-up).",
    ),
    (
        "p",
        f"Prime de fin de soirée : {fr('95,00')} par heure entamée après 23 h ; "
        f"{fr('110,00')} à compter du 1er janvier 2027. La nuit du 31 décembre 2026 au "
        f"1er janvier 2027, les heures avant minuit sont payées {fr('95,00')} et les heures "
        f"après minuit {fr('110,00')}.",
    ),
    (
        "p",
        f"Heures supplémentaires : {fr('55,00')} par tranche de 15 minutes entamée après la fin "
        "prévue. Jour férié : majoration de 80 % du cachet.",
    ),
    (
        "p",
        f"Déplacements : {fr('0,85')} par km au-delà des 40 premiers km, à l'aller comme au "
        f"retour. Supplément carburant temporaire : {fr('0,20')} par km, jusqu'au 31 mars 2027 "
        "sauf fin anticipée décidée par avis conjoint.",
    ),
    (
        "p",
        f"Indemnité de nuitée, quand l'événement finit après 23 h 30 et que l'artiste habite "
        f"à plus de 60 km : {fr('420,00')} par nuit ; {fr('465,00')} à compter du "
        "1er juin 2027, ou dès l'ouverture au public de l'Orangerie de Westercombe si elle a "
        "lieu avant.",
    ),
    ("h", "4. Réservation, annulation et réclamations"),
    (
        "p",
        "Acompte : 35 % du cachet à la réservation, versé à l'artiste sous 5 jours ouvrables. "
        "Annulation par le client : 35 % (l'acompte) à 61 jours ou plus de l'événement, 50 % "
        "de 31 à 60 jours, 75 % de 8 à 30 jours, 100 % à 7 jours ou moins.",
    ),
    (
        "p",
        "Réclamations : un artiste payé moins que ne le prévoit l'accord réclame la "
        "différence dans les 120 jours qui suivent l'événement.",
    ),
    ("h", "5. Prestations synthétiques (partie E)"),
    (
        "p",
        "Chaque usage demande le consentement écrit de l'artiste pour cet usage seul, sur le "
        "formulaire SYN-4, un formulaire par usage.",
    ),
    (
        "p",
        f"Frais d'entraînement : {fr('2 400,00')} par modèle, une seule fois. MC virtuel : "
        f"{fr('540,00')} par salle et par mois. Vidéo d'anniversaire Bonbon Clips : "
        f"{fr('12,50')} par vidéo. Reprise synthétique d'une chanson de mariage : "
        f"{fr('180,00')} par reprise et par mariage.",
    ),
    ("h", "6. Ce qui change par rapport à l'accord 2023-2026"),
    (
        "p",
        "Les montants barrés sont ceux de l'ancien accord ; ils ne s'appliquent plus.",
    ),
]
V_HEAD = ["Poste", "Accord 2023-2026", "Accord 2026-2029"]
V_ROWS = [
    ("Maître de cérémonie, par événement", fr("1 150,00"), fr("1 250,00")),
    ("Fête d'enfants, créneau de 90 minutes", fr("360,00"), fr("435,00")),
    (
        "Indemnité de costume, de maquillage et d'accessoires",
        fr("90,00"),
        f"{fr('65,00')} et {fr('25,00')}",
    ),
    (
        "Déplacements, par km",
        f"{fr('0,70')} au-delà de 50 km",
        f"{fr('0,85')} au-delà de 40 km",
    ),
    ("Acompte", "25 %", "35 %"),
    ("Délai de réclamation", "60 jours", "120 jours"),
]
V_END = (
    "Questions : bureau de Clairmarais de la Guilde, 6, rue des Lampions. Cette version suit "
    "le texte signé ; elle ne le remplace pas."
)


def version_text() -> str:
    out = [V_TITLE, V_SUB, V_WARN, V_SIGNED_BEFORE + V_SIGNED_AFTER]
    out += [t for _, t in V_BLOCKS]
    out.append(" | ".join(V_HEAD))
    out += [" | ".join(r) for r in V_ROWS]
    out.append(V_END)
    return "\n".join(out)


# ---- the banquet menu (a distractor) -----------------------------------------------------------

M_TITLE = "Saltgrass Banquet Rooms – banquet menu 2027"
M_SUB = "Seasonal menus for weddings, anniversaries and company dinners"
M_INTRO = [
    "Our kitchen cooks every banquet on the day, from the market of the same morning. The "
    "prices below are per guest and include bread, water and service at the table.",
    "A banquet is confirmed when the menu and the number of guests are agreed in writing; the "
    "final number of guests is given a week before the banquet.",
]
M_LISTS: list[tuple[str, list[str]]] = [
    (
        "Canapés with the welcome drink",
        [
            "smoked fish on rye with dill cream",
            "goat's cheese tartlets with honey and thyme",
            "spiced chickpea fritters with a yoghurt dip",
            "mushroom and chestnut puffs",
        ],
    ),
    (
        "Mains, one for the whole table",
        [
            "slow-roasted lamb shoulder with rosemary potatoes",
            "chicken with lemon, olives and saffron rice",
            "baked sea bream with fennel and new potatoes",
            "a vegetable wellington with red wine sauce",
        ],
    ),
    (
        "Desserts",
        [
            "the house chocolate tart with cream",
            "poached pears in spiced wine",
            "a cheese board with oatcakes and chutney",
        ],
    ),
]
M_TABLE_TITLE = "Prices per guest, 2027"
M_HEAD = ["Menu", "What it includes", "Price per guest"]
M_ROWS = [
    ("Garden menu", "two canapés, a main, a dessert", "GH₵ 148.00"),
    ("Harbour menu", "three canapés, a starter, a main, a dessert", "GH₵ 196.50"),
    ("Grand menu", "four canapés, a starter, two mains, dessert, cheese", "GH₵ 257.00"),
    ("Children's plate", "a small main and an ice cream", "GH₵ 61.50"),
    ("Late-night bites", "sandwiches and pastries after 22:00", "GH₵ 38.75"),
    ("Cake cutting", "plates, forks and serving for a guest's own cake", "GH₵ 7.40"),
]
M_NOTES = [
    "Room hire is quoted separately. The Long Room seats 160 guests at round tables of ten; "
    "the Terrace takes 70 guests for a standing reception.",
    "Allergies: tell us the guest's name and the allergy a week before; the kitchen prepares a "
    "separate plate for each.",
    "Our drinks list, with wines by the bottle and a non-alcoholic list, is sent with the "
    "quotation.",
    "Tastings: couples who book a wedding banquet are invited to a tasting for two on a "
    "Tuesday evening of their choice; further guests at the tasting pay the menu price.",
    "Service: one waiter for every twelve guests at table, one for every twenty at a standing "
    "reception; the head waiter stays until the last course has been cleared.",
    "Deliveries of flowers and decorations are taken on the morning of the banquet from 09:00 "
    "at the side door of the Long Room.",
]


def menu_text() -> str:
    out = [M_TITLE, M_SUB, *M_INTRO]
    for head, items in M_LISTS:
        out.append(head)
        out += items
    out.append(M_TABLE_TITLE)
    out.append(" | ".join(M_HEAD))
    out += [" | ".join(r) for r in M_ROWS]
    out += M_NOTES
    return "\n".join(out)


# ---- building -----------------------------------------------------------------------------------


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _save(doc, out: str | None, when: datetime.datetime) -> bytes:
    """Save with fixed zip dates; return the bytes."""
    buf = io.BytesIO()
    doc.save(buf)
    stamp = (when.year, when.month, when.day, 12, 0, 0)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    parts = {info.filename: src.read(info.filename) for info in src.infolist()}
    out_buf = io.BytesIO()
    with zipfile.ZipFile(out_buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    if out is not None:
        with open(out, "wb") as f:
            f.write(out_buf.getvalue())
        print("wrote", out)
    return out_buf.getvalue()


def _props(doc, title: str, author: str, when: datetime.datetime, lang: str) -> None:
    props = doc.core_properties
    props.title = title
    props.author = author
    props.created = when
    props.modified = when
    props.last_modified_by = author
    props.revision = 2
    props.language = lang


def build_version(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.oxml import parse_xml

    when = datetime.datetime(2026, 10, 5, 12, 0, 0)
    doc = docx.Document()
    _props(doc, V_TITLE, "GAFCA – Clairmarais", when, "fr-FR")
    doc.add_heading(V_TITLE, level=0)
    doc.add_paragraph(V_SUB).runs[0].italic = True
    doc.add_paragraph(V_WARN).runs[0].bold = True
    p = doc.add_paragraph(V_SIGNED_BEFORE)
    p._p.append(
        parse_xml(
            f'<w:smartTag xmlns:w="{W_URI}" w:uri="urn:schemas-microsoft-com:office:smarttags" '
            f'w:element="date"><w:r><w:t>{_esc(SMART_TAG)}</w:t></w:r></w:smartTag>'
        )
    )
    p.add_run(V_SIGNED_AFTER)
    for kind, text in V_BLOCKS:
        if kind == "h":
            doc.add_heading(text, level=1)
        else:
            doc.add_paragraph(text)
    t = doc.add_table(rows=len(V_ROWS) + 1, cols=3)
    t.style = "Table Grid"
    for j, text in enumerate(V_HEAD):
        t.cell(0, j).paragraphs[0].add_run(text).bold = True
    for i, row in enumerate(V_ROWS, 1):
        for j, text in enumerate(row):
            run = t.cell(i, j).paragraphs[0].add_run(text)
            if j == 1:
                run.font.strike = True
    doc.add_paragraph(V_END)
    return _save(doc, VERSION_OUT if write else None, when)


def build_menu(write: bool = True) -> bytes:
    import docx  # python-docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.oxml import parse_xml
    from docx.shared import Mm

    when = datetime.datetime(2026, 11, 20, 12, 0, 0)
    doc = docx.Document()
    _props(doc, M_TITLE, "Saltgrass Banquet Rooms", when, "en-GB")
    doc.add_heading(M_TITLE, level=0)
    doc.add_paragraph(M_SUB).runs[0].italic = True
    for text in M_INTRO:
        doc.add_paragraph(text)
    for head, items in M_LISTS:
        doc.add_heading(head, level=1)
        for item in items:
            p = doc.add_paragraph()
            p._p.append(
                parse_xml(f'<w:r xmlns:w="{W_URI}"><w:sym w:font="Wingdings" w:char="F0A7"/></w:r>')
            )
            p.add_run(" ")
            p.add_run(item)
    # the price table in a landscape section
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    doc.add_heading(M_TABLE_TITLE, level=1)
    t = doc.add_table(rows=len(M_ROWS) + 1, cols=3)
    t.style = "Table Grid"
    for j, text in enumerate(M_HEAD):
        t.cell(0, j).paragraphs[0].add_run(text).bold = True
    for i, row in enumerate(M_ROWS, 1):
        for j, text in enumerate(row):
            t.cell(i, j).paragraphs[0].add_run(text)
    for text in M_NOTES:
        doc.add_paragraph(text)
    return _save(doc, MENU_OUT if write else None, when)


if __name__ == "__main__":
    os.makedirs(os.path.join(HERE, "docs"), exist_ok=True)
    build_version()
    build_menu()
