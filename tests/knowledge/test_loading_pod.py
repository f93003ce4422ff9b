"""A text file that holds POD, Perl's documentation markup (knowledge/loading/pod.py), is read
as Markdown: its "=head" commands as headings, its "=item" paragraphs as list items, an
aligned verbatim paragraph as a table whose rows carry their column headers, its formatting
codes as the text they show, and without "=for comment" or "=begin comment" regions (a
rejected draft is not read); text that is not POD is left as it is."""

from __future__ import annotations

import time

from knowledge.loading.pod import is_pod, pod_text

MEMO = """\
=pod

=encoding UTF-8

=head1 NAME

Memorandum of Variation No. 2 - Stagehands Agreement 2026-2028

=head1 IN SHORT

Signed at Port Ilse on B<Friday 4 December 2026>; it applies from
I<Monday 7 December 2026>. Reference: C<PIS/MV-2/2026>.

=for comment Employer's draft of 20 November, rejected by the branch:
load-in call S<K 2,100.00>; overtime S<K 150.00> an hour.

=begin comment

Second draft, withdrawn: load-in call K 2,250.00.

=end comment

=head2 Item 1 - Calls (clause 4.2)

=over 4

=item *

A load-in call of up to 4 hours is paid S<K 2,400.00>, no longer
S<K 2,300.00>.

=item * Overtime is paid S<K 180.00> an hour.

=back

=head2 Item 2 - The rates in one table

    Call      What                    Before       From 7 December 2026
    ------    --------------------    ----------   --------------------
    Load-in   Up to 4 hours           K 2,300.00   K 2,400.00
    Show      Up to 5 hours           K 2,600.00   K 2,750.00
    Strike    Up to 3 hours           K 1,900.00   K 1,980.00

=begin text

The branch's rate card already prints these figures.

=end text

=head1 SEE ALSO

L<Stagehands Agreement 2026-2028|https://pis.example/agreement>, clause 4.2, and
L<https://pis.example/rates>.

=cut
"""


def test_a_memorandum_in_pod_reads_as_headings_items_and_a_table():
    text = pod_text(MEMO)
    # the NAME section's paragraph is the page's title
    assert text.startswith("# Memorandum of Variation No. 2 - Stagehands Agreement")
    assert "\n# IN SHORT\n" in text and "\n## Item 1 - Calls (clause 4.2)\n" in text
    # codes show their text; a paragraph's lines stay as written
    assert "Signed at Port Ilse on Friday 4 December 2026; it applies from\n" in text
    assert "Monday 7 December 2026. Reference: PIS/MV-2/2026." in text
    # a bullet over its paragraph, or with its text on the line; S<> amounts as written
    assert "- A load-in call of up to 4 hours is paid K 2,400.00, no longer\nK 2,300.00." in text
    assert "- Overtime is paid K 180.00 an hour." in text
    # an aligned verbatim paragraph: a table headed by its first line
    assert "| Call | What | Before | From 7 December 2026 |\n|---|---|---|---|\n" in text
    assert "| Show | Up to 5 hours | K 2,600.00 | K 2,750.00 |" in text
    assert "The branch's rate card already prints these figures." in text  # a text region
    assert "Stagehands Agreement 2026-2028, clause 4.2, and\nhttps://pis.example/rates." in text
    for command in ("=pod", "=encoding", "=head", "=over", "=item", "=back", "=cut", "S<", "B<"):
        assert command not in text


def test_comments_and_regions_no_reader_sees_are_dropped():
    text = pod_text(MEMO)
    assert "2,100.00" not in text and "150.00" not in text  # "=for comment", the paragraph
    assert "2,250.00" not in text and "withdrawn" not in text  # "=begin comment"
    regions = """=head1 Rates

=begin html

<p>Members pay <b>K 95.00</b> &amp; guests K 120.00<!-- old: K 80.00 --></p>

=end html

=begin latex

\\textbf{Typeset only: K 70.00}

=end latex

=begin comment

=begin text

Draft inside a comment: K 60.00

=end text

=end comment

=for :text Read as I<POD>: K 110.00 a night.

=for html <em>Late fee</em> K 15.00

=head2 After

Done.
"""
    text = pod_text(regions)
    assert "Members pay K 95.00 & guests K 120.00" in text
    assert "Read as POD: K 110.00 a night." in text and "Late fee K 15.00" in text
    for hidden in ("80.00", "70.00", "60.00", "<p>", "textbf"):
        assert hidden not in text
    assert "## After\n\nDone." in text


