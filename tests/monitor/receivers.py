"""Real receivers on loopback for notification tests: an HTTP webhook server and an SMTP server."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller

from tests.utils.servers import free_port

Reply = Callable[[str, dict[str, Any]], tuple[int, dict[str, Any]]]


class WebhookReceiver:
    """A JSON webhook endpoint that records every request; can be stopped and restarted on the
    same port (down-then-up)."""

    def __init__(self, reply: Reply | None = None) -> None:
        self.port = free_port()
        self.received: list[tuple[str, dict[str, str], dict[str, Any]]] = []
        self.reply: Reply = reply or (lambda path, body: (200, {"errcode": 0, "errmsg": "ok"}))
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> WebhookReceiver:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                owner.received.append((self.path, dict(self.headers), body))
                status, answer = owner.reply(self.path, body)
                payload = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def keys(self) -> list[str]:
        """Idempotency keys received, in order."""
        return [headers.get("Idempotency-Key", "") for _, headers, _ in self.received]


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


class SmtpReceiver:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives."""

    def __init__(self) -> None:
        self.port = free_port()
        self.inbox = _Inbox()
        self._controller: Controller | None = None

    def start(self) -> SmtpReceiver:
        self._controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


class TrickleServer:
    """A TCP server on 127.0.0.1 that reads what a client sends, then answers one byte of
    ``drip`` every ``interval`` seconds, for ever: a receiver that never finishes its answer
    but never goes quiet long enough for a per-read timeout."""

    def __init__(self, drip: bytes, interval: float = 0.05, read_first: bool = True) -> None:
        self.port = free_port()
        self.drip, self.interval, self.read_first = drip, interval, read_first
        self.connections = 0
        self.requests: list[bytes] = []
        self._stop = threading.Event()
        self._sock: socket.socket | None = None

    def url(self, path: str = "/hook") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self) -> TrickleServer:
        self._sock = socket.create_server(("127.0.0.1", self.port))
        self._sock.settimeout(0.2)
        threading.Thread(target=self._serve, daemon=True).start()
        return self

    def _serve(self) -> None:
        assert self._sock is not None
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            if self.read_first:
                conn.settimeout(0.5)
                with contextlib.suppress(OSError):
                    self.requests.append(conn.recv(65536))
            i = 0
            while not self._stop.is_set():
                try:
                    conn.sendall(self.drip[i % len(self.drip) : i % len(self.drip) + 1])
                except OSError:
                    return
                i += 1
                time.sleep(self.interval)

    def stop(self) -> None:
        self._stop.set()
        if self._sock is not None:
            self._sock.close()
