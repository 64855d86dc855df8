"""The one error tree of the API.

Plain exceptions: the domain raises them without knowing HTTP, each class carrying the status
and error type it stands for. `middleware/errors.py`, at the API edge, renders every exception,
ours and Sanic's, to the wire format ``{"error": {"type", "message", "param"?}}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar, Literal

ErrorType = Literal["invalid_request_error", "api_error"]


class ApiError(Exception):
    status_code: ClassVar[int] = 500
    error_type: ClassVar[ErrorType] = "api_error"

    def __init__(
        self,
        message: str,
        *,
        param: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.headers = dict(headers or {})


class InvalidRequest(ApiError):
    """400: a parameter or header is missing, malformed, or of the wrong type."""

    status_code = 400
    error_type = "invalid_request_error"


class AuthenticationFailed(ApiError):
    """401: the API key is missing, malformed, unknown, revoked, or another tenant's."""

    status_code = 401
    error_type = "invalid_request_error"


class Forbidden(ApiError):
    """403: missing scope, inactive tenant, API disabled, or plain HTTP."""

    status_code = 403
    error_type = "invalid_request_error"


class NotFound(ApiError):
    """404: missing, or belonging to another tenant (the two are indistinguishable)."""

    status_code = 404
    error_type = "invalid_request_error"


class Conflict(ApiError):
    status_code = 409
    error_type = "invalid_request_error"


class Gone(ApiError):
    """410: existed, but no longer (an expired download)."""

    status_code = 410
    error_type = "invalid_request_error"


class UnsupportedMediaType(ApiError):
    """415: a body sent as something other than what the route reads (text/plain to JSON)."""

    status_code = 415
    error_type = "invalid_request_error"


class ValidationFailed(ApiError):
    """422: well-formed body whose values break a rule."""

    status_code = 422
    error_type = "invalid_request_error"


class RateLimited(ApiError):
    status_code = 429
    error_type = "invalid_request_error"


class ServiceUnavailable(ApiError):
    status_code = 503
    error_type = "api_error"


class BadGateway(ApiError):
    """502: a service we called on the caller's behalf (an identity provider) failed."""

    status_code = 502
    error_type = "api_error"
