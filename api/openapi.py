"""The OpenAPI 3 document of /api/v2, assembled from sanic-ext's OpenAPI definitions.

A handler declares what is its own with `describe`: operation id, summary, parameters, request
body, success responses. `openapi_document` adds what follows from the route's `RoutePolicy` (the
API key, the X-API-Version header, the servers, the error responses, the response headers), so
those parts are written once and say what the middleware does.

The document is built from the app's router rather than by sanic-ext's OpenAPI extension: that
extension leaves out every route under its own URL prefix, and ours is /api/v2.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel
from sanic_ext.extensions.openapi.definitions import (
    Components,
    Info,
    OpenAPI,
    Operation,
    Parameter,
    PathItem,
    RequestBody,
    Response,
    SecurityScheme,
    Tag,
)
from sanic_ext.extensions.openapi.types import Date, Integer, String
from sanic_ext.extensions.openapi.types import Schema as SchemaType

from api.fields import openapi_30
from api.listing import (
    DEFAULT_PAGE_SIZE,
    MAX_FILTER_VALUE,
    MAX_PAGE_NUMBER,
    PAGE_NUMBER,
    PAGE_SIZE,
)
from api.policy import STRICT, RoutePolicy
from api.request import AtriumApp
from api.versions import FIRST, LATEST, SUPPORTED
from core.query import MAX_DB_ID, FilterField
from domain.idempotency import KEY_PATTERN, MAX_KEY_LENGTH, REPLAY_TTL, REPLAYED_HEADER
from shapes import Shape
from shapes.envelope import MAX_PAGE_SIZE, Error, Links, Pagination

Schema = dict[str, Any]
H = TypeVar("H", bound=Callable[..., Any])

API_PREFIX = "api/v2"
JSON = "application/json"
HTML = "text/html"
API_KEY_SCHEME = "ApiKey"
BEARER_SCHEME = "Bearer"

DATE_SCHEMA: Schema = {"type": "string", "format": "date", "example": LATEST.isoformat()}

_SCHEMAS: dict[str, Schema] = {}


def component(name: str, schema: Schema) -> Schema:
    """Register ``schema`` as ``#/components/schemas/{name}``; returns a reference to it."""
    if _SCHEMAS.setdefault(name, schema) != schema:
        raise ValueError(f"Two different schemas are named {name!r}")
    return {"$ref": f"#/components/schemas/{name}"}


def model_component(model: type[BaseModel]) -> Schema:
    """The JSON schema of a pydantic request model as a component; returns a reference."""
    schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
    for name, nested in schema.pop("$defs", {}).items():
        component(name, nested)
    return component(model.__name__, schema)


def registered(reference: Schema) -> Schema:
    """The component schema ``reference`` points to."""
    return _SCHEMAS[reference["$ref"].removeprefix("#/components/schemas/")]


def _response_schema(schema: Schema) -> None:
    """Adjust a shape's JSON schema for the document (in place): no titles (pydantic derives
    them from class and field names); a single allowed value as an enum of one and a described
    reference as an allOf of one, since OpenAPI 3.0 has no const and ignores what sits beside a
    $ref."""
    schema.pop("title", None)
    if "const" in schema:
        schema["enum"] = [schema.pop("const")]
    if "$ref" in schema and len(schema) > 1:
        schema["allOf"] = [{"$ref": schema.pop("$ref")}]
    for prop in schema.get("properties", {}).values():
        _response_schema(prop)
    for nested in (schema.get("items"), schema.get("additionalProperties")):
        if isinstance(nested, dict):
            _response_schema(nested)
    for keyword in ("anyOf", "allOf"):
        for option in schema.get(keyword, []):
            _response_schema(option)


def shape_schemas(shape: type[Shape]) -> dict[str, Schema]:
    """The OpenAPI 3.0 schemas of a response shape and of what it nests, by component name."""
    schema = shape.model_json_schema(
        ref_template="#/components/schemas/{model}", mode="serialization"
    )
    schemas: dict[str, Schema] = {**schema.pop("$defs", {}), shape.__name__: schema}
    for each in schemas.values():
        openapi_30(each)
        _response_schema(each)
    return schemas


def shape_component(shape: type[Shape]) -> Schema:
    """Register the schemas of a response shape (`shape_schemas`) as components; returns a
    reference to the shape's."""
    schemas = shape_schemas(shape)
    for name, schema in schemas.items():
        component(name, schema)
    return component(shape.__name__, schemas[shape.__name__])


ERROR = shape_component(Error)
_COUNT: Schema = {"type": "integer", "minimum": 0}
LINKS = shape_component(Links)
PAGINATION = shape_component(Pagination)


def single(schema: Schema) -> Schema:
    """The body of one object: ``{"_data": ...}``."""
    return {"type": "object", "required": ["_data"], "properties": {"_data": schema}}


