"""A JSON Lines export (knowledge/loading/jsonl.py) is read as the messages or records it
holds, one line each."""

from __future__ import annotations

import json

from knowledge.loading import load_bytes
from knowledge.loading.jsonl import jsonl_text

CHAT = "\n".join(
    json.dumps(x, ensure_ascii=False)
    for x in [
        {
            "id": "a1",
            "ts": "2026-11-02T10:15:40",
            "from": {"handle": "mo.dancer", "role": "member"},
            "text": "Is the rehearsal day still $180?",
        },
        {
            "id": "a2",
            "ts": "2026-11-02T10:31:02",
            "from": {"handle": "ada.q", "name": "Ada Quill", "role": "steward"},
            "text": "No: since 1 November it is $196.00 a day (clause 4.1).",
            "reactions": {"👍": 3},
            "reply_to": "a1",
        },
    ]
)


def test_each_message_is_a_line_with_its_time_and_sender():
    text = jsonl_text(CHAT)
    lines = text.splitlines()
    assert lines[0] == "[2026-11-02, 10:15] mo.dancer (member): Is the rehearsal day still $180?"
    assert lines[1].startswith("[2026-11-02, 10:31] Ada Quill (steward): No: since 1 November")
    assert "reactions" not in text and '"' not in text


def test_a_record_without_a_message_is_a_sentence_of_its_fields():
    records = '{"code": "R-2", "role": "reader", "rate": "46,500.00"}\n{"code": "R-3", "role": "coach", "rate": 312000}\n'
    assert jsonl_text(records).splitlines() == [
        "code R-2, role reader, rate 46,500.00.",
        "code R-3, role coach, rate 312000.",
    ]


def test_a_loaded_jsonl_file_reads_as_its_messages():
    assert (
        "Ada Quill (steward): No: since 1 November" in load_bytes(CHAT.encode(), "chat.jsonl").text
    )


def test_text_that_is_not_json_lines_is_left_as_it_is():
    prose = '{note} The fee is $40.\nThe union meets on Monday.\n{"a": 1}\n'
    assert jsonl_text(prose) == prose
    broken = '{"a": 1\n{"b": 2\n'
    assert jsonl_text(broken) == broken


def test_unix_times_are_read_and_a_record_with_a_text_keeps_its_other_fields():
    chat = (
        b'{"ts": 1764581462, "from": "Ada", "text": "The rate is 45."}\n'
        b'{"ts": 1764581562000, "from": "Bob", "text": "ok"}\n'
    )
    assert load_bytes(chat, "chat.jsonl").text.splitlines() == [
        "[2025-12-01, 09:31 UTC] Ada: The rate is 45.",
        "[2025-12-01, 09:32 UTC] Bob: ok",
    ]
    # no sender, no time: a record, whose "text" is one of its fields
    records = (
        '{"article": "14.2", "title": "Overtime", "text": "Paid at 1.5x"}\n'
        '{"article": "14.3", "text": {"en": "Meal", "fr": "Repas"}, "tags": ["a", "b"]}\n'
    )
    assert jsonl_text(records).splitlines() == [
        "article 14.2, title Overtime, text Paid at 1.5x.",
        "article 14.3, text.en Meal, text.fr Repas, tags a, b.",
    ]
