"""End-to-end: /reindex with an attached document, and buttons after a restart."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator

import pytest
from aiohttp import web

from knowledge import Answerer, Engine
from tests.bot.conftest import MakeBot, assert_nothing_could_ping, knowledge_settings_for
from tests.standin import StandIn, World, discord_pointed_at, running_bot, snowflake

GUIDE = (
    b"---\ntitle: Meal penalty guide\nkind: summary\n---\n# Meal penalties\n\n"
    b"A meal period is due within six hours of the call time. Each late half hour of a meal "
    b"period costs the producer a meal penalty paid to the performer.\n"
)


@contextlib.asynccontextmanager
async def cdn(files: dict[str, bytes]) -> AsyncIterator[str]:
    """A loopback server standing in for Discord's CDN; yields its base URL."""

    async def serve(request: web.Request) -> web.Response:
        return web.Response(body=files[request.match_info["name"]])

    app = web.Application()
    app.add_routes([web.get("/{name}", serve)])
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}"
    finally:
        await runner.cleanup()


def reindex_with(
    world: World, user, url: str, filename: str, size: int, kind: str | None = None
) -> dict:
    """A /reindex interaction with an attachment named `filename`, downloadable at `url`."""
    attachment_id = snowflake()
    options = [{"name": "document", "type": 11, "value": attachment_id}]
    if kind:
        options.append({"name": "kind", "type": 3, "value": kind})
    payload = world.slash("reindex", options, user=user)
    payload["data"]["resolved"] = {
        "attachments": {
            attachment_id: {
                "id": attachment_id,
                "filename": filename,
                "size": size,
                "url": url,
                "proxy_url": url,
                "content_type": "text/markdown",
            }
        }
    }
    return payload


@pytest.fixture
def own_engine(tmp_path, bundled_embedder) -> Engine:
    """An engine of this test's own, since adding a document changes the index (~2 s)."""
    engine = Engine(knowledge_settings_for(tmp_path / "knowledge"), embeddings=bundled_embedder)
    engine.ensure_index()
    return engine


async def test_an_attached_document_is_added_then_indexed_with_progress(
    make_bot: MakeBot, own_engine: Engine
):
    world = World()
    bot = make_bot(world, engine_=own_engine)
    admin = world.admin("boss")
    async with cdn({"meal-guide.md": GUIDE}) as base, running_bot(bot, world=world) as standin:
        record = await standin.interact(
            reindex_with(
                world, admin, f"{base}/meal-guide.md", "../meal guide.md", len(GUIDE), "summary"
            )
        )
        started = time.monotonic()
        await standin.wait_for(lambda: record.original and record.original.embeds, 300)
        elapsed = time.monotonic() - started
        assert_nothing_could_ping(standin)
    assert not standin.unhandled

    saved = own_engine.settings.source_dir / "summaries" / "meal-guide.md"
    assert saved.read_bytes() == GUIDE
    report = record.original.embeds[0]["description"]
    assert "📄 Added `summaries/meal-guide.md`" in report and "**Added** 1" in report
    assert "summaries/meal-guide.md" in {d["source"] for d in own_engine.documents()}
    edits = [h.get("content") for h in record.original.history]
    assert any(e and e.startswith("⏳ Reindexing") for e in edits)
    assert len(edits) <= elapsed + 2  # throttled to about one edit a second, plus the report


class PreparedAnswerer:
    """The real Answerer over `engine`, remembering the generation each prepare read."""

    def __init__(self, engine: Engine) -> None:
        self.inner = Answerer(engine, use_llm=False)
        self.engine = engine
        self.prepared: list[str] = []

    def ask(self, question: str, *, history=None):
        return self.inner.ask(question, history=history)

    def prepare(self) -> None:
        self.inner.prepare()
        self.prepared.append(self.engine.searcher().generation.name)


async def test_answers_are_prepared_at_start_and_again_after_a_reindex(
    make_bot: MakeBot, own_engine: Engine
):
    world = World()
    answerer = PreparedAnswerer(own_engine)
    bot = make_bot(world, engine_=own_engine, answerer_=answerer)
    admin = world.admin("boss")
    async with cdn({"meal-guide.md": GUIDE}) as base, running_bot(bot, world=world) as standin:
        await standin.wait_for(lambda: answerer.prepared, 120)
        record = await standin.interact(
            reindex_with(
                world, admin, f"{base}/meal-guide.md", "meal-guide.md", len(GUIDE), "summary"
            )
        )
        await standin.wait_for(lambda: record.original and record.original.embeds, 300)
        await standin.wait_for(lambda: len(answerer.prepared) >= 2, 120)
    started, reindexed = answerer.prepared[:2]
    assert reindexed != started  # the new generation, read before a member asks
    assert reindexed == own_engine.searcher().generation.name
    assert own_engine.searcher()._rows is not None  # its nearest-row index built


