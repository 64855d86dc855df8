"""First in, last out: give every request an id and echo it in ``X-Request-Id``."""

from __future__ import annotations

import random
import re

from sanic.response import BaseHTTPResponse

from api.request import AtriumRequest
from core.scoping import set_current_tenant

# A caller's own id is kept (to follow a request across systems) when it is plainly safe to log.
_INCOMING_RE = re.compile(r"^[A-Za-z0-9._:-]{8,128}$")


def assign_request_id(request: AtriumRequest) -> None:
    incoming = request.headers.get("x-request-id")
    # Unique, not secret: the Mersenne Twister spares a system call per request.
    request.ctx.request_id = (
        incoming if incoming and _INCOMING_RE.match(incoming) else f"{random.getrandbits(128):032x}"
    )
    # Keep-alive connections reuse one task: never let a previous request's tenant leak in.
    set_current_tenant(None)


def echo_request_id(request: AtriumRequest, response: BaseHTTPResponse) -> None:
    response.headers["X-Request-Id"] = request.ctx.request_id
