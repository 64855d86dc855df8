"""Response shapes in the OpenAPI document: pydantic's JSON schema made OpenAPI 3.0."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field

from api.openapi import shape_schemas
from shapes import From, Id, Shape

API_V2 = Path(__file__).parents[2] / "api" / "v2"


class Inner(Shape):
    name: str


class Outer(Shape):
    id: Id
    kind: Literal["only"]
    inner: Inner | None
    described: Annotated[Inner, Field(description="Why it is here")]
    items: Annotated[list[Inner], From(convert=list)]


def _walk(schema: Any) -> list[dict[str, Any]]:
    if isinstance(schema, dict):
        return [schema, *(found for value in schema.values() for found in _walk(value))]
    if isinstance(schema, list):
        return [found for value in schema for found in _walk(value)]
    return []


def test_a_shape_and_what_it_nests_are_components() -> None:
    schemas = shape_schemas(Outer)
    assert list(schemas) == ["Inner", "Outer"]
    assert schemas["Inner"] == {
        "type": "object",
        "required": ["name"],
        "properties": {"name": {"type": "string"}},
    }
    outer = schemas["Outer"]
    assert outer["required"] == ["id", "kind", "inner", "described", "items"]
    assert outer["properties"]["items"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Inner"},
    }


def test_the_schemas_are_openapi_30() -> None:
    properties = shape_schemas(Outer)["Outer"]["properties"]
    assert properties["kind"] == {"type": "string", "enum": ["only"]}
    assert properties["inner"] == {
        "allOf": [{"$ref": "#/components/schemas/Inner"}],
        "nullable": True,
    }
    assert properties["described"] == {
        "allOf": [{"$ref": "#/components/schemas/Inner"}],
        "description": "Why it is here",
    }
    every = _walk(shape_schemas(Outer))
    assert not [s for s in every if "title" in s or "const" in s or "anyOf" in s]


def test_handlers_write_no_response_schema_by_hand() -> None:
    """Response schemas come from `shapes` (`shape_component`), not from JSON written in
    api/v2."""
    written = [
        f"{path.name}:{node.lineno}"
        for path in sorted(API_V2.glob("*.py"))
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "component"
    ]
    assert not written
