"""A question a document asks on its own line ("You recognise your voice in a game you
never agreed to?") is read with the lines that answer it, as a FAQ prints them: it is
never quoted alone as an answer (answering/units.py)."""

from __future__ import annotations

import datetime as dt

from small_corpus import answerer_over

from knowledge.answering.units import cut, is_question
from knowledge.search import Passage

GUIDE = """# Member guide 2026-2027

## 6. Reporting an unauthorised digital replica

Do you recognise your voice, your face or your movements in a game, a trailer or a
programme, though you never agreed to that use?

1. Do not contact the publisher yourself.
2. Fill in **form DR-21** (Unauthorised replica report) in the members' area or at the
   office, **within 30 days of finding it**.
3. Attach screenshots or recordings, the name of the game and the date you found it.

## 7. Dues

Annual dues are 210 dollars, paid by 1 September.
"""


def test_a_question_on_its_own_is_read_with_its_answer():
    passage = Passage("p", "guide.md", "Member guide", GUIDE, 0, len(GUIDE), 1.0)
    units = cut([passage])
    asked = [u for u in units if "recognise your voice" in u.text]
    assert len(asked) == 1  # not on its own as well
    faq = asked[0]
    assert "form DR-21" in faq.display and "within 30 days" in faq.display
    assert "recognise your voice" not in faq.display  # shown as the answer
    assert not any(u.display.rstrip().endswith("?") for u in units)
    # the next section's paragraph is not part of that answer
    assert "210 dollars" not in faq.display


def test_a_question_is_a_block_that_ends_by_asking():
    assert is_question("Vous reconnaissez votre voix dans un jeu ?")
    assert is_question("**When is the clone deleted?**")
    assert is_question("On me demande d'amener des spectateurs. Est-ce permis ?")
    assert not is_question("When is it deleted? Within 60 days.")


# An HTML FAQ's <dl> reads as a list: each question and each answer an item of its own.
LISTED = """# Foire aux questions

- Combien coûte la cotisation syndicale ?
- La cotisation est de 1,75 % des cachets bruts. Les membres de moins de 18 ans ne paient \
que le droit annuel.
- On me demande d'amener des spectateurs payants. Est-ce permis ?
- Non. Les soirées « bringer » sont interdites par l'accord.
"""


def test_a_faq_printed_as_a_list_reads_each_question_with_its_answer():
    text = LISTED
    units = cut([Passage("p", "faq.html", "FAQ", text, 0, len(text), 1.0)])
    assert not any(u.display.rstrip().endswith("?") for u in units)  # no question quoted
    dues = next(u for u in units if "Combien coûte" in u.text)
    assert dues.display.startswith("La cotisation est de 1,75 %")
    assert "bringer" not in dues.display  # the next question's answer is not part of it
    bringer = next(u for u in units if "Est-ce permis" in u.text)
    assert bringer.display.startswith("Non. Les soirées « bringer »")


def test_a_member_asking_how_to_report_is_answered_with_the_form_and_deadline(
    tmp_path, bundled_embedder
):
    answerer = answerer_over(tmp_path, {"guide.md": GUIDE}, bundled_embedder, dt.date(2026, 12, 3))
    answer = answerer.ask("found an AI replica of my voice in a game trailer, how do i report it?")
    first = answer.text.splitlines()[0]
    assert "DR-21" in first and "30 days" in first


FAQ_PAGE = """<html><body><main><h1>Foire aux questions des membres</h1><dl>
<dt>Quelles sont les heures d'ouverture des bureaux ?</dt>
<dd>Le bureau est ouvert du lundi au jeudi, de 9 h 30 à 17 h.</dd>
<dt>Combien coûte la cotisation syndicale ?</dt>
<dd>La cotisation est de 1,75 % des cachets bruts, retenue par le promoteur, plus un droit
annuel de 60 £ payé en février. Ce taux s'applique depuis le 1er février 2026. Les membres
de moins de 18 ans ne paient que le droit annuel.</dd>
<dt>On me demande d'amener des spectateurs payants. Est-ce permis ?</dt>
<dd>Non. Les soirées « bringer » sont interdites par l'accord.</dd>
</dl></main></body></html>"""


def test_an_html_faq_answers_with_its_answer_quoted_once(tmp_path, bundled_embedder):
    answerer = answerer_over(
        tmp_path, {"faq.html": FAQ_PAGE}, bundled_embedder, dt.date(2026, 12, 3)
    )
    answer = answerer.ask("c'est combien la cotisation syndicale, le % et le droit annuel ?")
    quoted = [line for line in answer.text.splitlines() if "[1]" in line]
    assert "1,75 %" in quoted[0] and "60 £" in quoted[0]
    assert not any(line.rstrip(" [1]").endswith("?") for line in quoted)  # no question quoted
    assert sum("La cotisation est de 1,75 %" in line for line in quoted) == 1


