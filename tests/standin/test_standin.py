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
    StandIn,
    World,
    running_bot,
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
