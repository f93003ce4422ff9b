"""A Matrix room's export (knowledge/loading/matrix.py) is read as its messages, a line each
with its time and its sender's display name: without reply fallbacks, HTML copies, edits'
own events, redacted messages, joins, reactions or ids; other text is left as it is."""

from __future__ import annotations

import json
import time

import pytest

from knowledge.loading.matrix import matrix_text

ROOM = "!qKvTzLrMnBpWxYcD:steward.example"


def _event(n: int, kind: str, sender: str, content: dict, **more: object) -> dict:
    return {
        "type": kind,
        "sender": f"@{sender}:steward.example",
        "origin_server_ts": 1_796_112_000_000 + n * 60_000,  # 2026-12-01 08:00 UTC on
        "event_id": f"$ev{n:02d}AbCdEf",
        "room_id": ROOM,
        "content": content,
        **more,
    }


def _text(body: str, **more: object) -> dict:
    return {"msgtype": "m.text", "body": body, **more}


EVENTS = [
    _event(
        0,
        "m.room.member",
        "ada.q",
        {"membership": "join", "displayname": "Ada Quill"},
        state_key="@ada.q:steward.example",
    ),
    _event(1, "m.room.message", "mo", _text("Is the rehearsal day still $180?")),
    _event(
        2,
        "m.room.message",
        "ada.q",
        _text(
            "> <@mo:steward.example> Is the rehearsal day still $180?\n\n"
            "No: since 1 December it is $196.00 a day (clause 4.1).",
            format="org.matrix.custom.html",
            formatted_body="<mx-reply><blockquote>Is the rehearsal day still $180?"
            "</blockquote></mx-reply>No: since 1 December it is <b>$196.00</b> a day.",
            **{"m.relates_to": {"m.in_reply_to": {"event_id": "$ev01AbCdEf"}}},
        ),
    ),
    _event(3, "m.reaction", "mo", {"m.relates_to": {"rel_type": "m.annotation", "key": "👍"}}),
    _event(4, "m.room.message", "mo", _text("The travel day is $90.")),
    _event(
        5,
        "m.room.message",
        "mo",
        _text(
            "* The travel day is $98.",
            **{
                "m.new_content": _text("The travel day is $98."),
                "m.relates_to": {"rel_type": "m.replace", "event_id": "$ev04AbCdEf"},
            },
        ),
    ),
    _event(6, "m.room.message", "mo", {}, unsigned={"redacted_because": {"type": "x"}}),
    _event(7, "m.room.message", "ada.q", {"msgtype": "m.emote", "body": "pins the rate card"}),
    _event(8, "m.room.message", "ada.q", {"msgtype": "m.file", "body": "rates-2027.pdf"}),
    _event(9, "m.room.topic", "ada.q", {"topic": "Rates and calls"}, state_key=""),
]
EXPORT = {
    "room_name": "Steward line",
    "room_creator": "@ada.q:steward.example",
    "topic": "Questions for the steward",
    "export_date": "04/12/2026",
    "exported_by": "@ada.q:steward.example",
    "messages": EVENTS,
}


def test_an_element_export_reads_as_a_title_and_a_message_a_line():
    lines = matrix_text(json.dumps(EXPORT, indent=2)).splitlines()
    assert lines == [
        "# Steward line",
        "Topic: Questions for the steward; exported 04/12/2026 by Ada Quill",
        "",
        "[2026-12-01, 08:01 UTC] mo: Is the rehearsal day still $180?",
        "[2026-12-01, 08:02 UTC] Ada Quill: No: since 1 December it is $196.00 a day (clause 4.1).",
        "[2026-12-01, 08:04 UTC] mo: The travel day is $98.",  # the edit's text, at its time
        "[2026-12-01, 08:07 UTC] Ada Quill: * Ada Quill pins the rate card",
        "[2026-12-01, 08:08 UTC] Ada Quill: [rates-2027.pdf]",
    ]


def test_no_id_markup_or_second_copy_is_written():
    text = matrix_text(json.dumps(EXPORT))
    for kept_out in ("$ev", "!qKv", ":steward.example", "<b>", "$90", "> <@", "👍", "{"):
        assert kept_out not in text
    assert text.count("Is the rehearsal day still $180?") == 1  # not quoted again


def test_a_name_is_the_latest_before_the_message_else_the_localpart():
    events = [
        _event(
            0, "m.room.member", "ada.q", {"displayname": "Ada"}, state_key="@ada.q:steward.example"
        ),
        _event(1, "m.room.message", "noa", _text("Before my name.")),
        _event(
            2, "m.room.member", "noa", {"displayname": "Noa Kerr"}, state_key="@noa:steward.example"
        ),
        _event(3, "m.room.message", "noa", _text("After it, ask @ada.q:steward.example.")),
        _event(
            4, "m.room.member", "noa", {"displayname": "Noa K."}, state_key="@noa:steward.example"
        ),
        _event(
            5,
            "m.room.message",
            "noa",
            _text("See https://matrix.to/#/%40noa%3Asteward.example or @noa:steward.example"),
        ),
    ]
    said = [x.split("] ", 1)[1] for x in matrix_text(json.dumps(events)).splitlines()]
    assert said == [
        "noa: Before my name.",
        "Noa Kerr: After it, ask Ada.",
        "Noa K.: See Noa K. or Noa K.",
    ]


