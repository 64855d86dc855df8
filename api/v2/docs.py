"""``/api/v2/openapi.json`` (the OpenAPI 3 document of this API) and ``/api/v2/docs`` (Swagger UI).

The page works offline: its script and style sheet are Swagger UI's own files as the
``swagger-ui-py`` package ships them, served from here. The document's servers are the origin
the document was asked on, so the page's "Try it out" calls the server that answered.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from sanic import Blueprint, HTTPResponse
from sanic.response import html, raw

from api.openapi import HTML, JSON, Reply, describe, openapi_document
from api.policy import DOCS, HostKind
from api.request import AtriumApp, AtriumRequest
from core.errors import InvalidRequest
from core.jsonutil import dumps

bp = Blueprint("docs")
TAG = "Documentation"
DOCUMENT_PATH = "/api/v2/openapi.json"
SCRIPT_PATH = "/api/v2/docs/swagger-ui-bundle.js"
STYLE_PATH = "/api/v2/docs/swagger-ui.css"
CSS = "text/css"
JAVASCRIPT = "text/javascript"
# The files do not change while a release of the package is installed; a day keeps them fresh
# enough after an upgrade.
ASSET_CACHE_CONTROL = "public, max-age=86400"
# validatorUrl null: Swagger UI would otherwise send the document to an online validator.
PAGE = f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Atrium API v2</title>
    <link rel="stylesheet" href="{STYLE_PATH}">
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="{SCRIPT_PATH}"></script>
    <script>
      window.ui = SwaggerUIBundle({{
        url: "{DOCUMENT_PATH}",
        dom_id: "#swagger-ui",
        deepLinking: true,
        validatorUrl: null
      }});
    </script>
  </body>
</html>
"""
PORT_RE = re.compile(r"[0-9]{1,5}")
# Distinct origins whose document is kept serialized (the tenant and platform hosts in use).
ORIGINS_KEPT = 64


@dataclass(frozen=True, slots=True)
class Origin:
    """Where the document was asked for: its scheme, the service's base domain with the port
    the request came to (``localhost:8000``), and the tenant whose host it was (None: the
    platform host)."""

    scheme: str
    base: str
    tenant: str | None = None


def _servers(host: HostKind, origin: Origin) -> list[dict[str, Any]]:
    """The servers of a route served on ``host``: the very origin that answered, so "try it"
    calls reach it; a tenant host keeps the tenant as a variable, defaulting to the one asked."""
    tenant: dict[str, Any] = {
        "url": f"{origin.scheme}://{{tenant}}.{origin.base}",
        "description": "A tenant's own host",
        "variables": {
            "tenant": {"default": origin.tenant or "demo", "description": "The tenant's subdomain"}
        },
    }
    root: dict[str, Any] = {
        "url": f"{origin.scheme}://{origin.base}",
        "description": "The platform host",
    }
    return {"tenant": [tenant], "root": [root], "any": [tenant, root]}[host]


def with_servers(document: dict[str, Any], origin: Origin) -> dict[str, Any]:
    """``document`` (from `openapi_document`, whose operations name the kind of host that
    serves them as their servers) with each operation's servers on ``origin``."""
    by_kind = {kind: _servers(kind, origin) for kind in ("tenant", "root", "any")}
    paths = {
        path: {method: {**op, "servers": by_kind[op["servers"]]} for method, op in item.items()}
        for path, item in document["paths"].items()
    }
    return {**document, "paths": paths}


@cache
def _asset(name: str) -> bytes:
    """A file of Swagger UI's distribution as the ``swagger-ui-py`` package ships it (found
    without importing the package, which would load its web framework adapters)."""
    spec = importlib.util.find_spec("swagger_ui")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the swagger-ui-py package is not installed")
    return (Path(next(iter(spec.submodule_search_locations))) / "static" / name).read_bytes()


def _origin(request: AtriumRequest) -> Origin:
    """The origin the request came to: its scheme, and its host (the tenant middleware has
    checked it is the platform's host or a tenant's) less the tenant's label.

    Raises InvalidRequest for a Host whose port is not a port number."""
    settings = request.app.ctx.settings
    host = request.host if settings.trusts_proxy else request.headers.get("host", "")
    _, colon, port = host.partition(":")
    if colon and not (PORT_RE.fullmatch(port) and 0 < int(port) < 65536):
        raise InvalidRequest("The Host header's port is not a port number", param="Host")
    base = f"{settings.base_domain}:{port}" if colon else settings.base_domain
    tenant = request.ctx.tenant.slug if request.ctx.tenant is not None else None
    return Origin(scheme=request.scheme, base=base, tenant=tenant)


@bp.get("/openapi.json", ctx_policy=DOCS)
@describe(
    "getOpenApiDocument",
    "This OpenAPI document",
    tag=TAG,
    description="Its servers are the scheme, host and port it was asked on.",
    responses={200: Reply("The OpenAPI 3 document of /api/v2", {"type": "object"})},
)
async def openapi_json(request: AtriumRequest) -> HTTPResponse:
    return raw(_serialized(request.app, _origin(request)), content_type=JSON)


@cache
def _document(app: AtriumApp) -> dict[str, Any]:
    """Built once per app, as its routes are fixed once it serves (building takes a while)."""
    return openapi_document(app)


@lru_cache(maxsize=ORIGINS_KEPT)
def _serialized(app: AtriumApp, origin: Origin) -> bytes:
    return dumps(with_servers(_document(app), origin))


@bp.get("/docs", ctx_policy=DOCS)
@describe(
    "getDocs",
    "The API reference",
    tag=TAG,
    responses={200: Reply("The API reference (Swagger UI), a web page", {"type": "string"}, HTML)},
)
async def docs(request: AtriumRequest) -> HTTPResponse:
    return html(PAGE)


@bp.get("/docs/swagger-ui-bundle.js", ctx_policy=DOCS)
@describe(
    "getDocsScript",
    "The API reference page's script",
    tag=TAG,
    responses={200: Reply("Swagger UI's script", {"type": "string"}, JAVASCRIPT)},
)
async def docs_script(request: AtriumRequest) -> HTTPResponse:
    return raw(
        _asset("swagger-ui-bundle.js"),
        content_type=f"{JAVASCRIPT}; charset=utf-8",
        headers={"Cache-Control": ASSET_CACHE_CONTROL},
    )


@bp.get("/docs/swagger-ui.css", ctx_policy=DOCS)
@describe(
    "getDocsStyle",
    "The API reference page's style sheet",
    tag=TAG,
    responses={200: Reply("Swagger UI's style sheet", {"type": "string"}, CSS)},
)
async def docs_style(request: AtriumRequest) -> HTTPResponse:
    return raw(
        _asset("swagger-ui.css"),
        content_type=f"{CSS}; charset=utf-8",
        headers={"Cache-Control": ASSET_CACHE_CONTROL},
    )
