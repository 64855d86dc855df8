"""One JSON line per request: id, tenant, key, method, path, status, latency."""

from __future__ import annotations

import time

from sanic.response import BaseHTTPResponse

from core.logging import access_logger
from core.request import AtriumRequest


async def log_request(request: AtriumRequest, response: BaseHTTPResponse) -> None:
    ctx = request.ctx
    access_logger.info(
        "request",
        extra={
            "fields": {
                "request_id": ctx.request_id,
                "tenant": ctx.tenant.slug if ctx.tenant else None,
                "key_id": ctx.api_key.id if ctx.api_key else None,
                "method": request.method,
                "path": request.path,
                "status": response.status,
                "latency_ms": round((time.perf_counter() - ctx.started) * 1000, 2),
            }
        },
    )
