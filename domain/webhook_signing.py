"""Webhook secrets (encrypted at rest) and the two signatures every delivery carries.

A secret is ``whsec_`` + base64 of 32 random bytes, the Standard Webhooks format. It must stay
usable for signing, so it cannot be stored as a hash: it is encrypted with Fernet (AES-128-CBC +
HMAC-SHA256) under a key derived from ``SECRET_KEY`` with HKDF, and only shown to the tenant in
the responses that create or rotate it.

Signatures of a delivery whose raw body is ``body``:

- ``X-Signature-256``: hex HMAC-SHA256 of ``body``, keyed with the whole secret string
  (``whsec_…``) as UTF-8;
- ``webhook-id``, ``webhook-timestamp`` (Unix seconds) and ``webhook-signature: v1,<base64>``:
  HMAC-SHA256 of ``"{id}.{timestamp}.{body}"`` keyed with the base64-decoded part of the secret
  (https://www.standardwebhooks.com), which lets receivers reject replays.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from cryptography.fernet import InvalidToken

from core.crypto import seal_text, unseal_text

SECRET_PREFIX = "whsec_"  # noqa: S105 - a format prefix, not a secret
SECRET_BYTES = 32
_HKDF_INFO = b"atrium webhook endpoint secrets v1"


class SecretUnavailable(Exception):
    """A stored secret cannot be decrypted: SECRET_KEY is not the one it was encrypted with."""


def new_secret() -> str:
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def seal_secret(secret: str, secret_key: str) -> str:
    """``secret`` encrypted for storage under ``secret_key`` (settings.secret_key)."""
    return seal_text(secret_key, _HKDF_INFO, secret)


def unseal_secret(ciphertext: str, secret_key: str) -> str:
    """The secret that `seal_secret` encrypted; raises SecretUnavailable for another key."""
    try:
        return unseal_text(secret_key, _HKDF_INFO, ciphertext)
    except InvalidToken:
        raise SecretUnavailable(
            "the webhook secret cannot be decrypted: SECRET_KEY differs from the one in use when "
            "it was created (set the same SECRET_KEY for the API and the worker)"
        ) from None


def signature_256(secret: str, body: bytes) -> str:
    """The ``X-Signature-256`` value: hex HMAC-SHA256 of the raw body."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def standard_signature(secret: str, message_id: str, timestamp: int, body: bytes) -> str:
    """The ``webhook-signature`` value (``v1,<base64>``) of the Standard Webhooks spec."""
    key = base64.b64decode(secret.removeprefix(SECRET_PREFIX))
    signed = f"{message_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest()).decode()


def signature_headers(secret: str, message_id: str, timestamp: int, body: bytes) -> dict[str, str]:
    return {
        "X-Signature-256": signature_256(secret, body),
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": standard_signature(secret, message_id, timestamp, body),
    }
