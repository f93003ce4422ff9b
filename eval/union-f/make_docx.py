#!/usr/bin/env python3
"""Build docs/aiv-entente-collective-2026-2027.docx (the whole text is in this script).

    .venv/bin/python eval/union-f/make_docx.py          # python-docx is in the project's venv

The agreement is in French; its clauses are cited "clause 14.06" or "clause 9.03 b)".
`agreement_text()` returns the same text (paragraphs and table cells, one per line) for
check_set.py. Amounts use French formats with non-breaking spaces ("1 250 $"). The output
is byte-for-byte reproducible: the core properties are fixed and the zip is rewritten with
a fixed timestamp.
"""

from __future__ import annotations

import datetime
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "aiv-entente-collective-2026-2027.docx")
NB = "\u00a0"  # non-breaking space, as French word processors insert before "$" and "%"


def fr(text: str) -> str:
    """French typography: a non-breaking space before "$" and "%" and inside guillemets."""
    return (
        text.replace(" $", NB + "$")
        .replace(" %", NB + "%")
        .replace("« ", "«" + NB)
        .replace(" »", NB + "»")
    )


# Each block: ("title"|"sub"|"h"|"p", text) or ("table", [header, rows...]).
BLOCKS: list[tuple[str, object]] = [
    ("title", "Entente collective 2026-2027 — Publicité, radiodiffusion, cascade et doublage"),
    (
        "sub",
        "entre l'Alliance des interprètes de Vallombre (AIV) et l'Association des producteurs "
        "publicitaires et télévisuels de Vallombre (APPTV), à laquelle adhère le Regroupement "
        "des studios de doublage de Vallombre (RSDV)",
    ),
    (
        "p",
        "Signée à Port-Sévigny le 28 novembre 2025. En vigueur du 1er janvier 2026 au "
        "31 décembre 2027. Les dispositions sont citées par leur numéro de clause, par exemple "
        "« clause 14.06 »; les paragraphes sont désignés par une lettre, par exemple "
        "« clause 9.03 b) ». Les cachets et taux minimums figurent dans la Grille tarifaire "
        "2026-2027 (annexe A), document distinct qui fait partie de la présente entente. La "
        "version anglaise est une traduction de courtoisie; la version française fait foi.",
    ),
    ("h", "CHAPITRE 1 — OBJET ET CHAMP D'APPLICATION"),
    (
        "p",
        "1.01 La présente entente fixe les conditions minimales d'engagement des interprètes "
        "par les producteurs pour les messages publicitaires, les émissions de radio et de "
        "télévision, les cascades et le doublage produits dans la province de Vallombre ou "
        "par un producteur qui y est établi.",
    ),
    (
        "p",
        "1.02 Elle s'applique aux interprètes de publicité (principaux et secondaires), aux "
        "figurants de publicité, aux interprètes de radiodiffusion, aux cascadeurs et "
        "cascadeuses et aux artistes de doublage.",
    ),
    (
        "p",
        "1.03 Un producteur peut offrir des conditions plus avantageuses. Aucun contrat "
        "d'engagement ne peut prévoir des conditions inférieures à celles de la présente "
        "entente ou de la grille tarifaire.",
    ),
    ("h", "CHAPITRE 2 — DÉFINITIONS"),
    ("p", "2.01 Dans la présente entente, on entend par :"),
    (
        "p",
        "a) « Cachet de séance » : la rémunération minimale prévue à la grille pour une "
        "séance de travail de l'interprète dans sa catégorie;",
    ),
    (
        "p",
        "b) « Cycle » : une période de 13 semaines consécutives d'utilisation d'un message "
        "publicitaire, qui commence à la date de la première diffusion;",
    ),
    (
        "p",
        "c) « Jour ouvrable » : un jour du lundi au vendredi, à l'exclusion des jours où les "
        "bureaux de l'AIV sont fermés au public;",
    ),
    (
        "p",
        "d) « Ligne » : en doublage, une réplique d'au plus 10 mots; une réplique plus longue "
        "compte pour une ligne par tranche de 10 mots ou fraction de tranche;",
    ),
    (
        "p",
        "e) « Réplique numérique » : une reproduction numérique de la voix, de l'image, des "
        "traits ou des mouvements d'un interprète identifiable, créée à partir de ses "
        "enregistrements ou d'une séance de numérisation, qui peut lui faire dire ou faire "
        "ce qu'il n'a pas interprété; une « réplique vocale » (ou clone vocal) est une "
        "réplique numérique de la voix seulement;",
    ),
    (
        "p",
        "f) « Interprète synthétique » : un personnage produit par un système d'intelligence "
        "artificielle qui n'est pas la réplique numérique d'un interprète identifiable et qui "
        "tient un rôle, une réplique ou une cascade;",
    ),
    (
        "p",
        "g) « Données d'entraînement » : les enregistrements, images, numérisations ou "
        "prestations utilisés pour entraîner, ajuster ou évaluer un système d'intelligence "
        "artificielle;",
    ),
    (
        "p",
        "h) « Cascade » : une action physique qui comporte un risque de blessure et qui est "
        "exécutée par un cascadeur ou une cascadeuse inscrit au registre des cascadeurs de "
        "l'AIV;",
    ),
    (
        "p",
        "i) « Rachat » : le paiement unique qui remplace les cachets d'utilisation et de "
        "détention d'un message publicitaire pour une durée déterminée;",
    ),
    (
        "p",
        "j) « Producteur » : un membre de l'APPTV ou du RSDV, ou tout producteur qui a signé "
        "une lettre d'adhésion à la présente entente.",
    ),
    ("h", "CHAPITRE 3 — RECONNAISSANCE ET COTISATIONS"),
    (
        "p",
        "3.01 Le producteur retient sur chaque cachet une cotisation syndicale de 2,25 % et "
        "la remet à l'AIV au plus tard le 15 du mois suivant.",
    ),
    (
        "p",
        "3.02 Le producteur n'engage que des membres de l'AIV ou des personnes qui ont "
        "obtenu un permis de travail de l'AIV pour l'engagement visé.",
    ),
    ("h", "CHAPITRE 4 — CONTRAT D'ENGAGEMENT"),
    (
        "p",
        "4.01 Le contrat d'engagement est signé avant le début de la séance. Il indique la "
        "catégorie, le cachet, les utilisations prévues et, le cas échéant, toute "
        "utilisation d'une réplique numérique.",
    ),
    (
        "p",
        "4.02 Le producteur remet une copie du contrat signé à l'interprète et à l'AIV dans "
        "les 5 jours ouvrables suivant la séance.",
    ),
    ("h", "CHAPITRE 5 — HEURES DE TRAVAIL, REPAS ET REPOS"),
    (
        "p",
        "5.01 L'interprète a droit à une pause repas d'au moins 45 minutes au plus tard "
        "5 heures après le début de sa journée. Pour chaque demi-heure ou fraction de "
        "demi-heure de retard, le producteur verse la pénalité de repas prévue à la ligne E1 "
        "de la grille.",
    ),
    (
        "p",
        "5.02 Une période de repos d'au moins 12 heures consécutives sépare la fin d'une "
        "journée de travail et le début de la suivante. Pour chaque heure ou fraction "
        "d'heure de repos manquante, le producteur verse un montant égal au taux horaire "
        "supplémentaire de la catégorie de l'interprète.",
    ),
    (
        "p",
        "5.03 Les heures effectuées au-delà de la durée de la séance ou de la journée prévue "
        "à la catégorie sont payées au taux des heures supplémentaires de la grille, par "
        "heure ou fraction d'heure.",
    ),
    ("h", "CHAPITRE 6 — ANNULATION"),
    (
        "p",
        "6.01 Si le producteur annule une séance moins de 48 heures avant l'heure de "
        "convocation, l'interprète reçoit le cachet complet.",
    ),
    (
        "p",
        "6.02 Si l'annulation survient entre 48 heures et 5 jours avant l'heure de "
        "convocation, l'interprète reçoit 50 % du cachet. Aucun cachet n'est dû pour une "
        "annulation plus de 5 jours avant.",
    ),
    (
        "p",
        "6.03 Une séance reportée à une date acceptée par l'interprète dans les 10 jours "
        "suivants n'est pas une annulation.",
    ),
    ("h", "CHAPITRE 7 — PAIEMENT"),
    (
        "p",
        "7.01 Le producteur paie l'interprète au plus tard 15 jours ouvrables après la "
        "séance, par virement ou par chèque, avec un relevé des cachets et des retenues.",
    ),
    (
        "p",
        "7.02 Tout paiement en retard entraîne une pénalité de retard de 25 $ par jour "
        "ouvrable de retard, jusqu'à concurrence de 500 $ par contrat. La pénalité est versée "
        "à l'interprète.",
    ),
    ("h", "CHAPITRE 8 — PUBLICITÉ"),
    (
        "p",
        "8.01 Le cachet de séance de l'interprète principal (ligne A1) et de l'interprète "
        "secondaire ou figurant de publicité (ligne A2) couvre une séance d'au plus "
        "8 heures, repas non compris.",
    ),
    (
        "p",
        "8.02 Appel minimum : tout interprète convoqué à une séance publicitaire reçoit au "
        "moins le cachet de séance complet, même si la séance dure moins de 8 heures.",
    ),
    (
        "p",
        "8.03 Cachet de détention : tant que le producteur conserve le droit d'utiliser un "
        "message publicitaire, il verse au début de chaque cycle qui suit le premier le "
        "cachet de détention prévu à la ligne A4, qu'il diffuse ou non le message pendant ce "
        "cycle.",
    ),
    (
        "p",
        "8.04 Cachets d'utilisation : chaque cycle de diffusion donne lieu au cachet "
        "d'utilisation prévu à la grille pour chaque média (télévision, Internet et médias "
        "sociaux, radio). Le cachet de détention payé pour un cycle est déduit du cachet "
        "d'utilisation du même cycle.",
    ),
    (
        "p",
        "8.05 Exclusivité : si le contrat interdit à l'interprète d'annoncer un produit "
        "concurrent, le cachet de séance est majoré de 25 % pour chaque cycle "
        "d'exclusivité.",
    ),
    (
        "p",
        "8.06 Audition : une audition d'au plus une heure n'est pas rémunérée; au-delà d'une "
        "heure, chaque demi-heure est payée à la moitié du taux horaire supplémentaire de la "
        "ligne A3.",
    ),
    ("p", "8.07 Rachats : le producteur peut remplacer les cachets d'utilisation par un rachat :"),
    ("p", "a) rachat de 12 mois, tous médias : 250 % du cachet de séance;"),
    ("p", "b) rachat de 24 mois, tous médias : 400 % du cachet de séance;"),
    (
        "p",
        "c) rachat de 12 mois, Internet et médias sociaux seulement : 150 % du cachet de séance.",
    ),
    (
        "p",
        "8.08 Le figurant de publicité ne prononce aucune réplique. S'il prononce une "
        "réplique, il est payé comme interprète principal pour toute la séance.",
    ),
    ("h", "CHAPITRE 9 — RADIODIFFUSION"),
    (
        "p",
        "9.01 Appel minimum : l'interprète de radiodiffusion engagé à l'heure (ligne B2) est "
        "payé pour un minimum de 4 heures par convocation.",
    ),
    (
        "p",
        "9.02 La journée de l'interprète engagé à la journée (ligne B1) est de 10 heures, "
        "repas non compris.",
    ),
    ("p", "9.03 Rediffusion d'une émission dramatique :"),
    ("p", "a) première rediffusion : 35 % du cachet initial;"),
    ("p", "b) chaque rediffusion subséquente : 20 % du cachet initial."),
    (
        "p",
        "9.04 La narration ou l'annonce promotionnelle (ligne B3) est payée par séance d'une "
        "heure; chaque heure additionnelle est payée au même taux.",
    ),
    ("h", "CHAPITRE 10 — CASCADES"),
    (
        "p",
        "10.01 Seul un cascadeur ou une cascadeuse inscrit au registre des cascadeurs de "
        "l'AIV peut exécuter une cascade. Une doublure qui exécute une cascade est payée "
        "comme cascadeur.",
    ),
    (
        "p",
        "10.02 La journée de cascade est de 8 heures. L'appel minimum est d'une journée "
        "complète au cachet journalier de la ligne C1; au-delà de 8 heures, les heures "
        "supplémentaires de la ligne C3 s'appliquent.",
    ),
    (
        "p",
        "10.03 Les répétitions tenues un autre jour que le tournage sont payées au taux "
        "horaire de répétition de la ligne C4, avec un minimum de 2 heures.",
    ),
    (
        "p",
        "10.04 Ajustement de cascade : chaque cascade donne lieu à un ajustement négocié "
        "avant son exécution, qui ne peut être inférieur aux minimums publiés par l'AIV dans "
        "son bulletin des tarifs de cascade. L'ajustement est payé en sus du cachet "
        "journalier.",
    ),
    (
        "p",
        "10.05 Prime de risque : pour une cascade à risque élevé (feu, immersion, chute de "
        "plus de 6 mètres, impact de véhicule), le producteur verse une prime de risque de "
        "20 % du cachet journalier de cascade, en plus de l'ajustement de cascade.",
    ),
    (
        "p",
        "10.06 Le cascadeur ou la cascadeuse peut refuser d'exécuter une cascade qu'il ou "
        "elle juge dangereuse, sans pénalité ni perte du cachet journalier.",
    ),
    (
        "p",
        "10.07 Pour toute cascade à risque élevé, le producteur assure la présence sur le "
        "plateau d'un secouriste qualifié et d'un véhicule d'urgence.",
    ),
    ("h", "CHAPITRE 11 — DOUBLAGE"),
    (
        "p",
        "11.01 L'artiste de doublage est payé au taux par ligne de la ligne D1 de la grille. "
        "Appel minimum : toute convocation donne droit au moins au cachet minimum de séance "
        "de la ligne D2, qui couvre 2 heures d'enregistrement.",
    ),
    (
        "p",
        "11.02 Le producteur peut choisir de payer une séance au taux horaire de la ligne D3 "
        "plutôt qu'à la ligne; il l'indique au contrat avant la séance et ne peut changer de "
        "mode de paiement en cours de séance.",
    ),
    (
        "p",
        "11.03 La narration doublée (voix hors champ) est payée par tranche de 100 mots "
        "(ligne D4); le chant doublé est payé par chanson (ligne D6).",
    ),
    (
        "p",
        "11.04 L'enregistrement à distance exige l'accord écrit de l'artiste. Le producteur "
        "fournit le micro et l'interface audio s'il exige un équipement précis.",
    ),
    ("h", "CHAPITRE 12 — DÉPLACEMENTS"),
    (
        "p",
        "12.01 L'interprète convoqué hors de la zone de Port-Sévigny et de Lac-aux-Hérons "
        "reçoit l'indemnité quotidienne de la ligne E3 pour chaque jour passé hors zone, en "
        "plus de son hébergement.",
    ),
    ("h", "CHAPITRE 13 — SANTÉ, SÉCURITÉ ET RESPECT"),
    (
        "p",
        "13.01 Le producteur prend les mesures raisonnables pour protéger la santé et la "
        "sécurité des interprètes et prévenir le harcèlement sur le plateau.",
    ),
    ("h", "CHAPITRE 14 — INTELLIGENCE ARTIFICIELLE ET RÉPLIQUES NUMÉRIQUES"),
    (
        "p",
        "14.01 Le présent chapitre s'applique à la création et à l'utilisation de répliques "
        "numériques, de répliques vocales et d'interprètes synthétiques, ainsi qu'à "
        "l'utilisation des prestations comme données d'entraînement.",
    ),
    (
        "p",
        "14.02 Consentement : la création et chaque utilisation d'une réplique numérique "
        "exigent le consentement écrit, clair et distinct de l'interprète, qui décrit "
        "l'utilisation prévue. Le consentement ne peut être une condition d'engagement : le "
        "refus de consentir ne peut justifier le refus d'engager l'interprète.",
    ),
    (
        "p",
        "14.03 Avis : le producteur avise l'interprète par écrit au moins 10 jours ouvrables "
        "avant la séance de numérisation ou d'enregistrement destinée à créer une réplique "
        "numérique.",
    ),
    (
        "p",
        "14.04 Cachet de création : le producteur verse un cachet de création de 650 $ par "
        "réplique numérique, en plus du cachet de séance de la séance de numérisation.",
    ),
    ("p", "14.05 Utilisation :"),
    (
        "p",
        "a) chaque jour d'utilisation d'une réplique numérique dans une production est payé "
        "au cachet de séance applicable à la catégorie de l'interprète (lignes A1, B1, C1 ou "
        "D2 de la grille), comme si l'interprète avait travaillé ce jour-là;",
    ),
    (
        "p",
        "b) l'utilisation d'une réplique numérique dans un message publicitaire donne en "
        "outre lieu aux cachets d'utilisation et de détention du chapitre 8;",
    ),
    (
        "p",
        "c) toute utilisation qui dépasse le consentement donné est interdite et constitue un "
        "grief.",
    ),
    (
        "p",
        "14.06 Conservation et suppression : à la fin de la période d'utilisation autorisée, "
        "ou sur demande écrite de l'interprète, le producteur supprime la réplique numérique "
        "et les données qui ont servi à la créer dans les 180 jours et le confirme par écrit "
        "à l'interprète.",
    ),
    (
        "p",
        "14.07 Interprètes décédés : la réplique numérique d'un interprète décédé ne peut "
        "être créée ou utilisée qu'avec le consentement de sa succession ou de ses ayants "
        "droit; à défaut de succession connue, avec celui de l'AIV. Les cachets sont versés "
        "à la succession.",
    ),
    (
        "p",
        "14.08 Données d'entraînement : l'utilisation des enregistrements ou numérisations "
        "d'un interprète comme données d'entraînement exige un consentement distinct, donné "
        "dans un document séparé du contrat d'engagement, et le versement d'un cachet "
        "d'entraînement de 1 250 $ par interprète et par système.",
    ),
    (
        "p",
        "14.09 Doublage et clonage vocal : le producteur ne peut créer la réplique vocale "
        "d'un artiste de doublage pour doubler d'autres productions ou d'autres langues sans "
        "son consentement distinct. Chaque production doublée à l'aide de la réplique vocale "
        "est payée au taux par ligne comme si l'artiste avait enregistré les lignes. Une "
        "réplique vocale créée pour une production ne peut servir à une autre production "
        "sans un nouveau consentement.",
    ),
    (
        "p",
        "14.10 Interprètes synthétiques : le producteur qui confie à un interprète "
        "synthétique un rôle, une réplique ou une cascade qui aurait autrement été confié à "
        "un interprète visé par la présente entente avise l'AIV au moins 15 jours ouvrables "
        "à l'avance et verse au Fonds de formation de l'AIV une contribution de 1 750 $ par "
        "production. Un interprète synthétique ne peut reproduire les traits reconnaissables "
        "d'un interprète sans le consentement de ce dernier.",
    ),
    (
        "p",
        "14.11 Doublure numérique : lorsqu'une réplique numérique d'un cascadeur exécute une "
        "cascade, le cascadeur reçoit le cachet journalier et l'ajustement de cascade comme "
        "s'il l'avait exécutée.",
    ),
    (
        "p",
        "14.12 Différends : un grief relatif au présent chapitre est soumis à un arbitrage "
        "accéléré; l'audience a lieu dans les 30 jours du dépôt du grief.",
    ),
    ("h", "CHAPITRE 15 — GRIEFS ET ARBITRAGE"),
    (
        "p",
        "15.01 Un grief est déposé par écrit dans les 30 jours où l'interprète ou l'AIV a "
        "connu les faits. Les parties se rencontrent dans les 10 jours ouvrables.",
    ),
    (
        "p",
        "15.02 Un grief non réglé peut être soumis à l'un des arbitres ci-dessous; les "
        "parties partagent les honoraires à parts égales.",
    ),
    (
        "table",
        [
            ["Arbitre", "Bureau"],
            ["Hortense Labrecque-Adébayo", "Port-Sévigny"],
            ["Cormac Villeneuve-Strand", "Ashcombe"],
            ["Yasmine Aubertin", "Lac-aux-Hérons"],
        ],
    ),
    ("h", "CHAPITRE 16 — DURÉE"),
    (
        "p",
        "16.01 La présente entente est en vigueur du 1er janvier 2026 au 31 décembre 2027.",
    ),
    (
        "p",
        "16.02 Une partie qui veut renouveler l'entente en avise l'autre au plus tôt "
        "120 jours et au plus tard 60 jours avant son échéance.",
    ),
    ("h", "CHAPITRE 17 — SIGNATURES"),
    (
        "p",
        "Pour l'AIV : Solène Dufresne-Akintola, présidente; Gaspard Mbeki-Thériault, "
        "directeur général. Pour l'APPTV : Ludivine Carrier-Holt, présidente du comité de "
        "négociation. Pour le RSDV : Benoît Aucoin-Rask.",
    ),
]


