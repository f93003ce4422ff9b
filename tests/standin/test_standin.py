"""The stand-in, proven with a minimal discord.py bot defined here (not the project's bot)."""

from __future__ import annotations

import asyncio
import io
import json

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands
from discord.gateway import DiscordWebSocket
from discord.http import Route

from tests.standin import (
    ALL_PERMISSIONS,
    BotCrashed,
    RateLimits,
    StandIn,
    World,
    running_bot,
    snowflake,
)

MANAGE_GUILD = discord.Permissions(manage_guild=True).value


class Vote(discord.ui.View):
    @discord.ui.button(label="Yes", custom_id="vote:yes")
    async def yes(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content="Counted: yes", view=None)


class Probe(commands.Bot):
    """A tiny bot exercising each protocol path the stand-in must get right."""

    def __init__(
        self, world: World, *, delay: float = 0.0, intents: discord.Intents | None = None
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents or discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
        )
        self.errors: list[Exception] = []
        self.seen: list[discord.Message] = []
        self.home = discord.Object(int(world.guild_id))
        self._define(delay)
        self.tree.on_error = self._on_tree_error  # type: ignore[method-assign]

    async def setup_hook(self) -> None:
        await self.tree.sync(guild=self.home)

    def _define(self, delay: float) -> None:
        tree, home = self.tree, self.home

        @tree.command(guild=home)
        async def ask(interaction: discord.Interaction, question: str) -> None:
            """Answer after thinking."""
            await interaction.response.defer()
            await interaction.followup.send(f"You asked: {question}")

        @tree.command(guild=home)
        async def private(interaction: discord.Interaction) -> None:
            """Answer only to the asker."""
            await interaction.response.defer(ephemeral=True)
            await interaction.followup.send("just for you")

        @tree.command(guild=home)
        async def slow(interaction: discord.Interaction) -> None:
            """Acknowledge too late."""
            await asyncio.sleep(delay)
            await interaction.response.send_message("finally")

        @tree.command(guild=home)
        async def long(interaction: discord.Interaction) -> None:
            """Send more than 2,000 characters."""
            await interaction.response.send_message("x" * 2001)

        @tree.command(guild=home)
        async def shout(interaction: discord.Interaction) -> None:
            """Mention the asker and everyone, letting only the user ping."""
            mentions = discord.AllowedMentions(everyone=False, users=True, roles=False)
            await interaction.response.send_message(
                f"{interaction.user.mention} @everyone", allowed_mentions=mentions
            )

        @tree.command(guild=home)
        async def vote(interaction: discord.Interaction) -> None:
            """Offer a button."""
            await interaction.response.send_message("Vote now", view=Vote())

        @tree.command(guild=home)
        async def eager(interaction: discord.Interaction) -> None:
            """Follow up before acknowledging."""
            await interaction.followup.send("too soon")

        @tree.command(guild=home)
        @app_commands.default_permissions(manage_guild=True)
        @app_commands.checks.has_permissions(manage_guild=True)
        async def reindex(interaction: discord.Interaction) -> None:
            """Staff only."""
            await interaction.response.send_message("reindexing", ephemeral=True)

    async def on_message(self, message: discord.Message) -> None:
        self.seen.append(message)
        if message.author.bot or self.user not in message.mentions:
            return
        if "thread" in message.content:
            thread = await message.create_thread(name="Question")
            await thread.send("Let's talk here")
        else:
            await message.reply("Hello!", mention_author=False)

    async def _on_tree_error(self, interaction: discord.Interaction, error: Exception) -> None:
        self.errors.append(getattr(error, "original", error))
        if isinstance(error, app_commands.MissingPermissions):
            await interaction.response.send_message("Not allowed.", ephemeral=True)


@pytest.fixture
def world() -> World:
    return World()


@pytest.fixture
def bot(world: World) -> Probe:
    return Probe(world)


@pytest.fixture
async def standin(bot: Probe, world: World):
    async with running_bot(bot, world=world) as standin:
        yield standin
    assert not standin.unhandled, [r.path for r in standin.unhandled]


# slash commands ----------------------------------------------------------------------------------


async def test_defer_then_follow_up_fills_the_thinking_message(standin: StandIn, world: World):
    record = await standin.interact(world.slash("ask", {"question": "dues?"}))
    await standin.wait_for(lambda: record.followups)

    assert standin.interaction(record.id) is record and record.ack_type == 5
    assert record.ack_latency is not None and record.ack_latency < 3.0
    assert record.original is record.followups[0]
    assert record.original.content == "You asked: dues?" and not record.original.loading
    assert [m.content for m in standin.bot_messages(world.channel["id"])] == ["You asked: dues?"]


