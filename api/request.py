"""The typed request and application contexts."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING

from sanic import Request, Sanic
from sanic.config import Config

from core.settings import Settings
from tenants.rate_limits import RateLimiter, Verdict
from tenants.records import KeyRecord, TenantRecord

if TYPE_CHECKING:
    from redis.asyncio import Redis


@dataclass
class AppContext:
    """Not slotted: Sanic extensions attach their own attributes to ``app.ctx``."""

    settings: Settings
    redis: Redis | None = None
    # None when rate limits are off.
    limiter: RateLimiter | None = None
    # The settings every request reads, copied once: an attribute of the pydantic settings costs
    # more than a dataclass's, and `Settings.trusts_proxy` is a property of three of them.
    require_https: bool = field(init=False)
    trusts_proxy: bool = field(init=False)
    base_domain: str = field(init=False)

    def __post_init__(self) -> None:
        self.require_https = self.settings.require_https
        self.trusts_proxy = self.settings.trusts_proxy
        self.base_domain = self.settings.base_domain


@dataclass
class RequestContext(SimpleNamespace):
    request_id: str = ""
    # When the request's head arrived (Sanic makes the context then): latencies count the body's
    # upload too, and a request that never reached the middleware still gets a true one.
    started: float = field(default_factory=time.perf_counter)
    tenant: TenantRecord | None = None
    api_key: KeyRecord | None = None
    api_version: date | None = None
    # Set when the request reached the rate limiter and Redis (if any) answered.
    rate_limit: Verdict | None = None
    # The Idempotency-Key claim this request holds until its response is recorded.
    idempotency_claim: int | None = None
    # The Idempotency-Key of a streamed request, claimed once its route has read the body.
    idempotency_key: str | None = None

    def require_tenant(self) -> TenantRecord:
        """The tenant of a tenant route (the tenant middleware guarantees one)."""
        if self.tenant is None:
            raise RuntimeError("tenant route reached without a tenant")
        return self.tenant

    def require_key(self) -> KeyRecord:
        if self.api_key is None:
            raise RuntimeError("keyed route reached without an API key")
        return self.api_key


AtriumApp = Sanic[Config, AppContext]


class AtriumRequest(Request[AtriumApp, RequestContext]):
    @staticmethod
    def make_context() -> RequestContext:
        return RequestContext()
