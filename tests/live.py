"""Real server processes (``python server.py serve``) for tests that need several workers or a
client outside the test's event loop, and real job workers (``python server.py worker``)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import httpx

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_SECONDS = 60.0


@dataclass
class LiveServer:
    port: int
    base_domain: str
    process: subprocess.Popen[bytes]
    log: IO[bytes]
    env: dict[str, str] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def host(self, tenant: str | None = None) -> str:
        return f"{tenant}.{self.base_domain}" if tenant else self.base_domain

    def output(self) -> str:
        # The process writes to the file itself; the parent's handle holds nothing to flush, and
        # it is closed once the server has been stopped.
        return Path(self.log.name).read_text(errors="replace")

    def stop(self) -> None:
        """SIGTERM and wait; then whatever is left of the server's process group (its Sanic
        workers, which outlive a manager that did not stop them) is killed."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.log.close()


def start_server(env: dict[str, str], port: int, log_path: Path) -> LiveServer:
    """Start ``server.py serve`` with ``env`` on ``port`` and wait until its health answers."""
    full_env = {**os.environ, **env, "PORT": str(port), "HOST": "127.0.0.1"}
    log = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "server.py"), "serve"],
        cwd=ROOT,
        env=full_env,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # a group of its own: stop() can end its workers too
    )
    server = LiveServer(port, full_env.get("BASE_DOMAIN", "localhost"), process, log, env)
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            server.stop()
            raise RuntimeError(f"server exited at start:\n{server.output()}")
        try:
            response = httpx.get(
                f"{server.url}/api/v2/health", headers={"Host": server.host()}, timeout=1
            )
            if response.status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"server did not become healthy:\n{server.output()}")


@dataclass
class WorkerProcess:
    process: subprocess.Popen[bytes]
    log: IO[bytes]

    def output(self) -> str:
        return Path(self.log.name).read_text(errors="replace")

    def kill(self) -> None:
        """SIGKILL: the worker gets no chance to finish or give back anything."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=5)

    def stop(self, timeout: float = 30) -> int:
        """SIGTERM, then wait for the worker to exit; returns its exit code."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()
        if not self.log.closed:
            self.log.close()
        return self.process.returncode


def start_worker(env: dict[str, str], log_path: Path) -> WorkerProcess:
    """Start ``server.py worker`` with ``env`` and wait until it says it has started."""
    log = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "server.py"), "worker"],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    worker = WorkerProcess(process, log)
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            worker.stop()
            raise RuntimeError(f"worker exited at start:\n{worker.output()}")
        if "worker started" in worker.output():
            return worker
        time.sleep(0.1)
    worker.stop()
    raise RuntimeError(f"worker did not start:\n{worker.output()}")
