"""Amounts in any union's currency are money: rupees, kronor, florins, zloty, CFA francs,
forints, as dollars and euros are (figures.py). A unit of length or weight written beside
a number is not ("6 ft", "12 fl oz", "50 pounds of equipment")."""

from __future__ import annotations

import pytest

from knowledge import figures
from knowledge.answering.kinds import wanted_kinds


def _money(text: str) -> list[str]:
    return [f.value for f in figures.extract(text) if f.kind == "money"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Amount: Rs 5,400.00", "5400"),
        ("Cachet 2026-2027 : 25\u00a0100,00\u00a0Rs", "25100"),
        ("une indemnité de 12\u202f500 Rs", "12500"),
        ("INR 5,000 per day", "5000"),
        ("24 500 roupies par mois", "24500"),
        ("fl. 1.250,50 per performance", "1250.5"),
        ("ƒ 1.250,00 par représentation", "1250"),
        ("FL 1,250 a week", "1250"),
        ("250 kr per timme", "250"),
        ("SEK 1 200", "1200"),
        ("5 000 F CFA par cachet", "5000"),
        ("100 zł za dzień", "100"),
        ("5000 Ft", "5000"),
        ("Rs 2.5 lakh a season", "250000"),
        ("a one-time payment of like 30k rupees", "30000"),
        ("R$ 300", "300"),
        ("¥12,000 per episode", "12000"),
        ("₹ 1,500", "1500"),
        # the rand's "R" glued to its amount or a space before it
        ("R650 per stream hour", "650"),
        ("R1 250 a night", "1250"),
        # a sign after its amount with the capitals that say whose it is (French order)
        ("230,00\u00a0GH₵ l'heure de set de réception", "230"),
        ("1\u202f250,00\u00a0GH₵ par événement", "1250"),
        ("45 US$ per day", "45"),
        ("up to R 1,250.00 a night", "1250"),
        ("R4,80 par km", "4.8"),
        ("R12 000 p.m.", "12000"),
        # the gourde's "G" and the kwacha's "K", as the rand's "R"
        ("G 1 950 per episode", "1950"),
        ("paid G1250 a show", "1250"),
        ("K 500 per day", "500"),
        ("| Outside Belrive | G 720 |", "720"),  # three digits ending a table cell
        # after an amount with its cents, as a French reader writes them
        ("Montant: 28\u202f000,00\u00a0K; Article: 16.1", "28000"),
        ("un solde de 412,30 K reporté", "412.3"),
        ("185,50 G la soirée", "185.5"),
        # the franc's "F" after an amount of thousands, and dots between thousands
        ("une journée à 120 000F", "120000"),
        ("75.000 F par jour", "75000"),
        ("1.150 fl. par semaine", "1150"),
        # the rupiah: "Rp" before or after, dots between thousands, Indonesian scales
        ("Rp 2.450.000 per shoot day", "2450000"),
        ("The fee is Rp 2.450.000.", "2450000"),  # a full stop after it ends the sentence
        ("Rp2.450.000,- per day", "2450000"),
        ("2\u202f450\u202f000\u00a0Rp par jour", "2450000"),
        ("a correction of (Rp 125.000)", "125000"),
        ("Rp 2,45 juta a day", "2450000"),
        ("Rp 850 ribu a day", "850000"),
        ("cover of Rp 1,2 miliar", "1200000000"),
        ("chair time is ₺1,25 bin an hour", "1250"),  # Turkish: bin thousand, milyon
        ("a cover of ₺2,4 milyon", "2400000"),
        ("50 bin TL a season, 1.250,50 TL a day", ["50000", "1250.5"]),
        ("a £5 bin charge per day", "5"),  # the lira's scales only after the lira
        ("€1.250.000,50 in all", "1250000.5"),
        ("Chaque défilé est payé 128,00 DT.", "128"),  # the dinar's abbreviation
        ("DT 146.80 per parade", "146.8"),
        # the sol: "S/", its older "S/." and its code, before; "S/" or "soles" after
        ("S/ 214.50 per show", "214.5"),
        ("paid S/. 290.00 per show", "290"),
        ("SOL 1,250.50 gross", "1250.5"),
        ("214,50 S/ par spectacle", "214.5"),
        ("a guarantee of S/ 1'365.00", "1365"),
        ("18 000 soles in all", "18000"),
        # any sign of Unicode's Currency Symbols block: the colón, hryvnia, tenge, lari
        ("₡18,500 a visit", "18500"),
        ("18\u202f500 ₡ la visite", "18500"),
        ("₡18.500 (dot thousands)", "18500"),
        ("a deduction of −₡720", "720"),
        ("twelve thousand colones", []),
        ("12 000 colones", "12000"),
        ("₴ 1 250 per day", "1250"),
        ("₸12,000 a show", "12000"),
        ("₾ 85.50 an hour", "85.5"),
        # and their names and codes: every currency of ISO 4217, not only the ones seen
        ("6,415.80 hryvnias for the week", "6415.8"),  # money, not "6,415.80 hr"
        ("a supper allowance of hrn 118.60", "118.6"),
        ("1,245.50 lari a night", "1245.5"),
        ("GEL 1,245.50 gross", "1245.5"),
        ("12 500 tenges par jour", "12500"),
        ("1 250 korun za den", "1250"),
        ("PAB 1,250.00 per show", "1250"),
        ("1,250,000 won a match", "1250000"),  # the won, after thousands only
        ("we won 3 matches", []),
        ("of 1,250 grievances, 1,050 won at arbitration", []),  # the won ends an amount
        ("2,314 won the vote", []),
        ("850,000 won per match", "850000"),
        # French plurals of a currency's name
        ("reste à 2\u00a0300,00 bahts", "2300"),
        ("500 yens par jour", "500"),
        ("1 250 rands", "1250"),
        # currencies written in letters (CLDR's local signs, other ISO codes), beside an
        # amount written as money: its cents, its thousands or a scale
        ("RM1,250.00 a touring day", "1250"),
        ("up to RM 412.00 per show", "412"),
        ("soit 1\u202f250,00\u00a0RM par jour", "1250"),
        ("Bs 1.250,00 por función", "1250"),
        ("MK 12,500 per day", "12500"),
        ("TSh 45,000 a night", "45000"),
        ("GH¢1,250.00 a wedding", "1250"),
        ("GTQ 980.00 gross", "980"),
        ("a budget line of RM 2.1 jt", "2100000"),  # jt: juta, a million
        # any sign Unicode calls a currency's, outside its Currency Symbols block too
        ("৳85.00 a card", "85"),
        ("14\u202f500,00\u00a0৳ par match", "14500"),
        ("a game fee of Tk 14,500.00", "14500"),
        ("֏ 12,000 a night", "12000"),
        # a currency's hundredth by name or sign
        ("mileage at 85 sen per km", "0.85"),
        ("85¢ a mile", "0.85"),
        ("50 pesewas par km", "0.5"),
    ],
)
def test_an_amount_in_any_currency_is_money(text, value):
    assert _money(text) == (value if isinstance(value, list) else [value])


