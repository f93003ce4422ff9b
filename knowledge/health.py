"""Health checks of the knowledge side, for `python -m bot doctor`: the Chroma server,
the index and the LLM endpoint. Each check is one `Health` row: what it found when it
is fine, what to do when it is not. Nothing here raises; a check that cannot run says why.

    for row in check_health(settings):
        print(row.check, "ok" if row.ok else "problem", row.detail)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from .engine import Engine
from .errors import KnowledgeError
from .faults import unreachable
from .llm import make_chat_model
from .settings import KnowledgeSettings

# A doctor waits this long for the LLM endpoint; a member's answer waits STEWARD_LLM_TIMEOUT.
LLM_CHECK_SECONDS = 10.0


@dataclass(frozen=True)
class Health:
    check: str
    ok: bool
    detail: str  # what was found (ok), or how to fix it (problem)


def check_health(settings: KnowledgeSettings, engine: Engine | None = None) -> list[Health]:
    """The Chroma server (when CHROMA_HOST is set), the index, then the LLM endpoint."""
    rows: list[Health] = []
    chroma_ok = True
    if settings.chroma_host:
        chroma = check_chroma(settings)
        chroma_ok = chroma.ok
        rows.append(chroma)
    if chroma_ok:
        rows.append(check_index(settings, engine))
    else:
        rows.append(Health("index", False, "not checked: the Chroma server is unreachable"))
    rows.append(check_llm(settings))
    return rows


def check_chroma(settings: KnowledgeSettings) -> Health:
    name = f"chroma {settings.chroma_host}:{settings.chroma_port}"
    try:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        client = chromadb.HttpClient(
            host=settings.chroma_host or "",
            port=settings.chroma_port,
            ssl=settings.chroma_ssl,
            settings=ChromaSettings(anonymized_telemetry=False),
        )
        client.heartbeat()
        version = client.get_version()
    except Exception:
        return Health(name, False, str(unreachable(settings)))
    return Health(name, True, f"heartbeat answered (Chroma {version})")


def check_index(settings: KnowledgeSettings, engine: Engine | None = None) -> Health:
    try:
        engine = engine or Engine(settings)
        stats = engine.stats()
        engine.store.check_embedder(stats)
    except KnowledgeError as e:
        return Health("index", False, str(e))
    found = (
        f"{stats['documents']} documents, {stats['chunks']} passages, "
        f"embedder {stats['embedder']}, indexed {_age(stats.get('indexed_at'))}"
    )
    failed = list(stats.get("failed") or [])
    if failed:
        names = ", ".join(failed[:3]) + (f" and {len(failed) - 3} more" if len(failed) > 3 else "")
        return Health(
            "index",
            False,
            f"{found}; {len(failed)} files failed to load ({names}): fix or remove them, "
            "then run `python -m knowledge index`",
        )
    if not stats["documents"]:
        return Health(
            "index",
            False,
            f"the index is empty: put documents in {settings.source_dir} "
            "(STEWARD_SOURCE_DIR) and run `python -m knowledge index`",
        )
    return Health("index", True, found)


def check_llm(settings: KnowledgeSettings) -> Health:
    if not settings.llm_configured:
        return Health(
            "llm", True, "off: extractive answers (OPENAI_API_KEY or OPENAI_BASE_URL turns it on)"
        )
    import openai

    where = settings.openai_base_url or "api.openai.com"
    name = f"llm {settings.openai_chat_model}"
    short = settings.model_copy(
        update={"llm_timeout": min(settings.llm_timeout, LLM_CHECK_SECONDS), "llm_retries": 0}
    )
    model: Any = make_chat_model(short)
    try:
        model.invoke("Reply with one word: ok", max_tokens=1)
    except openai.AuthenticationError:
        return Health(name, False, f"{where} rejected the key: check OPENAI_API_KEY")
    except openai.NotFoundError:
        return Health(
            name,
            False,
            f"{where} has no model {settings.openai_chat_model}: set OPENAI_CHAT_MODEL",
        )
    except openai.APIStatusError as e:
        return Health(
            name,
            False,
            f"{where} answered HTTP {e.status_code}: check the server's log; members get "
            "extractive answers meanwhile",
        )
    except (openai.APIConnectionError, OSError):
        return Health(
            name,
            False,
            f"cannot reach {where} within {short.llm_timeout:g} s: start the server or fix "
            "OPENAI_BASE_URL (members get extractive answers meanwhile)",
        )
    return Health(name, True, f"{where} answered")


def _age(indexed_at: Any) -> str:
    try:
        when = dt.datetime.fromisoformat(str(indexed_at))
    except ValueError:
        return "at an unknown time"
    seconds = max(0, int((dt.datetime.now(dt.UTC) - when).total_seconds()))
    for unit, size in (("day", 86_400), ("hour", 3_600), ("minute", 60)):
        if seconds >= size:
            count = seconds // size
            return f"{count} {unit}{'s' if count > 1 else ''} ago"
    return "just now"
