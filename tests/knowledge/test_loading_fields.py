"""Plain text's blocks of "Key : value" lines are lists, one item per key
(loading/fields.py), and a forwarded e-mail's quoted lines lose their "> " markers."""

from __future__ import annotations

from knowledge.chunking import chunk_document
from knowledge.loading import load_bytes
from knowledge.loading.fields import field_lists

NOTICE = """AVIS AUX MEMBRES

TARIFS ET CONDITIONS

Tarif par liste de gares : 665,00 £ (jusqu'à 40 noms de gares)
Noms supplémentaires : 9,50 £ par nom au-delà de 40
Appel minimum : une liste de gares (clause 6.2(e))
  la liste comprend les annonces normalisées

Les tarifs ci-dessus remplacent ceux de l'avis précédent. Ils valent : pour toute liste.
"""


def test_key_value_lines_are_items_of_their_own():
    text = field_lists(NOTICE)
    assert "- Tarif par liste de gares : 665,00 £ (jusqu'à 40 noms de gares)\n" in text
    assert "- Noms supplémentaires : 9,50 £ par nom au-delà de 40\n" in text
    # a line without a key continues the item above; prose with a colon stays prose
    assert "(clause 6.2(e))\n  la liste comprend" in text
    assert "\nLes tarifs ci-dessus remplacent" in text


def test_each_key_is_its_own_unit_when_chunked():
    from knowledge.answering.units import cut
    from knowledge.search import Passage

    text = load_bytes(NOTICE.encode(), "avis.txt").text
    units = cut([Passage("p", "avis.txt", "Avis", text, 0, 0, 0.0)])
    fee = [u.text for u in units if "665,00" in u.text]
    assert fee and all("9,50" not in t for t in fee)
    chunks = chunk_document(load_bytes(NOTICE.encode(), "avis.txt"), 700)
    assert any("- Noms supplémentaires : 9,50 £" in c.text for c in chunks)


def test_a_block_mostly_of_prose_or_a_list_is_left_alone():
    prose = "Note: the fee is paid monthly.\nIt is paid by the client, who pays it late.\n"
    assert field_lists(prose) == prose
    listed = "- Date : 12.11.2026\n- Objet : tarifs\n"
    assert field_lists(listed) == listed
    faq = "Q: Is the fee paid on cancellation?\nA: Yes, at 50% within seven days.\n"
    assert field_lists(faq) == faq  # a question and its answer, one item
    # Markdown has lists of its own
    assert load_bytes(NOTICE.encode(), "avis.md").text.count("\n- ") == 0


def test_a_forwarded_emails_quoted_lines_lose_their_markers():
    mail = (
        "Hello all,\n\nForwarding the minutes below.\n\n"
        "> 3. Intensity premium\n> The premium is 20% of the hourly rate\n"
        "> from 16 November 2026.\n"
    )
    text = load_bytes(mail.encode(), "email.txt").text
    assert "The premium is 20% of the hourly rate\nfrom 16 November 2026." in text
    assert ">" not in text
    # a classic Mac mail client's export ends its lines with a lone CR: read as lines too,
    # its offsets unchanged
    mac = load_bytes(mail.replace("\n", "\r").encode("mac_roman"), "email.txt").text
    assert ">" not in mac and "\r" not in mac and len(mac) == len(text)
    # a block of thresholds keeps its signs
    mileage = "Mileage\n\n> 50 km: 0.45 per km\n> 100 km: 0.40 per km\n"
    assert "> 100 km: 0.40" in load_bytes(mileage.encode(), "mileage.txt").text


RECORDS = """TRAVEL AND MEAL ALLOWANCES

Region: Port-Maren
Meal allowance: 118 zł per working day
Mileage: 2,10 zł per km

Region: Lakes Province
Meal allowance: 134 zł per working day
Mileage: 2,35 zł per km


Region: Northern Highlands
Meal allowance: 142 zł per working day
Mileage: 2,60 zł per km

How to claim: send the claim within 21 days.
"""


def test_records_of_the_same_keys_are_one_table_a_row_each():
    text = field_lists(RECORDS)
    assert "| Region | Meal allowance | Mileage |\n|---|---|---|\n" in text
    assert "| Lakes Province | 134 zł per working day | 2,35 zł per km |" in text
    assert "| Northern Highlands | 142 zł per working day | 2,60 zł per km |" in text
    assert "\n\nHow to claim: send the claim within 21 days." in text  # prose after it
    # one record alone is a list, as before
    single = "Region: Port-Maren\nMeal allowance: 118 zł\n"
    assert field_lists(single) == "- Region: Port-Maren\n- Meal allowance: 118 zł\n"
    # records opening with other keys are not one table
    mixed = "Region: A\nMileage: 1 zł\nMeal: 3 zł\n\nVenue: B\nMileage: 2 zł\nMeal: 4 zł\n"
    assert "|" not in field_lists(mixed)
    # a key given twice is no record (no row could hold both values)
    twice = "Name: A\nNote: x\nNote: y\n\nName: B\nNote: z\nFee: 3\n"
    assert "|" not in field_lists(twice) and "- Note: x" in field_lists(twice)
    # two speakers taking turns are a dialogue, not records
    turns = "Host: So what changed?\nMaria: The day rate.\n\nHost: And now?\nMaria: 300.\n"
    assert "|" not in field_lists(turns)


def test_a_file_of_records_is_no_interview_transcript():
    document = load_bytes(RECORDS.replace("\n\n\n", "\n\n").encode() * 3, "allowances.txt")
    assert document.metadata.get("kind") != "article"  # news ranks below the terms
    # each region's allowance is read on the region's row
    row = next(x for x in document.text.splitlines() if "134 zł" in x)
    assert row.startswith("|") and "Lakes Province" in row
