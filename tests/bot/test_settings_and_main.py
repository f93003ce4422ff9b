"""Bot settings from the environment, and `python -m bot` without a token."""

from __future__ import annotations

import logging

import pytest
from pydantic import ValidationError

from bot.__main__ import configure_logging, main
from bot.settings import BotSettings
from knowledge import Answerer, Engine, KnowledgeSettings
from tests.knowledge.openai_standin import running as openai_running


def test_defaults_are_private_and_prefix_free_names_are_read(monkeypatch):
    monkeypatch.setenv("DISCORD_TOKEN", " secret-token ")
    monkeypatch.setenv("STEWARD_ADMIN_ROLES", "Union Staff, 123456789012345678,@Stewards")
    monkeypatch.setenv("STEWARD_ALLOWED_CHANNELS", "#contracts,ask-steward")
    monkeypatch.setenv("DEV_GUILD_ID", "")
    monkeypatch.setenv("STEWARD_RATE_LIMIT", "4")
    settings = BotSettings(_env_file=None)  # type: ignore[call-arg]

    assert settings.private_by_default and not settings.reply_in_thread
    assert settings.admin_roles == ["Union Staff", "123456789012345678", "Stewards"]
    assert settings.allowed_channels == ["contracts", "ask-steward"]
    assert settings.dev_guild_id is None and settings.rate_limit == 4
    assert settings.discord_token.get_secret_value() == "secret-token"
    assert "secret-token" not in repr(settings) and "secret-token" not in str(settings)


@pytest.mark.parametrize(
    ("name", "value"),
    [("DISCORD_TOKEN", "   "), ("STEWARD_HASH_KEY", "short"), ("STEWARD_RATE_LIMIT", "-1")],
)
def test_bad_values_are_refused(monkeypatch, name, value):
    monkeypatch.setenv("DISCORD_TOKEN", "t")
    monkeypatch.setenv(name, value)
    with pytest.raises(ValidationError):
        BotSettings(_env_file=None)  # type: ignore[call-arg]


def test_without_a_token_main_explains_and_exits_2(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)  # no .env here
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "DISCORD_TOKEN" in err and "discord.com/developers/applications" in err
    assert "applications.commands" in err


def test_an_invalid_setting_exits_2_without_echoing_values(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "do-not-print-me")
    monkeypatch.setenv("STEWARD_MAX_UPLOAD_MB", "lots")
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "STEWARD_MAX_UPLOAD_MB" in err and "do-not-print-me" not in err and "lots" not in err


def test_discord_debug_logs_are_never_enabled(monkeypatch):
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    try:
        configure_logging("DEBUG")
        assert logging.getLogger("discord").getEffectiveLevel() == logging.INFO
        assert logging.getLogger("bot").getEffectiveLevel() == logging.DEBUG
    finally:
        root.handlers[:], root.level = saved
        logging.getLogger("discord").setLevel(logging.NOTSET)


class Captured(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.name}: {record.getMessage()}")


QUESTION = "What's the day rate for stand-ins? (zebra)"


def logs_while_asking(engine, embedder, monkeypatch, level: str, named=()) -> list[str]:
    """Everything logged, at `level`, while the LLM (an HTTP 500 stand-in) is asked."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    captured = Captured()
    touched = ("discord", "bot", "knowledge", *named)
    try:
        configure_logging(level, named)
        root.addHandler(captured)
        with openai_running() as llm:
            monkeypatch.setenv("OPENAI_BASE_URL", llm.base_url)
            settings = KnowledgeSettings(
                _env_file=None,  # type: ignore[call-arg]
                source_dir=engine.settings.source_dir,
                data_dir=engine.settings.data_dir,
            )
            Answerer(Engine(settings, embeddings=embedder)).ask(QUESTION)
            logging.getLogger("bot.test").debug("our own debug line")
        assert llm.requests  # the prompt, with the question, went to the client
    finally:
        root.handlers[:], root.level = saved
        for name in touched:
            logging.getLogger(name).setLevel(logging.NOTSET)
    return captured.lines


@pytest.mark.parametrize("level", ["DEBUG", "INFO"])
def test_no_question_text_reaches_the_logs_at_any_level(
    engine, bundled_embedder, monkeypatch, level
):
    lines = logs_while_asking(engine, bundled_embedder, monkeypatch, level)
    assert not [line for line in lines if "zebra" in line]
    assert ("bot.test: our own debug line" in lines) == (level == "DEBUG")


def test_a_library_named_in_debug_loggers_logs_at_debug(engine, bundled_embedder, monkeypatch):
    lines = logs_while_asking(engine, bundled_embedder, monkeypatch, "DEBUG", ["openai"])
    # Asked for by name, the OpenAI client's debug log shows the prompt: the reason for the rule.
    assert [line for line in lines if line.startswith("openai") and "zebra" in line]
