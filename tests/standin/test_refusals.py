"""What the stand-in refuses as Discord does: bodies against Discord's OpenAPI spec, channel
permissions, rate limits, and the gateway's reconnect, resume, invalid session and 4014."""

from __future__ import annotations

import asyncio

import aiohttp
import discord
import pytest

from tests.standin import BotCrashed, RateLimits, StandIn, World, running_bot, snowflake
from tests.standin.test_standin import Probe

# refusals from Discord's OpenAPI spec and its documented rules ---------------------------------

BUTTON = {"type": 2, "style": 2, "label": "ok", "custom_id": "ok"}
INVALID_BODIES = {
    "button style": (
        "messages",
        {"components": [{"type": 1, "components": [{**BUTTON, "style": 9}]}]},
        ["components", "0", "components", "0", "style"],
    ),
    "link button without url": (
        "messages",
        {"components": [{"type": 1, "components": [{"type": 2, "style": 5, "label": "web"}]}]},
        ["components", "0", "components", "0"],
    ),
    "allowed_mentions.parse": (
        "messages",
        {"content": "hi", "allowed_mentions": {"parse": ["nobody"]}},
        ["allowed_mentions", "parse", "0"],
    ),
    "content type": ("messages", {"content": 5}, ["content"]),
    "26 choices": (
        "commands",
        [
            {
                "name": "pick",
                "description": "Pick one",
                "options": [
                    {
                        "type": 3,
                        "name": "what",
                        "description": "What",
                        "choices": [{"name": f"c{i}", "value": f"c{i}"} for i in range(26)],
                    }
                ],
            }
        ],
        ["0", "options", "0", "choices"],
    ),
}


@pytest.mark.parametrize("case", INVALID_BODIES)
async def test_a_body_discords_spec_refuses_is_invalid_form_body(case: str):
    target, body, where = INVALID_BODIES[case]
    async with StandIn() as standin, aiohttp.ClientSession() as http:
        world = standin.world
        url = standin.api_base + (
            f"/channels/{world.channel['id']}/messages"
            if target == "messages"
            else f"/applications/{world.app_id}/guilds/{world.guild_id}/commands"
        )
        headers = {"Authorization": f"Bot {standin.token}"}
        method = http.post if target == "messages" else http.put
        async with method(url, json=body, headers=headers) as answer:
            refused = await answer.json(content_type=None)

    assert (answer.status, refused["code"]) == (400, 50035)
    node = refused["errors"]
    for part in where:
        node = node[part]
    assert node["_errors"][0]["message"]
    assert standin.channel_messages(standin.world.channel["id"]) == [] and not standin.commands


async def test_valid_bodies_pass_including_snowflakes_sent_as_integers(
    standin: StandIn, world: World, bot: Probe
):
    channel = bot.get_channel(int(world.channel["id"]))
    first = await channel.send("first")
    link = discord.ui.View()
    link.add_item(discord.ui.Button(label="Docs", url="https://example.org/rates"))
    # discord.py sends message_reference.message_id as an int; Discord accepts it.
    await channel.send("see", reference=first, view=link, mention_author=False)

    requests = standin.requests_to("POST", rf"/channels/{world.channel['id']}/messages")
    assert [r.status for r in requests] == [200, 200]
    assert isinstance(requests[1].json["message_reference"]["message_id"], int)


async def test_direct_messages_need_the_direct_messages_intent(world: World):
    dm = {"id": snowflake(), "type": 1, "recipients": [world.default_member.user]}
    world.channels[dm["id"]] = dm
    payload = world.message("hello", world.default_member, dm)
    for key in ("guild_id", "member"):
        payload.pop(key)
    seen = {}
    for name, dm_intent in (("with", True), ("without", False)):
        intents = discord.Intents.default()
        intents.dm_messages = dm_intent
        probe = Probe(world, intents=intents)
        async with running_bot(probe, world=world) as standin:
            await standin.post_message({**payload, "id": snowflake()})
            last = int((await standin.post_message(world.message("in the guild"))).id)
            await standin.wait_for(lambda p=probe, i=last: any(m.id == i for m in p.seen))
        seen[name] = [(m.guild is None, m.content) for m in probe.seen]

    # A DM's content comes without MESSAGE_CONTENT; a guild message's does not.
    assert seen == {"with": [(True, "hello"), (False, "")], "without": [(False, "")]}


async def test_channel_permissions_are_enforced_like_discord(world: World):
    perms = discord.Permissions
    locked = world.text_channel("locked")
    world.deny_bot(locked, perms(send_messages=True, read_message_history=True).value)
    no_embeds = world.text_channel("no-embeds")
    world.deny_bot(no_embeds, perms(embed_links=True).value)
    async with StandIn(world) as standin, aiohttp.ClientSession() as http:
        headers = {"Authorization": f"Bot {standin.token}"}

        async def call(method: str, path: str, body=None) -> int:
            url = standin.api_base + path
            async with http.request(method, url, json=body, headers=headers) as answer:
                return answer.status if answer.status < 400 else (await answer.json())["code"]

        statuses = {
            "send": await call("POST", f"/channels/{locked['id']}/messages", {"content": "hi"}),
            "history": await call("GET", f"/channels/{locked['id']}/messages"),
            "typing": await call("POST", f"/channels/{locked['id']}/typing"),
            "embed": await call(
                "POST", f"/channels/{no_embeds['id']}/messages", {"embeds": [{"title": "t"}]}
            ),
            "text": await call("POST", f"/channels/{no_embeds['id']}/messages", {"content": "t"}),
        }
    assert statuses == {
        "send": 50013,
        "history": 50013,
        "typing": 50013,
        "embed": 50013,
        "text": 200,
    }


