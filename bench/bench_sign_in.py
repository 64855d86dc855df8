"""Sign-ins per second on one Atrium worker: ``POST /api/v2/auth/sign-in`` with a right password,
loaded with wrk, median of a few rounds reported.

    python bench/bench_sign_in.py [--rounds 3] [--seconds 10] [--connections 4] [--threads 1]

Atrium runs production-shaped (PostgreSQL, Redis for the sign-in throttle, access log at INFO);
rate limiting is off, as every sign-in comes from one address. Each sign-in verifies an argon2id
hash (argon2-cffi's defaults: 64 MiB, 3 passes, off the event loop) and stores a token with its
``user.logged_in`` event; argon2 sets the figure, by design: it is what makes a stolen hash slow
to guess. The sign-ins rotate over several users, as real traffic does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
from collections.abc import Sequence
from contextlib import ExitStack
from pathlib import Path

from common import (
    BenchError,
    WrkResult,
    atrium_cli,
    atrium_env,
    atrium_server,
    free_port,
    http_post_json,
    run_wrk,
    throwaway_database,
)

from api.versions import LATEST

BASE_DOMAIN = "bench.test"
TENANT = "signin"
SIGN_IN = "/api/v2/auth/sign-in"
USERS = 8
# A sign-in takes a good part of a second of CPU: wrk's 2 s default would count queued ones as
# failed.
TIMEOUT_SECONDS = 30.0
PINNED = (os.cpu_count() or 1) >= 2
SERVER_CPUS = (0,) if PINNED else None
WRK_CPUS = (1,) if PINNED else None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1)
    return parser


def _users(port: int, headers: dict[str, str]) -> list[dict[str, str]]:
    """`USERS` learners of the tenant with their passwords, as sign-in bodies."""
    credentials = []
    for n in range(USERS):
        login, password = f"learner{n}", f"bench-password-{n}"
        user = {
            "name": "Bench",
            "surname": f"Learner {n}",
            "login": login,
            "email": f"{login}@example.com",
            "password": password,
        }
        status, body = http_post_json(port, "/api/v2/users", headers, user)
        if status != 200:
            raise BenchError(f"POST /api/v2/users answered {status}: {body[:300]!r}")
        credentials.append({"login": login, "password": password})
    return credentials


def _lua(bodies: list[dict[str, str]]) -> str:
    rows = ",\n".join(f"  {json.dumps(json.dumps(body))}" for body in bodies)
    return f"""
local bodies = {{
{rows}
}}
local sent = 0
request = function()
  sent = sent + 1
  wrk.headers["Content-Type"] = "application/json"
  return wrk.format("POST", {json.dumps(SIGN_IN)}, nil, bodies[sent % #bodies + 1])
end
"""


def measure(args: argparse.Namespace, workdir: Path) -> list[WrkResult]:
    headers = {"Host": f"{TENANT}.{BASE_DOMAIN}", "X-API-Version": LATEST.isoformat()}
    with ExitStack() as stack:
        database_url = stack.enter_context(throwaway_database())
        env = atrium_env(database_url, BASE_DOMAIN, rate_limits=False)
        atrium_cli(["migrate"], env)
        atrium_cli(["tenant", "create", TENANT, "--plan", "grow"], env)
        key = atrium_cli(["key", "create", TENANT, "--name", "bench", "--scopes", "*"], env)
        atrium = stack.enter_context(
            atrium_server(env, free_port(), workdir / "atrium.log", SERVER_CPUS)
        )
        bodies = _users(atrium.port, {**headers, "X-API-Key": key.strip()})
        status, body = http_post_json(atrium.port, SIGN_IN, headers, bodies[0])
        if status != 200:
            raise BenchError(f"{SIGN_IN} answered {status}: {body[:300]!r}")
        lua = _lua(bodies)
        results = []
        for round_number in range(1, args.rounds + 1):
            result = run_wrk(
                atrium.port,
                SIGN_IN,
                headers,
                args.seconds,
                args.connections,
                args.threads,
                WRK_CPUS,
                lua,
                timeout_seconds=TIMEOUT_SECONDS,
            )
            if result.http_errors or result.socket_errors:
                raise BenchError(
                    f"{result.http_errors} error responses and {result.socket_errors} socket "
                    f"errors out of {result.requests} sign-ins"
                )
            print(
                f"round {round_number}: {result.requests_per_second:,.1f} sign-ins/s, "
                f"p50 {result.p50_ms:.0f} ms, p99 {result.p99_ms:.0f} ms",
                flush=True,
            )
            results.append(result)
    return results


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="atrium-bench-") as workdir:
        try:
            results = measure(args, Path(workdir))
        except BenchError as exc:
            print(f"benchmark failed: {exc}", file=sys.stderr)
            return 1
    print(
        f"\nmedian of {args.rounds} rounds of {args.seconds:g} s, one server worker, "
        f"{args.connections} connections: "
        f"{statistics.median(r.requests_per_second for r in results):,.1f} sign-ins/s, "
        f"p50 {statistics.median(r.p50_ms for r in results):.0f} ms "
        f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
