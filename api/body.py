"""Request bodies: JSON objects validated by pydantic models.

A missing field or a value of the wrong type is a 400 (as TalentLMS answers); a well-typed value
that breaks a rule (too long, not in a list) is a 422. Either names the field in ``param``.
"""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError

from api.request import AtriumRequest
from core.errors import InvalidRequest, UnsupportedMediaType, ValidationFailed

B = TypeVar("B", bound=BaseModel)

# pydantic error types that mean "not what was asked for" rather than "a bad value".
_SHAPE_ERRORS = {"missing", "extra_forbidden", "model_type", "model_attributes_type"}


def is_json_media_type(content_type: str) -> bool:
    """Whether a Content-Type value names JSON (``application/json``, ``application/*+json``)."""
    media_type = content_type.partition(";")[0].strip().lower()
    return media_type == "application/json" or (
        media_type.startswith("application/") and media_type.endswith("+json")
    )


def json_body(request: AtriumRequest) -> Any:
    """The body as decoded JSON; raises InvalidRequest when there is none or it is not JSON,
    UnsupportedMediaType when it comes labelled as another media type (no label is taken as
    JSON)."""
    if not request.body:
        raise InvalidRequest("A JSON body is required")
    content_type = request.headers.get("content-type")
    if content_type is not None and not is_json_media_type(content_type):
        raise UnsupportedMediaType(
            f"The body must be JSON (Content-Type: application/json), not {content_type[:100]}",
            param="Content-Type",
        )
    try:
        return orjson.loads(request.body)
    except orjson.JSONDecodeError:
        raise InvalidRequest("The request body is not valid JSON") from None


def json_object(request: AtriumRequest) -> dict[str, Any]:
    """The body as a JSON object; raises InvalidRequest for anything else."""
    if not request.body:
        raise InvalidRequest("A JSON object body is required")
    body = json_body(request)
    if not isinstance(body, dict):
        raise InvalidRequest(f"The request body must be a JSON object, not {type(body).__name__}")
    return body


def parse_body(request: AtriumRequest, model: type[B]) -> B:
    """The body validated as ``model``; raises InvalidRequest or ValidationFailed."""
    return validate_body(json_object(request), model)


def item_error_of(exc: ValidationError) -> tuple[str | None, str]:
    """The field (dotted path) and message of the first error of one item of a batch."""
    first = exc.errors(include_url=False, include_context=False, include_input=False)[0]
    field = ".".join(str(part) for part in first["loc"]) or None
    return field, f"{field}: {first['msg']}"


def validate_body(body: Any, model: type[B], param_prefix: str = "") -> B:
    """``body`` (decoded JSON) validated as ``model``; raises InvalidRequest or
    ValidationFailed, their ``param`` prefixed with ``param_prefix`` (e.g. ``3.`` for the fourth
    object of an array)."""
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        error = exc.errors(include_url=False, include_context=False, include_input=False)[0]
        loc = ".".join(str(part) for part in error["loc"])
        param = f"{param_prefix}{loc}".rstrip(".") or None
        kind = error["type"]
        message = f"{param}: {error['msg']}" if param else str(error["msg"])
        if kind in _SHAPE_ERRORS or kind.endswith("_type"):
            raise InvalidRequest(message, param=param) from None
        raise ValidationFailed(message, param=param) from None
