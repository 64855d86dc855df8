"""Typed settings, read from the environment once at start-up with pydantic-settings.

Each setting is the environment variable of its name in capitals (``ATRIUM_ENV`` and
``SMTP_URL`` excepted, see their fields); a blank variable means its default. A bad value stops
start-up with a ConfigurationError naming the variable, never echoing a URL that may hold a
password.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import formataddr, parseaddr
from typing import Annotated, Any, Literal
from urllib.parse import parse_qs, unquote, urlsplit

from pydantic import (
    Field,
    PlainValidator,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic.types import StringConstraints
from pydantic_settings import BaseSettings, EnvSettingsSource, NoDecode, SettingsConfigDict

Environment = Literal["development", "production"]
Network = ipaddress.IPv4Network | ipaddress.IPv6Network

DEVELOPMENT_SECRET_KEY = "atrium-development-only-not-secret"  # noqa: S105 - public by design


class ConfigurationError(Exception):
    """A setting is missing or invalid; the message names the variable."""


_TRUE, _FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


def _networks(raw: str) -> tuple[Network, ...]:
    networks: list[Network] = []
    for item in raw.replace(",", " ").split():
        try:
            networks.append(ipaddress.ip_network(item, strict=False))
        except ValueError:
            raise ValueError(
                f"WEBHOOK_ALLOWED_NETWORKS must list IP addresses or networks (CIDR), got {item!r}"
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


def _smtp(raw: str) -> SmtpServer:
    """``SMTP_URL`` parsed; the password never appears in an error message."""
    parts = urlsplit(raw)
    if parts.scheme not in ("smtp", "smtps"):
        raise ValueError("SMTP_URL must start with smtp:// or smtps://")
    try:
        host, port = parts.hostname, parts.port
    except ValueError:
        raise ValueError("SMTP_URL has an invalid port") from None
    if not host:
        raise ValueError("SMTP_URL must name a host: smtp://host:587")
    if parts.path not in ("", "/") or parts.fragment:
        raise ValueError("SMTP_URL takes no path: smtp://user:pass@host:587?starttls=true")
    query = parse_qs(parts.query, keep_blank_values=True)
    if set(query) - {"starttls"}:
        raise ValueError("SMTP_URL takes one query parameter, starttls=true|false")
    flag = query.get("starttls", [""])[-1].strip().lower()
    if flag not in _TRUE | _FALSE | {""}:
        raise ValueError(f"SMTP_URL starttls must be true or false, got {flag!r}")
    starttls = flag in _TRUE
    tls = parts.scheme == "smtps"
    if tls and starttls:
        raise ValueError("SMTP_URL: smtps:// is TLS already; starttls=true is for smtp://")
    default_port = _SMTP_PORTS["smtps" if tls else "starttls" if starttls else "smtp"]
    return SmtpServer(
        host=host,
        port=port or default_port,
        tls=tls,
        starttls=starttls,
        username=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password is not None else None,
    )


class _Environment(EnvSettingsSource):
    """The variables of ``environ`` (``os.environ``, or a mapping standing for it), stripped,
    with blank ones left out so that they mean the default."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        self._environ = environ
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        stripped = ((name.lower(), value.strip()) for name, value in self._environ.items())
        return {name: value for name, value in stripped if value}


# How pydantic's errors read for a variable ("PORT must be at least 1, got '0'"); the checks of
# this module word their own.
_WORDING = {
    "int_parsing": "must be an integer",
    "int_from_float": "must be an integer",
    "float_parsing": "must be a number",
    "bool_parsing": "must be true or false",
    "greater_than_equal": "must be at least {ge}",
    "literal_error": "must be {expected}",
}


def _configuration_error(error: ValidationError) -> ConfigurationError:
    first = error.errors()[0]
    context: dict[str, Any] = first.get("ctx", {})
    if first["type"] == "value_error":
        return ConfigurationError(str(context["error"]))
    variable = str(first["loc"][0]).upper() if first["loc"] else "A setting"
    wording = _WORDING.get(first["type"])
    said = wording.format(**context) if wording else first["msg"].lower()
    return ConfigurationError(f"{variable} {said}, got {first['input']!r}")


