"""A text file holding Typst source (knowledge/loading/typst.py) is read as Markdown: its
headings as headings, its tables as tables whose rows carry their column headers, a call's
content blocks as their text, and without its set/show/let lines, spacing, labels and
comments (a comment in a table holds a figure the congress rejected)."""

from __future__ import annotations

import time

from knowledge.loading.typst import is_typst, typst_text

GUIDE = r"""#import "@preview/tract:0.2.0": *
#set page(paper: "a4", margin: 2cm)
#set text(lang: "fr", size: 11pt)
#show heading: set text(fill: rgb("#b3001b"))
#let encadre(titre: none, corps) = block(
  fill: luma(235),
  inset: 8pt,
)[
  #if titre != none [*#titre* \ ]
  #corps
]

#align(center)[
  #text(size: 16pt, weight: "bold")[Guide de l'adhérent 2026]

  Syndicat des personnels des bibliothèques de Nantes (SPBN)
]

#outline(depth: 2)
#pagebreak()

= Adhérer au syndicat <adhesion>

L'adhésion est ouverte à tout agent, _titulaire ou contractuel_, selon #art("10.2").
Le formulaire est sur https://spbn.example.fr/adherer // lien à mettre à jour
et se renvoie à #link("mailto:tresorerie@spbn.example.fr")[la trésorerie].\
Écrire à contact\@spbn.example.fr, ou voir @cotisations.

#v(1em)

== Cotisations <cotisations>

La cotisation est *mensuelle*, prélevée le 5 du mois#footnote[Ou le premier jour ouvré.].
Le champ `taux_reduit` vaut 1 à temps partiel ; le fichier export_2026 compte 5 * 3 lignes.

#figure(
  table(
    columns: (auto, 1fr, 1fr),
    align: (left, right, right),
    stroke: 0.5pt,
    table.header([*Catégorie*], [*Cotisation mensuelle*], [*Part remboursée*]),
    table.hline(),
    [Catégorie C], [9,00 €], [66 %],
    [Catégorie B], [13,50 €], [66 %],
    /* barème refusé par le congrès :
    [Catégorie A], [25,00 €], [66 %], */
    [Catégorie A], [21,00 €], [66 %], // [24,00 €] en 2025
    [Retraités], table.cell(colspan: 2)[forfait de 6 € par mois],
  ),
  caption: [Barème voté au congrès de mars 2026],
) <bareme>

#encadre(titre: "Voir [annexe 2]")[
  Les cotisations ouvrent droit à un *crédit d'impôt* de 66 %.
]

=== Étapes

+ Remplir le formulaire
+ Joindre un RIB

/ Délégué: un adhérent élu par sa section.

- Les prix sont en \$ ou en € ; l'\#adhésion est \*annuelle\*.
- Taux de remboursement : $2 / 3$.
"""


def test_a_typst_guide_is_read_as_markdown():
    assert is_typst(GUIDE)
    text = typst_text(GUIDE)
    assert "# Adhérer au syndicat\n" in text and "## Cotisations\n" in text
    assert "### Étapes" in text and "<adhesion>" not in text
    assert "Guide de l'adhérent 2026" in text and "Syndicat des personnels" in text
    assert "ouverte à tout agent, titulaire ou contractuel, selon (10.2)." in text
    assert "sur https://spbn.example.fr/adherer\n" in text  # a URL is not a comment
    assert "à mettre à jour" not in text
    assert "se renvoie à la trésorerie.\n" in text
    assert "Écrire à contact@spbn.example.fr, ou voir cotisations." in text
    assert "est mensuelle, prélevée le 5 du mois (Ou le premier jour ouvré.)." in text
    # only paired marks at a word's edges are markup
    assert "Le champ taux_reduit vaut 1" in text and "export_2026 compte 5 * 3 lignes" in text
    assert "crédit d'impôt de 66 %." in text
    assert "1. Remplir le formulaire\n2. Joindre un RIB" in text
    assert "Délégué: un adhérent élu par sa section." in text
    assert "en $ ou en € ; l'#adhésion est *annuelle*." in text
    assert "Taux de remboursement : 2 / 3." in text
    for markup in ("#set", "#show", "#let", "#import", "#outline", "#pagebreak", "#v(", "fill:"):
        assert markup not in text


