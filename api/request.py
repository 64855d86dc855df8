"""The typed request and application contexts."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING

from sanic import Request, Sanic
from sanic.config import Config

from core.errors import Forbidden
from core.settings import Settings
from tenants.rate_limits import RateLimiter, Verdict
from tenants.records import KeyRecord, TenantRecord, TokenRecord
from tenants.sign_in_throttle import SignInThrottle

if TYPE_CHECKING:
    from redis.asyncio import Redis


@dataclass
class AppContext:
    """Not slotted: Sanic extensions attach their own attributes to ``app.ctx``."""

    settings: Settings
    redis: Redis | None = None
    # None when rate limits are off.
    limiter: RateLimiter | None = None
    sign_in_throttle: SignInThrottle | None = None

    def require_sign_in_throttle(self) -> SignInThrottle:
        if self.sign_in_throttle is None:
            raise RuntimeError("sign-in reached before the server started")
        return self.sign_in_throttle


@dataclass
class RequestContext(SimpleNamespace):
    request_id: str = ""
    # When the request's head arrived (Sanic makes the context then): latencies count the body's
    # upload too, and a request that never reached the middleware still gets a true one.
    started: float = field(default_factory=time.perf_counter)
    tenant: TenantRecord | None = None
    api_key: KeyRecord | None = None
    # The user token of a request that came with one instead of an API key.
    user_token: TokenRecord | None = None
    # What the key's scopes or the token's abilities let the caller reach.
    grants: frozenset[str] = frozenset()
    # Set when the caller reached the route with an own ability only (a learner's token): the
    # request is about this user and no other.
    own_user_id: int | None = None
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

    def require_user_token(self) -> TokenRecord:
        """The caller's user token; Forbidden for a caller with an API key."""
        if self.user_token is None:
            raise Forbidden("This route acts for a signed-in user: call it with a user token")
        return self.user_token


AtriumApp = Sanic[Config, AppContext]


class AtriumRequest(Request[AtriumApp, RequestContext]):
    @staticmethod
    def make_context() -> RequestContext:
        return RequestContext()
