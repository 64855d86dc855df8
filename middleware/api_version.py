"""Resolve ``X-API-Version`` (400 when missing, malformed or too early) and echo the resolved
version in the response."""

from __future__ import annotations

from sanic.response import BaseHTTPResponse

from api.policy import RoutePolicy
from api.request import AtriumRequest
from api.versions import resolve_version, version_text


def resolve_api_version(request: AtriumRequest, policy: RoutePolicy) -> None:
    if not policy.versioned:
        return
    request.ctx.api_version = resolve_version(request.headers.get("x-api-version"))


def echo_api_version(request: AtriumRequest, response: BaseHTTPResponse) -> None:
    version = request.ctx.api_version
    if version is not None:
        response.headers["X-API-Version"] = version_text(version)
