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


def seal_text(secret_key: str, purpose: bytes, text: str) -> str:
    """``text`` encrypted under the key of ``purpose``, as text fit for a column or a payload."""
    return fernet_for(secret_key, purpose).encrypt(text.encode()).decode()


def unseal_text(secret_key: str, purpose: bytes, sealed: str) -> str:
    """The text `seal_text` sealed; raises cryptography's InvalidToken under another key."""
    return fernet_for(secret_key, purpose).decrypt(sealed.encode()).decode()
