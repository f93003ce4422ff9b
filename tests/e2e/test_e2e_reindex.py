"""End-to-end: /reindex while it really runs — progress, a second /reindex, members asking.

Each test has an engine of its own with a new document in its folder; the reindex embeds
it and stops at the gate (see conftest), so the test decides when it finishes.
"""

from __future__ import annotations

import asyncio

from filelock import FileLock

from knowledge import Engine
from tests.bot.conftest import MakeBot, assert_nothing_could_ping
from tests.e2e.conftest import Gate
from tests.standin import StandIn, World, running_bot

STAND_IN_QUESTION = "What's the day rate for stand-ins?"
NEW_SOURCE = "summaries/meal-penalty-guide.md"
# A bound on outcomes, not a speed target: generous enough for a loaded 2-core machine
# (wait_for returns as soon as the condition holds, so a passing run never waits it out).
ANSWERED_WITHIN = 300.0


def quick_progress(bot) -> None:
    """Progress edits every 50 ms instead of every second, to keep the tests short."""
    bot.get_cog("Admin").progress_every = 0.05


async def reindex_at_the_gate(standin: StandIn, world: World, gate: Gate, admin=None):
    """An admin's /reindex, once it is embedding the new document and waiting at the gate."""
    record = await standin.interact(world.slash("reindex", user=admin or world.owner))
    await standin.wait_for(gate.reached.is_set, 10)
    return record


async def test_an_admins_reindex_shows_live_progress_then_a_report(
    make_bot: MakeBot, gated_engine: Engine, gate: Gate
):
    world = World()
    bot = make_bot(world, engine_=gated_engine)
    async with running_bot(bot, world=world) as standin:
        quick_progress(bot)
        record = await reindex_at_the_gate(standin, world, gate)
        live = await standin.wait_for(
            lambda: "Embedding passages" in record.original.content and record.original.content,
            5,
        )
        gate.open()
        await standin.wait_for(lambda: record.original.embeds, 10)
        assert_nothing_could_ping(standin)
    assert not standin.unhandled

    assert record.ack_type == 5 and record.ack_latency < 3.0 and record.ephemeral
    # While the reindex was held mid-embedding, the admin saw how far it had got.
    assert live.startswith("⏳ Reindexing… Embedding passages: ")
    shown = [h["content"] for h in record.original.history]
    assert shown[0] == "" and shown[1] == "⏳ Reindexing…"  # the "thinking…" message, then
    assert any("Embedding passages" in s and "%)" in s for s in shown)
    # ... and then the report replaced the progress line.
    report = record.original.embeds[0]
    assert record.original.content == "" and report["title"] == "Reindex finished"
    assert "**Added** 1 · **Updated** 0 · **Deleted** 0 · **Unchanged** 2" in report["description"]
    assert "3 documents" in report["description"]
    assert NEW_SOURCE in {d["source"] for d in gated_engine.documents()}


async def test_a_second_reindex_while_a_real_one_runs_is_told_already_running(
    make_bot: MakeBot, gated_engine: Engine, gate: Gate
):
    world = World()
    bot = make_bot(world, engine_=gated_engine)
    other_admin = world.admin("dana")
    async with running_bot(bot, world=world) as standin:
        first = await reindex_at_the_gate(standin, world, gate)
        second = await standin.interact(world.slash("reindex", user=other_admin))
        await standin.wait_for(lambda: second.original, 5)
        asked = await standin.interact(world.slash("ask", {"question": STAND_IN_QUESTION}))
        await standin.wait_for(lambda: asked.followups, 10)
        running_meanwhile = not first.original.embeds
        gate.open()
        await standin.wait_for(lambda: first.original.embeds, 10)
        third = await standin.interact(world.slash("reindex", user=other_admin))  # lock freed
        await standin.wait_for(lambda: third.original and third.original.embeds, 10)

    assert second.ack_type == 4 and second.ack_latency < 3.0 and second.ephemeral
    assert second.original.content == (
        "A reindex is already running; try again when it has finished."
    )
    assert running_meanwhile and "[1]" in asked.followups[0].embeds[0]["description"]
    assert "**Added** 1" in first.original.embeds[0]["description"]
    assert "Nothing changed" in third.original.embeds[0]["description"]


async def test_a_reindex_run_elsewhere_holding_the_lock_is_reported(
    make_bot: MakeBot, engine: Engine
):
    """The command line (`python -m knowledge index`) holds the data folder's lock."""
    world = World()
    bot = make_bot(world)
    cli = FileLock(str(engine.settings.data_dir / "reindex.lock"))
    busy = "A reindex is already running; try again when it has finished."
    async with running_bot(bot, world=world) as standin:
        with cli:
            record = await standin.interact(world.slash("reindex", user=world.owner))
            await standin.wait_for(
                lambda: any(
                    m and busy in (m.content or "") for m in (record.original, *record.followups)
                ),
                10,
            )

    assert record.ack_type == 5 and record.ephemeral and not record.original.embeds
    assert busy in record.original.content  # the reply itself says so, not stuck on progress


async def test_twenty_members_asking_during_a_reindex_are_all_acknowledged_and_answered(
    make_bot: MakeBot, gated_engine: Engine, gate: Gate
):
    """What must hold, however busy the machine: each interaction acknowledged within
    Discord's 3 s (the stand-in refuses a later callback with 404/10062), each member
    answered, in any order. How fast the answers come is scripts/bench_answers.py's job."""
    world = World()
    bot = make_bot(world, engine_=gated_engine)
    members = [world.member(f"member{i}") for i in range(20)]
    async with running_bot(bot, world=world, ack_deadline=3.0) as standin:
        reindex = await reindex_at_the_gate(standin, world, gate)
        asks = await asyncio.gather(
            *(
                standin.interact(
                    world.slash("ask", {"question": STAND_IN_QUESTION, "private": i % 2 == 0}, m)
                )
                for i, m in enumerate(members)
            )
        )
        await standin.wait_for(lambda: all(r.followups for r in asks), ANSWERED_WITHIN)
        # Every member was answered while the reindex was still held at the gate.
        assert bot.reindex_lock.locked() and not reindex.original.embeds
        gate.open()
        await standin.wait_for(lambda: reindex.original.embeds, ANSWERED_WITHIN)
    assert not standin.unhandled

    assert all(r.ack_type == 5 and not r.rejections for r in asks)
    latencies = sorted(r.ack_latency for r in asks if r.ack_latency is not None)
    assert len(latencies) == 20 and latencies[-1] < 3.0, latencies
    for i, r in enumerate(asks):
        (answer,) = r.followups
        assert answer.ephemeral == (i % 2 == 0)
        assert "[1]" in answer.embeds[0]["description"] and answer.embeds[0]["fields"]
    assert len({next(iter(r.followups[0].custom_ids())).split(":")[2] for r in asks}) == 20
    assert bot.analytics.stats().counts == {"answer": 20}
    assert "**Added** 1" in reindex.original.embeds[0]["description"]
