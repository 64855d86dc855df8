"""Responses that shared caches may keep: ``Cache-Control: public``, a strong ``ETag`` over the
body, and 304 Not Modified when the client's ``If-None-Match`` holds that tag."""

from __future__ import annotations

import hashlib
from typing import Any

from sanic import HTTPResponse

from api.openapi import Schema, response_header
from api.request import AtriumRequest
from api.responses import JSON, ApiResponse
from core.jsonutil import dumps

CACHE_HEADERS: dict[str, Schema] = {
    "ETag": response_header(
        "ETag", "A strong validator of the body; send it back in If-None-Match", {"type": "string"}
    ),
    "Cache-Control": response_header(
        "Cache-Control", "public, max-age=<seconds>: shared caches may keep it", {"type": "string"}
    ),
    "Vary": response_header(
        "Vary", "X-API-Version: the body depends on the version asked for", {"type": "string"}
    ),
}


def _matches(if_none_match: str, etag: str) -> bool:
    """RFC 9110 §13.1.2: ``*`` or any listed tag equal to ``etag``, compared weakly."""
    tags = [tag.strip() for tag in if_none_match.split(",")]
    return any(tag == "*" or tag.removeprefix("W/") == etag for tag in tags)


def cacheable_json(request: AtriumRequest, body: Any, max_age: int) -> HTTPResponse:
    """``body`` as JSON that caches may keep ``max_age`` seconds, or an empty 304 when the
    request's ``If-None-Match`` names its ETag."""
    payload = dumps(body)
    etag = f'"{hashlib.sha256(payload).hexdigest()[:32]}"'
    headers = {
        "ETag": etag,
        "Cache-Control": f"public, max-age={max_age}",
        "Vary": "X-API-Version",
    }
    if _matches(request.headers.get("if-none-match", ""), etag):
        return ApiResponse(status=304, headers=headers)
    return ApiResponse(payload, content_type=JSON, headers=headers)
