"""The quick start as the README gives it: ``python server.py demo`` without DATABASE_URL runs
on an embedded PostgreSQL, answers the curl line it prints, runs background jobs and delivers
webhooks to receivers on this machine, stops that PostgreSQL on SIGTERM, and finds its tenant and
keys again on the next run; and the README's first tour runs against it as written."""

from __future__ import annotations

import os
import re
import signal
import socket
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


README = ROOT / "README.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```$", re.S | re.M)
# What differs from one run to the next: times, key prefixes, signatures.
VARYING = (
    (re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"), "<time>"),
    (re.compile(r"atr_\w{8}"), "<prefix>"),
    (re.compile(r"(webhook-timestamp:) \d+"), r"\1 <unix time>"),
    (re.compile(r"(X-Signature-256:) \w+"), r"\1 <hex>"),
    (re.compile(r"(webhook-signature:) v1,\S+"), r"\1 <signature>"),
)


def _normalized(text: str) -> str:
    for pattern, replacement in VARYING:
        text = pattern.sub(replacement, text)
    return text.strip()


def _tour() -> list[tuple[str, str]]:
    """The fenced blocks of the README's first tour, in order, as (language, text)."""
    text = README.read_text()
    tour = text[text.index("## A first tour") : text.index("## Read on")]
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(tour)]


def _shell(command: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def _wait_for_port(port: int) -> None:
    """Until something listens on 127.0.0.1:``port`` (a reader of the README waits as well)."""
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            assert time.monotonic() < deadline, f"nothing listens on {port}"
            time.sleep(0.1)


def test_the_readme_tour_runs_as_written_and_shows_what_it_answers(tmp_path: Path) -> None:
    """Every command of the README's tour, on a fresh demo, with only the port changed (the
    demo's and the receiver's): commands succeed, shown answers are the answers (times, key
    prefixes and signatures aside; "…" marks an excerpt), and the receiver gets the delivery
    shown."""
    blocks = _tour()
    assert sum(lang == "sh" for lang, _ in blocks) >= 8
    data_dir, log = tmp_path / "postgres", tmp_path / "demo.log"
    receiver_port = free_port()
    receiver_log = tmp_path / "receiver.log"
    receiver: subprocess.Popen[bytes] | None = None
    process, key, _, url = _run_demo(data_dir, log)
    port = httpx.URL(url).port
    env = {**os.environ, "KEY": key}
    _call(url, key, "2026-11-01")  # the server listens
    try:
        for (lang, text), following in zip(blocks, [*blocks[1:], ("", "")], strict=True):
            if lang != "sh":
                continue
            text = text.replace("localhost:8000", f"localhost:{port}")
            text = text.replace("127.0.0.1:9000", f"127.0.0.1:{receiver_port}")
            text = text.replace('("127.0.0.1", 9000)', f'("127.0.0.1", {receiver_port})')
            if "HTTPServer" in text:
                with receiver_log.open("wb") as out:
                    receiver = subprocess.Popen(  # exec: one process, ended by its id
                        ["bash", "-c", f"exec {text}"], stdout=out, stderr=subprocess.STDOUT
                    )
                _wait_for_port(receiver_port)
                continue
            shown_lang, shown = following
            for command in text.strip().split("\n\n"):
                quiet = command.replace("curl ", "curl -sS --max-time 30 ", 1)
                deadline = time.monotonic() + JOB_TIMEOUT_SECONDS
                error_shown = shown.startswith('{"error"')
                # An export is ready a moment after it is asked for: its download waits.
                while (result := _shell(quiet, env)).stdout.startswith('{"error"') != error_shown:
                    assert time.monotonic() < deadline, (command, result.stdout, result.stderr)
                    time.sleep(0.2)
                assert result.returncode == 0, (command, result.stderr)
                answer = result.stdout
            if shown_lang in ("json", "csv") and "…" not in shown:
                assert _normalized(answer) == _normalized(shown), (text, answer)

        delivered = next(text for lang, text in blocks if lang == "" and "webhook-id" in text)
        deadline = time.monotonic() + JOB_TIMEOUT_SECONDS
        while not all(
            line in _normalized(receiver_log.read_text()).replace(str(receiver_port), "9000")
            for line in _normalized(delivered).splitlines()
        ):
            assert time.monotonic() < deadline, (receiver_log.read_text(), log.read_text())
            time.sleep(0.2)
    finally:
        if receiver is not None:
            receiver.kill()
            receiver.wait(timeout=10)
        _stop(process, data_dir, log)
