"""The middleware stack in front of every route, installed in the order of the contract:
request id → HTTPS → tenant → API key → API version → rate limit → idempotency key; on the way
out the answer to an idempotent POST is recorded, and the response gets its request id, version
and rate-limit headers and one access-log line."""

from __future__ import annotations

from sanic import HTTPResponse, Sanic
from sanic.response import BaseHTTPResponse

from core.request import AtriumRequest
from middleware.access_log import install_access_log, log_request
from middleware.api_key import authenticate
from middleware.api_version import echo_api_version, resolve_api_version
from middleware.errors import JsonErrorHandler
from middleware.https import require_https
from middleware.idempotency import check_idempotency_key, record_idempotent_response
from middleware.rate_limit import add_rate_limit_headers, enforce_rate_limit
from middleware.request_id import assign_request_id, echo_request_id
from middleware.tenant import resolve_tenant

REQUEST_STACK = (
    assign_request_id,
    require_https,
    resolve_tenant,
    authenticate,
    resolve_api_version,
    enforce_rate_limit,
    check_idempotency_key,
)
RESPONSE_STACK = (
    record_idempotent_response,
    echo_request_id,
    echo_api_version,
    add_rate_limit_headers,
    log_request,
)


# One Sanic middleware per direction that runs the steps itself: Sanic's dispatch of each
# registered middleware cost more than most of the steps do.
async def run_request_stack(request: AtriumRequest) -> HTTPResponse | None:
    """The steps in order; the first answer a step gives (a replay) is the request's."""
    for step in REQUEST_STACK:
        response = await step(request)
        if response is not None:
            return response
    return None


async def run_response_stack(request: AtriumRequest, response: BaseHTTPResponse) -> None:
    for step in RESPONSE_STACK:
        await step(request, response)


def install(app: Sanic) -> None:  # type: ignore[type-arg]
    app.error_handler = JsonErrorHandler()
    app.register_middleware(run_request_stack, "request")
    app.register_middleware(run_response_stack, "response")
    install_access_log(app)
