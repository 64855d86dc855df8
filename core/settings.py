"""Typed settings, read from the environment once at start-up."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import formataddr, parseaddr
from typing import Literal
from urllib.parse import parse_qs, unquote, urlsplit

Environment = Literal["development", "production"]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

DEVELOPMENT_SECRET_KEY = "atrium-development-only-not-secret"  # noqa: S105 - public by design


class ConfigurationError(Exception):
    """A setting is missing or invalid; the message names the variable."""


def _bool(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = env.get(name, "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigurationError(f"{name} must be true or false, got {raw!r}")


def _int(env: Mapping[str, str], name: str, default: int, minimum: int = 0) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigurationError(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise ConfigurationError(f"{name} must be at least {minimum}, got {value}")
    return value


def _float(env: Mapping[str, str], name: str, default: float, minimum: float = 0.0) -> float:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name} must be a number, got {raw!r}") from None
    if not value >= minimum:  # also rejects nan
        raise ConfigurationError(f"{name} must be at least {minimum}, got {raw}")
    return value


def _networks(env: Mapping[str, str], name: str) -> tuple[Network, ...]:
    networks: list[Network] = []
    for item in env.get(name, "").replace(",", " ").split():
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ConfigurationError(
                f"{name} must list IP addresses or networks (CIDR), got {item!r}"
            ) from None
    return tuple(networks)


@dataclass(frozen=True, slots=True)
class SmtpServer:
    """Where mail goes, from ``SMTP_URL``. ``tls``: the connection is TLS from the start
    (``smtps://``); ``starttls``: it must upgrade with STARTTLS before anything else is sent."""

    host: str
    port: int
    tls: bool
    starttls: bool
    username: str | None
    password: str | None = field(default=None, repr=False)


_ADDRESS_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$|^[^@\s]+@localhost$")
_SMTP_PORTS = {"smtps": 465, "starttls": 587, "smtp": 25}


def _redis_url(env: Mapping[str, str]) -> str:
    """``REDIS_URL``, checked the way the request path's connection reads it; the password
    never appears in an error message."""
    raw = env.get("REDIS_URL", "").strip()
    if not raw:
        return raw
    parts = urlsplit(raw)
    if parts.scheme not in ("redis", "rediss"):
        raise ConfigurationError("REDIS_URL must start with redis:// or rediss:// (TLS)")
    try:
        parts.port  # noqa: B018 - parsing it is the check
    except ValueError:
        raise ConfigurationError("REDIS_URL has an invalid port") from None
    if not parts.path.strip("/").isdigit() and parts.path not in ("", "/"):
        raise ConfigurationError("REDIS_URL's path is a database number: redis://host:6379/0")
    return raw


def _smtp(env: Mapping[str, str]) -> SmtpServer | None:
    """``SMTP_URL`` parsed; the password never appears in an error message."""
    raw = env.get("SMTP_URL", "").strip()
    if not raw:
        return None
    parts = urlsplit(raw)
    if parts.scheme not in ("smtp", "smtps"):
        raise ConfigurationError("SMTP_URL must start with smtp:// or smtps://")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise ConfigurationError("SMTP_URL has an invalid port") from None
    if not host:
        raise ConfigurationError("SMTP_URL must name a host: smtp://host:587")
    if parts.path not in ("", "/") or parts.fragment:
        raise ConfigurationError("SMTP_URL takes no path: smtp://user:pass@host:587?starttls=true")
    query = parse_qs(parts.query, keep_blank_values=True)
    if set(query) - {"starttls"}:
        raise ConfigurationError("SMTP_URL takes one query parameter, starttls=true|false")
    starttls = _bool(
        {"SMTP_URL starttls": query.get("starttls", [""])[-1]}, "SMTP_URL starttls", False
    )
    tls = parts.scheme == "smtps"
    if tls and starttls:
        raise ConfigurationError("SMTP_URL: smtps:// is TLS already; starttls=true is for smtp://")
    default_port = _SMTP_PORTS["smtps" if tls else "starttls" if starttls else "smtp"]
    return SmtpServer(
        host=host,
        port=port or default_port,
        tls=tls,
        starttls=starttls,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
    )


def _mail_from(env: Mapping[str, str], base_domain: str) -> str:
    raw = env.get("MAIL_FROM", "").strip()
    if not raw:
        return f"Atrium <no-reply@{base_domain}>"
    name, address = parseaddr(raw)
    # Syntax only, and no special-use domain list: intranet senders (lms@school.local) are fine.
    if not _ADDRESS_RE.match(address):
        raise ConfigurationError(
            f"MAIL_FROM must be an address, optionally named (Acme <lms@acme.com>), got {raw!r}"
        )
    return formataddr((name, address))


@dataclass(frozen=True, slots=True)
class Settings:
    environment: Environment
    # Empty in development when DATABASE_URL is not set: only the quick start (`demo`) runs so,
    # on its embedded PostgreSQL; everything else asks for it through `require_database_url`.
    database_url: str
    redis_url: str
    redis_prefix: str
    base_domain: str
    host: str
    port: int
    workers: int
    require_https: bool
    secret_key: str
    proxies_count: int
    forwarded_secret: str
    real_ip_header: str
    log_level: str
    # Off only where something in front of the API limits traffic already (or to measure).
    rate_limits_enabled: bool
    # Background jobs (`python server.py worker`).
    worker_concurrency: int = 16
    job_lease_seconds: float = 60.0
    job_poll_seconds: float = 1.0
    job_retry_base_seconds: float = 60.0
    worker_shutdown_seconds: float = 30.0
    job_retention_days: float = 7.0
    # Webhooks.
    webhook_timeout_seconds: float = 10.0
    webhook_allowed_networks: tuple[Network, ...] = ()
    webhook_disable_after_hours: float = 72.0
    # Exports: where the worker writes CSV files and the API reads them (shared by both).
    exports_dir: str = "exports"
    # Mail (password reset, username recovery): None when SMTP_URL is empty, which turns it off.
    smtp: SmtpServer | None = None
    mail_from: str = "Atrium <no-reply@localhost>"
    smtp_timeout_seconds: float = 30.0

    @property
    def production(self) -> bool:
        return self.environment == "production"

    def require_database_url(self) -> str:
        """``DATABASE_URL``; raises ConfigurationError saying how to get one when it is not set."""
        if not self.database_url:
            raise ConfigurationError(
                "DATABASE_URL must be set: postgres://user:password@host:5432/database "
                "(the quick start, `python server.py demo`, runs its own PostgreSQL without it)"
            )
        return self.database_url

    @property
    def trusts_proxy(self) -> bool:
        """Whether a proxy's Forwarded / X-Forwarded-* headers may name the host and scheme."""
        return bool(self.proxies_count or self.forwarded_secret or self.real_ip_header)

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        """Build settings from ``env`` (default ``os.environ``).

        Raises ConfigurationError naming the variable when a value is invalid, or when
        production runs without ``SECRET_KEY`` or ``DATABASE_URL``.
        """
        env = os.environ if env is None else env
        environment = env.get("ATRIUM_ENV", "development").strip() or "development"
        if environment not in ("development", "production"):
            raise ConfigurationError(
                f"ATRIUM_ENV must be development or production, got {environment!r}"
            )
        production = environment == "production"
        for name in ("SECRET_KEY", "DATABASE_URL"):
            if production and not env.get(name, "").strip():
                raise ConfigurationError(f"{name} must be set when ATRIUM_ENV=production")

        database_url = env.get("DATABASE_URL", "").strip()
        if database_url and not database_url.startswith(("postgres://", "postgresql://")):
            raise ConfigurationError("DATABASE_URL must start with postgres:// or postgresql://")
        redis_url = _redis_url(env)
        workers = _int(env, "WORKERS", 1, minimum=1)
        if workers > 1 and not redis_url:
            raise ConfigurationError(
                "REDIS_URL must be set when WORKERS > 1: rate limits are shared through Redis"
            )
        base_domain = (env.get("BASE_DOMAIN", "").strip() or "localhost").lower()
        smtp = _smtp(env)
        if production and smtp is not None:
            if not env.get("MAIL_FROM", "").strip():
                raise ConfigurationError("MAIL_FROM must be set when SMTP_URL is set in production")
            if smtp.password is not None and not (smtp.tls or smtp.starttls):
                raise ConfigurationError(
                    "SMTP_URL sends a password: use smtps:// or ?starttls=true in production"
                )

        return cls(
            environment=environment,  # type: ignore[arg-type]  # checked above
            database_url=database_url,
            redis_url=redis_url,
            redis_prefix=env.get("REDIS_PREFIX", "").strip() or "atrium",
            base_domain=base_domain,
            host=env.get("HOST", "").strip() or "127.0.0.1",
            port=_int(env, "PORT", 8000, minimum=1),
            workers=workers,
            require_https=_bool(env, "REQUIRE_HTTPS", True),
            # Development shares one public key between `serve` and `worker` (webhook secrets are
            # encrypted with it); production refuses to start without a real one.
            secret_key=env.get("SECRET_KEY", "").strip() or DEVELOPMENT_SECRET_KEY,
            proxies_count=_int(env, "PROXIES_COUNT", 0),
            forwarded_secret=env.get("FORWARDED_SECRET", "").strip(),
            real_ip_header=env.get("REAL_IP_HEADER", "").strip(),
            log_level=(env.get("LOG_LEVEL", "").strip() or "INFO").upper(),
            rate_limits_enabled=_bool(env, "RATE_LIMITS_ENABLED", True),
            worker_concurrency=_int(env, "WORKER_CONCURRENCY", 16, minimum=1),
            job_lease_seconds=_float(env, "JOB_LEASE_SECONDS", 60.0, minimum=1.0),
            job_poll_seconds=_float(env, "JOB_POLL_SECONDS", 1.0, minimum=0.05),
            job_retry_base_seconds=_float(env, "JOB_RETRY_BASE_SECONDS", 60.0, minimum=0.01),
            worker_shutdown_seconds=_float(env, "WORKER_SHUTDOWN_SECONDS", 30.0),
            job_retention_days=_float(env, "JOB_RETENTION_DAYS", 7.0),
            webhook_timeout_seconds=_float(env, "WEBHOOK_TIMEOUT_SECONDS", 10.0, minimum=0.1),
            webhook_allowed_networks=_networks(env, "WEBHOOK_ALLOWED_NETWORKS"),
            webhook_disable_after_hours=_float(env, "WEBHOOK_DISABLE_AFTER_HOURS", 72.0),
            exports_dir=env.get("EXPORTS_DIR", "").strip() or "exports",
            smtp=smtp,
            mail_from=_mail_from(env, base_domain),
            smtp_timeout_seconds=_float(env, "SMTP_TIMEOUT_SECONDS", 30.0, minimum=0.1),
        )