def paginated(schema: Schema) -> Schema:
    """The body of a list: ``_data``, ``_links`` and ``_meta.pagination``."""
    return {
        "type": "object",
        "required": ["_data", "_links", "_meta"],
        "properties": {
            "_data": {"type": "array", "items": schema},
            "_links": LINKS,
            "_meta": {
                "type": "object",
                "required": ["pagination"],
                "properties": {"pagination": PAGINATION},
            },
        },
    }


def path_id(name: str, description: str) -> Parameter:
    return Parameter(
        name, Integer(minimum=1, maximum=MAX_DB_ID), "path", required=True, description=description
    )


_FILTER_OPS = {
    "eq": "equal to",
    "like": "containing (case-insensitive)",
    "gte": "greater than or equal to",
    "lte": "less than or equal to",
}


def list_parameters(filters: Mapping[str, FilterField]) -> tuple[Parameter, ...]:
    """``page[number]``, ``page[size]`` and one ``filter[field][op]`` per filter a list takes."""
    parameters = [
        Parameter(
            PAGE_NUMBER,
            Integer(minimum=1, maximum=MAX_PAGE_NUMBER, default=1),
            "query",
            description="The page to return, from 1",
        ),
        Parameter(
            PAGE_SIZE,
            Integer(minimum=1, maximum=MAX_PAGE_SIZE, default=DEFAULT_PAGE_SIZE),
            "query",
            description="Items per page",
        ),
    ]
    for name, spec in sorted(filters.items()):
        schema = {**spec.type.schema}
        if schema.get("type") == "string" and "enum" not in schema and "format" not in schema:
            schema["maxLength"] = MAX_FILTER_VALUE
        parameters.extend(
            Parameter(
                f"filter[{name}][{op}]",
                SchemaType(**schema),
                "query",
                description=f"Only items whose {name} is {_FILTER_OPS[op]} this value",
            )
            for op in sorted(spec.ops)
        )
    return tuple(parameters)


@dataclass(frozen=True, slots=True)
class Reply:
    """A success response: what it means and the schema of its body (None: no body)."""

    description: str
    schema: Schema | None = None
    media_type: str = JSON
    # Response headers of its own, by name (references made with `response_header`).
    headers: Mapping[str, Schema] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class OperationDoc:
    operation_id: str
    summary: str
    tag: str
    responses: Mapping[int, Reply]
    description: str | None = None
    parameters: Sequence[Parameter] = ()
    body: Schema | None = None
    errors: Mapping[int, str] = field(default_factory=dict)
    # Other media types the body may come in (e.g. text/csv), with their schemas.
    other_bodies: Mapping[str, Schema] = field(default_factory=dict)


_DESCRIBED: dict[Callable[..., Any], OperationDoc] = {}


def describe(
    operation_id: str,
    summary: str,
    *,
    tag: str,
    responses: Mapping[int, Reply],
    description: str | None = None,
    parameters: Sequence[Parameter] = (),
    body: type[BaseModel] | None = None,
    errors: Mapping[int, str] | None = None,
    other_bodies: Mapping[str, Schema] | None = None,
) -> Callable[[H], H]:
    """Document a handler: what only it has. ``errors`` adds route-specific reasons to the error
    responses the route's policy implies (e.g. ``{404: "No API key with this id"}``)."""

    def register(handler: H) -> H:
        _DESCRIBED[handler] = OperationDoc(
            operation_id=operation_id,
            summary=summary,
            tag=tag,
            responses=responses,
            description=description,
            parameters=parameters,
            body=model_component(body) if body is not None else None,
            errors=errors or {},
            other_bodies=other_bodies or {},
        )
        return handler

    return register


class _Response(Response):
    """sanic-ext's Response keeps only the fields it declares, and it declares no headers."""

    headers: dict[str, Any]


_HEADERS: dict[str, Schema] = {}


def response_header(
    name: str, description: str, schema: Schema, *, required: bool = True
) -> Schema:
    """Register a response header as ``#/components/headers/{name}``; returns a reference."""
    _HEADERS[name] = {"description": description, "required": required, "schema": schema}
    return {"$ref": f"#/components/headers/{name}"}


