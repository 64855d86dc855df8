"""Refuse plain HTTP.

The scheme is the connection's own, or ``X-Forwarded-Proto``/``Forwarded`` when Sanic's proxy
settings (``PROXIES_COUNT``, ``FORWARDED_SECRET``, ``REAL_IP_HEADER``) say to trust the proxy.
"""

from __future__ import annotations

from api.policy import RoutePolicy
from api.request import AtriumRequest
from core.errors import Forbidden


def require_https(request: AtriumRequest, policy: RoutePolicy) -> None:
    if not policy.https or not request.app.ctx.require_https:
        return
    if request.scheme not in ("https", "wss"):
        raise Forbidden("HTTPS is required: call this API over https://")
