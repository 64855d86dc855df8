"""Password hashing with argon2id, off the event loop (a hash costs tens of milliseconds), and
sealing: a password waiting in a queued job is encrypted, so no table ever holds one in clear."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.crypto import seal_text, unseal_text

# OWASP's recommended argon2id setting (19 MiB, 2 passes, 1 lane: Password Storage Cheat
# Sheet), a fifth of the memory-passes of argon2-cffi's default (RFC 9106's 64 MiB, 3 passes,
# 4 lanes), under which a sync of 10,000 passwords took the better part of an hour on two
# cores. Hashes made with the former setting carry it and verify as before.
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
_SEAL_PURPOSE = b"atrium queued password"
# Hashes of bulk writes share a few threads of their own: one per core keeps them all busy
# (argon2 releases the GIL), and single hashes (sign-up, a password change) never queue behind
# a sync's thousands.
BULK_HASH_THREADS = os.cpu_count() or 1
_bulk_pool = ThreadPoolExecutor(max_workers=BULK_HASH_THREADS, thread_name_prefix="argon2-bulk")


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


def hash_password_sync(password: str) -> str:
    """For hashes made once at import, outside any event loop."""
    return _hasher.hash(password)


async def hash_passwords(passwords: Sequence[str]) -> list[str]:
    """The hashes of ``passwords``, in order, computed `BULK_HASH_THREADS` at a time off the
    event loop. Bulk writes call it before their transaction opens, so that no row stays locked
    for the seconds or minutes the hashes take. Cancelled, it drops the hashes not yet begun."""
    loop = asyncio.get_running_loop()
    return list(
        await asyncio.gather(
            *(loop.run_in_executor(_bulk_pool, _hasher.hash, password) for password in passwords)
        )
    )


def needs_rehash(password_hash: str) -> bool:
    """Whether ``password_hash`` was made with other parameters than the hasher's own."""
    return _hasher.check_needs_rehash(password_hash)


async def verify_password(password_hash: str, password: str) -> bool:
    try:
        return await asyncio.to_thread(_hasher.verify, password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def seal_password(secret_key: str, password: str) -> str:
    """``password`` encrypted under a key of ``secret_key``'s, for a job payload (microseconds,
    where hashing a batch of a hundred would hold the request for seconds)."""
    return seal_text(secret_key, _SEAL_PURPOSE, password)


def unseal_password(secret_key: str, sealed: str) -> str:
    return unseal_text(secret_key, _SEAL_PURPOSE, sealed)
