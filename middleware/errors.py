"""The one place where exceptions become responses, all in the wire format:
``{"error": {"type": ..., "message": ..., "param": ...}}``.

Our `ApiError` tree renders as declared; Sanic's own errors (unknown route, 405, 413, bad
headers) keep their status; a client that hung up before its request was read is a 499 (logged
as such, nobody reads the answer); ORM errors that reach here are translated; anything else is
logged with its traceback and answered with a 500 that says nothing about internals.
"""

from __future__ import annotations

from typing import Any, cast

from sanic import HTTPResponse, Request
from sanic.constants import HTTP_METHODS
from sanic.exceptions import MethodNotAllowed, RequestCancelled, SanicException
from sanic.handlers import ErrorHandler
from tortoise.exceptions import DoesNotExist, IntegrityError

from api.request import AtriumRequest
from api.responses import json_response
from core.errors import ApiError
from core.logging import logger
from middleware.request_id import assign_request_id

# nginx's code for a request whose client closed the connection before the answer.
CLIENT_CLOSED_REQUEST = 499


def error_body(error_type: str, message: str, param: str | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"type": error_type, "message": message}
    if param:
        error["param"] = param
    return {"error": error}


def _render(exception: Exception) -> tuple[int, dict[str, Any], dict[str, str]]:
    if isinstance(exception, ApiError):
        body = error_body(exception.error_type, exception.message, exception.param)
        return exception.status_code, body, dict(exception.headers)
    if isinstance(exception, RequestCancelled):
        return CLIENT_CLOSED_REQUEST, error_body("invalid_request_error", "Client hung up"), {}
    if isinstance(exception, SanicException) and exception.status_code:
        status = exception.status_code
        error_type = "api_error" if status >= 500 else "invalid_request_error"
        message = str(exception) if exception.message else "Request failed"
        return status, error_body(error_type, message), dict(exception.headers or {})
    if isinstance(exception, DoesNotExist):
        return 404, error_body("invalid_request_error", "Not found"), {}
    if isinstance(exception, IntegrityError):
        return 409, error_body("invalid_request_error", "Conflicts with an existing record"), {}
    return 500, error_body("api_error", "An internal error occurred"), {}


def _allowed_methods(request: Request) -> str:
    """The methods the request's path has: sanic-routing leaves them out of the 405 it raises
    for paths with parameters, and a 405 must carry them in ``Allow`` (RFC 9110)."""
    allowed = []
    for method in HTTP_METHODS:
        try:
            request.app.router.get(request.path, method, None)
        except SanicException:
            continue
        allowed.append(method)
    return ", ".join(allowed)


class JsonErrorHandler(ErrorHandler):
    def default(self, request: Request, exception: Exception) -> HTTPResponse:
        status, body, headers = _render(exception)
        if not getattr(request.ctx, "request_id", ""):
            # The error came before the request's middleware: the app's requests are ours.
            assign_request_id(cast(AtriumRequest, request))
        fields = {"fields": {"request_id": request.ctx.request_id}}
        if status == CLIENT_CLOSED_REQUEST:
            logger.info("client closed the request", extra=fields)
        elif status >= 500 and not isinstance(exception, ApiError):
            logger.error("unhandled error", exc_info=exception, extra=fields)
        if isinstance(exception, MethodNotAllowed) and not exception.allowed_methods:
            headers["Allow"] = _allowed_methods(request)
        response = json_response(body, status=status)
        response.headers.update(headers)
        return response
