"""Signing users in and out (TalentLMS's login and logout of a user) on the wire."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import Field, WithJsonSchema

from shapes import TIMESTAMP_SCHEMA, Id, Shape, Timestamp


class UserLogin(Shape):
    user_id: Id
    login_key: Annotated[
        str,
        WithJsonSchema(
            {
                "type": "string",
                "format": "uri",
                "description": (
                    "The one-time login URL on the tenant's host (TalentLMS's name for it)"
                ),
                "example": "https://acme.lms.example.com/login/3q2-7wE...",
            }
        ),
    ]
    login_key_expires_at: Timestamp
    session_token: Annotated[
        str, Field(description="A session for the user, for a learner app to act as them")
    ]
    session_expires_at: Timestamp


class UserLogout(Shape):
    user_id: Id
    logged_out_at: Timestamp
    sessions_ended: Annotated[int, Field(ge=0)]
    redirect_url: Annotated[str | None, Field(description="The `next` given")]


class UserOnlineStatus(Shape):
    user_id: Id
    online: bool
    last_seen_at: (
        Annotated[
            datetime,
            WithJsonSchema(
                {**TIMESTAMP_SCHEMA, "description": "When a live session was last opened or used"}
            ),
        ]
        | None
    )
