"""Steward's knowledge engine: load, chunk, index, search and answer from the union's documents.

Offline by default (Chroma on disk, a bundled multilingual embedder, extractive
answers); OpenAI or any OpenAI-compatible server when configured. This package
never imports discord: the bot uses only what is exported here.

    settings = KnowledgeSettings()
    engine = Engine(settings)
    engine.ensure_index()                       # first use: index the shipped documents
    answer = Answerer(engine).ask("what's the day rate for stand-ins?")
"""

from .answering import Answerer
from .answers import Answer, Source, neutralise_mentions
from .engine import Engine
from .errors import (
    ConfigurationError,
    DocumentError,
    EmbedderMismatchError,
    IndexNotFoundError,
    KnowledgeError,
    ReindexInProgressError,
    StorageError,
    StoreUnavailableError,
)
from .health import Health, check_health
from .indexing import IndexReport, Progress
from .language import question_language
from .links import allowed_urls, safe_links
from .loading import SUPPORTED, LoadFailure, LoadLimits, load_bytes
from .sandbox import LoaderProcess
from .search import Passage
from .settings import SHIPPED_DOCUMENTS, KnowledgeSettings

__all__ = [
    "SHIPPED_DOCUMENTS",
    "SUPPORTED",
    "Answer",
    "Answerer",
    "ConfigurationError",
    "DocumentError",
    "EmbedderMismatchError",
    "Engine",
    "Health",
    "IndexNotFoundError",
    "IndexReport",
    "KnowledgeError",
    "KnowledgeSettings",
    "LoadFailure",
    "LoadLimits",
    "LoaderProcess",
    "Passage",
    "Progress",
    "ReindexInProgressError",
    "Source",
    "StorageError",
    "StoreUnavailableError",
    "allowed_urls",
    "check_health",
    "load_bytes",
    "neutralise_mentions",
    "question_language",
    "safe_links",
]
