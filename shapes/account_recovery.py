"""Account recovery (password reset, username recovery) on the wire."""

from __future__ import annotations

from typing import Annotated

from pydantic import WithJsonSchema

from shapes import Id, Shape


class PasswordReset(Shape):
    user_id: Id
    login: str


class UsernameRecovery(Shape):
    email: Annotated[
        str,
        WithJsonSchema({"type": "string", "format": "email", "description": "The address asked"}),
    ]
    portal_url: Annotated[
        str,
        WithJsonSchema(
            {
                "type": "string",
                "format": "uri",
                "description": "The sign-in page the mail points to",
            }
        ),
    ]
