"""``/api/v2/openapi.json`` (the OpenAPI 3 document of this API) and ``/api/v2/docs`` (Redoc)."""

from __future__ import annotations

from functools import cache

from sanic import Blueprint, HTTPResponse
from sanic.response import html, raw

from api.openapi import HTML, JSON, Reply, describe, openapi_document
from api.policy import DOCS
from api.request import AtriumApp, AtriumRequest
from core.jsonutil import dumps

bp = Blueprint("docs")
TAG = "Documentation"
DOCUMENT_PATH = "/api/v2/openapi.json"
REDOC_PAGE = f"""<!DOCTYPE html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Atrium API v2</title>
  </head>
  <body>
    <redoc spec-url="{DOCUMENT_PATH}"></redoc>
    <script src="https://cdn.jsdelivr.net/npm/redoc@2.5.0/bundles/redoc.standalone.js"></script>
  </body>
</html>
"""


@bp.get("/openapi.json", ctx_policy=DOCS)
@describe(
    "getOpenApiDocument",
    "This OpenAPI document",
    tag=TAG,
    responses={200: Reply("The OpenAPI 3 document of /api/v2", {"type": "object"})},
)
async def openapi_json(request: AtriumRequest) -> HTTPResponse:
    return raw(_document(request.app), content_type=JSON)


@cache
def _document(app: AtriumApp) -> bytes:
    """Built once per app, as its routes are fixed once it serves (building takes a while)."""
    return dumps(openapi_document(app))


@bp.get("/docs", ctx_policy=DOCS)
@describe(
    "getDocs",
    "The API reference",
    tag=TAG,
    responses={200: Reply("The API reference (Redoc) as a web page", {"type": "string"}, HTML)},
)
async def docs(request: AtriumRequest) -> HTTPResponse:
    return html(REDOC_PAGE)
