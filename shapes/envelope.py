"""What wraps every answer: a list's links and pagination (`api.listing.envelope`) and the
error body (`middleware.errors.error_body`)."""

from __future__ import annotations

from typing import Annotated, Literal, NotRequired

from pydantic import Field, WithJsonSchema
from typing_extensions import TypedDict

from shapes import Shape

MAX_PAGE_SIZE = 100
Count = Annotated[int, Field(ge=0)]
# As TalentLMS writes them: page[number] and filter[...] keep their brackets unescaped, which
# WHATWG URL parsers accept and RFC 3986 "uri" validators do not, so no "format" is claimed.
Link = Annotated[
    str,
    WithJsonSchema(
        {
            "type": "string",
            "example": "https://acme.lms.example.com/api/v2/users?page[number]=2&page[size]=20",
        }
    ),
]


class Links(Shape):
    """Absolute URLs on the tenant's own host; prev and next are null at the ends"""

    self: Link
    first: Link
    last: Link
    prev: Link | None
    next: Link | None


class Pagination(Shape):
    page: Annotated[int, Field(ge=1)]
    page_size: Annotated[int, Field(ge=1, le=MAX_PAGE_SIZE)]
    total_items: Annotated[int, Field(ge=0, description="Items on this page")]
    total_pages: Count
    total_results: Annotated[int, Field(ge=0, description="Items on all pages")]


class ErrorDetail(TypedDict):
    type: Literal["invalid_request_error", "api_error"]
    message: str
    param: NotRequired[
        Annotated[str, Field(description="The parameter, header or body field at fault")]
    ]


class Error(Shape):
    error: ErrorDetail
