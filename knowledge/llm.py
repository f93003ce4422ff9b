"""The chat model, when one is configured: OpenAI or any OpenAI-compatible server.

Built here and only here. `OPENAI_BASE_URL` alone (no key) is enough for a
local server such as Ollama, vLLM or LM Studio.
"""

from __future__ import annotations

from typing import Any, Protocol

from .settings import KnowledgeSettings


class ChatModel(Protocol):
    """What the answerer needs of a chat model: LangChain's invoke/stream on messages."""

    def invoke(self, input: Any, /) -> Any: ...

    def stream(self, input: Any, /) -> Any: ...


def make_chat_model(settings: KnowledgeSettings) -> ChatModel | None:
    if not settings.llm_configured:
        return None
    from langchain_openai import ChatOpenAI

    kwargs: dict[str, Any] = {
        "model": settings.openai_chat_model,
        "api_key": settings.openai_api_key or "not-needed",
        "timeout": settings.llm_timeout,
        "max_retries": settings.llm_retries,
        "temperature": 0,
    }
    if settings.openai_base_url:
        kwargs["base_url"] = settings.openai_base_url
    return ChatOpenAI(**kwargs)