def test_a_messages_page_and_json_lines_of_events_are_read_in_time_order():
    page = {"chunk": list(reversed(EVENTS[:3])), "start": "t47-1", "end": "t12-9"}
    lines = matrix_text(json.dumps(page)).splitlines()
    assert lines[0].endswith("mo: Is the rehearsal day still $180?")
    assert lines[1].startswith("[2026-12-01, 08:02 UTC] Ada Quill: No: since")
    jsonl = "\n".join(json.dumps(e) for e in EVENTS[:5]) + "\n"
    assert (
        matrix_text(jsonl).splitlines()[-1] == "[2026-12-01, 08:04 UTC] mo: The travel day is $90."
    )


def test_html_is_read_only_when_the_body_is_missing():
    content = {"msgtype": "m.text", "format": "org.matrix.custom.html"}
    content["formatted_body"] = "Call at <b>09:00</b>,<br>paid &euro;40.<p>Bring boots.</p>"
    out = matrix_text(json.dumps([_event(1, "m.room.message", "mo", content)]))
    assert out.endswith("mo: Call at 09:00, paid €40. Bring boots.\n")


def test_an_edit_by_someone_else_or_of_a_redacted_message_is_not_shown():
    events = [
        _event(1, "m.room.message", "mo", _text("Meal break is 30 minutes.")),
        _event(
            2,
            "m.room.message",
            "eve",
            _text("* 5 minutes", **{"m.new_content": _text("Meal break is 5 minutes.")}),
        ),
        _event(3, "m.room.message", "mo", _text("My phone is 555-0199.")),
        _event(4, "m.room.redaction", "ada.q", {"redacts": "$ev03AbCdEf"}),
    ]
    events[1]["content"]["m.relates_to"] = {"rel_type": "m.replace", "event_id": "$ev01AbCdEf"}
    text = matrix_text(json.dumps(events))
    assert "30 minutes" in text and "5 minutes" not in text and "555" not in text
    # the sender's own edit, taken back: the message reads as first written
    events[1]["sender"] = "@mo:steward.example"
    events[3]["content"]["redacts"] = "$ev02AbCdEf"
    text = matrix_text(json.dumps(events))
    assert "30 minutes" in text and "5 minutes" not in text


def test_a_quote_the_sender_wrote_is_kept():
    body = "> the employer may vary the roster\nThat is clause 7, not 9."
    assert "> the employer may vary" in matrix_text(
        json.dumps([_event(1, "m.room.message", "mo", _text(body))])
    )


@pytest.mark.parametrize(
    "other",
    [
        "The union meets on Monday.\nThe fee is $40.\n",
        '[{"type": "message", "ts": "1796116368.000400", "user": "U07", "text": "hi"}]',
        '{"name": "Line", "messages": [{"ts": "2026-11-02T10:15", "from": "Mo", "text": "x"}]}',
        '{"type": "m.room.message", "content": {"body": "no time, no id"}}\n{"a": 1}\n',
        '[{"type": "m.room.member", "event_id": "$a", "content": {"membership": "join"}}]',
        '{"type": "m.room.message", "event_id": "$a", "content": {"body": "x"}\n',  # broken
        json.dumps([*EVENTS[:2], *[{"row": n} for n in range(5)]]),  # mostly other records
    ],
)
def test_text_that_is_no_matrix_export_is_left_as_it_is(other):
    assert matrix_text(other) == other


def test_hostile_exports_cost_linear_time():
    big = "<" * 300_000 + "<b " * 200_000
    hostile = [
        json.dumps(
            [_event(1, "m.room.message", "mo", {"msgtype": "m.text", "formatted_body": big})]
        ),
        json.dumps([_event(1, "m.room.message", "mo", _text("> " * 300_000 + "\n" * 300_000))]),
        json.dumps([_event(1, "m.room.message", "mo", _text("@a" * 300_000 + ":" * 200_000))]),
        json.dumps([_event(1, "m.room.message", "mo", _text("https://matrix.to/#/" * 50_000))]),
        "\n".join(json.dumps(_event(n, "m.room.message", "mo", _text("ok"))) for n in range(8_000)),
        '{"messages": ' + "[" * 100_000 + "]" * 100_000 + ', "x": "m."}',
        "[" * 500_000 + '"m."',
    ]
    for text in hostile:
        started = time.perf_counter()
        out = matrix_text(text)
        assert time.perf_counter() - started < 5  # generous: well under a second here
        assert len(out) <= len(text) + 100


def test_a_loaded_export_keeps_its_messages_as_lines():
    from knowledge.loading import load_bytes

    document = load_bytes(matrix_text(json.dumps(EXPORT)).encode(), "room.txt")
    assert "Ada Quill: No: since 1 December it is $196.00 a day (clause 4.1)." in document.text


def test_events_with_fields_of_the_wrong_kind_are_read_without_error():
    odd = [
        _event(1, "m.room.message", "mo", {"msgtype": {}, "body": ["x"], "formatted_body": 3}),
        _event(2, "m.room.message", "mo", {"body": "Kept.", "m.relates_to": {"event_id": {}}}),
        {**_event(3, "m.room.message", "mo", _text("Also kept.")), "event_id": {"a": 1}},
        _event(4, "m.room.member", "mo", {"displayname": 7}, state_key=["@mo:x"]),
        _event(5, "m.room.redaction", "mo", {"redacts": {}}, redacts=[1]),
    ]
    assert matrix_text(json.dumps(odd)).splitlines() == [
        "[2026-12-01, 08:02 UTC] mo: Kept.",
        "[2026-12-01, 08:03 UTC] mo: Also kept.",
    ]
