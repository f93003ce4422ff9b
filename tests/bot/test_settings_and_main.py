"""Bot settings from the environment, and `python -m bot` without a token."""

from __future__ import annotations

import logging

import pytest
from pydantic import ValidationError

from bot.__main__ import configure_logging, main
from bot.settings import BotSettings


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