@pytest.mark.parametrize(
    "text",
    [
        "he is 60 ft tall",
        "a 12 fl oz bottle",
        "carry 50 pounds of equipment",
        "row S-12 of Annex B",
        "rows R1 to R12 of the table",  # a row's code, not the rand
        "Form R 2026 and R&D 300",
        "Room R101, Form R100, Schedule R2.1.3, revision R1.2, R2026",
        "it was 75 F outside, floor 5F, model 2000F",  # no amount of thousands
        "Room G2, Grade G3, a 5G network, Form G-12, Studio G 120, Grade G 100, G 2026",
        # a letter that names a room, an annex, a building or a vitamin before a number
        "Appendix G 120 days after signing, Schedule K 150, Rooms G 101 and G 102",
        "Bâtiment G 120, Vitamin K 100 mg, Building K 120 m away, Room  G 120",
        "RP 12 is a role-play scene, 9.2.1 a clause, version 1.100.200.3",
        "3 bin bags and 2 bin liners a day",  # "bin" (Turkish thousand) after money only
        "the dt 120 setting",  # the dinar's "DT" in capitals, beside an amount's decimals
        "Formulaire DT 120, Appendix DT 2026",
        "2 DT et 3 régisseurs",  # directeurs techniques
        "serial S/N 12345, the soles of 12 boots, 2 soles per season",  # no sol
        # letters that are a currency only beside an amount written as money
        "Room RM 12, KM 100 from town, ALL 2026 SHOWS, TOP 10, Bs 3, pH 7",
        "TOP 10K RUNNERS, ALL 1,250 MEMBERS, CUP 2,026, AMD 3.50 GHz, flight QR 1,234",
        "kick-off 10.30 FC, RF 2.45 GHz, doors at RM 19.30 h",  # codes, names, times of day
        "il a 2 fils et 3 filles, 50 per cent",
        "Room 12B€ per hour",  # capitals before a sign say whose only when they are a country's
        "le 5 K de Paris, un écran 4K, un fichier de 300 K, 12,50 KB, 2,25 Kg, 1.25K views",
    ],
)
def test_lengths_weights_and_codes_are_not_money(text):
    assert _money(text) == []


