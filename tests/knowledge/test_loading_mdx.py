"""MDX pages (knowledge/loading/mdx.py) are read as the Markdown they render: a component's
title as its own line, a list component's items as list items, a table held in a prop as a
Markdown table with its column headers, and no import or export lines."""

from __future__ import annotations

from knowledge.loading import load_bytes

PAGE = """import { Callout } from "../components/Callout";
import { RateTable } from "../components/RateTable";

export const meta = {
  titre: "Guide de la partie E",
  langue: "fr",
};

# Guide de la partie E

<Callout type="info" titre="Ce que couvre la partie E">
Cinq usages, chacun avec son consentement.
</Callout>

<RateTable
  titre="Cachets de la partie E"
  rows={[
    { usage: "Voix de commentateur IA", montant: "1 900 000 ₩", unite: "par split" },
    { usage: "Clone de voix, ligne générée", montant: "640 ₩", unite: "par ligne" }
  ]}
/>

<Steps>
  <Step titre="Préavis">Un préavis écrit de 45 jours, sur le formulaire AV-9.</Step>
</Steps>

Une ligne qui se termine ainsi :
"""


def test_an_mdx_page_is_read_as_the_markdown_it_renders():
    text = load_bytes(PAGE.encode(), "guide.md").text
    assert "**Ce que couvre la partie E**" in text
    assert "| usage | montant | unite |" in text
    assert "| Clone de voix, ligne générée | 640 ₩ | par ligne |" in text
    assert "- Préavis: Un préavis écrit de 45 jours, sur le formulaire AV-9." in text
    assert "Une ligne qui se termine ainsi :" in text  # prose keeps its colon
    assert "import" not in text and "export const" not in text and "<" not in text


def test_markdown_without_components_is_left_as_it_is():
    plain = "# Rates\n\nA fee of <b>120</b> a day; 3 < 5 and import duties apply.\n"
    assert load_bytes(plain.encode(), "rates.md").text.strip() == plain.strip()
