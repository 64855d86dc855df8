"""What the request stack costs: ``GET /api/v2/auth/me`` on one Atrium worker, called with an
API key and with a user token in ``Authorization: Bearer``, against a bare Sanic route, all
loaded with wrk in the same run, interleaved, medians reported.

    python bench/bench_auth_me.py [--rounds 5] [--seconds 8] [--connections 32] [--threads 1]

Atrium runs production-shaped: PostgreSQL (a throwaway database), Redis, and its access log at
INFO written to a file; only rate limiting is off. It is called as the second of two tenants, so
that nothing measured favours the first rows of a table. Goal: auth/me reaches at least half the
bare route's req/s with either credential, which it cannot if tenant, key and token lookups
reach the database on every request.
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
from dataclasses import dataclass
from pathlib import Path

from common import (
    BenchError,
    Server,
    WrkResult,
    atrium_cli,
    atrium_env,
    atrium_server,
    free_port,
    http_get,
    run_wrk,
    serving,
    signed_in_user,
    throwaway_database,
)

from api.versions import LATEST

GOAL = 0.5
BASE_DOMAIN = "bench.test"
MEASURED_TENANT = "second"
AUTH_ME = "/api/v2/auth/me"
# The names of the two loads of auth/me in the report.
KEY = "key"
TOKEN = "token"  # noqa: S105 - a label, not a secret
BARE_ROUTE = "/"  # the one route of bare_app.py
WARMUP_SECONDS = 2.0
# Servers on one CPU and wrk on the other, so that the two do not take turns on a core.
PINNED = (os.cpu_count() or 1) >= 2
SERVER_CPUS = (0,) if PINNED else None
WRK_CPUS = (1,) if PINNED else None


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    server: Server
    path: str
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class Run:
    wrk: WrkResult
    # The server's CPU time per answered request. Unlike req/s, other load on the machine
    # hardly moves it: that load delays the server but does not make it work more.
    cpu_us_per_request: float


def _seed(env: dict[str, str]) -> str:
    """Two tenants; returns an all-scopes key of the second."""
    for slug in ("first", MEASURED_TENANT):
        atrium_cli(["tenant", "create", slug, "--plan", "grow"], env)
    return atrium_cli(
        ["key", "create", MEASURED_TENANT, "--name", "bench", "--scopes", "*"], env
    ).strip()


def _check_auth_me(port: int, headers: dict[str, str], field: str) -> None:
    """auth/me answers 200 with ``field`` (the key's ``tenant``, the user's ``login``)."""
    status, body = http_get(port, AUTH_ME, headers)
    if status != 200:
        raise BenchError(f"{AUTH_ME} answered {status}: {body[:300]!r}")
    if field not in json.loads(body)["_data"]:
        raise BenchError(f"{AUTH_ME} answered without {field!r}: {body[:300]!r}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=8.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--threads", type=int, default=1)
    return parser


def _load(target: Target, seconds: float, args: argparse.Namespace) -> Run:
    cpu_before = target.server.cpu_seconds()
    result = run_wrk(
        target.server.port,
        target.path,
        target.headers,
        seconds,
        args.connections,
        args.threads,
        WRK_CPUS,
    )
    cpu = target.server.cpu_seconds() - cpu_before
    if result.http_errors or result.socket_errors:
        raise BenchError(
            f"{target.name}: {result.http_errors} error responses and "
            f"{result.socket_errors} socket errors out of {result.requests} requests"
        )
    return Run(result, cpu / max(result.requests, 1) * 1e6)


def measure(args: argparse.Namespace, workdir: Path) -> dict[str, list[Run]]:
    """Start both servers, then load them in turn, round after round."""
    headers = {"Host": f"{MEASURED_TENANT}.{BASE_DOMAIN}", "X-API-Version": LATEST.isoformat()}
    with ExitStack() as stack:
        database_url = stack.enter_context(throwaway_database())
        # One tenant's burst cap (200 requests per 5 s on every plan) would turn nearly all of
        # this load into 429s; the limiter's own cost is for a rate-limit benchmark to measure.
        env = atrium_env(database_url, BASE_DOMAIN, rate_limits=False)
        atrium_cli(["migrate"], env)
        headers["X-API-Key"] = _seed(env)
        atrium = stack.enter_context(
            atrium_server(env, free_port(), workdir / "atrium.log", SERVER_CPUS)
        )
        bare_port = free_port()
        bare = stack.enter_context(
            serving(
                "bare_app",
                [sys.executable, "bench/bare_app.py", f"--port={bare_port}"],
                {},
                bare_port,
                (BARE_ROUTE, {}),
                workdir / "bare.log",
                SERVER_CPUS,
            )
        )
        _check_auth_me(atrium.port, headers, "tenant")
        anonymous = {k: v for k, v in headers.items() if k != "X-API-Key"}
        bearer = {**anonymous, "Authorization": f"Bearer {signed_in_user(atrium.port, headers)}"}
        _check_auth_me(atrium.port, bearer, "login")
        targets = (
            Target("bare", bare, BARE_ROUTE, {}),
            Target(KEY, atrium, AUTH_ME, headers),
            Target(TOKEN, atrium, AUTH_ME, bearer),
        )
        for target in targets:
            _load(target, WARMUP_SECONDS, args)
        runs: dict[str, list[Run]] = {t.name: [] for t in targets}
        for round_number in range(1, args.rounds + 1):
            for target in targets:
                runs[target.name].append(_load(target, args.seconds, args))
            bare_rps, key_rps, token_rps = (
                runs[t.name][-1].wrk.requests_per_second for t in targets
            )
            print(
                f"round {round_number}: bare {bare_rps:,.0f} req/s, {KEY} {key_rps:,.0f} req/s "
                f"(ratio {key_rps / bare_rps:.2f}), {TOKEN} {token_rps:,.0f} req/s "
                f"(ratio {token_rps / bare_rps:.2f})",
                flush=True,
            )
    return runs


def report(args: argparse.Namespace, runs: dict[str, list[Run]]) -> None:
    print(
        f"\nmedians of {args.rounds} interleaved rounds of {args.seconds:g} s: one server worker, "
        f"{args.connections} connections, {args.threads} wrk thread(s); "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print(f"{'':<9}{'req/s':>10}{'p50 ms':>10}{'p99 ms':>10}{'CPU us/req':>12}")
    for name, target_runs in runs.items():
        print(
            f"{name:<9}{statistics.median(r.wrk.requests_per_second for r in target_runs):>10,.0f}"
            f"{statistics.median(r.wrk.p50_ms for r in target_runs):>10.2f}"
            f"{statistics.median(r.wrk.p99_ms for r in target_runs):>10.2f}"
            f"{statistics.median(r.cpu_us_per_request for r in target_runs):>12,.0f}"
        )
    # Each round's ratio compares two runs seconds apart, so load from elsewhere on the machine
    # weighs on both; its median is steadier than a ratio of the two medians.
    for name in (KEY, TOKEN):
        ratio = statistics.median(
            auth.wrk.requests_per_second / bare.wrk.requests_per_second
            for bare, auth in zip(runs["bare"], runs[name], strict=True)
        )
        cpu_ratio = statistics.median(
            bare.cpu_us_per_request / auth.cpu_us_per_request
            for bare, auth in zip(runs["bare"], runs[name], strict=True)
        )
        verdict = "met" if ratio >= GOAL else "NOT met"
        print(f"req/s ratio auth/me with a {name} / bare: {ratio:.2f} (goal >= {GOAL}: {verdict})")
        print(
            f"CPU time per request, bare / auth/me with a {name}: {cpu_ratio:.2f} "
            "(the req/s ratio when both servers are CPU-bound)"
        )


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="atrium-bench-") as workdir:
        try:
            runs = measure(args, Path(workdir))
        except BenchError as exc:
            print(f"benchmark failed: {exc}", file=sys.stderr)
            return 1
    report(args, runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