def test_a_typst_table_is_read_with_its_header_and_not_its_comments():
    text = typst_text(GUIDE)
    lines = text.splitlines()
    header = lines.index("| Catégorie | Cotisation mensuelle | Part remboursée |")
    assert lines[header + 1] == "|---|---|---|"
    assert lines[header + 2 : header + 6] == [
        "| Catégorie C | 9,00 € | 66 % |",
        "| Catégorie B | 13,50 € | 66 % |",
        "| Catégorie A | 21,00 € | 66 % |",
        "| Retraités | forfait de 6 € par mois | forfait de 6 € par mois |",
    ]
    assert lines[header + 6] == ""  # the caption is not read as a row
    assert "Barème voté au congrès de mars 2026" in text
    # the rejected figures in comments are not read
    assert "25,00" not in text and "24,00" not in text and "refusé" not in text
    assert "table.hline" not in text and "stroke" not in text


GRID = """#set text(lang: "fr")
#let montant(x) = [#x €]

= Permanences

#grid(
  columns: (1fr, 2fr),
  gutter: 6pt,
  [Lundi], [Bibliothèque centrale, 12 h -- 14 h],
  [Jeudi], [#strong[Médiathèque Jules-Verne], de 17 h à 19 h],
  [Samedi],
)

#table(columns: 2, table.header[Jour][Salle], [Mardi], [Salle 3 | rez-de-chaussée])

#block(inset: 4pt)[Prime de permanence : #montant("15")
par demi-journée, #underline[versée le mois suivant]. \\
Voir #box[#emph[le #text(font: "Fira [Sans")[règlement intérieur]]].]
"""


def test_a_grid_without_a_header_and_nested_calls_keep_their_text():
    text = typst_text(GRID)
    assert "| Lundi | Bibliothèque centrale, 12 h -- 14 h |" in text
    assert "| Jeudi | Médiathèque Jules-Verne, de 17 h à 19 h |" in text
    assert "| Samedi |  |" in text  # the last row padded
    assert "|  |  |\n|---|---|" in text  # no header: an empty one
    assert "| Jour | Salle |\n|---|---|\n| Mardi | Salle 3 \\| rez-de-chaussée |" in text
    # a user function's output is not known: its strings are kept
    assert "Prime de permanence : (15)\npar demi-journée, versée le mois suivant." in text
    assert "Voir le règlement intérieur." in text  # a "[" in a string is not a bracket
    assert "gutter" not in text and "#" not in text.replace("# Permanences", "")


def test_text_that_is_not_typst_is_left_as_it_is():
    plain = "Réunion jeudi #set de tables // salle B\n= à voir\n"  # no line starts "#set "
    markdown = "# Cotisations\n\n## Barème\n\n#let us know by *Friday*.\n"
    asciidoc = "= Guide de l'adhérent\n:toc:\n\n== Cotisations\n\n|===\n|a |b\n|===\n"
    for text in (plain, markdown, asciidoc):
        assert not is_typst(text)
        assert typst_text(text) == text


def test_hostile_typst_is_read_in_bounded_time():
    head = '#set page(paper: "a4")\n#set text(lang: "fr")\n= Titre\n'
    for body in (
        "[" * 100_000 + "mot " * 225_000,  # brackets that never close
        "/* " + "mot " * 250_000,  # a comment that never closes
        "#f[" * 50_000 + "mot" + "]" * 50_000 + " fin" * 200_000,  # deep nesting
        "#table(" + "table.header(" * 50_000 + ")" * 50_001 + "mot " * 100_000,
        "#f(" + "g(" * 200_000 + ")" * 200_001 + " mot" * 100_000,
    ):
        started = time.perf_counter()
        text = typst_text(head + body)
        assert time.perf_counter() - started < 10
        assert "# Titre" in text and "mot" in text


def test_a_text_file_of_typst_source_is_loaded_as_its_reading():
    from knowledge.loading import load_bytes

    document = load_bytes(GUIDE.encode(), "guide-adherent.txt")
    assert "## Cotisations" in document.text and "#set" not in document.text


def test_a_value_given_once_by_let_is_shown_where_it_is_used():
    text = typst_text(
        '#set page(paper: "a4")\n#let taux = "45,00 $"\n#let mention = [Lecteur synthétique]\n'
        "= Tarifs\nLe taux est #taux de l'heure, et l'écran affiche #mention.\n"
    )
    assert "Le taux est 45,00 $ de l'heure, et l'écran affiche Lecteur synthétique." in text
