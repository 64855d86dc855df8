"""The service's health on the wire."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from shapes import Shape


class Health(Shape):
    status: Literal["ok", "degraded", "down"]
    database: Literal["up", "down"]
    redis: Annotated[
        Literal["up", "down", "disabled"],
        Field(description="disabled when the service runs without Redis"),
    ]
