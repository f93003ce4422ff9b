"""Raw logs read as what they record (knowledge/loading/logs.py): an IRC log's protocol
lines as messages with their time and sender, its topic kept and its joins dropped; a
logfmt log's entries as sentences with their time, message and fields."""

from __future__ import annotations

from knowledge.loading import load_bytes

IRC = (
    "@time=2026-12-01T18:59:02.104Z;msgid=a1 :irc.example 332 kes #costream :Fees: ask dmitri\r\n"
    "@time=2026-12-01T19:02:11.512Z;msgid=a2 :kes!~kes@host.example JOIN #costream\r\n"
    "@time=2026-12-01T19:03:40.077Z;msgid=a3 :kes!~kes@host.example PRIVMSG #costream :is the"
    " co-stream still 850,000 won?\r\n"
    "@time=2026-12-01T19:05:18.930Z;msgid=a4 :dmitri!~d@guild.example PRIVMSG #costream :yes,"
    " plus 35 % of the ads\r\n"
)

LOGFMT = """# voice generation log
ts=1788199512 level=info evt=line_generated perf=EBPG-31407 line=1 msg="first line generated; the licence starts today"
ts=1794488400 level=info evt=billing rate=640/line lines=1340 msg="quarterly statement sent"
ts=1796397600 level=info evt=quota lines_total=2140 cap=2500 msg="2 140 lines of the 2 500 cap"
"""


def test_an_irc_log_is_read_as_its_messages():
    text = load_bytes(IRC.encode(), "channel.txt").text
    assert "[2026-12-01, 19:03] kes: is the co-stream still 850,000 won?" in text
    assert "[2026-12-01, 19:05] dmitri: yes, plus 35 % of the ads" in text
    assert "Topic of #costream: Fees: ask dmitri" in text
    assert "PRIVMSG" not in text and "JOIN" not in text and "msgid" not in text


def test_a_logfmt_log_is_read_as_its_entries():
    text = load_bytes(LOGFMT.encode(), "voxgen.txt").text
    assert "2026-08-31 18:05 UTC: first line generated; the licence starts today (evt" in text
    assert "quarterly statement sent (evt billing, rate 640/line, lines 1340)." in text
    assert "level=" not in text and 'msg="' not in text


def test_prose_with_a_few_equals_signs_is_left_as_it_is():
    plain = "Overtime: rate=1.5x the hourly fee.\nSee clause 4.\nNothing else here.\n"
    assert load_bytes(plain.encode(), "note.txt").text.strip() == plain.strip()


def test_sentences_with_pairs_in_them_are_no_log():
    rows = "\n".join(f"Rehearsal: grade A=€10{n}, grade B=€12{n}, grade C=€14{n}" for n in range(3))
    text = load_bytes((rows + "\n").encode(), "grades.txt").text
    assert all(row in text for row in rows.splitlines())
