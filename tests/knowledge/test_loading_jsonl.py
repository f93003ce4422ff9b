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


SLACK = [
    {
        "type": "message",
        "subtype": "channel_join",
        "ts": "1796112131.000200",
        "user": "U07SDL0R1",
        "text": "<@U07SDL0R1> has joined the channel",
    },
    {
        "type": "message",
        "ts": "1796116368.000400",
        "user": "U07SDL4NK",
        "text": "Is the stipend 4 months of 6?",
        "user_profile": {"real_name": "Noa Kerr", "display_name": "noa.k"},
    },
    {
        "type": "message",
        "ts": "1796117405.000500",
        "user": "U07SDL0R1",
        "text": "<@U07SDL4NK> no: by home games (<https://x.example/a|clause 6.1>). <!here>",
        "user_profile": {"real_name": "Rafa Osei", "display_name": "rafa"},
        "thread_ts": "1796116368.000400",
    },
]


def test_a_slack_export_reads_as_its_messages_with_names_for_mentions():
    text = jsonl_text(json.dumps(SLACK, indent=4))
    lines = text.splitlines()
    assert lines == [
        "[2026-12-01, 09:12 UTC] Noa Kerr: Is the stipend 4 months of 6?",
        "[2026-12-01, 09:30 UTC] Rafa Osei: @Noa Kerr no: by home games (clause 6.1). @here",
    ]


def test_an_export_object_with_messages_reads_as_them():
    export = {
        "name": "Steward line",
        "type": "private_group",
        "messages": [
            {"id": 1, "date": "2026-12-01T09:31:02", "from": "Ada", "text": "Day rate?"},
            {
                "id": 2,
                "date": "2026-12-01T09:40:00",
                "from": "Rafa",
                "text": ["It is ", {"type": "bold", "text": "$196.00"}, " a day."],
            },
        ],
    }
    text = jsonl_text(json.dumps(export))
    assert text.splitlines() == [
        "# Steward line",
        "",
        "[2026-12-01, 09:31] Ada: Day rate?",
        "[2026-12-01, 09:40] Rafa: It is $196.00 a day.",
    ]


def test_a_profile_reads_as_the_member_s_name_not_their_handle():
    rafa = {"name": "rafa.o", "display_name": "Rafa", "real_name": "Rafa Osei"}
    noa = {"name": "noa.k", "display_name": "Noa K"}  # Slack's "name": a handle
    joined = json.loads(json.dumps(SLACK[1:]))
    joined[0]["user_profile"], joined[1]["user_profile"] = noa, rafa
    assert jsonl_text(json.dumps(joined)).splitlines() == [
        "[2026-12-01, 09:12 UTC] Noa K: Is the stipend 4 months of 6?",
        "[2026-12-01, 09:30 UTC] Rafa Osei: @Noa K no: by home games (clause 6.1). @here",
    ]
    record = '{"from": {"name": "Ada Quill", "display_name": "ada"}, "text": "Hi", "at": 1}\n' * 2
    assert jsonl_text(record).startswith("Ada Quill: Hi")  # not a profile: its name first


def test_an_export_object_s_other_fields_are_a_sentence_under_its_title():
    export = {
        "title": "Reader rates",
        "currency": "EUR",
        "effective_from": "2026-07-01",
        "records": [{"code": "R-2", "rate": "46.50"}, {"code": "R-3", "rate": "52.00"}],
    }
    assert jsonl_text(json.dumps(export)).splitlines() == [
        "# Reader rates",
        "currency EUR, effective_from 2026-07-01.",
        "",
        "code R-2, rate 46.50.",
        "code R-3, rate 52.00.",
    ]


def test_a_slack_day_of_one_message_is_read():
    text = jsonl_text(json.dumps(SLACK[2:], indent=4))
    assert (
        text
        == "[2026-12-01, 09:30 UTC] Rafa Osei: @U07SDL4NK no: by home games (clause 6.1). @here\n"
    )
    assert jsonl_text('[{"code": "R-2", "rate": "46.50"}]') == '[{"code": "R-2", "rate": "46.50"}]'


def test_json_that_holds_no_objects_and_chat_logs_are_left_as_they_are():
    for text in ["[1, 2, 3]\n", '{"a": 1}\n', "[28/11/2026, 09:31] Jo: ok\n[x] y\n", "[note] hi\n"]:
        assert jsonl_text(text) == text
