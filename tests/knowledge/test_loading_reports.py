"""Reports and datelines: an HTML page or a text is news when it is signed and dated or
says so, a transcript of speakers' turns is a report, and a web page's dateline that text
extraction drops as boilerplate is kept under its title (not a banner's or a footer's)."""

from __future__ import annotations

import pytest

from knowledge.loading import load_bytes


def test_an_html_page_is_news_only_when_it_is_signed_or_says_so():
    page = (
        "<html><head><title>Writers' minimums</title>{meta}</head><body><main>"
        "<h1>Writers' minimums 2026-2027</h1><p>These minimums apply from 1 July 2026 to "
        "30 June 2027 to every writer engaged under the agreement, for each script.</p>"
        "<p>A polish of an eleven-minute episode is paid at least the minimum below.</p>"
        "</main></body></html>"
    )
    unsigned = load_bytes(page.format(meta="").encode(), "writers-section-minimums.html")
    assert unsigned.metadata["kind"] == "other"  # a union's own page, not a news report
    byline = '<meta name="author" content="Tamsin Okafor">'
    signed = load_bytes(page.format(meta=byline).encode(), "writers-section-minimums.html")
    assert signed.metadata["kind"] == "article"
    og = '<meta property="og:type" content="article">'
    assert load_bytes(page.format(meta=og).encode(), "page.html").metadata["kind"] == "article"
    # a name that says what it is decides, unless the page is signed
    assert load_bytes(page.format(meta="").encode(), "news/page.html").metadata["kind"] == "article"
    assert load_bytes(page.format(meta=og).encode(), "rates.html").metadata["kind"] == "rates"
    signed_contract = load_bytes(page.format(meta=byline).encode(), "contract-ratified.html")
    assert signed_contract.metadata["kind"] == "article"


@pytest.mark.parametrize(
    "top, kind",
    [
        ("**By Gwendolyn Marsh · Published July 3, 2025 · 5 min read**", "article"),
        ("*Par Mathilde Ouellet · Publié le 2 décembre 2025 à 17 h 42*", "article"),
        (
            "By Tobias Lindqvist, Screen Industry Reporter\nPublished Saturday, October 18, 2025",
            "article",
        ),
        # a clause's "by", or a byline with no day, is no news report
        (
            "C. The Joint AI Committee established\n   by Article 16.12 recommended, on 12 May 2026",
            "other",
        ),
        ("By Tobias Lindqvist, Screen Industry Reporter", "other"),
    ],
)
def test_a_text_report_signed_and_dated_at_its_top_is_news(top, kind):
    text = f"# Performers reach a deal\n\n{top}\n\nThe members voted on the new agreement.\n"
    doc = load_bytes(text.encode(), "ledger-2025-07-03-screen-deal.md")
    assert doc.metadata["kind"] == kind
    if kind == "article":
        assert doc.metadata["published"][:4] == "2025"


def test_a_rule_that_starts_with_by_and_a_day_is_no_byline():
    text = (
        "# Scheduling rules\n\nBy Friday, the Producer shall post next week's schedules.\n"
        "Posted schedules (March 6, 2026) apply to every call.\n"
    )
    assert load_bytes(text.encode(), "scheduling.md").metadata["kind"] != "article"


def _turns(speakers: list[str], times: bool) -> str:
    lines = [
        f"({12 + n // 60}:{n % 60:02d}) " * times + f"{s} : point {n}."
        for n, s in enumerate(speakers)
    ]
    return "\n\n".join(lines)


@pytest.mark.parametrize(
    "body, kind",
    [
        # an interview or podcast transcript: turns of two speakers, timed or not
        (_turns(["Maëlle Ternoven", "Oriane Kestell"] * 4, True), "article"),
        (_turns(["GARNERIN", "TROCADIER"] * 4, False), "article"),
        # one speaker, too few turns, or a FAQ's "Question :" labels: no transcript
        (_turns(["Oriane Kestell"] * 8, True), "other"),
        (_turns(["Maëlle Ternoven", "Oriane Kestell"], True), "other"),
        (_turns(["Question", "Réponse"] * 4, False), "other"),
    ],
)
def test_a_transcript_of_turns_is_a_report_like_news(body, kind):
    text = f"RADIO SORRELAY – LE MICRO OUVERT\nÉmission du 4 novembre 2026\n\n{body}\n"
    assert load_bytes(text.encode(), "micro-ouvert.txt").metadata["kind"] == kind


DATELINED_PAGE = """<!doctype html><html lang="en"><head><title>Side Letter No. 2</title></head>
<body><nav><a href="/">Home</a> › <a href="/agreements">Agreements</a></nav>
<main><article>
<h1>Side Letter No. 2 – Fight captains</h1>
<p class="meta">Stage Agreement 2026–2029 · Signed on 28 May 2026 · Effective 2026-06-01 to
2029-03-31 · Posted by the Agreements Desk</p>
<p>This Side Letter is made between the union and the producers' council under the Stage
Agreement. It forms part of the Agreement. Where it says nothing, the Agreement applies.</p>
<h2>1. Fees</h2>
<p>A fight captain is paid a supplement for each show week in which they lead the fight
calls, in addition to their own weekly fee, as the table below sets out.</p>
<table><tr><th>Role</th><th>Unit</th><th>Fee</th></tr>
<tr><td>Fight captain</td><td>per show week</td><td>fl. 85,50</td></tr></table>
</article></main></body></html>
"""


def test_a_pages_dateline_dropped_as_boilerplate_is_kept_under_its_title():
    doc = load_bytes(DATELINED_PAGE.encode(), "side-letter-2.html")
    head = doc.text.split("## 1. Fees")[0]
    assert "Effective 2026-06-01 to 2029-03-31" in head
    assert head.startswith("# Side Letter No. 2")
    assert doc.text.count("Effective 2026-06-01") == 1


def test_a_banner_or_footer_date_is_not_the_pages_dateline():
    page = """<html><body><header><p>New minimum rates effective 1 July 2026!</p></header>
<main><h1>Travel policy 2019</h1>
<p>Members travelling for work book through the union's travel desk, which keeps the
receipts and pays the approved expenses each month, as this policy explains below.</p>
<p>Rail travel is booked in standard class; a sleeper is booked for a night journey.</p>
</main><footer><p>Privacy policy effective 25 May 2018.</p></footer></body></html>"""
    doc = load_bytes(page.encode(), "travel-policy.html")
    assert "effective" not in doc.text
