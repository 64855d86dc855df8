"""A real webhook receiver on 127.0.0.1 for tests: an HTTP server in a thread that records what
it gets, answers as told (status, delay, hold), and verifies both signatures of a delivery."""

from __future__ import annotations

import hashlib
import hmac
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson
from standardwebhooks import Webhook

MAX_WAIT_SECONDS = 30.0


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: bytes
    at: float

    @property
    def json(self) -> dict[str, Any]:
        data: dict[str, Any] = orjson.loads(self.body)
        return data

    def verify(self, secret: str) -> dict[str, Any]:
        """Check both signatures with ``secret``: X-Signature-256 recomputed here, the Standard
        Webhooks trio by the ``standardwebhooks`` package. Returns the parsed body."""
        expected = hmac.new(secret.encode(), self.body, hashlib.sha256).hexdigest()
        assert hmac.compare_digest(self.headers["x-signature-256"], expected)
        verified: dict[str, Any] = Webhook(secret).verify(self.body, self.headers)
        return verified


@dataclass
class Behaviour:
    status: int = 200
    delay: float = 0.0
    # While set, requests wait (at most MAX_WAIT_SECONDS) for `release` before answering.
    hold: threading.Event | None = None
    answer: bytes = b'{"ok": true}'


@dataclass
class Receiver:
    server: ThreadingHTTPServer
    behaviour: Behaviour = field(default_factory=Behaviour)
    received: list[Received] = field(default_factory=list)
    arrived: threading.Condition = field(default_factory=threading.Condition)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks"

    def wait_for(self, count: int, timeout: float = MAX_WAIT_SECONDS) -> list[Received]:
        """The first ``count`` requests, waiting up to ``timeout`` seconds for them."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while len(self.received) < count:
                left = deadline - time.monotonic()
                assert left > 0, f"got {len(self.received)} of {count} requests"
                self.arrived.wait(left)
            return list(self.received[:count])

    def stop(self) -> None:
        if self.behaviour.hold is not None:
            self.behaviour.hold.set()
        self.server.shutdown()
        self.server.server_close()


def start_receiver() -> Receiver:
    receiver: Receiver

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            behaviour = receiver.behaviour  # as it was when the request came in
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            headers = {k.lower(): v for k, v in self.headers.items()}
            with receiver.arrived:
                receiver.received.append(Received(self.path, headers, body, time.time()))
                receiver.arrived.notify_all()
            if behaviour.hold is not None:
                behaviour.hold.wait(MAX_WAIT_SECONDS)
            if behaviour.delay:
                time.sleep(behaviour.delay)
            try:
                self.send_response(behaviour.status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(behaviour.answer)))
                self.end_headers()
                self.wfile.write(behaviour.answer)
            except OSError:
                pass  # the sender gave up (timeout) or died: nobody to answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    receiver = Receiver(server)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return receiver