# rate limits -----------------------------------------------------------------------------------


async def test_rate_limits_answer_429_with_retry_after_and_headers():
    limits = RateLimits(routes={("POST", "/channels/{channel_id}/messages"): (2, 5.0)})
    async with StandIn(ratelimits=limits) as standin, aiohttp.ClientSession() as http:
        headers = {"Authorization": f"Bot {standin.token}"}
        other = standin.world.text_channel("other")
        answers = []
        for channel in (standin.world.channel, standin.world.channel, standin.world.channel, other):
            url = f"{standin.api_base}/channels/{channel['id']}/messages"
            async with http.post(url, json={"content": "hi"}, headers=headers) as answer:
                answers.append((answer.status, dict(answer.headers), await answer.json()))

    (s1, h1, _), (s2, h2, _), (s3, h3, limited), (s4, h4, _) = answers
    assert (s1, s2, s3, s4) == (200, 200, 429, 200)  # per channel: the other has its own bucket
    assert (h1["X-RateLimit-Limit"], h1["X-RateLimit-Remaining"], h2["X-RateLimit-Remaining"]) == (
        "2",
        "1",
        "0",
    )
    assert 0 < float(h2["X-RateLimit-Reset-After"]) <= 5.0 and h1["X-RateLimit-Bucket"]
    assert limited["retry_after"] > 0 and limited["global"] is False and h3["Via"]
    assert h4["X-RateLimit-Remaining"] == "1"
    assert len(standin.channel_messages(standin.world.channel["id"])) == 2
    assert limits.exceeded == [("POST", f"/channels/{standin.world.channel['id']}/messages")]


async def test_the_global_limit_covers_every_route():
    limits = RateLimits(global_limit=(3, 5.0))
    async with StandIn(ratelimits=limits) as standin, aiohttp.ClientSession() as http:
        headers = {"Authorization": f"Bot {standin.token}"}
        statuses = []
        for _ in range(4):
            async with http.get(f"{standin.api_base}/users/@me", headers=headers) as answer:
                statuses.append((answer.status, await answer.json()))
    assert [s for s, _ in statuses] == [200, 200, 200, 429]
    assert statuses[-1][1]["global"] is True


async def test_discord_py_waits_out_a_429_and_delivers(world: World):
    limits = RateLimits(routes={("POST", "/channels/{channel_id}/messages"): (2, 1.0)})
    bot = Probe(world)
    async with running_bot(bot, world=world, ratelimits=limits) as standin:
        channel = bot.get_channel(int(world.channel["id"]))
        await asyncio.gather(*(channel.send(f"message {i}") for i in range(5)))
    sent = [m.content for m in standin.bot_messages(world.channel["id"])]
    assert sorted(sent) == [f"message {i}" for i in range(5)]


# the gateway: reconnect, resume, invalid session, disallowed intents ----------------------------


async def test_op_7_reconnect_resumes_and_replays_what_was_missed(
    standin: StandIn, world: World, bot: Probe
):
    away = world.mention("are you there?")
    await standin.reconnect_clients(while_away=[away])
    (reply,) = await standin.wait_for(lambda: standin.bot_messages(world.channel["id"]), 5)

    assert reply.message_reference["message_id"] == away["id"] and standin.resumes == 1
    identifies = [m for m in standin.gateway_log if m.get("op") == 2]
    resumes = [m for m in standin.gateway_log if m.get("op") == 6]
    assert len(identifies) == 1 and len(resumes) == 1  # resumed, not a new session
    assert resumes[0]["d"]["seq"] < max(
        f["s"] for s in standin.gateway_states.values() for f in s.sent
    )


async def test_op_9_invalid_session_makes_the_client_identify_again(
    standin: StandIn, world: World, bot: Probe
):
    first = next(iter(standin.gateway_states))
    await standin.invalidate_sessions()
    await standin.wait_for(
        lambda: standin.gateway_states and first not in standin.gateway_states, 10
    )
    await standin.post_message(world.mention("still there?"))
    await standin.wait_for(lambda: standin.bot_messages(world.channel["id"]), 5)
    assert len([m for m in standin.gateway_log if m.get("op") == 2]) == 2


async def test_a_privileged_intent_not_enabled_closes_with_4014(world: World):
    intents = discord.Intents.default()
    intents.message_content = True
    with pytest.raises(BotCrashed) as crashed:
        async with running_bot(Probe(world, intents=intents), world=world, refuse_intents=1 << 15):
            pass
    assert isinstance(crashed.value.__cause__, discord.PrivilegedIntentsRequired)