@pytest.mark.parametrize(
    ("filename", "data", "reason"),
    [
        ("notes.exe", b"MZ", "unsupported file type .exe"),
        ("broken.pdf", b"%PDF-1.4 garbage", "unreadable PDF"),
        ("empty.md", b"", "empty file"),
    ],
)
async def test_a_document_that_fails_to_load_is_rejected_and_nothing_changes(
    make_bot: MakeBot, engine: Engine, filename: str, data: bytes, reason: str
):
    world = World()
    bot = make_bot(world)
    before = sorted(p.name for p in engine.settings.source_dir.rglob("*"))
    async with cdn({filename: data}) as base, running_bot(bot, world=world) as standin:
        record = await standin.interact(
            reindex_with(world, world.admin("boss"), f"{base}/{filename}", filename, len(data))
        )
        await standin.wait_for(lambda: record.original and record.original.content, 10)

    content = record.original.content
    assert content.startswith(f"❌ `{filename}` was not added") and reason in content
    assert "Nothing was changed" in content and not record.original.embeds
    assert sorted(p.name for p in engine.settings.source_dir.rglob("*")) == before


async def test_an_attachment_over_the_size_limit_is_not_even_downloaded(make_bot: MakeBot):
    world = World()
    bot = make_bot(world, max_upload_mb=1)
    async with running_bot(bot, world=world) as standin:
        record = await standin.interact(
            reindex_with(world, world.owner, "http://127.0.0.1:9/x", "big.pdf", 3 * 1024 * 1024)
        )
        await standin.wait_for(lambda: record.original and record.original.content, 10)
    assert "over the 1 MB limit" in record.original.content


async def _start(bot, standin: StandIn) -> asyncio.Task[None]:
    bot._connection.guild_ready_timeout = 0.05
    task = asyncio.create_task(bot.start(standin.token))
    standin.watch(task)
    await standin.wait_for(bot.is_ready, 60)  # as running_bot: a bound on failure only
    return task


async def test_buttons_keep_working_after_a_restart(make_bot: MakeBot, tmp_path):
    world = World()
    data = tmp_path / "shared"
    first, second = make_bot(world, data_dir=data), make_bot(world, data_dir=data)
    async with StandIn(world, require_synced=False) as standin, discord_pointed_at(standin):
        task = await _start(first, standin)
        record = await standin.interact(
            world.slash("ask", {"question": "What's the day rate for stand-ins?", "private": False})
        )
        answer = await standin.wait_for(lambda: record.followups and record.followups[0], 10)
        await first.close()
        await task
        first.answers.close()  # the new process opens the store again

        task = await _start(second, standin)
        source_id = next(i for i in answer.custom_ids() if ":src:" in i)
        click = await standin.interact(world.click(source_id, answer))
        await standin.wait_for(lambda: click.followups, 5)
        await second.close()
        await task

    assert click.original.embeds and click.original.embeds[0]["description"].startswith("**[1]")


async def test_admin_roles_by_id_are_accepted_and_names_warned_about_at_start(
    make_bot: MakeBot, caplog
):
    world = World()
    staff = world.member("carol", staff=True)
    staff_id = world.staff_role["id"]
    by_id = make_bot(world, admin_roles=f"<@&{staff_id}>")
    with caplog.at_level(logging.WARNING, logger="bot"):
        async with running_bot(by_id, world=world) as standin:
            stats = await standin.interact(world.slash("stats", user=staff))
            await standin.wait_for(lambda: stats.followups, 10)
    assert stats.followups[0].embeds[0]["title"].startswith("Steward")
    assert not [r for r in caplog.records if "STEWARD_ADMIN_ROLES" in r.getMessage()]

    by_name = make_bot(world, admin_roles=f"{staff_id}, Union Staff")
    with caplog.at_level(logging.WARNING, logger="bot"):
        async with running_bot(by_name, world=world, require_synced=False):
            pass
    (warning,) = [r.getMessage() for r in caplog.records if "STEWARD_ADMIN_ROLES" in r.getMessage()]
    assert "Union Staff" in warning and staff_id not in warning and "role ids" in warning


async def test_answers_are_prepared_again_after_another_instance_reindexes(
    make_bot: MakeBot, tmp_path, bundled_embedder
):
    # two instances over one index: this bot's engine, and another that reindexes
    settings = knowledge_settings_for(tmp_path / "knowledge").model_copy(
        update={"pointer_check_seconds": 0.5}
    )
    ours = Engine(settings, embeddings=bundled_embedder)
    ours.ensure_index()
    theirs = Engine(settings, embeddings=bundled_embedder)
    world = World()
    answerer = PreparedAnswerer(ours)
    bot = make_bot(world, engine_=ours, answerer_=answerer)
    async with running_bot(bot, world=world) as standin:
        await standin.wait_for(lambda: answerer.prepared, 120)
        (settings.source_dir / "meal-guide.md").write_bytes(GUIDE)
        await asyncio.to_thread(theirs.reindex)  # the other instance switches generations
        switched = theirs.searcher().generation.name
        await standin.wait_for(lambda: switched in answerer.prepared, 120)
    assert answerer.prepared[0] != switched  # read before any member asks
    assert answerer.prepared.count(switched) == 1  # and once only
