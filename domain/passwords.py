"""Password hashing with argon2id, off the event loop (a hash costs tens of milliseconds), and
sealing: a password waiting in a queued job is encrypted, so no table ever holds one in clear."""

from __future__ import annotations

import asyncio

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.crypto import fernet_for

_hasher = PasswordHasher()
_SEAL_PURPOSE = b"atrium queued password"


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


def hash_password_sync(password: str) -> str:
    """For hashes made once at import, outside any event loop."""
    return _hasher.hash(password)


async def verify_password(password_hash: str, password: str) -> bool:
    try:
        return await asyncio.to_thread(_hasher.verify, password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def seal_password(secret_key: str, password: str) -> str:
    """``password`` encrypted under a key of ``secret_key``'s, for a job payload (microseconds,
    where hashing a batch of a hundred would hold the request for seconds)."""
    return fernet_for(secret_key, _SEAL_PURPOSE).encrypt(password.encode()).decode()


def unseal_password(secret_key: str, sealed: str) -> str:
    return fernet_for(secret_key, _SEAL_PURPOSE).decrypt(sealed.encode()).decode()
