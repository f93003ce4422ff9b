"""A chat export (a messaging app's "[28/11/2026, 09:31] Name: text" lines) read message by
message: no full stop ends a message, so each line its sender opens is a block of its own;
and a figure a message asks about ("so still ₺1.180,00 then?") is not one it states."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering.units import cut
from knowledge.search import Passage

CHAT = """Chat export – group "Stage 9 delegates" – exported 05/12/2026

[28/11/2026, 09:20] Priya (steward): Award is out. Heavy-suit supplement: ₺1.420,00 a day for work from 1 December 2026
[28/11/2026, 09:24] Jonah: so the heavy-suit supplement is still ₺1.180,00 on the December slips then? that's what my table says
[28/11/2026, 09:31] Jonah: ok thanks 👍
12/01/2027, 14:03 - Dario: fitting moved to Stage 4
"""


def _units(text: str):
    return cut([Passage("p", "chat.txt", "Chat export", text, 0, len(text), 1.0)])


def test_each_message_of_a_chat_export_is_its_own_unit():
    texts = [u.text for u in _units(CHAT)]
    award = next(t for t in texts if "₺1.420,00" in t)
    assert "Jonah" not in award  # the next message is not read into this one
    assert any(t.startswith("Jonah: ok thanks") for t in texts)
    assert any(t.startswith("Dario: fitting moved") for t in texts)


def test_a_figure_a_message_asks_about_is_not_one_it_states():
    units = _units(CHAT)
    asked = next(u for u in units if "₺1.180,00" in u.text)
    stated = next(u for u in units if "₺1.420,00" in u.text)
    assert asked.asked and not stated.asked
    assert not asked.proposed  # asked about, not one side's proposal
    # a figure stated before a tag question is stated: "…from 1 December, ok?"
    tagged = _units("[28/11/2026, 09:20] Priya: it is ₺1.420,00 from 1 December 2026, ok?")
    assert not any(u.asked for u in tagged)


def test_a_message_is_read_without_the_time_it_was_sent():
    texts = [u.text for u in _units(CHAT)]
    assert "Jonah: ok thanks 👍" in texts
    assert not any(t.startswith("[28/11/2026") for t in texts)


def test_a_message_whose_time_gives_its_zone_is_read_without_it():
    # JSON exports' Unix times are written in UTC (loading/jsonl.py)
    text = "[2026-12-01, 09:30 UTC] Rafa Osei: no, 13/20 of the stipend: 171 600,00 ৳."
    assert [u.text for u in _units(text)] == ["Rafa Osei: no, 13/20 of the stipend: 171 600,00 ৳."]
    # a log line's "UTC: …" after its time is what it says, not a sender's name left out
    logged = "[2026-11-28, 14:03] UTC: 2 140 lines generated of the 2 500 cap."
    assert [u.text for u in _units(logged)] == ["UTC: 2 140 lines generated of the 2 500 cap."]


def test_a_line_opening_with_a_date_is_no_message_without_a_sender():
    text = "12/01/2027, the fitting fee: ₺300,00 an hour. It is paid the same week."
    assert [u.text for u in _units(text)] == [
        "12/01/2027, the fitting fee: ₺300,00 an hour.",
        "It is paid the same week.",
    ]


def test_the_stewards_figure_answers_not_the_one_a_member_asks_about(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path, {"chat-export.txt": CHAT}, bundled_embedder, dt.date(2026, 12, 6)
    )
    lead = answerer.ask("heavy-suit supplement per day?").text.splitlines()[0]
    assert "₺1.420,00" in lead
    assert "₺1.180,00" not in lead


def test_a_members_question_is_no_answer_however_like_the_question_it_reads(
    tmp_path, bundled_embedder
):
    chat = (
        "Export du canal #patineurs, 4 décembre 2026\n\n"
        "[2026-12-04 18:22] Lila : la glace d'entraînement gratuite à Ardenport, c'est fermé "
        "en ce moment ?\n"
        "[2026-12-04 18:24] Noé : bonne soirée à tous.\n"
    )
    amendment = (
        "# Avenant n° 1\n\n"
        "Article 2. La glace d'entraînement gratuite de l'aréna d'Ardenport est suspendue du "
        "16 novembre 2026 au 28 février 2027 inclus, pendant les travaux.\n"
    )
    documents = {"export-canal.txt": chat, "avenant-1.md": amendment}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 6))
    lead = answerer.ask("glace d'entraînement gratuite à Ardenport, c'est fermé ?").text
    assert "suspendue" in lead.splitlines()[0]
    assert "Lila" not in lead.splitlines()[0]
