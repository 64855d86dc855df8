"""A real SMTP server on 127.0.0.1 for tests (aiosmtpd, in a thread of its own) that records the
messages it accepts and can be told to refuse them, or to hold one without answering."""

from __future__ import annotations

import asyncio
import email
import email.policy
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

MAX_WAIT_SECONDS = 15.0


@dataclass(frozen=True)
class Mail:
    sender: str
    recipients: list[str]
    message: EmailMessage

    @property
    def text(self) -> str:
        body = self.message.get_body(("plain",))
        assert body is not None
        content: str = body.get_content()
        return content


class _Recorder:
    def __init__(self) -> None:
        self.mails: list[Mail] = []
        self.refuse_with: str | None = None
        self.lock = threading.Lock()
        # Messages to this address get no answer until `release` is set, then a 451.
        self.hold_for: str | None = None
        self.held = 0
        self.release = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_with is not None:
            return self.refuse_with
        if self.hold_for is not None and self.hold_for in envelope.rcpt_tos:
            self.hold_for = None
            self.held += 1
            await asyncio.to_thread(self.release.wait)
            return "451 4.3.0 held by the test"
        message = email.message_from_bytes(envelope.content, policy=email.policy.SMTP)
        with self.lock:
            self.mails.append(Mail(envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 Message accepted for delivery"


class SmtpServer:
    """An SMTP server on ``127.0.0.1:port`` while started; `mails_to` reads what it accepted."""

    def __init__(self, port: int) -> None:
        self.port = port
        self._recorder = _Recorder()
        self._controller: Controller | None = None

    def start(self) -> None:
        self._controller = Controller(self._recorder, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def stop(self) -> None:
        self._recorder.release.set()
        if self._controller is not None:
            self._controller.stop()
            self._controller = None

    def refuse(self, reply: str | None) -> None:
        """Answer every message with ``reply`` (e.g. ``"451 try later"``); None: accept."""
        self._recorder.refuse_with = reply

    def hold_next(self, address: str) -> None:
        """Leave the next message to ``address`` unanswered until the server stops."""
        self._recorder.hold_for = address

    def wait_until_held(self) -> None:
        deadline = time.monotonic() + MAX_WAIT_SECONDS
        while self._recorder.held == 0:
            assert time.monotonic() < deadline, "no message was held"
            time.sleep(0.05)

    def mails_to(self, address: str) -> list[Mail]:
        with self._recorder.lock:
            return [m for m in self._recorder.mails if address in m.recipients]

    def wait_for(self, address: str, count: int = 1) -> list[Mail]:
        deadline = time.monotonic() + MAX_WAIT_SECONDS
        while time.monotonic() < deadline:
            mails = self.mails_to(address)
            if len(mails) >= count:
                return mails
            time.sleep(0.05)
        raise AssertionError(f"no {count} mail(s) to {address} within {MAX_WAIT_SECONDS} s")
