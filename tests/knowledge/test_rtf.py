"""Rich Text (knowledge/loading/rtf.py): an RTF document, as a `.rtf` or a `.txt` that
holds one, is read as the text it shows: its amounts and lines, not its control words;
its hidden text (a draft Word does not show) is not read."""

from __future__ import annotations

import pytest

from knowledge.loading import load_bytes
from knowledge.loading.rtf import is_rtf

PAYROLL = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}}"
    rb"{\colortbl;\red0\green0\blue0;}"
    rb"\f0\fs22 Caster payroll statement\par "
    rb"Match fee: 1,250,000 won per match\par "
    rb"{\v Draft: 1,400,000 won per match\par }"
    rb"Night premium: 25\'25 \v (proposed 30\'25)\v0 of the fee\par "
    rb"Caf\'e9 allowance: \'a3 12.50\par }"
)


@pytest.mark.parametrize("name", ["statement.rtf", "statement.txt"])
def test_an_rtf_document_is_read_as_the_text_it_shows(name):
    assert is_rtf(PAYROLL)
    text = load_bytes(PAYROLL, name).text
    assert "Match fee: 1,250,000 won per match" in text
    assert "Night premium: 25% of the fee" in " ".join(text.split())
    assert "Café allowance: £ 12.50" in text
    # no control word, font or colour table; no hidden draft
    assert "\\" not in text and "Arial" not in text and "rtf1" not in text
    assert "1,400,000" not in text and "30%" not in text


def test_a_text_file_that_is_not_rtf_is_read_as_it_is():
    assert not is_rtf(b"Fee: {\\rtf is how an RTF file starts}\n")
    assert "{\\rtf" in load_bytes(b"Fee: {\\rtf is how an RTF file starts}\n", "n.txt").text
