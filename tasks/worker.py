"""The worker process (``python server.py worker``): claims due jobs and runs their handlers.

Guarantees, with the job rows in the database as the only state:

- A job is claimed by one worker at a time (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), under a
  lease that the worker extends every third of ``JOB_LEASE_SECONDS`` while the job runs.
- A worker killed outright (SIGKILL, power loss) loses nothing: its leases expire and any worker
  queues those jobs again (`requeue_expired_jobs`). Handlers are therefore run at least once and
  must tolerate a repeat.
- SIGTERM/SIGINT stop claiming; jobs in hand get ``WORKER_SHUTDOWN_SECONDS`` to finish, then are
  cancelled and given back without counting the interrupted attempt.
- A failed attempt is retried after an exponential, jittered delay until ``max_attempts``.
- Losing the database (restart, network) is survived: the worker backs off, reconnects by
  itself, and goes on. On PostgreSQL it LISTENs for new jobs to start them at once; polling every
  ``JOB_POLL_SECONDS`` covers the rest.
"""

from __future__ import annotations

import asyncio
import logging.config
import os
import secrets
import signal
import socket
import time
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, cast

import asyncpg
import httpx
from tortoise import connections

from core.logging import log_config, logger
from core.outbound import outbound_client
from core.scoping import tenant_scope
from core.settings import Settings
from domain.idempotency import purge_expired_idempotent_requests
from domain.jobs import (
    NOTIFY_CHANNEL,
    ClaimedJob,
    claim_jobs,
    complete_job,
    extend_leases,
    fail_job,
    purge_finished_jobs,
    release_jobs,
    requeue_expired_jobs,
    retry_delay,
)
from models.database import close_db, init_db
from tasks.context import Handler, JobContext
from tasks.registry import HANDLERS

APPLICATION_NAME = "atrium-worker"
MAX_BACKOFF_SECONDS = 15.0
MAX_POOL_SIZE = 20
SETTLE_ATTEMPTS = 5


def _log(level: int, message: str, **fields: Any) -> None:
    logger.log(level, message, extra={"fields": fields})


def describe(exc: BaseException) -> str:
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _backoff(failures: int) -> float:
    return float(min(MAX_BACKOFF_SECONDS, 0.25 * 2 ** min(failures, 8)))


