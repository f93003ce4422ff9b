"""Settings of the Discord bot, from the environment or a .env file.

Built once in `bot.__main__` and passed down; nothing reads the environment at import
time. Names carry no common prefix (``DISCORD_TOKEN``, ``STEWARD_RATE_LIMIT`` ...). The
knowledge engine has its own settings (`knowledge.KnowledgeSettings`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

CommaList = Annotated[list[str], NoDecode]
IntList = Annotated[list[int], NoDecode]


class BotSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        populate_by_name=True,
    )

    # Required: the bot token from the Developer Portal. Never logged (SecretStr).
    discord_token: SecretStr = Field(validation_alias="DISCORD_TOKEN")
    # Sync commands to this guild only (instant, for development); unset: global sync.
    dev_guild_id: int | None = Field(default=None, validation_alias="DEV_GUILD_ID")

    # Members.
    private_by_default: bool = Field(default=True, validation_alias="STEWARD_PRIVATE_BY_DEFAULT")
    reply_in_thread: bool = Field(default=False, validation_alias="STEWARD_REPLY_IN_THREAD")
    max_question_chars: int = Field(
        default=500, ge=1, validation_alias="STEWARD_MAX_QUESTION_CHARS"
    )
    rate_limit: int = Field(default=6, ge=0, validation_alias="STEWARD_RATE_LIMIT")
    # Threads answering questions. An answer is CPU-bound (a few ms of numpy and Python);
    # one worker per core keeps the cores busy without contending (scripts/bench_answers.py).
    answer_workers: int = Field(default=2, ge=1, validation_alias="STEWARD_ANSWER_WORKERS")
    allowed_channels: CommaList = Field(
        default_factory=list, validation_alias="STEWARD_ALLOWED_CHANNELS"
    )
    allow_dms: bool = Field(default=True, validation_alias="STEWARD_ALLOW_DMS")
    history_turns: int = Field(default=3, ge=0, validation_alias="STEWARD_HISTORY_TURNS")
    message_content: bool = Field(default=False, validation_alias="STEWARD_MESSAGE_CONTENT")

    # Admins.
    admin_roles: CommaList = Field(default_factory=list, validation_alias="STEWARD_ADMIN_ROLES")
    max_upload_mb: float = Field(default=10.0, gt=0, validation_alias="STEWARD_MAX_UPLOAD_MB")

    # Storage and privacy (default paths are under the knowledge data folder, in bot/).
    analytics_db: Path | None = Field(default=None, validation_alias="STEWARD_ANALYTICS_DB")
    keep_unanswered: bool = Field(default=True, validation_alias="STEWARD_KEEP_UNANSWERED")
    hash_key: SecretStr | None = Field(default=None, validation_alias="STEWARD_HASH_KEY")
    answer_store_size: int = Field(default=5000, ge=1, validation_alias="STEWARD_ANSWER_STORE_SIZE")

    # Days an unanswered question is kept for /stats (0: not kept at all).
    unanswered_days: int = Field(default=90, ge=0, validation_alias="STEWARD_UNANSWERED_DAYS")

    log_level: str = Field(default="INFO", validation_alias="STEWARD_LOG_LEVEL")
    # Other libraries' loggers allowed below INFO (e.g. "openai,httpx"); their DEBUG logs
    # hold prompts, so question text.
    debug_loggers: CommaList = Field(default_factory=list, validation_alias="STEWARD_DEBUG_LOGGERS")

    # Sharding (a bot in thousands of servers): this process runs the shards STEWARD_SHARD_IDS
    # (default: all) of STEWARD_SHARD_COUNT. Unset: one gateway connection for every server.
    shard_count: int | None = Field(default=None, ge=1, validation_alias="STEWARD_SHARD_COUNT")
    shard_ids: IntList = Field(default_factory=list, validation_alias="STEWARD_SHARD_IDS")

    @field_validator("discord_token")
    @classmethod
    def _token_not_blank(cls, value: SecretStr) -> SecretStr:
        if not value.get_secret_value().strip():
            raise ValueError("DISCORD_TOKEN is empty")
        return SecretStr(value.get_secret_value().strip())

    @field_validator("allowed_channels", "admin_roles", "debug_loggers", mode="before")
    @classmethod
    def _split_commas(cls, value: Any) -> Any:
        """Comma-separated: "a, #b, @c, <@&123>, <#456>" gives a, b, c, 123, 456."""
        if isinstance(value, str):
            parts = (p.strip() for p in value.split(","))
            return [re.sub(r"^<[#@]&?(\d+)>$", r"\1", p).lstrip("#@") for p in parts if p]
        return value

    @field_validator("shard_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @model_validator(mode="after")
    def _shards_fit(self) -> BotSettings:
        if self.shard_ids and self.shard_count is None:
            raise ValueError(
                "STEWARD_SHARD_IDS needs STEWARD_SHARD_COUNT (the total, for every process)"
            )
        count = self.shard_count or 0
        wrong = [i for i in self.shard_ids if not 0 <= i < count]
        if wrong:
            raise ValueError(
                f"STEWARD_SHARD_IDS {wrong} are not shards of STEWARD_SHARD_COUNT={count} "
                f"(0 to {count - 1})"
            )
        if len(set(self.shard_ids)) != len(self.shard_ids):
            raise ValueError("STEWARD_SHARD_IDS names a shard twice")
        return self

    @field_validator("dev_guild_id", "shard_count", "analytics_db", "hash_key", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: Any) -> Any:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("hash_key")
    @classmethod
    def _key_long_enough(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value()) < 16:
            raise ValueError("STEWARD_HASH_KEY must be at least 16 characters")
        return value

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1_000_000)
