"""API keys on the wire."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field

from shapes import From, Given, Id, Shape, Timestamp, example
from shapes.tenants import TenantSummary


def _status(revoked_at: datetime | None) -> str:
    return "revoked" if revoked_at else "active"


class ApiKey(Shape):
    id: Id
    name: str
    prefix: Annotated[
        str,
        Field(
            json_schema_extra=example(
                "atr_Ab3dEf9h", "The key's public start, by which it is shown and found"
            )
        ),
    ]
    scopes: Annotated[list[str], From(convert=list)]
    status: Annotated[Literal["active", "revoked"], From("revoked_at", _status)]
    created_at: Timestamp
    last_used_at: Timestamp | None
    revoked_at: Timestamp | None


class NewApiKey(ApiKey):
    key: Annotated[str, Given, Field(description="The secret key: shown in this response only")]


# From the calling key (`tenants.records.KeyRecord`).
class Caller(Shape):
    id: Id
    name: str
    prefix: Annotated[str, Field(json_schema_extra=example("atr_Ab3dEf9h"))]
    scopes: Annotated[list[str], From(convert=sorted)]
    created_at: Timestamp
    tenant: Annotated[TenantSummary, Given]
    api_version: Annotated[date, Given, Field(description="The version this request was served in")]
