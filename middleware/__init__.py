"""The middleware stack in front of every route, installed in the order of the contract:
request id → HTTPS → tenant → API key → API version → rate limit → idempotency key; on the way
out the answer to an idempotent POST is recorded, and the response gets its request id, version
and rate-limit headers and one access-log line."""

from __future__ import annotations

from sanic import Sanic

from middleware.access_log import install_access_log
from middleware.api_key import authenticate
from middleware.api_version import echo_api_version, resolve_api_version
from middleware.errors import JsonErrorHandler
from middleware.https import require_https
from middleware.idempotency import check_idempotency_key, record_idempotent_response
from middleware.rate_limit import add_rate_limit_headers, enforce_rate_limit
from middleware.request_id import assign_request_id, echo_request_id
from middleware.tenant import resolve_tenant


def install(app: Sanic) -> None:  # type: ignore[type-arg]
    app.error_handler = JsonErrorHandler()
    request_stack = (
        assign_request_id,
        require_https,
        resolve_tenant,
        authenticate,
        resolve_api_version,
        enforce_rate_limit,
        check_idempotency_key,
    )
    for priority, on_request in enumerate(reversed(request_stack)):
        app.register_middleware(on_request, "request", priority=priority)
    for on_response in (
        record_idempotent_response,
        echo_request_id,
        echo_api_version,
        add_rate_limit_headers,
    ):
        app.register_middleware(on_response, "response")
    install_access_log(app)