def test_a_question_in_a_currency_sign_asks_for_money():
    assert "money" in wanted_kinds("is it still ₹1,500 for a bulletin?")


def test_an_answer_may_respell_an_amount_in_its_source_currency():
    source = "Row AI-6: automated commentary, per match: Rs 5,400.00."
    assert figures.unsupported("The fee is 5 400,00 Rs per match [1].", [source]) == []
    assert figures.unsupported("The fee is Rs 5,900 per match [1].", [source])


def test_a_french_verb_after_a_number_is_no_currency():
    assert _money("il y a 5 lire le texte avant la séance") == []


def test_a_currency_abbreviation_before_its_amount_ends_no_sentence():
    from knowledge.answering.sentences import sentences

    text = (
        "La cotisation annuelle minimale est de fl. 84,00 pour un membre qui a peu travaillé. "
        "Le droit d'entrée est de Rs. 40, une seule fois. Payé 250 kr. 5 jours plus tard. "
        "4.15 A principal skater is paid S/. 290.00 per show."
    )
    assert sentences(text) == [
        "La cotisation annuelle minimale est de fl. 84,00 pour un membre qui a peu travaillé.",
        "Le droit d'entrée est de Rs. 40, une seule fois.",
        "Payé 250 kr.",  # after its amount, the abbreviation may end a sentence
        "5 jours plus tard.",
        "4.15 A principal skater is paid S/. 290.00 per show.",  # the sol's older sign
    ]


def test_pence_are_money():
    def money(text: str) -> list[str]:
        return [f.value for f in figures.extract(text) if f.kind == "money"]

    assert money("IVR prompt, per prompt: 85p") == ["0.85"]
    assert money("at 75p each, or £0.75") == ["0.75", "0.75"]
    assert money("one more at 5p.") == ["0.05"]
    # a video's lines, a page, a time or a code are no pence
    assert money("1080p video, see p. 12, at 3 p.m., code 2p-3, 12 p, pages 10-12p") == []


def test_dotted_thousands_are_one_number_whatever_their_kind():
    assert figures.parse_number("2.450.000") == 2450000
    found = [(f.kind, f.value) for f in figures.extract("2.450.000 per day, le 15.01.2027")]
    assert found == [("date", "2027-01-15"), ("number", "2450000")]
    # a fourth part is no amount: a version, not 1,100,200 and 3
    assert "1100200" not in [f.value for f in figures.extract("version 1.100.200.3")]


def test_a_column_in_rupiah_is_money_but_not_one_of_role_play():
    from knowledge.currencies import names_currency

    assert names_currency("Rate (Rp)") and names_currency("Amount Rp")
    assert not names_currency("RP rate") and not names_currency("Rate (RP)")


def test_a_column_in_sol_is_money_but_not_one_on_the_ground():
    from knowledge.currencies import names_currency

    assert names_currency("Fee (S/)") and names_currency("Monto SOL")
    assert not any(map(names_currency, ["S/N", "Cachet au sol", "Boot soles"]))
