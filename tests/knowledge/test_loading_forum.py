"""Forum and wiki markup in a text file (knowledge/loading/forum.py): a thread's BBCode is
read as its text, a quoted post not again in the reply (its rumoured figure is the other
post's); a wiki table is read as a table, each row with its column headers."""

from __future__ import annotations

from knowledge.loading import load_bytes

THREAD = """[b]Grotto Talk[/b]: peak rates
[quote=Ana]I heard the peak rate is still 38.00 lari[/quote]
No: the peak rate is [b]42.50 lari[/b] an hour since 29 November.
"""

WIKI = """== Season ==
The '''spring split''' runs as the [[Schedule|schedule]] says.
{| class="wikitable"
|+ Split rates
! Split !! Dates !! Match fee
|-
| Spring split || 1 Feb - 30 Apr 2027 || 450,000 won
|-
| style="color:red" | Summer split || 1 Jun - 31 Aug 2027 || 480,000 won
|}
"""


def test_a_forum_thread_is_read_without_its_markup_or_quoted_posts():
    text = load_bytes(THREAD.encode(), "thread.txt").text
    assert "the peak rate is 42.50 lari an hour" in text
    assert "38.00" not in text and "[b]" not in text and "[quote" not in text


def test_a_wiki_table_is_read_as_a_table():
    text = load_bytes(WIKI.encode(), "season.txt").text
    assert "The spring split runs as the schedule says." in text
    assert "| Split | Dates | Match fee |" in text
    assert "| Summer split | 1 Jun - 31 Aug 2027 | 480,000 won |" in text
    assert "wikitable" not in text and "style=" not in text


def test_text_without_the_markup_is_left_as_it_is():
    plain = "Rates [see note 2] apply. The union's 'fee' is set in [Annex B].\n"
    assert load_bytes(plain.encode(), "note.txt").text.strip() == plain.strip()