class Worker:
    """Runs the jobs of `handlers` with at most ``settings.worker_concurrency`` at once."""

    def __init__(
        self,
        settings: Settings,
        http: httpx.AsyncClient,
        handlers: Mapping[str, Handler] = HANDLERS,
        worker_id: str | None = None,
    ) -> None:
        self.settings = settings
        self.http = http
        self.handlers = handlers
        self.id = worker_id or f"{socket.gethostname()[:40]}-{os.getpid()}-{secrets.token_hex(3)}"
        self._running: dict[int, asyncio.Task[None]] = {}
        self._refill_at = max(1, settings.worker_concurrency // 4)
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()

    def stop(self) -> None:
        """Stop claiming and shut down (what SIGTERM does)."""
        self._stopping.set()
        self._wake.set()

    async def run(self) -> None:
        """Run until `stop`; then finish or give back the jobs in hand."""
        _log(logging.INFO, "worker started", worker=self.id)
        background = [
            asyncio.create_task(self._heartbeat()),
            asyncio.create_task(self._listen()),
        ]
        try:
            await self._claim_loop()
        finally:
            await self._finish_running()
            for task in background:
                task.cancel()
            await asyncio.gather(*background, return_exceptions=True)
            _log(logging.INFO, "worker stopped", worker=self.id)

    async def run_until_idle(self, max_rounds: int = 1000) -> int:
        """Claim and run due jobs until none is due; returns how many ran. For tests and
        one-off runs: no lease extension, no listening."""
        ran = 0
        for _ in range(max_rounds):
            claimed = await claim_jobs(
                self.id,
                self.handlers.keys(),
                self.settings.worker_concurrency,
                self.settings.job_lease_seconds,
            )
            if not claimed:
                break
            await asyncio.gather(*(self._execute(job) for job in claimed))
            ran += len(claimed)
        return ran

    async def _sleep(self, seconds: float) -> None:
        """Sleep until ``seconds`` pass or something wakes the worker (a NOTIFY, a free slot,
        a stop)."""
        try:
            async with asyncio.timeout(seconds):
                await self._wake.wait()
        except TimeoutError:
            pass

    async def _claim_loop(self) -> None:
        settings = self.settings
        recovery_interval = min(settings.job_lease_seconds / 2, 30.0)
        retention = timedelta(days=settings.job_retention_days)
        next_recovery = 0.0
        failures = 0
        while not self._stopping.is_set():
            self._wake.clear()
            free = settings.worker_concurrency - len(self._running)
            try:
                if time.monotonic() >= next_recovery:
                    recovered = await requeue_expired_jobs()
                    await purge_finished_jobs(retention)
                    await purge_expired_idempotent_requests()
                    next_recovery = time.monotonic() + recovery_interval
                    if recovered:
                        _log(logging.WARNING, "requeued jobs of stopped workers", count=recovered)
                claimed = (
                    await claim_jobs(
                        self.id, self.handlers.keys(), free, settings.job_lease_seconds
                    )
                    if free
                    else []
                )
            # Whatever the database throws (restart, dropped connection, failover), the loop
            # must outlive it; the next round reconnects through the pool.
            except Exception as exc:
                failures += 1
                delay = _backoff(failures)
                _log(logging.WARNING, "job queue unavailable", error=describe(exc), retry_in=delay)
                await self._sleep(delay)
                continue
            if failures:
                _log(logging.INFO, "job queue available again", after_failures=failures)
                failures = 0
            for job in claimed:
                self._start(job)
            if free and len(claimed) == free:
                continue  # likely more due: claim again as soon as a slot frees
            await self._sleep(settings.job_poll_seconds)

    def _start(self, job: ClaimedJob) -> None:
        task = asyncio.create_task(self._execute(job), name=f"job-{job.id}")
        self._running[job.id] = task

        def done(_: asyncio.Task[None]) -> None:
            self._running.pop(job.id, None)
            # Claim again once a few slots are free: one claim per job would double the queries.
            if self.settings.worker_concurrency - len(self._running) >= self._refill_at:
                self._wake.set()

        task.add_done_callback(done)

    def _context(self, job: ClaimedJob) -> JobContext:
        retry_at = None
        if job.attempt < job.max_attempts:
            delay = retry_delay(job.attempt, self.settings.job_retry_base_seconds)
            retry_at = datetime.now(UTC) + timedelta(seconds=delay)
        return JobContext(
            id=job.id,
            tenant_id=job.tenant_id,
            kind=job.kind,
            payload=job.payload,
            attempt=job.attempt,
            max_attempts=job.max_attempts,
            retry_at=retry_at,
            worker_id=self.id,
            settings=self.settings,
            http=self.http,
        )

    async def _execute(self, job: ClaimedJob) -> None:
        context = self._context(job)
        handler = self.handlers[job.kind]  # only kinds with a handler are claimed
        started = time.perf_counter()
        fields = {"job": job.id, "kind": job.kind, "tenant": job.tenant_id, "attempt": job.attempt}
        try:
            with tenant_scope(job.tenant_id):
                await handler(context)
        # A handler's failure, whatever it is, is this attempt's failure, never the worker's.
        except Exception as exc:
            error = describe(exc)
            retry = context.retry_at.isoformat() if context.retry_at else None
            _log(logging.WARNING, "job failed", **fields, error=error, retry_at=retry)
            if not context.settled:
                await self._settle(lambda: fail_job(job.id, self.id, error, context.retry_at))
        else:
            elapsed_ms = round((time.perf_counter() - started) * 1000, 1)
            _log(logging.DEBUG, "job done", **fields, ms=elapsed_ms)
            if not context.settled:
                await self._settle(lambda: complete_job(job.id, self.id))

    async def _settle(self, write: Callable[[], Awaitable[Any]]) -> None:
        """Record a job's end, riding out a short database outage; if that fails, the lease
        expires and the job runs again (at least once, never lost)."""
        for attempt in range(1, SETTLE_ATTEMPTS + 1):
            try:
                await write()
                return
            except Exception as exc:  # any database failure: retry, then give up to the lease
                if attempt == SETTLE_ATTEMPTS:
                    _log(logging.ERROR, "could not record a job's end", error=describe(exc))
                    return
                await asyncio.sleep(_backoff(attempt))

    async def _heartbeat(self) -> None:
        lease = self.settings.job_lease_seconds
        while True:
            await asyncio.sleep(lease / 3)
            if not self._running:
                continue
            try:
                await extend_leases(self.id, list(self._running), lease)
            except Exception as exc:  # the next beat tries again; the lease has slack for it
                _log(logging.WARNING, "could not extend job leases", error=describe(exc))

    async def _finish_running(self) -> None:
        if not self._running:
            return
        in_hand = dict(self._running)
        _log(logging.INFO, "finishing jobs in hand", count=len(in_hand))
        _, pending = await asyncio.wait(
            in_hand.values(), timeout=self.settings.worker_shutdown_seconds
        )
        if not pending:
            return
        released = [job_id for job_id, task in in_hand.items() if task in pending]
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        await self._settle(lambda: release_jobs(self.id, released))
        _log(logging.INFO, "gave back unfinished jobs", jobs=released)

    async def _listen(self) -> None:
        """Wake the claim loop on every NOTIFY of a new job; reconnect when the connection
        drops."""
        failures = 0
        while True:
            try:
                connection = await self._listener_connection()
            except Exception as exc:
                failures += 1
                _log(logging.WARNING, "cannot listen for jobs", error=describe(exc))
                await asyncio.sleep(_backoff(failures))
                continue
            failures = 0
            try:
                await self._listen_on(connection)
            except Exception as exc:
                _log(logging.WARNING, "stopped listening for jobs", error=describe(exc))
            finally:
                connection.terminate()

    async def _listen_on(self, connection: asyncpg.Connection) -> None:
        closed = asyncio.Event()
        connection.add_termination_listener(lambda _: closed.set())
        await connection.add_listener(NOTIFY_CHANNEL, lambda *_: self._wake.set())
        _log(logging.INFO, "listening for new jobs", worker=self.id)
        self._wake.set()  # jobs queued while nobody listened
        await closed.wait()

    async def _listener_connection(self) -> asyncpg.Connection:
        # The same server and credentials as the ORM's pool, on a connection of its own.
        client = cast(Any, connections.get("default"))
        ssl = client.extra.get("ssl")
        return await asyncpg.connect(
            host=client.host,
            port=client.port,
            user=client.user,
            password=client.password,
            database=client.database,
            server_settings={"application_name": APPLICATION_NAME},
            **({"ssl": ssl} if ssl else {}),
        )


def _pool_size(settings: Settings) -> int:
    """A connection per running job and one for the claim loop, up to `MAX_POOL_SIZE`: jobs
    hold one only between their statements' round trips, so a few serve many."""
    return min(settings.worker_concurrency + 1, MAX_POOL_SIZE)


async def _connect(settings: Settings, stopping: asyncio.Event) -> bool:
    """Open the database, retrying while it is down; False when stopped first."""
    database_url = settings.require_database_url()
    failures = 0
    while not stopping.is_set():
        try:
            await init_db(database_url, APPLICATION_NAME, _pool_size(settings))
            return True
        except Exception as exc:  # not up yet: keep trying until it is, or we are stopped
            failures += 1
            _log(logging.WARNING, "database unavailable", error=describe(exc))
            try:
                async with asyncio.timeout(_backoff(failures)):
                    await stopping.wait()
            except TimeoutError:
                pass
    return False


async def run_worker(settings: Settings) -> None:
    """The worker process: runs jobs until SIGTERM or SIGINT."""
    logging.config.dictConfig(log_config(settings.log_level))
    loop = asyncio.get_running_loop()
    stopping = asyncio.Event()
    worker: Worker | None = None

    def stop() -> None:
        stopping.set()
        if worker is not None:
            worker.stop()

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop)
    if not await _connect(settings, stopping):
        return
    http = outbound_client(settings.webhook_allowed_networks, settings.webhook_timeout_seconds)
    try:
        worker = Worker(settings, http)
        if stopping.is_set():
            return
        await worker.run()
    finally:
        await http.aclose()
        await close_db()
