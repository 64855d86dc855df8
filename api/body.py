"""Request bodies: JSON objects validated by pydantic models.

A missing field or a value of the wrong type is a 400 (as TalentLMS answers); a well-typed value
that breaks a rule (too long, not in a list) is a 422. Either names the field in ``param``.
"""

from __future__ import annotations

from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError

from core.errors import InvalidRequest, ValidationFailed
from core.request import AtriumRequest

B = TypeVar("B", bound=BaseModel)

# pydantic error types that mean "not what was asked for" rather than "a bad value".
_SHAPE_ERRORS = {"missing", "extra_forbidden", "model_type", "model_attributes_type"}


def json_object(request: AtriumRequest) -> dict[str, Any]:
    """The body as a JSON object; raises InvalidRequest for anything else."""
    if not request.body:
        raise InvalidRequest("A JSON object body is required")
    try:
        body = orjson.loads(request.body)
    except orjson.JSONDecodeError:
        raise InvalidRequest("The request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise InvalidRequest(f"The request body must be a JSON object, not {type(body).__name__}")
    return body


def parse_body(request: AtriumRequest, model: type[B]) -> B:
    """The body validated as ``model``; raises InvalidRequest or ValidationFailed."""
    body = json_object(request)
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        error = exc.errors(include_url=False, include_context=False, include_input=False)[0]
        param = ".".join(str(part) for part in error["loc"]) or None
        kind = error["type"]
        message = f"{param}: {error['msg']}" if param else str(error["msg"])
        if kind in _SHAPE_ERRORS or kind.endswith("_type"):
            raise InvalidRequest(message, param=param) from None
        raise ValidationFailed(message, param=param) from None
