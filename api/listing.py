"""The TalentLMS list shape: ``page[number]``/``page[size]``, filters, and the
``_data``/``_links``/``_meta`` envelope with absolute links on the request's own host."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from sanic.request import RequestParameters

from api.request import AtriumRequest
from core.errors import InvalidRequest
from core.query import Filter, FilterField, Page
from shapes.envelope import MAX_PAGE_SIZE

DEFAULT_PAGE_SIZE = 20
# Far beyond any real list, small enough that OFFSET arithmetic stays cheap and in range.
MAX_PAGE_NUMBER = 1_000_000
PAGE_NUMBER = "page[number]"
PAGE_SIZE = "page[size]"
_FILTER_RE = re.compile(r"^filter\[([a-z_]+)\]\[([a-z]+)\]$")
MAX_FILTER_VALUE = 191


@dataclass(frozen=True, slots=True)
class ListQuery:
    page: Page
    filters: tuple[Filter, ...]


def query_args(request: AtriumRequest) -> RequestParameters:
    """The query parameters, blank ones kept (Sanic's ``request.args`` drops them): so
    ``filter[name][eq]=`` filters on the empty name and ``page[size]=`` is refused, rather than
    both being ignored."""
    return request.get_args(keep_blank_values=True)


def check_known(request: AtriumRequest, known: Collection[str]) -> None:
    """Raise InvalidRequest for any query parameter not in ``known``."""
    for name in query_args(request):
        if name not in known:
            raise InvalidRequest(f"Unknown query parameter {name!r}", param=name)


def single_arg(request: AtriumRequest, name: str) -> str | None:
    """Query parameter ``name``, None when absent; InvalidRequest when it is given twice."""
    values = query_args(request).getlist(name)
    if len(values) > 1:
        raise InvalidRequest(f"{name} is given more than once", param=name)
    value: str | None = values[0] if values else None
    return value


def positive_int(name: str, raw: str, maximum: int) -> int:
    """``raw`` as an integer from 1 to ``maximum``; InvalidRequest naming ``name`` otherwise."""
    # str.isdigit() also accepts digits int() refuses, such as "²".
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= maximum:
        raise InvalidRequest(f"{name} must be an integer from 1 to {maximum}", param=name)
    return int(raw)


def _page_int(request: AtriumRequest, name: str, default: int, maximum: int) -> int:
    raw = single_arg(request, name)
    return default if raw is None else positive_int(name, raw, maximum)


def parse_list_query(
    request: AtriumRequest, fields: Mapping[str, FilterField], extra: frozenset[str] = frozenset()
) -> ListQuery:
    """Page and filters of a list request; raises InvalidRequest for a bad page, an unknown
    filter, or any other parameter outside ``extra``."""
    args = query_args(request)
    for name in args:
        if (
            name not in (PAGE_NUMBER, PAGE_SIZE)
            and not name.startswith("filter[")
            and name not in extra
        ):
            raise InvalidRequest(f"Unknown query parameter {name!r}", param=name)
    page = Page(
        number=_page_int(request, PAGE_NUMBER, 1, MAX_PAGE_NUMBER),
        size=_page_int(request, PAGE_SIZE, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    )
    return ListQuery(page=page, filters=parse_filters(args, fields))


def parse_filters(args: RequestParameters, fields: Mapping[str, FilterField]) -> tuple[Filter, ...]:
    filters: list[Filter] = []
    for name, values in args.items():
        if not name.startswith("filter["):
            continue
        match = _FILTER_RE.match(name)
        if match is None:
            raise InvalidRequest(
                f"Malformed filter {name!r}; use filter[field][op]=value", param=name
            )
        field_name, op = match.groups()
        spec = fields.get(field_name)
        if spec is None:
            known = ", ".join(sorted(fields)) or "none"
            raise InvalidRequest(
                f"Unknown filter field {field_name!r}; filterable fields: {known}", param=name
            )
        if op not in spec.ops:
            raise InvalidRequest(
                f"Filter {field_name!r} supports {', '.join(sorted(spec.ops))}, not {op!r}",
                param=name,
            )
        if len(values) > 1:
            raise InvalidRequest(f"{name} is given more than once", param=name)
        raw = values[0]
        if len(raw) > MAX_FILTER_VALUE:
            raise InvalidRequest(f"{name} is longer than {MAX_FILTER_VALUE} characters", param=name)
        if "\x00" in raw:  # PostgreSQL text cannot hold it
            raise InvalidRequest(f"{name} must not contain NUL characters", param=name)
        try:
            value = spec.type.parse(raw)
        except ValueError:
            raise InvalidRequest(
                f"{name} must be {spec.type.expects}, got {raw[:40]!r}", param=name
            ) from None
        filters.append(Filter(field=field_name, op=op, value=value))  # type: ignore[arg-type]
    return tuple(filters)


def _link(request: AtriumRequest, number: int, size: int) -> str:
    kept = [
        (name, value)
        for name, values in query_args(request).items()
        if name not in (PAGE_NUMBER, PAGE_SIZE)
        for value in values
    ]
    query = urlencode([*kept, (PAGE_NUMBER, number), (PAGE_SIZE, size)], safe="[]")
    return f"{request.scheme}://{request.host}{request.path}?{query}"


def envelope(request: AtriumRequest, items: list[Any], total: int, page: Page) -> dict[str, Any]:
    """The list body for ``items`` (already in the client's version) out of ``total``."""
    total_pages = math.ceil(total / page.size)
    last = max(total_pages, 1)
    return {
        "_data": items,
        "_links": {
            "self": _link(request, page.number, page.size),
            "first": _link(request, 1, page.size),
            "last": _link(request, last, page.size),
            "prev": _link(request, min(page.number - 1, last), page.size)
            if page.number > 1
            else None,
            "next": _link(request, page.number + 1, page.size)
            if page.number < total_pages
            else None,
        },
        "_meta": {
            "pagination": {
                "page": page.number,
                "page_size": page.size,
                "total_items": len(items),
                "total_pages": total_pages,
                "total_results": total,
            }
        },
    }
