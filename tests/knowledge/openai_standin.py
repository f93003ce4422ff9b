"""A loopback OpenAI-compatible chat server for tests: scripted replies, recorded requests.

`POST /v1/chat/completions` answers with a chat completion, or with server-sent
chunks ending in `data: [DONE]` when the request asks for `"stream": true`.
Each request is recorded (its JSON body) and answered by the next scripted
`Reply` — or by a function of the request — so a test can make the "model"
answer, stall past the client's timeout, drip its response a byte at a time,
stop at the token limit (`finish_reason="length"`), break off a stream, or fail
with 500, 429 or 401, and then assert on exactly what the client sent. Runs `http.server` in a daemon thread;
nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

_ERROR_TYPES = {
    400: "invalid_request_error",
    401: "invalid_request_error",
    403: "permission_denied",
    404: "not_found",
    429: "rate_limit_exceeded",
}


@dataclass
class Reply:
    """What the stand-in does with one request: wait `delay` seconds, then answer."""

    text: str = ""
    status: int = 200
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    chunk_size: int = 7  # characters per streamed delta
    # Why the model stopped; None: a broken stream, which ends with neither a finishing
    # chunk nor `data: [DONE]` (a plain completion then says "stop").
    finish_reason: str | None = "stop"
    drip: float = 0.0  # seconds between bytes: the whole response (head too), a byte at a time

    @classmethod
    def error(cls, status: int, message: str = "", **headers: str) -> Reply:
        return cls(text=message or f"stand-in error {status}", status=status, headers=headers)


Script = Callable[[dict[str, Any]], Reply]


class OpenAIStandin:
    """Scripted chat completions. Queue replies with `reply(...)` or decide them with `script`."""

    def __init__(self, model: str = "standin-model"):
        self.model = model
        self.requests: list[dict[str, Any]] = []
        self.script: Script | None = None
        self._queue: deque[Reply] = deque()
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ---------- scripting ----------
    def reply(self, *replies: Reply | str) -> None:
        """Queue replies, used in order; a string is a plain text answer."""
        with self._lock:
            self._queue.extend(Reply(r) if isinstance(r, str) else r for r in replies)

    def _next(self, body: dict[str, Any]) -> Reply:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        if self.script is not None:
            return self.script(body)
        return Reply.error(500, "the stand-in has no reply scripted for this request")

    # ---------- what was asked ----------
    def messages(self, i: int = -1) -> list[dict[str, Any]]:
        return list(self.requests[i]["messages"])

    def system(self, i: int = -1) -> str:
        return "\n".join(m["content"] for m in self.messages(i) if m["role"] == "system")

    def user(self, i: int = -1) -> str:
        return "\n".join(m["content"] for m in self.messages(i) if m["role"] == "user")

    # ---------- lifecycle ----------
    @property
    def base_url(self) -> str:
        assert self._server is not None, "the stand-in is not running"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/v1"

    def start(self) -> None:
        standin = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # keep pytest output clean
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._json(404, _error_body(404, f"no route {self.path}"))
                    return
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    self._json(400, _error_body(400, "request body is not JSON"))
                    return
                with standin._lock:
                    standin.requests.append(body)
                reply = standin._next(body)
                if reply.delay and standin._stopping.wait(reply.delay):
                    return
                try:
                    if reply.drip:
                        self._drip(body, reply)
                    elif reply.status != 200:
                        self._json(reply.status, _error_body(reply.status, reply.text), reply)
                    elif body.get("stream"):
                        self._stream(body, reply)
                    else:
                        self._json(200, standin._completion(body, reply), reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (e.g. its timeout passed)

            def _json(
                self, status: int, payload: dict[str, Any], reply: Reply | None = None
            ) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (reply.headers if reply else {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            def _stream(self, body: dict[str, Any], reply: Reply) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.end_headers()
                for event in standin._events(body, reply):
                    self.wfile.write(event)
                    self.wfile.flush()

            def _drip(self, body: dict[str, Any], reply: Reply) -> None:
                """The whole response, status line included, one byte every `reply.drip` s."""
                if body.get("stream"):
                    head = "Content-Type: text/event-stream\r\nConnection: close\r\n"
                    data = b"".join(standin._events(body, reply))
                else:
                    data = json.dumps(standin._completion(body, reply)).encode()
                    head = f"Content-Type: application/json\r\nContent-Length: {len(data)}\r\n"
                raw = f"HTTP/1.1 200 OK\r\n{head}\r\n".encode() + data
                for i in range(len(raw)):
                    if standin._stopping.wait(reply.drip):
                        return
                    self.wfile.write(raw[i : i + 1])
                    self.wfile.flush()
                self.close_connection = True

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stopping.set()  # releases handlers still sleeping on a `delay`
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    # ---------- OpenAI's shapes ----------
    def _base(self, body: dict[str, Any], obj: str) -> dict[str, Any]:
        return {
            "id": f"chatcmpl-standin-{len(self.requests)}",
            "object": obj,
            "created": int(time.time()),
            "model": body.get("model", self.model),
            "system_fingerprint": None,
        }

    @staticmethod
    def _usage(body: dict[str, Any], text: str) -> dict[str, int]:
        prompt = sum(len(str(m.get("content", "")).split()) for m in body.get("messages", []))
        completion = len(text.split())
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        }

    def _completion(self, body: dict[str, Any], reply: Reply) -> dict[str, Any]:
        text = reply.text
        return {
            **self._base(body, "chat.completion"),
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": text, "refusal": None},
                    "logprobs": None,
                    "finish_reason": reply.finish_reason or "stop",
                }
            ],
            "usage": self._usage(body, text),
        }

    def _chunks(self, body: dict[str, Any], reply: Reply) -> Iterator[dict[str, Any]]:
        base = self._base(body, "chat.completion.chunk")

        def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
            return {
                **base,
                "choices": [
                    {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}
                ],
            }

        yield chunk({"role": "assistant", "content": ""})
        text, size = reply.text, max(1, reply.chunk_size)
        for i in range(0, len(text), size):
            yield chunk({"content": text[i : i + size]})
        if reply.finish_reason is None:
            return  # a broken stream: it just ends
        yield chunk({}, reply.finish_reason)
        if (body.get("stream_options") or {}).get("include_usage"):
            yield {**base, "choices": [], "usage": self._usage(body, text)}

    def _events(self, body: dict[str, Any], reply: Reply) -> Iterator[bytes]:
        """The server-sent events of a streamed reply, `data: [DONE]` last unless broken."""
        for chunk in self._chunks(body, reply):
            yield f"data: {json.dumps(chunk)}\n\n".encode()
        if reply.finish_reason is not None:
            yield b"data: [DONE]\n\n"


def _error_body(status: int, message: str) -> dict[str, Any]:
    return {
        "error": {
            "message": message,
            "type": _ERROR_TYPES.get(status, "server_error"),
            "param": None,
            "code": "invalid_api_key" if status == 401 else None,
        }
    }


@contextmanager
def running(model: str = "standin-model") -> Iterator[OpenAIStandin]:
    """A started stand-in, stopped on exit (for a pytest fixture's `with`)."""
    standin = OpenAIStandin(model)
    standin.start()
    try:
        yield standin
    finally:
        standin.stop()