AGREEMENT_EN = """# Voice Agreement 2025-2028

## Article 4: Payment

4.1 The producer pays the session fee within fifteen (15) business days of the session.

4.2 A late payment carries interest of 1% per month.

## Article 9: Consent

9.1 A digital replica of a performer's voice is made only with the performer's written
consent, given for each production.
"""

GUIDE_FR = """# Guide du membre 2026-2027

## Ligne d'urgence

Un promoteur ne vous a pas payé ? Appelez la ligne d'urgence du syndicat au 1 800 555 0142,
du lundi au vendredi de 9 h à 17 h.

## Clinique juridique

Une clinique juridique gratuite se tient le deuxième mercredi de chaque mois, de 14 h à
19 h, au bureau du syndicat. Un avocat répond aux questions des membres sur leurs contrats.
"""


def test_an_english_question_about_the_unions_services_finds_the_french_guide(
    tmp_path, bundled_embedder
):
    from knowledge.lexical import tokenize
    from knowledge.terms import expand

    # the union's own services are searched in the other language too
    asked = tokenize(["legal clinic lawyer hotline promoter"])[0]
    wanted = tokenize(["juridique clinique avocat ligne promoteur"])[0]
    assert set(wanted) <= set(expand(asked))
    documents = {"agreement.md": AGREEMENT_EN, "guide.md": GUIDE_FR}
    answerer = answerer_over(tmp_path, documents, bundled_embedder, dt.date(2026, 12, 3))
    hotline = answerer.ask("is there a hotline when a promoter doesn't pay me? number?")
    assert "1 800 555 0142" in hotline.text.splitlines()[0]
    clinic = answerer.ask("is there a free legal clinic? need a lawyer, what hours")
    assert "14 h" in clinic.text


THREAD = """- From: Pat Lee <pat@producers.example>
- Date: Mon, 30 Nov 2026 11:05:37 +0800
- Subject: Re: pilot renewal

We propose to renew the pilot until 31 March 2028 with the levy cut. Could the Guild
answer before the Joint Committee meets on 3 December?

Kind regards,
Pat Lee

- From: Dwi Roy <dwi@guild.example>
- Subject: pilot renewal

Now that the Agreement is signed, the pilot lapses on 31 March 2027 unless renewed.
"""


def test_a_question_asked_in_a_letter_is_not_answered_by_its_sign_off():
    passage = Passage("p", "thread.txt", "Thread", THREAD, 0, len(THREAD), 1.0)
    units = cut([passage])
    asked = [u for u in units if "3 December" in u.text]
    assert asked and not any("Kind regards" in u.text for u in asked)
    assert not any("From:" in u.text and "lapses" in u.text for u in units)
    assert any(u.text.startswith("Now that the Agreement is signed") for u in units)


def test_a_faq_answer_with_a_comma_line_or_a_date_is_still_its_answer():
    faq = (
        "# FAQ\n\nWhat does the kit include?\n\n- a helmet,\n- gloves and boots.\n\n"
        "When is the next general meeting?\n\nDate: 3 December 2026, 7 pm, at the office.\n\n"
        "Who must I send the DR-21 form to?\n\nSend it by e-mail.\nTo: claims@guild.example\n"
    )
    units = cut([Passage("p", "faq.md", "FAQ", faq, 0, len(faq), 1.0)])
    kit = [u for u in units if "kit include" in u.text]
    assert len(kit) == 1 and "gloves and boots" in kit[0].display
    meeting = [u for u in units if "general meeting" in u.text]
    assert len(meeting) == 1 and "3 December 2026" in meeting[0].display
    form = [u for u in units if "DR-21 form" in u.text]
    assert len(form) == 1 and "claims@guild.example" in form[0].display


def test_a_letters_paragraph_that_ends_by_asking_is_no_faqs_question():
    letter = (
        "Hi Desmond,\n\nMy payslip still shows $52.50 per call. People say the new rate is "
        "$65.00, others say $58.75. Which is it, and is anything owed?\n\n"
        "Also: is the night premium 40% now? That was in the draft too.\n"
    )
    units = cut([Passage("p", "mail.txt", "Mail", letter, 0, len(letter), 1.0)])
    # the member's case and question are her own prose, not a question the next lines answer
    assert not any("Which is it" in u.text and "Also:" in u.text for u in units)
    assert any(u.text == "My payslip still shows $52.50 per call." for u in units)
    # a FAQ's question of two sentences is still read with its answer, marked "Q." or not
    for faq, asked in (
        ("On me demande d'amener des spectateurs. Est-ce permis ?\n\nNon, jamais.\n", "On me"),
        ("Q. My parade was cancelled. Am I paid?\n\nNon, jamais.\n", "Q. My parade"),
    ):
        units = cut([Passage("p", "faq.md", "FAQ", faq, 0, len(faq), 1.0)])
        assert any(u.lead.startswith(asked) and "Non, jamais." in u.text for u in units), faq