REQUEST_ID_HEADER = response_header(
    "X-Request-Id",
    "The request's id: the caller's own X-Request-Id when it is safe to log, else a new one",
    {"type": "string", "minLength": 1},
)
VERSION_HEADER = response_header(
    "X-API-Version", "The API version the request was served in", DATE_SCHEMA
)
RATE_LIMIT_HEADERS = {
    name: response_header(name, description, schema, required=False)
    for name, description, schema in (
        ("X-RateLimit-Limit", "The hourly quota", _COUNT),
        ("X-RateLimit-Remaining", "Requests left this hour", _COUNT),
        ("X-RateLimit-Reset", "Seconds until the hourly window resets", _COUNT),
        ("RateLimit-Policy", "The quotas (IETF draft)", {"type": "string"}),
        ("RateLimit", "The window closest to running out (IETF draft)", {"type": "string"}),
    )
}
RETRY_AFTER_HEADER = response_header("Retry-After", "Seconds to wait before retrying", _COUNT)
IDEMPOTENT_REPLAYED_HEADER = response_header(
    REPLAYED_HEADER,
    "true when this is the recorded answer to an earlier request with the same Idempotency-Key",
    {"type": "string", "enum": ["true"]},
    required=False,
)

_VERSION_PARAMETER = Parameter(
    "X-API-Version",
    Date(example=LATEST.isoformat()),
    "header",
    required=True,
    description=(
        "The API version to use, as YYYY-MM-DD: the newest version released on or before that "
        f"date is used. Released versions: {SUPPORTED}."
    ),
)


_IDEMPOTENCY_PARAMETER = Parameter(
    "Idempotency-Key",
    String(minLength=1, maxLength=MAX_KEY_LENGTH, pattern=KEY_PATTERN),
    "header",
    required=False,
    description=(
        "A key of your choosing (1 to 255 printable ASCII characters, e.g. a UUID) that makes "
        "the request safe to retry: for "
        f"{int(REPLAY_TTL.total_seconds() // 3600)} hours, the same request with the same key "
        "gets the first answer again (status and body, marked Idempotent-Replayed: true) "
        "instead of running twice. Answers of 500 and above are not kept. Keys are the "
        "tenant's own."
    ),
)


def _idempotent(policy: RoutePolicy, method: str) -> bool:
    """Whether the route takes an Idempotency-Key (`middleware.idempotency`)."""
    return policy.key and method == "post"


def _error_reasons(
    doc: OperationDoc, policy: RoutePolicy, idempotent: bool
) -> dict[int, list[str]]:
    """Why each error status can happen on a route with ``policy`` and ``doc``."""
    bad_request = ["the Host header is missing"]
    if policy.versioned:
        bad_request.append(f"X-API-Version is missing, malformed or before {FIRST.isoformat()}")
    if any(p.fields["in"] == "query" for p in doc.parameters):
        bad_request.append("a query parameter is malformed, repeated or unknown")
    if doc.body is not None:
        bad_request.append("the body is not a JSON object, lacks a field or has a wrong type")
    not_found = ["the host is not one of this service's"]
    if policy.host != "root":
        not_found.append("no tenant has this subdomain")
    if policy.host == "tenant":
        not_found.append("the route is served on tenant hosts only")
    elif policy.host == "root":
        not_found.append("the route is served on the platform host only")
    reasons: dict[int, list[str]] = {
        400: bad_request,
        404: not_found,
        500: ["an internal error; the response says nothing more"],
    }
    forbidden = []
    if policy.https:
        forbidden.append("the request came over plain HTTP")
    if policy.key:
        bad_request.append("both X-API-Key and Authorization are sent")
        reasons[401] = [
            "the API key or user token is missing, malformed, unknown, revoked, expired or "
            "another tenant's"
        ]
        if policy.scope:
            forbidden.append(f"the key or token lacks the {policy.scope} scope")
        else:
            forbidden.append("the token holds none of the tenant-wide abilities")
        if policy.own:
            forbidden.append(
                f"a token with {policy.own} alone (a learner's) reaches its own user's records only"
            )
    if policy.tenant_api:
        forbidden.append("the tenant is suspended or its API is disabled")
        reasons[429] = ["the tenant's hourly quota or burst limit is spent"]
    if forbidden:
        reasons[403] = forbidden
    if doc.body is not None:
        reasons[413] = ["the body is larger than the service accepts"]
        reasons[415] = ["the body is labelled with a Content-Type other than JSON"]
        reasons[422] = ["a body field breaks a rule (length, allowed values)"]
    if idempotent:
        bad_request.append("Idempotency-Key is malformed")
        reasons.setdefault(409, []).append(
            "the first request with this Idempotency-Key is still in progress, or its answer "
            "held a secret (a new key's or webhook's) and is not kept"
        )
        reasons.setdefault(422, []).append(
            "this Idempotency-Key was used with another method, path, API version or body"
        )
    for status, reason in doc.errors.items():
        reasons.setdefault(status, []).append(reason)
    return reasons


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:]