class Settings(BaseSettings):
    # Defaults are final values; only ``mail_from`` derives its own (from ``base_domain``).
    model_config = SettingsConfigDict(frozen=True, validate_default=False)

    environment: Environment = Field("development", validation_alias="ATRIUM_ENV")
    # Empty in development when DATABASE_URL is not set: only the quick start (`demo`) runs so,
    # on its embedded PostgreSQL; everything else asks for it through `require_database_url`.
    database_url: str = ""
    redis_url: str = ""
    redis_prefix: str = "atrium"
    base_domain: Annotated[str, StringConstraints(to_lower=True)] = "localhost"
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1)
    workers: int = Field(1, ge=1)
    require_https: bool = True
    # Development shares one public key between `serve` and `worker` (webhook secrets are
    # encrypted with it); production refuses to start without a real one.
    secret_key: str = Field(DEVELOPMENT_SECRET_KEY, repr=False)
    proxies_count: int = Field(0, ge=0)
    forwarded_secret: str = Field("", repr=False)
    real_ip_header: str = ""
    log_level: Annotated[str, StringConstraints(to_upper=True)] = "INFO"
    # Off only where something in front of the API limits traffic already (or to measure).
    rate_limits_enabled: bool = True
    # Background jobs (`python server.py worker`).
    worker_concurrency: int = Field(16, ge=1)
    job_lease_seconds: float = Field(60.0, ge=1.0)
    job_poll_seconds: float = Field(1.0, ge=0.05)
    job_retry_base_seconds: float = Field(60.0, ge=0.01)
    worker_shutdown_seconds: float = Field(30.0, ge=0.0)
    job_retention_days: float = Field(7.0, ge=0.0)
    # Webhooks.
    webhook_timeout_seconds: float = Field(10.0, ge=0.1)
    webhook_allowed_networks: Annotated[
        tuple[Network, ...], NoDecode, PlainValidator(_networks)
    ] = ()
    webhook_disable_after_hours: float = Field(72.0, ge=0.0)
    # Exports: where the worker writes CSV files and the API reads them (shared by both).
    exports_dir: str = "exports"
    # Mail (password reset, username recovery): None when SMTP_URL is empty, which turns it off.
    smtp: Annotated[SmtpServer | None, NoDecode, PlainValidator(_smtp)] = Field(
        None, validation_alias="SMTP_URL"
    )
    mail_from: str = Field("", validate_default=True)
    smtp_timeout_seconds: float = Field(30.0, ge=0.1)

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
        source = _Environment(cls, os.environ if env is None else env)
        try:
            # mypy sees the fields' __init__, not BaseSettings' options such as this one.
            return cls(_build_sources=((source,), {}))  # type: ignore[call-arg]
        except ValidationError as error:
            raise _configuration_error(error) from None

    @field_validator("redis_url")
    @classmethod
    def _check_redis_url(cls, raw: str) -> str:
        """``REDIS_URL``, checked the way the request path's connection reads it; the password
        never appears in an error message."""
        parts = urlsplit(raw)
        if parts.scheme not in ("redis", "rediss"):
            raise ValueError("REDIS_URL must start with redis:// or rediss:// (TLS)")
        try:
            parts.port  # noqa: B018 - parsing it is the check
        except ValueError:
            raise ValueError("REDIS_URL has an invalid port") from None
        if not parts.path.strip("/").isdigit() and parts.path not in ("", "/"):
            raise ValueError("REDIS_URL's path is a database number: redis://host:6379/0")
        return raw

    @field_validator("mail_from")
    @classmethod
    def _check_mail_from(cls, raw: str, info: ValidationInfo) -> str:
        if not raw:
            return f"Atrium <no-reply@{info.data.get('base_domain', 'localhost')}>"
        name, address = parseaddr(raw)
        # Syntax only, and no special-use domain list: intranet senders (lms@school.local) are fine.
        if not _ADDRESS_RE.match(address):
            raise ValueError(
                f"MAIL_FROM must be an address, optionally named (Acme <lms@acme.com>), got {raw!r}"
            )
        return formataddr((name, address))

    @model_validator(mode="after")
    def _check_secret_key(self) -> Settings:
        if self.production and "secret_key" not in self.model_fields_set:
            raise ValueError("SECRET_KEY must be set when ATRIUM_ENV=production")
        return self

    @model_validator(mode="after")
    def _check_workers(self) -> Settings:
        if self.workers > 1 and not self.redis_url:
            raise ValueError(
                "REDIS_URL must be set when WORKERS > 1: rate limits are shared through Redis"
            )
        return self

    @model_validator(mode="after")
    def _check_database_url(self) -> Settings:
        if self.production and not self.database_url:
            raise ValueError("DATABASE_URL must be set when ATRIUM_ENV=production")
        if self.database_url and not self.database_url.startswith(("postgres://", "postgresql://")):
            raise ValueError("DATABASE_URL must start with postgres:// or postgresql://")
        return self

    @model_validator(mode="after")
    def _check_production_mail(self) -> Settings:
        if not self.production or self.smtp is None:
            return self
        if "mail_from" not in self.model_fields_set:
            raise ValueError("MAIL_FROM must be set when SMTP_URL is set in production")
        if self.smtp.password is not None and not (self.smtp.tls or self.smtp.starttls):
            raise ValueError(
                "SMTP_URL sends a password: use smtps:// or ?starttls=true in production"
            )
        return self
