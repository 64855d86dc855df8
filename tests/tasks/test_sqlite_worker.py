"""The quick start: one worker process on the embedded SQLite database delivers webhooks."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.live import ROOT, WorkerProcess
from tests.receiver import Receiver


def test_a_worker_on_sqlite_delivers_a_webhook(
    tmp_path: Path, receiver: Receiver, start_job_worker: Callable[[dict[str, str]], WorkerProcess]
) -> None:
    url = f"sqlite://{tmp_path}/atrium.sqlite3"
    env = {"DATABASE_URL": url, "LOG_LEVEL": "INFO", "SECRET_KEY": "quick-start-test-key"}

    def run(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, *args],
            cwd=ROOT,
            env={**os.environ, **env},
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return done.stdout

    run("server.py", "migrate")
    secret = run("-m", "tests.tasks.seed_sqlite", url, receiver.url).strip()
    worker = start_job_worker(
        {**env, "WEBHOOK_ALLOWED_NETWORKS": "127.0.0.1", "JOB_POLL_SECONDS": "0.2"}
    )
    [delivery] = receiver.wait_for(1)
    body = delivery.verify(secret)
    assert (body["type"], body["data"]) == ("user.created", {"user": {"id": 1}})
    assert worker.stop() == 0