def _responses(doc: OperationDoc, policy: RoutePolicy, idempotent: bool) -> dict[str, Response]:
    always = {"X-Request-Id": REQUEST_ID_HEADER}
    if policy.tenant_api:
        always.update(RATE_LIMIT_HEADERS)
    if idempotent:
        always[REPLAYED_HEADER] = IDEMPOTENT_REPLAYED_HEADER
    responses: dict[str, Response] = {}
    for status, reply in doc.responses.items():
        headers = {**always, "X-API-Version": VERSION_HEADER} if policy.versioned else always
        headers = {**headers, **reply.headers}
        content = None if reply.schema is None else {reply.media_type: {"schema": reply.schema}}
        responses[str(status)] = _Response(content, description=reply.description, headers=headers)
    for status, reasons in sorted(_error_reasons(doc, policy, idempotent).items()):
        headers = {**always, "Retry-After": RETRY_AFTER_HEADER} if status == 429 else always
        responses[str(status)] = _Response(
            {JSON: {"schema": ERROR}},
            description=_sentence("; or ".join(reasons)),
            headers=headers,
        )
    return responses


def _operation(doc: OperationDoc, policy: RoutePolicy, method: str) -> Operation:
    idempotent = _idempotent(policy, method)
    fields: dict[str, Any] = {
        "operationId": doc.operation_id,
        "summary": doc.summary,
        "tags": [doc.tag],
        "parameters": [
            *doc.parameters,
            *([_VERSION_PARAMETER] if policy.versioned else []),
            *([_IDEMPOTENCY_PARAMETER] if idempotent else []),
        ],
        "responses": _responses(doc, policy, idempotent),
        # The kind of host that serves it; api/v2/docs.py gives the servers of the origin asked.
        "servers": policy.host,
    }
    if doc.description:
        fields["description"] = doc.description
    if doc.body is not None:
        content = {JSON: {"schema": doc.body}}
        content.update({media: {"schema": schema} for media, schema in doc.other_bodies.items()})
        fields["requestBody"] = RequestBody(content, required=True)
    if policy.key:
        fields["security"] = [{API_KEY_SCHEME: []}, {BEARER_SCHEME: []}]
    return Operation(**fields)


_PATH_PARAMETER_RE = re.compile(r"<([^:>]+)(?::[^>]*)?>")


def openapi_path(route_path: str) -> str:
    """``api/v2/api-keys/<key_id:int>`` → ``/api/v2/api-keys/{key_id}``."""
    return "/" + _PATH_PARAMETER_RE.sub(r"{\1}", route_path)


DESCRIPTION = f"""\
The Atrium LMS API. Each tenant calls it on its own host, `https://{{tenant}}.{{base_domain}}`.

Every request but health, these docs, the public catalog and sign-in carries an API key
(`X-API-Key`) or a bearer token (`Authorization: Bearer`: an API key or a user token), and every
request the API version it was written against (`X-API-Version: YYYY-MM-DD`); this document
describes the latest version, {LATEST.isoformat()}. Responses wrap one object as
`{{"_data": ...}}` and a list as `_data`, `_links` and `_meta.pagination`; errors are
`{{"error": {{"type", "message", "param"}}}}`. Every response carries `X-Request-Id`. A POST may
carry an `Idempotency-Key` to make it safe to retry.
"""


def openapi_document(app: AtriumApp) -> dict[str, Any]:
    """The OpenAPI document of every described /api/v2 route of ``app``, as JSON-ready data,
    each operation's ``servers`` still the kind of host that serves it (a `HostKind`)."""
    paths: dict[str, dict[str, Operation]] = {}
    tags: dict[str, Tag] = {}
    for route in app.router.routes:
        doc = _DESCRIBED.get(route.handler)
        if doc is None or not route.path.startswith(API_PREFIX):
            continue
        policy: RoutePolicy = getattr(route.ctx, "policy", STRICT)
        operations = paths.setdefault(openapi_path(route.path), {})
        for method in sorted(route.methods):
            operations[method.lower()] = _operation(doc, policy, method.lower())
        tags.setdefault(doc.tag, Tag(doc.tag))
    document = OpenAPI(
        Info("Atrium API", LATEST.isoformat(), description=DESCRIPTION),
        {path: PathItem(**paths[path]) for path in sorted(paths)},
        tags=list(tags.values()),
        components=Components(
            schemas=_SCHEMAS,
            headers=_HEADERS,
            securitySchemes={
                API_KEY_SCHEME: SecurityScheme(
                    "apiKey",
                    location="header",
                    name="X-API-Key",
                    description="A key of the tenant, created in its settings or by the API",
                ),
                BEARER_SCHEME: SecurityScheme(
                    "http",
                    scheme="bearer",
                    description=(
                        "`Authorization: Bearer <API key or user token>`: a user token comes "
                        "from `POST /auth/sign-in` or `POST /tokens` and reaches what its "
                        "abilities allow (see the authentication guide)"
                    ),
                ),
            },
        ),
    )
    serialized: dict[str, Any] = document.serialize()
    return serialized
