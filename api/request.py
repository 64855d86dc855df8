"""The typed request and application contexts."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

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
    # The settings every request reads, copied once: an attribute of the pydantic settings costs
    # more than a dataclass's, and `Settings.trusts_proxy` is a property of three of them.
    require_https: bool = field(init=False)
    trusts_proxy: bool = field(init=False)
    base_domain: str = field(init=False)

    def __post_init__(self) -> None:
        self.require_https = self.settings.require_https
        self.trusts_proxy = self.settings.trusts_proxy
        self.base_domain = self.settings.base_domain

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


def _plain_item(name: str) -> property:
    def get(config: Config) -> Any:
        return config[name]

    def set_(config: Config, value: Any) -> None:
        dict.__setitem__(config, name, value)

    return property(get, set_)


class AtriumConfig(Config):
    """Sanic's config, but for the settings Sanic reads as attributes on every request.

    Sanic keeps settings as dict items and answers ``config.NAME`` from ``__getattr__``, which
    Python calls only after the ordinary lookup has raised (and formatted) an AttributeError:
    about two microseconds a read. These are properties over the same items instead.
    """

    KEEP_ALIVE = _plain_item("KEEP_ALIVE")
    REQUEST_BUFFER_SIZE = _plain_item("REQUEST_BUFFER_SIZE")


AtriumApp = Sanic[Config, AppContext]


class AtriumRequest(Request[AtriumApp, RequestContext]):
    @staticmethod
    def make_context() -> RequestContext:
        return RequestContext()


def origin(request: AtriumRequest) -> tuple[str, str]:
    """The scheme and host the client called: Sanic's ``request.scheme`` and ``request.host``.

    Without a trusted proxy (nor ``SERVER_NAME``, nor websockets) they are the connection's TLS
    and the Host header, read here directly: Sanic works them out by parsing the forwarding
    headers anyway, and finds its proxy settings and its memo of the scheme by raising and
    catching four AttributeErrors, a few microseconds a request.
    """
    app = request.app
    if app.ctx.trusts_proxy or app.websocket_enabled or app.config.get("SERVER_NAME"):
        return request.scheme, request.host
    conn = request.conn_info
    scheme = "https" if conn is not None and conn.ssl else "http"
    return scheme, request.headers.getone("host", "")
