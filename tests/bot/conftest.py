"""Fixtures for the bot's tests: a real engine over two shipped documents, and bots built on it."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot import BotSettings, StewardBot
from bot.analytics import Analytics
from bot.answer_store import AnswerStore
from bot.privacy import KeyedHash
from knowledge import SHIPPED_DOCUMENTS, Answerer, Engine, KnowledgeSettings
from tests.standin import World

DOCUMENTS = (
    "rates/background-and-stand-in-rates.md",
    "contracts/sag-aftra-2023-tv-theatrical-ai-terms.md",
)


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings come from each test, never from the developer's shell."""
    import os

    for name in list(os.environ):
        if (
            name.startswith(("STEWARD_", "DISCORD_", "OPENAI_", "CHROMA_"))
            or name == "DEV_GUILD_ID"
        ):
            monkeypatch.delenv(name)


def knowledge_settings_for(root: Path) -> KnowledgeSettings:
    docs = root / "documents"
    for relative in DOCUMENTS:
        target = docs / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(SHIPPED_DOCUMENTS / relative, target)
    return KnowledgeSettings(
        _env_file=None,  # type: ignore[call-arg]
        source_dir=docs,
        data_dir=root / "data",
        llm_enabled=False,
    )


@pytest.fixture(scope="session")
def engine(tmp_path_factory: pytest.TempPathFactory, bundled_embedder: Any) -> Engine:
    """Indexed once per session (~2 s with the bundled embedder); tests must not change it."""
    settings = knowledge_settings_for(tmp_path_factory.mktemp("knowledge"))
    engine = Engine(settings, embeddings=bundled_embedder)
    engine.ensure_index()
    return engine


@pytest.fixture(scope="session")
def answerer(engine: Engine) -> Answerer:
    return Answerer(engine, use_llm=False)


def bot_settings(**overrides: Any) -> BotSettings:
    values: dict[str, Any] = {"discord_token": "standin-bot-token", **overrides}
    return BotSettings(_env_file=None, **values)  # type: ignore[call-arg]


class RecordingAnswerer:
    """The real Answerer, remembering the history each question came with."""

    def __init__(self, inner: Answerer) -> None:
        self.inner = inner
        self.calls: list[tuple[str, list[tuple[str, str]] | None]] = []

    def ask(self, question: str, *, history: list[tuple[str, str]] | None = None) -> Any:
        self.calls.append((question, history))
        return self.inner.ask(question, history=history)

    def prepare(self) -> None:
        self.inner.prepare()


MakeBot = Callable[..., StewardBot]


@pytest.fixture
def make_bot(tmp_path: Path, engine: Engine, answerer: Answerer) -> Iterator[MakeBot]:
    made: list[StewardBot] = []

    def make(
        world: World | None = None,
        *,
        engine_: Engine | None = None,
        answerer_: Any = None,
        data_dir: Path | None = None,
        **settings: Any,
    ) -> StewardBot:
        if world is not None:
            settings.setdefault("dev_guild_id", int(world.guild_id))
        data = data_dir or tmp_path / f"bot{len(made)}"
        bot = StewardBot(
            bot_settings(**settings),
            engine=engine_ or engine,
            answerer=answerer_ or answerer,
            analytics=Analytics(data / "analytics.sqlite3"),
            answers=AnswerStore(data / "answers.sqlite3", 100),
            hasher=KeyedHash(b"k" * 32),
            data_dir=data,
        )
        made.append(bot)
        return bot

    yield make
    for bot in made:
        bot.analytics.close()
        bot.answers.close()


def assert_nothing_could_ping(standin: Any) -> None:
    """Every message body the bot sent or edited names allowed_mentions none itself."""
    bodies = []
    for r in standin.requests:
        if r.method not in ("POST", "PATCH") or not isinstance(r.json, dict):
            continue
        body = r.json.get("data") if r.path.endswith("/callback") else r.json
        if body and ("content" in body or "embeds" in body):
            bodies.append(body)
    allowed = [b.get("allowed_mentions") for b in bodies]
    assert len(bodies) >= 2 and all(
        a in ({"parse": []}, {"parse": [], "replied_user": False}) for a in allowed
    ), allowed
