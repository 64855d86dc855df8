"""The middleware stack in front of every route, installed in the order of the contract:
request id → HTTPS → tenant → API key or user token → API version → rate limit → idempotency
key; on the way out the answer to an idempotent POST is recorded, and the response gets its
request id, version and rate-limit headers and one access-log line."""

from __future__ import annotations

from sanic import HTTPResponse, Sanic
from sanic.response import BaseHTTPResponse

from api.request import AtriumRequest
from middleware.access_log import install_access_log, log_request
from middleware.api_version import echo_api_version, resolve_api_version
from middleware.authentication import authenticate
from middleware.errors import JsonErrorHandler
from middleware.https import require_https
from middleware.idempotency import check_idempotency_key, record_idempotent_response
from middleware.rate_limit import add_rate_limit_headers, enforce_rate_limit
from middleware.request_id import assign_request_id, echo_request_id
from middleware.tenant import resolve_tenant


# The steps run in the contract's order from one request and one response middleware, written
# out rather than looped over: Sanic's dispatch of each registered middleware, and a coroutine
# for each step that does no I/O, cost more than most of the steps themselves.
async def run_request_stack(request: AtriumRequest) -> HTTPResponse | None:
    """The request's steps in order; an answer from a step (a replay) is the request's."""
    assign_request_id(request)
    require_https(request)
    await resolve_tenant(request)
    await authenticate(request)
    resolve_api_version(request)
    await enforce_rate_limit(request)
    if request.method != "POST":  # the only method with idempotency keys
        return None
    return await check_idempotency_key(request)


async def run_response_stack(request: AtriumRequest, response: BaseHTTPResponse) -> None:
    if request.ctx.idempotency_claim is not None:  # a POST that claimed its key
        await record_idempotent_response(request, response)
    echo_request_id(request, response)
    echo_api_version(request, response)
    add_rate_limit_headers(request, response)
    log_request(request, response)


def install(app: Sanic) -> None:  # type: ignore[type-arg]
    app.error_handler = JsonErrorHandler()
    app.register_middleware(run_request_stack, "request")
    app.register_middleware(run_response_stack, "response")
    install_access_log(app)
