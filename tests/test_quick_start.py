"""The quick start as the README gives it: ``python server.py demo`` without DATABASE_URL runs
on an embedded PostgreSQL, answers the curl line it prints, runs background jobs and delivers
webhooks to receivers on this machine, stops that PostgreSQL on SIGTERM, and finds its tenant and
keys again on the next run."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from tests.conftest import free_port
from tests.live import ROOT
from tests.receiver import Receiver

START_TIMEOUT_SECONDS = 120.0
JOB_TIMEOUT_SECONDS = 60.0
CURL_LINE = re.compile(r"^\s*curl -H 'X-API-Key: (\S+)' -H 'X-API-Version: (\S+)' (\S+)$")


def _postgres_processes(data_dir: Path) -> list[int]:
    """The ids of the processes whose command line names ``data_dir`` (the embedded server)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
        except OSError:  # gone meanwhile
            continue
        if str(data_dir).encode() in command:
            found.append(int(entry.name))
    return found


def _run_demo(data_dir: Path, log_path: Path) -> tuple[subprocess.Popen[bytes], str, str, str]:
    """Start the demo; once its curl line is printed, the process, the key, version and URL."""
    left_out = ("DATABASE_URL", "REDIS_URL", "WEBHOOK_ALLOWED_NETWORKS")
    env = {k: v for k, v in os.environ.items() if k not in left_out}
    port = free_port()
    env.update(ATRIUM_DATA_DIR=str(data_dir), PORT=str(port), LOG_LEVEL="WARNING")
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [sys.executable, str(ROOT / "server.py"), "demo"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        for line in log_path.read_text(errors="replace").splitlines():
            if match := CURL_LINE.match(line):
                key, version, url = match.groups()
                assert f":{port}/" in url
                return process, key, version, url
        assert process.poll() is None, log_path.read_text(errors="replace")
        time.sleep(0.2)
    process.kill()
    raise AssertionError(f"no curl line printed:\n{log_path.read_text(errors='replace')}")


def _call(
    url: str, key: str, version: str, method: str = "GET", json: Any = None
) -> httpx.Response:
    """A request to the printed host, sent to 127.0.0.1; retried while the server starts
    listening (the line is printed before it does)."""
    host = httpx.URL(url).netloc.decode()
    local = httpx.URL(url).copy_with(host="127.0.0.1")
    headers = {"Host": host, "X-API-Key": key, "X-API-Version": version}
    deadline = time.monotonic() + 60
    while True:
        try:
            return httpx.request(method, local, headers=headers, json=json, timeout=10)
        except httpx.TransportError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _stop(process: subprocess.Popen[bytes], data_dir: Path, log_path: Path) -> None:
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=60) == 0, log_path.read_text(errors="replace")
    assert _postgres_processes(data_dir) == [], log_path.read_text(errors="replace")
    assert not (data_dir / "postmaster.pid").exists()


def test_the_demo_runs_on_an_embedded_postgres_and_keeps_its_data(tmp_path: Path) -> None:
    data_dir = tmp_path / "postgres"
    first_log, second_log = tmp_path / "first.log", tmp_path / "second.log"
    process, first_key, version, url = _run_demo(data_dir, first_log)
    try:
        response = _call(url, first_key, version)
        assert response.status_code == 200, response.text
        assert response.json()["_data"]["tenant"]["slug"] == "demo"
        assert _postgres_processes(data_dir) != []
    finally:
        _stop(process, data_dir, first_log)

    process, second_key, version, url = _run_demo(data_dir, second_log)
    try:
        assert second_key != first_key
        for key in (first_key, second_key):
            response = _call(url, key, version)
            assert response.status_code == 200, response.text
            assert "_data" in response.json()
    finally:
        _stop(process, data_dir, second_log)


def test_a_demo_after_one_killed_outright_still_stops_postgres(tmp_path: Path) -> None:
    data_dir = tmp_path / "postgres"
    killed, *_ = _run_demo(data_dir, tmp_path / "killed.log")
    killed.kill()
    killed.wait(timeout=30)
    assert _postgres_processes(data_dir) != []  # left running: nothing stopped it
    log = tmp_path / "next.log"
    process, key, version, url = _run_demo(data_dir, log)
    try:
        assert _call(url, key, version).status_code == 200
    finally:
        _stop(process, data_dir, log)


def test_the_demo_runs_jobs_delivers_webhooks_here_and_documents_its_origin(
    tmp_path: Path, receiver: Receiver
) -> None:
    data_dir, log = tmp_path / "postgres", tmp_path / "demo.log"
    process, key, version, url = _run_demo(data_dir, log)
    try:
        banner = log.read_text(errors="replace")
        assert "Background jobs (batch tasks, exports, webhook deliveries) run" in banner
        assert "127.0.0.0/8" in banner
        api = url.removesuffix("/auth/me")
        hook = _call(
            f"{api}/webhooks", key, version, "POST", {"url": receiver.url, "event_types": ["*"]}
        )
        assert hook.status_code == 201, hook.text
        course = {"name": "Spanish A1", "code": "ES-A1"}
        task = _call(f"{api}/batch/courses", key, version, "POST", {"courses": [course]})
        assert task.status_code == 202, task.text
        task_url = f"{api}/tasks/{task.json()['_data']['id']}"

        deadline = time.monotonic() + JOB_TIMEOUT_SECONDS
        while (status := _call(task_url, key, version).json()["_data"]["status"]) != "completed":
            assert status in ("pending", "running"), status
            assert time.monotonic() < deadline, f"the task is still {status}:\n{log.read_text()}"
            time.sleep(0.2)

        (delivery,) = receiver.wait_for(1, timeout=JOB_TIMEOUT_SECONDS)
        body = delivery.verify(hook.json()["_data"]["secret"])
        assert body["type"] == "course.created"
        assert body["tenant"]["slug"] == "demo"
        assert body["data"]["code"] == "ES-A1"

        # The API reference it names calls this very server.
        assert f"API reference: {api}/docs" in banner
        document = _call(f"{api}/openapi.json", key, version).json()
        (server,) = document["paths"]["/api/v2/users"]["get"]["servers"]
        default = server["variables"]["tenant"]["default"]
        assert server["url"].replace("{tenant}", default) == api.removesuffix("/api/v2")
    finally:
        _stop(process, data_dir, log)