def agreement_text() -> str:
    lines: list[str] = []
    for kind, content in BLOCKS:
        if kind == "table":
            for row in content:  # type: ignore[union-attr]
                lines.extend(fr(cell) for cell in row)
        else:
            lines.append(fr(str(content)))
    return "\n".join(lines)


def build() -> None:
    import docx  # python-docx
    from docx.shared import Pt

    doc = docx.Document()
    props = doc.core_properties
    fixed = datetime.datetime(2025, 11, 28, 12, 0, 0)
    props.title = "Entente collective 2026-2027"
    props.author = "Alliance des interprètes de Vallombre"
    props.created = fixed
    props.modified = fixed
    props.last_modified_by = "AIV"
    props.revision = 1
    props.language = "fr-CA"
    for kind, content in BLOCKS:
        if kind == "title":
            doc.add_heading(fr(str(content)), level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            run = p.add_run(fr(str(content)))
            run.italic = True
            run.font.size = Pt(12)
        elif kind == "h":
            doc.add_heading(fr(str(content)), level=1)
        elif kind == "p":
            doc.add_paragraph(fr(str(content)))
        else:
            rows = content  # type: ignore[assignment]
            table = doc.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    table.cell(i, j).text = fr(cell)
    buf = io.BytesIO()
    doc.save(buf)
    # Rewrite the zip with a fixed timestamp and order so the file is reproducible.
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 11, 28, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    print("wrote", OUT)


if __name__ == "__main__":
    build()