async def test_ephemeral_defer_records_flag_64(standin: StandIn, world: World):
    record = await standin.interact(world.slash("private"))
    await standin.wait_for(lambda: record.followups)

    assert record.ack_body == {"type": 5, "data": {"flags": 64}}
    assert record.ephemeral and record.followups[0].ephemeral
    assert standin.channel_messages(world.channel["id"]) == []


async def test_ack_after_the_deadline_is_unknown_interaction(world: World):
    bot = Probe(world, delay=0.4)
    async with running_bot(bot, world=world, ack_deadline=0.3) as standin:
        record = await standin.interact(world.slash("slow"))
        await standin.wait_for(lambda: bot.errors, timeout=3)

    assert not record.acked and record.rejected(10062)
    assert isinstance(bot.errors[0], discord.NotFound) and bot.errors[0].code == 10062


async def test_content_over_2000_characters_is_invalid_form_body(
    standin: StandIn, world: World, bot: Probe
):
    record = await standin.interact(world.slash("long"))
    await standin.wait_for(lambda: bot.errors)

    error = bot.errors[0]
    assert isinstance(error, discord.HTTPException) and (error.status, error.code) == (400, 50035)
    assert "2000 or fewer" in error.text
    assert record.rejected(50035) and not record.acked


async def test_follow_up_before_any_ack_is_unknown_webhook(
    standin: StandIn, world: World, bot: Probe
):
    record = await standin.interact(world.slash("eager"))
    await standin.wait_for(lambda: bot.errors)

    assert isinstance(bot.errors[0], discord.NotFound) and record.rejected(10015)


async def test_allowed_mentions_are_recorded_and_honoured(standin: StandIn, world: World):
    alice = world.default_member
    record = await standin.interact(world.slash("shout", user=alice))
    message = await standin.wait_for(lambda: record.original)

    assert message.allowed_mentions == {"parse": ["users"]}
    assert message.pings.users == {alice.id} and not message.pings.everyone


async def test_button_click_round_trip(standin: StandIn, world: World):
    command = await standin.interact(world.slash("vote"))
    message = await standin.wait_for(lambda: command.original)
    assert "vote:yes" in message.custom_ids()

    click = await standin.interact(world.click("vote:yes", message))
    await standin.wait_for(lambda: click.acked)

    assert click.ack_type == 7 and click.original is message
    assert message.content == "Counted: yes" and message.components == [] and message.edits == 1
    with pytest.raises(LookupError, match="no component"):
        await standin.interact(world.click("vote:yes", message))


# messages ----------------------------------------------------------------------------------------


async def test_mention_is_answered_with_a_reply(standin: StandIn, world: World):
    asked = await standin.post_message(world.mention("hello there"))
    replies = await standin.wait_for(lambda: standin.bot_messages(world.channel["id"]))

    assert replies[0].content == "Hello!"
    assert replies[0].message_reference["message_id"] == asked.id  # normalised to a string
    assert replies[0].referenced is asked and replies[0].pings.users == frozenset()


async def test_a_pinging_reply_to_the_bot_counts_as_a_mention(standin: StandIn, world: World):
    await standin.post_message(world.mention("hello"))
    (first,) = await standin.wait_for(lambda: standin.bot_messages(world.channel["id"]))
    follow_up = await standin.post_message(world.mention("and again", reference=first))
    replies = await standin.wait_for(lambda: standin.bot_messages(world.channel["id"])[1:])

    assert follow_up.content == "and again"  # pinged through the reply, not the content
    assert replies[0].message_reference["message_id"] == follow_up.id


async def test_without_message_content_intent_unmentioned_content_is_blank(
    standin: StandIn, world: World, bot: Probe
):
    await standin.post_message(world.message("nobody pinged the bot"))
    seen = await standin.wait_for(lambda: bot.seen)
    assert seen[0].content == ""


async def test_thread_from_a_mention(standin: StandIn, world: World):
    asked = await standin.post_message(world.mention("please open a thread"))
    posted = await standin.wait_for(lambda: standin.bot_messages(asked.id))

    assert standin.requests_to("POST", rf"/channels/\d+/messages/{asked.id}/threads")
    assert world.channels[asked.id]["type"] == 11 and asked.thread is not None
    assert posted[0].content == "Let's talk here"


