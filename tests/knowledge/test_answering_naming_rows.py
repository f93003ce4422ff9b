"""A protocol in another language that changes a schedule row it names by code only in
its heading ("Article 2 – Cachet de défilé (ligne R-2)"), saying which figure it replaces
("en lieu et place des 869,40 $"): the row's chunk brings the protocol's (structure.py,
neighbours.py), the heading ties the two (supersession.py), and an HTML page with no
<article> keeps its headings (loading/text.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from small_corpus import answerer_over

from knowledge.loading import load_bytes

SCHEDULE = """# Rate schedule 2025-2028

Signed on 24 April 2025.

| Code | Band | Work | Unit | Year 2 (1 May 2026 – 30 Apr 2027) | Year 3 (1 May 2027 – 30 Apr 2028) |
|---|---|---|---|---|---|
| R-1 | Band I | Runway show | per show | $1,221.30 | $1,264.00 |
| R-2 | Band II | Runway show | per show | $869.40 | $899.80 |
| F-1 | All bands | Fitting | per hour | $96.00 | $99.40 |
"""

PROTOCOL = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8"><title>Protocole n° 1</title></head>
<body>
<h1>Protocole d'accord n° 1</h1>
<p><strong>à l'Accord mode et image 2025–2028</strong></p>
<p>entre le <strong>Syndicat des mannequins</strong> et l'<strong>Association des agences de
mannequins</strong>, signé le 14 octobre 2026.</p>
<h2>Préambule</h2>
<p>Les parties ont constaté, lors de la réunion du comité paritaire, que les délais de
paiement pratiqués par les agences pèsent lourdement sur les mannequins, que les cachets de
défilé de la Bande II ont pris du retard sur le marché depuis le début de la deuxième année
contractuelle, et que l'usage synthétique de l'image des mannequins se développe plus vite
que prévu. Elles conviennent de ce qui suit.</p>
<h2>Article 1 – Cachet de défilé, Bande II (ligne R-2 de la grille)</h2>
<p>Les parties fixent le montant comme suit :</p>
<ul>
<li>jusqu'au 28 février 2027 inclus, le montant de la grille continue de s'appliquer ;</li>
<li>à compter du 1er mars 2027 et jusqu'au 30 avril 2027, le montant s'élève à 905,40 $ par
défilé, en lieu et place des 869,40 $ de la grille ;</li>
<li>pour l'année 3, à compter du 1er mai 2027, il s'élève à 936,60 $, en lieu et place des
899,80 $ figurant dans la grille.</li>
</ul>
<h2>Article 2 – Délai de paiement</h2>
<p>Pour toute facture émise le 1er novembre 2026 ou après, l'agence règle le mannequin
dans un délai de vingt et un (21) jours à compter de la date de la facture.</p>
<h2>Article 3 – Suivi des consentements</h2>
<p>À compter du 1er janvier 2027, chaque agence transmet au syndicat un relevé trimestriel
des consentements recueillis.</p>
<h2>Article 4 – Absence d'effet rétroactif</h2>
<p>Le présent protocole n'a pas d'effet rétroactif : aucun rappel n'est dû pour les
défilés antérieurs aux dates indiquées ci-dessus.</p>
<h2>Article 5 – Comité paritaire</h2>
<p>Le comité paritaire se réunit deux fois par an pour examiner l'application du présent
protocole et en rendre compte aux membres.</p>
<h2>Article 6 – Langue</h2>
<p>En cas de divergence entre les versions, la version française du présent protocole
fait foi.</p>
<h2>Article 7 – Autres dispositions</h2>
<p>Toutes les autres dispositions de l'accord et de la grille demeurent telles qu'elles
ont été signées le 24 avril 2025.</p>
<h2>Signatures</h2>
<p>Fait en deux exemplaires. Ratifié par les membres lors du vote clos le 30 octobre
2026.</p>
</body></html>
"""

TODAY = dt.date(2026, 12, 3)
UNION_N = Path(__file__).resolve().parents[2] / "eval" / "union-n" / "docs"


def test_an_html_page_without_an_article_keeps_its_headings() -> None:
    text = load_bytes(PROTOCOL.encode(), "protocole.html").text
    assert "Article 1 – Cachet de défilé, Bande II (ligne R-2 de la grille)" in text
    assert "Article 7 – Autres dispositions" in text
    # a page trafilatura reads without its headings unless it is read as an <article>
    # (whether it keeps them depends on the page as a whole: union-n's protocol)
    page = UNION_N / "protocole-accord-no-1-2026.html"
    whole = load_bytes(page.read_bytes(), page.name).text
    assert "## Article 2 – Cachet de défilé, Bande II (ligne R-2 de la grille)" in whole
    assert "## Article 6 – Autres dispositions" in whole


def test_a_protocol_naming_the_row_in_its_heading_replaces_it_from_its_dates(
    tmp_path, bundled_embedder
) -> None:
    documents = {"schedule.md": SCHEDULE, "protocole.html": PROTOCOL}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, today=TODAY)
    now = answerer.ask("band II runway show fee rn?")
    assert "869.40" in now.text.splitlines()[0]
    march = answerer.ask("band II runway show on march 15 2027, what's the fee")
    first = march.text.splitlines()[0]
    assert "905,40" in first and "$869.40" not in first  # the row as printed
    assert "protocole.html" in [s.source for s in march.sources]
    year3 = answerer.ask("band II runway in june 2027 how much per show")
    assert "936,60" in year3.text.splitlines()[0]
    assert "899.80" not in year3.text
    # the row the protocol leaves alone stays as printed
    band1 = answerer.ask("band I runway in june 2027 how much per show")
    assert "1,264.00" in band1.text.splitlines()[0]


def test_a_rows_chunk_brings_the_other_documents_naming_its_code(tmp_path, bundled_embedder):
    documents = {"schedule.md": SCHEDULE, "protocole.html": PROTOCOL}
    engine = answerer_over(tmp_path, documents, bundled_embedder, today=TODAY).engine
    row = next(p for p in engine.search("Band II runway show per show", 8) if "R-2" in p.text)
    naming = engine.naming_rows(row, 2)
    assert naming and all(p.source == "protocole.html" for p in naming)
    assert any("905,40" in p.text or "R-2" in p.text for p in naming)
    # prose has no table rows of its own: it brings nothing
    prose = next(p for p in engine.search("relevé trimestriel des consentements", 8))
    assert "|" not in prose.text and engine.naming_rows(prose, 2) == []
