"""Helpers of the SSO tests: certificates, counterpart processes on 127.0.0.1 (ended by PID),
and reading what the API redirects to."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO
from urllib.parse import parse_qs, urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from core.scoping import tenant_scope
from models.user import User
from tenants.records import TenantRecord
from tests.factories import Api, Seeded
from tests.live import ROOT

APP_URL = "https://app.example.com/after-sign-in"


def make_certificate(directory: Path, name: str) -> tuple[Path, Path]:
    """A fresh RSA key and a self-signed certificate for it, as PEM files."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    key_path, cert_path = directory / f"{name}.key", directory / f"{name}.pem"
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.TraditionalOpenSSL,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return key_path, cert_path


@dataclass
class Counterpart:
    """A process of the test's own (an identity provider), stopped by its PID."""

    process: subprocess.Popen[bytes]
    log: IO[bytes]
    url: str

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        if self.process.stdout is not None:
            self.process.stdout.close()
        self.log.close()


def start_counterpart(args: list[str], log_path: Path, url: str) -> Counterpart:
    """Start ``python args…``, which prints ``ready`` once its socket listens, and wait for
    that line; its errors go to ``log_path``."""
    log = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=log
    )
    counterpart = Counterpart(process, log, url)
    assert process.stdout is not None
    if process.stdout.readline().strip() != b"ready":
        counterpart.stop()
        raise RuntimeError(f"{args[:2]} did not start: {log_path.read_text()}")
    return counterpart


def code_of(location: str, target: str = APP_URL) -> str:
    """The one-time code in a redirect to ``target``; fails on any other redirect."""
    parts = urlsplit(location)
    assert f"{parts.scheme}://{parts.netloc}{parts.path}" == target, location
    query = parse_qs(parts.query)
    assert list(query) == ["code"], location
    return query["code"][0]


async def users_with_email(tenant: TenantRecord, email: str) -> list[User]:
    with tenant_scope(tenant.id):
        return await User.filter(tenant_id=tenant.id, email__iexact=email)


def assert_exchanges_for(api: Api, tenant: Seeded, code: str, user_id: int) -> None:
    """``code`` becomes, once, a user token of ``user_id`` that works as a bearer token."""
    exchange = api.post("/api/v2/auth/exchange", tenant=tenant.slug, json={"code": code})
    assert exchange.status_code == 200, exchange.text
    token = exchange.json["_data"]["token"]
    me = api.get("/api/v2/auth/me", tenant=tenant.slug, bearer=token)
    assert me.status_code == 200, me.text
    assert me.json["_data"]["id"] == user_id
    again = api.post("/api/v2/auth/exchange", tenant=tenant.slug, json={"code": code})
    assert again.status_code == 422, again.text