async def test_mention_inside_an_existing_thread(standin: StandIn, world: World):
    thread = await standin.open_thread("Grievance")
    await standin.post_message(world.mention("hi", channel=thread))
    replies = await standin.wait_for(lambda: standin.bot_messages(thread["id"]))
    assert replies[0].channel_id == thread["id"]


# commands and permissions ------------------------------------------------------------------------


async def test_guild_sync_records_default_member_permissions(standin: StandIn, world: World):
    (sync,) = standin.requests_to("PUT", rf"/applications/{world.app_id}/guilds/\d+/commands")
    sent = {c["name"]: c for c in sync.json}
    assert sent["reindex"]["default_member_permissions"] == MANAGE_GUILD  # discord.py sends an int
    assert standin.command("reindex")["default_member_permissions"] == str(MANAGE_GUILD)
    assert standin.command("ask")["default_member_permissions"] is None
    assert standin.commands.get(None) is None  # nothing global


async def test_has_permissions_sees_the_resolved_admin_bitmask(standin: StandIn, world: World):
    boss, rank_and_file = world.admin("boss"), world.member("bob")
    assert int(world.slash("x", user=boss)["member"]["permissions"]) == ALL_PERMISSIONS

    allowed = await standin.interact(world.slash("reindex", user=boss))
    denied = await standin.interact(world.slash("reindex", user=rank_and_file))
    await standin.wait_for(lambda: allowed.original and denied.original)

    assert allowed.original.content == "reindexing"
    assert denied.original.content == "Not allowed."


async def test_unsynced_commands_cannot_be_invoked(standin: StandIn, world: World):
    with pytest.raises(LookupError, match="never synced"):
        await standin.interact(world.slash("missing"))


async def test_a_crashing_client_surfaces_instead_of_hanging(world: World):
    broken = world.slash("ask", {"question": "?"})
    del broken["attachment_size_limit"]
    with pytest.raises(BotCrashed) as raised:
        async with running_bot(Probe(world), world=world) as standin:
            await standin.interact(broken)
            await standin.wait_for(lambda: False, timeout=3)
    assert isinstance(raised.value.__cause__, KeyError)


async def test_overrides_apply_only_inside_running_bot(world: World):
    before = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    async with running_bot(Probe(world), world=world) as standin:
        inside = Route.BASE, str(DiscordWebSocket.DEFAULT_GATEWAY)
        assert inside == (standin.api_base, standin.gateway_url)
    after = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    assert after == before


# the REST surface directly ----------------------------------------------------------------------

EMBED_CASES = {
    "title": [{"title": "t" * 257}],
    "description": [{"description": "d" * 4097}],
    "fields": [{"fields": [{"name": "n", "value": "v"}] * 26}],
    "field name": [{"fields": [{"name": "n" * 257, "value": "v"}]}],
    "field value": [{"fields": [{"name": "n", "value": "v" * 1025}]}],
    "footer": [{"footer": {"text": "f" * 2049}}],
    "author": [{"author": {"name": "a" * 257}}],
    "total": [{"description": "d" * 3500}, {"description": "d" * 3500}],
    "count": [{"title": "t"}] * 11,
}


@pytest.mark.parametrize("case", EMBED_CASES)
async def test_embed_limits_are_invalid_form_body(case: str):
    async with StandIn() as standin, aiohttp.ClientSession() as http:
        url = f"{standin.api_base}/channels/{standin.world.channel['id']}/messages"
        headers = {"Authorization": f"Bot {standin.token}"}
        async with http.post(url, json={"embeds": EMBED_CASES[case]}, headers=headers) as answer:
            body = await answer.json(content_type=None)
            assert answer.headers["Content-Type"] == "application/json"
        async with http.post(url, json={"embeds": [{"title": "ok"}]}, headers=headers) as fine:
            assert fine.status == 200

    assert (answer.status, body["code"]) == (400, 50035) and "embeds" in body["errors"]
    assert [m.embeds for m in standin.channel_messages(standin.world.channel["id"])] == [
        [{"title": "ok"}]
    ]


async def test_multipart_attachments_are_stored(standin: StandIn, world: World, bot: Probe):
    channel = bot.get_channel(int(world.channel["id"]))
    await channel.send("minutes", file=discord.File(io.BytesIO(b"abc"), "m.txt"))

    (message,) = standin.bot_messages(world.channel["id"])
    assert message.files[0].data == b"abc" and message.attachments[0]["filename"] == "m.txt"
    assert json.loads(json.dumps(message.payload()))["attachments"][0]["size"] == 3


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
