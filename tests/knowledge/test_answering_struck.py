"""What a document itself strikes out ("<s>R$ 200,00</s> R$ 210,00" on a rate page, a
Markdown "~~$200~~") is the figure it replaced: an answer shows the figure that stands,
and the struck one only when the question asks what changed."""

from __future__ import annotations

import datetime as dt

import pytest
from small_corpus import answerer_over

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>Session rates 2026/27</title></head>
<body><main>
<h1>Session rates 2026/27</h1>
<p>The rates below apply to every recording session booked under the Agreement.</p>
<table>
<tr><th scope="col">Item</th><th scope="col">Rate</th><th scope="col">Unit</th></tr>
<tr><th scope="row">Lead-line premium</th><td><s>R$ 200,00</s> R$ 210,00</td>
<td>per session, when the lead line is kept on the master</td></tr>
<tr><th scope="row">Overdub supplement</th><td><s>R$ 295,00</s> R$ 310,00</td>
<td>per track overdubbed</td></tr>
</table>
</main></body></html>
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory, bundled_embedder):
    root = tmp_path_factory.mktemp("struck")
    return answerer_over(root, {"rates.html": PAGE}, bundled_embedder, dt.date(2026, 12, 6))


def test_a_struck_figure_is_not_shown_as_the_rate(answerer):
    answer = answerer.ask("how much is the lead-line premium?")
    assert answer.grounded
    assert "210,00" in answer.text.splitlines()[0]
    assert "200,00" not in answer.text


def test_a_struck_figure_is_shown_when_the_change_is_asked(answerer):
    answer = answerer.ask("how did the lead-line premium change?")
    assert "200,00" in answer.text and "210,00" in answer.text
