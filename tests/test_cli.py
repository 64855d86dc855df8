"""The operator CLI, run as a user runs it: ``python server.py …`` in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.factories import Api, unique_slug
from tests.live import ROOT


def cli(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "server.py"), *args],
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url, "LOG_LEVEL": "WARNING"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_tenant_and_key_lifecycle(database_url: str, api: Api) -> None:
    slug = unique_slug("cli")
    created = cli(database_url, "tenant", "create", slug, "--plan", "grow", "--name", "CLI Co")
    assert created.returncode == 0, created.stderr
    assert slug in cli(database_url, "tenant", "list").stdout

    made = cli(database_url, "key", "create", slug, "--name", "hr", "--scopes", "users:read,*")
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip()
    assert key.startswith("atr_")
    assert "\n" not in key
    assert api.get("/api/v2/auth/me", tenant=slug, key=key).status_code == 200

    listed = cli(database_url, "key", "list", slug).stdout
    assert key[:12] in listed
    assert key not in listed

    revoked = cli(database_url, "key", "revoke", slug, key[:12])
    assert revoked.returncode == 0, revoked.stderr
    assert "revoked" in cli(database_url, "key", "list", slug).stdout


def test_suspend_and_plan(database_url: str) -> None:
    slug = unique_slug("cli")
    assert cli(database_url, "tenant", "create", slug).returncode == 0
    assert "suspended" in cli(database_url, "tenant", "suspend", slug).stdout
    assert "pro" in cli(database_url, "tenant", "plan", slug, "pro").stdout
    assert f"{slug}\tpro\tsuspended" in cli(database_url, "tenant", "list").stdout


def test_tenant_timezone(database_url: str) -> None:
    slug = unique_slug("cli")
    assert cli(database_url, "tenant", "create", slug).returncode == 0
    zoned = cli(database_url, "tenant", "timezone", slug, "America/New_York")
    assert zoned.returncode == 0, zoned.stderr
    assert "America/New_York" in zoned.stdout
    unknown = cli(database_url, "tenant", "timezone", slug, "Mars/Olympus")
    assert unknown.returncode == 1
    assert "Unknown time zone" in unknown.stderr
    assert "Traceback" not in unknown.stderr


def test_errors_are_reported_without_tracebacks(database_url: str) -> None:
    slug = unique_slug("cli")
    assert cli(database_url, "tenant", "create", slug).returncode == 0
    duplicate = cli(database_url, "tenant", "create", slug)
    assert duplicate.returncode == 1
    assert "already exists" in duplicate.stderr
    for args in (("key", "list", "nosuchtenant"), ("tenant", "create", "Bad Slug!")):
        result = cli(database_url, *args)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
    bad_scope = cli(database_url, "key", "create", slug, "--name", "x", "--scopes", "root")
    assert bad_scope.returncode == 1
    assert "Unknown scopes" in bad_scope.stderr


def test_production_without_secret_key_fails_at_start(database_url: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "server.py"), "serve"],
        cwd=ROOT,
        env={
            **{k: v for k, v in os.environ.items() if k != "SECRET_KEY"},
            "ATRIUM_ENV": "production",
            "DATABASE_URL": database_url,
        },
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "SECRET_KEY" in result.stderr


def test_commands_other_than_the_quick_start_need_a_database_url() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "ATRIUM_ENV")}
    for command in (["migrate"], ["tenant", "list"], ["serve"], ["worker"]):
        result = subprocess.run(
            [sys.executable, str(ROOT / "server.py"), *command],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 2, (command, result.stderr)
        assert "DATABASE_URL must be set" in result.stderr
        assert "Traceback" not in result.stderr
