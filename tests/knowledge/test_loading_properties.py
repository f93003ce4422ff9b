"""A .properties message file is read as the items its dotted keys group, its continued
values whole and its comments left out."""

import time

from knowledge.loading import load_file
from knowledge.loading.properties import properties_text

PROPERTIES = """# Studio messages: translate the values, not the keys.
! internal note: draft price 9 999,00 was dropped
page.title=Studio Envol \\u2013 winter prices
page.intro=Acrobatics and jazz dance, \\
    from age 4 to adults.
course.jazz.name=Jazz dance
course.jazz.price=4 880,00 \\u09f3 a term
course.acro.name=Floor acrobatics
course.acro.price=4 450,00 \\u09f3 a term
"""


def test_keys_sharing_a_prefix_are_one_item_with_their_values(tmp_path):
    path = tmp_path / "studio.txt"
    path.write_text(PROPERTIES, encoding="utf-8")
    text = load_file(path, "studio.txt").text
    assert "course jazz — name: Jazz dance; price: 4 880,00 ৳ a term" in text
    assert "course acro — name: Floor acrobatics; price: 4 450,00 ৳ a term" in text
    assert "intro: Acrobatics and jazz dance, from age 4 to adults." in text
    assert "Studio Envol – winter prices" in text
    assert "9 999,00" not in text and "translate the values" not in text


def test_an_escaped_surrogate_pair_is_its_one_character():
    text = properties_text(PROPERTIES + "page.mood=Smile \\ud83d\\ude00, half \\ud83d.\n")
    assert "mood: Smile 😀, half �." in text
    text.encode("utf-8")  # no lone surrogate left


def test_space_separators_escaped_keys_and_lines_that_are_no_pair():
    text = properties_text(
        PROPERTIES
        + "course.jazz.teacher Ana Ruiz\ncourse.jazz.level : all levels\n"
        + "Winter timetable: see the board.\n%% 2026 %%\npage.key\\=x=v\n"
    )
    assert "price: 4 880,00 ৳ a term; teacher: Ana Ruiz; level: all levels" in text
    assert "\nWinter timetable: see the board.\n" in text  # no pair: kept as it is
    assert "\n%% 2026 %%\n" in text
    assert "; key=x: v\n" in text


def test_other_key_value_texts_are_unchanged():
    for text in [
        "Rate: 12.00\nDay: Monday\nRole: reader\nCall: 6 hours\n",
        "name: squad\nitems:\n  - a\n  - b\nrates:\n  day: 12\n",
        "a=1\nb=2\nc=3\nd=4\n",  # no dotted keys: an .ini section's, not a message file
    ]:
        assert properties_text(text) == text


def test_a_hostile_file_is_read_in_linear_time():
    for hostile in [
        "a.b=\\\n" * 100_000 + "x.y=1\n" * 100_000,
        "a.b=1\n" * 10 + "a" + "-\\x" * 300_000 + "!\n",
        "a.b=1\n" * 10 + "a" + ".b" * 300_000 + "!\n",
    ]:
        started = time.perf_counter()
        properties_text(hostile)
        assert time.perf_counter() - started < 5
