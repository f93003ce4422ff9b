"""Member shorthand written out in the question's language (answering/shorthand.py), and
the glossary's words of the trade searched in both languages (terms.py): ordinals, a
number's unit, Québec French, a designator's letter, words for a death."""

from __future__ import annotations

from knowledge.answering.shorthand import expand_shorthand
from knowledge.answering.subject import subject_words
from knowledge.lexical import tokenize
from knowledge.terms import expand, translations


def test_an_ordinal_before_a_word_is_written_out_but_not_in_a_date():
    assert expand_shorthand("meal penalty 1st half hr?") == "meal penalty first half hour?"
    assert expand_shorthand("paid on Sept 1st 2026") == "paid on Sept 1st 2026"
    assert expand_shorthand("la 2e demi-heure", "fr") == "la deuxième demi-heure"
    assert expand_shorthand("depuis le 1er octobre", "fr") == "depuis le 1er octobre"


def test_a_letter_after_a_designators_word_is_not_shorthand():
    # "catégorie C" is a category, not "catégorie c'est"; "c combien" is "c'est combien"
    question = "c combien le cachet en catégorie C cette saison?"
    assert expand_shorthand(question, "fr") == (
        "c'est combien le cachet en catégorie C cette saison?"
    )
    assert expand_shorthand("cat. c, c quoi le tarif", "fr") == "cat. c, c'est quoi le tarif"


def test_words_of_any_performing_union_are_searched_in_both_languages():

    question = tokenize(["cachet par spectacle en catégorie C cette saison"])[0]
    assert {"show", "season", "categori"} <= set(expand(question))
    # a union's own bodies: "la prochaine réunion du comité mixte" is the joint committee's
    # next meeting in an English document
    meeting = tokenize(["la prochaine réunion du comité mixte c'est quand ?"])[0]
    assert {"next", "joint", "committe", "meet"} <= set(expand(meeting))
    # plain words of the trade across the two: a rush supplement, a jump, a partner
    rush = tokenize(["y a tu un supplément rush pour un saut de bateau ?"])[0]
    assert {"supplement", "premium", "urgenc", "jump"} <= set(expand(rush))
    assert "partenair" in expand(tokenize(["a physio partner"])[0])
    # a union's general assembly and a payer's remittance, in the other language's words
    assembly = tokenize(["when is the guild's general assembly?"])[0]
    assert tokenize(["assemblée générale"])[0] in translations(assembly)
    remittance = tokenize(["le prochain versement, c quand ?"])[0]
    assert "remitt" in expand(remittance)


def test_shorthand_beside_a_slash_is_written_out():
    assert expand_shorthand("bg/stand-ins rate rn") == "background/stand-ins rate right now"
    assert expand_shorthand("a/c") == "a/c"


def test_french_shorthand_for_overtime_is_read_as_overtime():

    question = expand_shorthand("temps supp à l'heure pour un figurant?", "fr")
    assert "temps supplémentaire" in question
    assert "overtim" in expand(tokenize([question])[0])  # the English documents' word


def test_a_glossary_term_translates_whole_and_each_alternative_apart():

    tokens = tokenize(["pénalité par jour ouvrable"])[0]
    assert {"busi", "day"} <= set(expand(tokens))  # the contracts' "Business Day"
    assert tokenize(["business day"])[0] in translations(tokens)
    # each alternative apart: "sous-titrage" is one, not "sous" and "titrage" found anywhere
    assert translations(tokenize(["subtitling"])[0]) == [tokenize(["sous-titrage"])[0]]
    assert translations(tokenize(["the rate"])[0]) == [["taux"], ["tarif"]]
    # the trade's words: an English question over a French agreement
    asked = expand(tokenize(["minimum call for hourly broadcast work"])[0])
    assert {"appel", "radiodiffus", "horair"} <= set(asked)


def test_plain_words_for_a_death_are_the_contracts_words():
    # contracts write "deceased performer" or "after the death of a performer": both
    assert expand_shorthand("my grandma died in 2023") == "my grandma deceased (death) in 2023"
    assert "deceased" in expand_shorthand("my dad passed away, can they use his replica?")
    # a person who passed at some time; not an audition passed, nor a vote
    assert expand_shorthand("my mom passed last yr") == "my mom deceased (death) last year"
    assert "deceased" in expand_shorthand("he was a voice actor, passed in 2024")
    assert "deceased" in expand_shorthand("grandpa was a voice actor and passed last yr")
    assert "deceased" not in expand_shorthand("i auditioned and passed the test last week")
    assert "deceased" not in expand_shorthand("the motion was tabled and passed last week")
    assert "deceased" not in expand_shorthand("i auditioned and passed in march")
    assert "deceased" not in expand_shorthand("i passed the audition last week")
    assert "deceased" not in expand_shorthand("the vote passed last week")
    assert "décédée" in expand_shorthand("ma mère est morte l'an dernier", "fr")


def test_min_after_a_number_is_minutes_not_a_minimum():
    assert expand_shorthand("do i get a 10 min break every hour?") == (
        "do i get a 10 minutes break every hour?"
    )
    assert expand_shorthand("whats the min session fee rn?").startswith("what is the minimum")
    # "mins" alone is minutes too: "how many mins max in a closed suit"
    assert expand_shorthand("how many mins max in a suit?") == (
        "how many minutes maximum in a suit?"
    )


def test_quebec_french_shorthand_is_written_out():
    assert (
        expand_shorthand("faque c'est quoi le per diem?", "fr") == "alors c'est quoi le per diem?"
    )
    assert expand_shorthand("chu pas sûre, c'est encore ça?", "fr").startswith("je suis pas sûre")
    assert expand_shorthand("shoot tmrw, need it asap") == (
        "shoot tomorrow, need it as soon as possible"
    )


def test_a_numbers_unit_is_written_out_in_the_questions_language():
    assert expand_shorthand("the 72h scan notice, a 4hr session") == (
        "the 72 hours scan notice, a 4 hours session"
    )
    assert expand_shorthand("un préavis de 72 h", "fr") == "un préavis de 72 heures"


def test_a_rate_per_unit_of_time_said_as_a_noun_is_a_rate():
    assert expand_shorthand("whats the hourly for a rigger rn?") == (
        "what is the hourly rate for a rigger right now?"
    )
    assert expand_shorthand("what's my daily?") == "what's my daily rate?"
    # an adjective before its own noun is left alone
    assert expand_shorthand("the daily allowance on tour") == "the daily allowance on tour"
    assert expand_shorthand("is a weekly performer paid more") == "is a weekly performer paid more"
    assert expand_shorthand("the daily and weekly limits") == "the daily and weekly limits"


def test_a_french_relative_names_nothing_priced():
    from knowledge.answering.priced import priced_words

    # "dont" is a French relative, not what is priced: "pour une prod dont le tournage …"
    assert priced_words("combien par crash pour une prod dont le tournage commence ?") == ["prod"]


def test_new_years_eve_and_a_one_off_are_written_out():
    # "NYE" is no name the documents never mention; "one off" is a kind of fee, not "off"
    assert expand_shorthand("NYE party 9pm to 2am, the premium?") == (
        "New Year's Eve party 9pm to 2am, the premium?"
    )
    assert expand_shorthand("is there a one off fee?") == "is there a one-off fee?"
    assert expand_shorthand("is Nye Bevan Hall a venue?") == "is Nye Bevan Hall a venue?"
    assert subject_words("is there a one-off fee for training a model?", "en") == [
        "training",
        "model",
    ]
    assert subject_words("y a-t-il un cachet unique pour l'entraînement ?", "fr") == [
        "entraînement"
    ]
