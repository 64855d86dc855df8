"""Keys derived from ``SECRET_KEY`` for data encrypted at rest."""

from __future__ import annotations

import base64
from functools import lru_cache

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


@lru_cache(maxsize=8)
def fernet_for(secret_key: str, purpose: bytes) -> Fernet:
    """Fernet (AES-128-CBC + HMAC-SHA256) under a key HKDF derives from ``secret_key`` for
    ``purpose``: each kind of data gets a key of its own."""
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(
        secret_key.encode()
    )
    return Fernet(base64.urlsafe_b64encode(key))