def test_formatting_codes_read_as_the_text_they_show():
    text = pod_text(
        "=head1 Codes\n\n"
        "B<I<nested> and C<code>>; C<< $rate->{call} >>; C<<< a >> b >>>; C<<x>.\n"
        "E<lt>tagE<gt> E<verbar> E<sol> caf\u00e9 E<eacute> E<0x201E>q E<160>K E<075> E<bogus>\n"
        "X<fees>Fees Z<>apply; S<K\n5,400.00> a week; L<the guide|https://x.example/g>;\n"
        'L<perlpod/"Formatting Codes">; L</Overtime>; L<a E<verbar> b|https://x.example>.\n'
        "A > B and 5 < 6; B<unclosed\n\n=cut\n"
    )
    assert "nested and code; $rate->{call}; a >> b; <x." in text
    assert "<tag> | / café é „q \u00a0K = E<bogus>" in text
    assert "Fees apply; K 5,400.00 a week; the guide;" in text
    assert '"Formatting Codes" in perlpod; Overtime; a | b.' in text
    assert "A > B and 5 < 6; unclosed" in text


def test_numbered_and_labelled_items_keep_their_labels():
    text = pod_text(
        "=head1 Steps\n\n=over\n\n=item 1.\n\nWrite to the supervisor.\n\n"
        "=item 2\n\nAppeal within 10 days.\n\n=back\n\n=head1 SIGNATURES\n\n=over\n\n"
        "=item For the Union\n\nAda Obi, president.\n\n=item Dr. Li\n\n=back\n"
    )
    assert "- 1. Write to the supervisor.\n\n- 2. Appeal within 10 days." in text
    assert "- For the Union\nAda Obi, president." in text and "- Dr. Li" in text


def test_verbatim_that_is_no_table_keeps_its_lines():
    text = pod_text(
        "=head1 Example\n\n    my $fee = 240;\n    print $fee;\n    exit;\n\n"
        "=head2 Short\n\n    Lead    240\n    Chorus  150\n\n=cut\n"
    )
    assert "my $fee = 240;\nprint $fee;\nexit;" in text and "| my" not in text
    assert "Lead    240\nChorus  150" in text  # two lines are not enough for a table


def test_perl_code_after_cut_is_not_read_and_a_program_is_left_as_it_is():
    text = pod_text(
        "=head1 NAME\n\nRates - the call rates\n\n=cut\n\nmy %rate = (load_in => 2400);\n\n"
        "sub rate { $rate{shift} }\n\n=head2 rate\n\nGives a call's rate.\n\n=cut\n\n1;\n"
    )
    assert "Rates - the call rates" in text and "## rate\n\nGives a call's rate." in text
    assert "my %rate" not in text and "sub rate" not in text and "1;" not in text
    program = "#!/usr/bin/perl\nuse strict;\n\n=head1 NAME\n\nrates\n\n=cut\n\nprint 1;\n"
    assert not is_pod(program) and pod_text(program) == program


def test_text_that_is_not_pod_is_left_as_it_is():
    texts = [
        "# Rates\n\n=head1 is how POD starts a heading.\n\n=cut ends it.\n",
        "= Cotisations\n\n== Tarifs\n\n=item is not Typst.\n",  # Typst headings
        "Rates\n=====\n\nThe load-in call is K 2,400.00.\n",  # a Markdown heading's rule
        "=SUM(B2:B9)\n=AVERAGE(B2:B9)\n=item\n",  # spreadsheet formulas
        "=pod\n\nOnly a marker, and nothing after it.\n",  # no further command
        "=head1 Rates",  # one line only
        "Title: The Heures\n\n= A synopsis.\n\n=== \n",  # Fountain
    ]
    for plain in texts:
        assert not is_pod(plain)
        assert pod_text(plain) == plain


def test_hostile_pod_costs_linear_time():
    head = "=head1 Rates\n\n=head2 Calls\n\n"
    hostile = [
        head + "B<" * 500_000,  # codes that never close
        head + "C<< " * 250_000,
        head + "C<< x " + ">" * 1_000_000,
        head + "E<" * 300_000,
        head + "=begin comment\n\n" * 100_000,  # regions that never end
        head + "=item *\n\n" * 100_000,
        head + "=for html <!--\n\n" * 100_000,
        head + ("    a  b  c\n" * 150 + "\n") * 600,  # many tables
        head + "    " + "a  " * 300_000 + "\n",  # one wide line
        head + "x\n\n" * 330_000,
        head + "x" + " " * 1_000_000 + "y\n",  # a long run of spaces in a line
        head + "x \n" * 300_000,
    ]
    for text in hostile:
        started = time.perf_counter()
        out = pod_text(text)
        assert time.perf_counter() - started < 5
        assert len(out) < 2 * len(text)
