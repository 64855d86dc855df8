"""User tokens on the wire: a sign-in's answer and personal tokens."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import Field

from shapes import From, Given, Id, Shape, Timestamp, example
from shapes.users import User


def _status(revoked_at: datetime | None) -> str:
    return "revoked" if revoked_at else "active"


class UserToken(Shape):
    id: Id
    user_id: Id
    name: str
    kind: Annotated[
        Literal["sign_in", "personal"],
        From(convert=str),
        Field(description="sign_in: issued by a sign-in, expires; personal: lasts until revoked"),
    ]
    prefix: Annotated[
        str,
        Field(
            json_schema_extra=example(
                "atu_Ab3dEf9h", "The token's public start, by which it is shown and found"
            )
        ),
    ]
    abilities: Annotated[list[str], From(convert=list)]
    status: Annotated[Literal["active", "revoked"], From("revoked_at", _status)]
    created_at: Timestamp
    expires_at: Timestamp | None
    last_used_at: Timestamp | None
    revoked_at: Timestamp | None


class NewUserToken(UserToken):
    token: Annotated[str, Given, Field(description="The secret token: shown in this response only")]


class SignedIn(Shape):
    token: Annotated[
        str,
        Field(
            description="The user token, for `Authorization: Bearer`: shown in this response only"
        ),
    ]
    abilities: Annotated[list[str], From(convert=list)]
    expires_at: Timestamp
    user: Annotated[
        User, Given, Field(description="The signed-in user, as `GET /users/{id}` answers")
    ]
