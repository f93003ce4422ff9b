"""The chat model, when one is configured: OpenAI or any OpenAI-compatible server.

Built here and only here. `OPENAI_BASE_URL` alone (no key) is enough for a
local server such as Ollama, vLLM or LM Studio.

`complete` bounds a whole model call by one deadline. The client's own timeout
applies to each read, so a server that sends a byte every few seconds would keep
a call going for minutes; here the call runs on a daemon thread and the caller
stops waiting when the deadline passes (a streamed call also stops reading at
the next chunk).
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from .settings import KnowledgeSettings


class ChatModel(Protocol):
    """What the answerer needs of a chat model: LangChain's invoke/stream on messages."""

    def invoke(self, input: Any, /) -> Any: ...

    def stream(self, input: Any, /) -> Any: ...


class LLMTimeout(TimeoutError):
    """The model did not finish within the deadline of the whole call."""


@dataclass(frozen=True)
class Completion:
    text: str
    finish_reason: str | None  # "stop" when the model ended its answer itself


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


def complete(
    chat: ChatModel,
    messages: Any,
    *,
    stream: bool,
    seconds: float,
    on_part: Callable[[str], None] | None = None,
) -> Completion:
    """The model's reply to `messages`, within `seconds` in all (retries included).

    With `stream`, `on_part(text so far)` is called as the reply grows (a failing callback
    only stops the drafts). Raises LLMTimeout when the deadline passes, or whatever the
    model call raised.
    """
    stop = threading.Event()

    def call() -> Completion:
        if not stream:
            reply = chat.invoke(messages)
            return Completion(str(reply.content), _finish_reason(reply))
        parts: list[str] = []
        failed: list[bool] = []  # the draft callback failed: call it no more
        finish: str | None = None
        for chunk in chat.stream(messages):
            if stop.is_set():  # the caller has given up: stop reading
                raise LLMTimeout("abandoned")
            parts.append(str(chunk.content))
            finish = _finish_reason(chunk) or finish
            if on_part is not None and chunk.content and not failed:
                try:
                    on_part("".join(parts))
                except Exception:  # the drafts are a courtesy; the answer goes on
                    failed.append(True)
        return Completion("".join(parts), finish)

    return _within(call, seconds, stop)


def _finish_reason(message: Any) -> str | None:
    metadata = getattr(message, "response_metadata", None) or {}
    reason = metadata.get("finish_reason")
    return str(reason) if reason else None


def _within(fn: Any, seconds: float, stop: threading.Event) -> Completion:
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def run() -> None:
        try:
            box.put((True, fn()))
        except BaseException as e:  # handed to the caller, who decides
            box.put((False, e))

    # A daemon thread: a call still dripping when the process ends does not hold it open.
    threading.Thread(target=run, name="steward-llm-call", daemon=True).start()
    try:
        ok, value = box.get(timeout=seconds)
    except queue.Empty:
        stop.set()
        raise LLMTimeout(f"no complete answer within {seconds:g} s") from None
    if ok:
        return value  # type: ignore[no-any-return]
    raise value
