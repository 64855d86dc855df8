"""Launch links (TalentLMS's ``goto``): a one-time URL that signs an enrolled user in and opens
a course.

The link points at the learner site on the tenant's own host, ``/goto/{token}``, with the
course and the optional redirects as query parameters. That page is not part of this API: it
looks the token up by its SHA-256 (the token itself is never stored), checks it is a ``login``
token that is unused, unexpired and issued after the user's ``sessions_valid_after``, marks it
used, checks the user is still enrolled in the course, and accepts only http(s) redirects.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode, urlsplit

from tortoise.transactions import in_transaction

from core.errors import Conflict, InvalidRequest
from domain.enrollments import check_course_id, check_user_id, enrollments_in_tenant
from domain.events import EventType, record_event
from models.user import TokenPurpose, UserStatus, UserToken
from tenants.records import TenantRecord

LAUNCH_LINK_TTL = timedelta(minutes=5)
LAUNCH_PATH = "/goto"
MAX_REDIRECT = 2048


@dataclass(frozen=True, slots=True)
class LaunchLink:
    url: str
    expires_at: datetime


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def check_redirect(encoded: str, param: str) -> str:
    """The http(s) URL that ``encoded`` (base64, standard or URL-safe, padding optional) holds;
    raises InvalidRequest naming ``param`` for anything else."""
    cleaned = encoded.strip().replace("-", "+").replace("_", "/")
    try:
        url = base64.b64decode(cleaned + "=" * (-len(cleaned) % 4), validate=True).decode()
    except ValueError:  # binascii.Error, UnicodeDecodeError, or non-ASCII text
        raise InvalidRequest(f"{param} must be a base64-encoded URL", param=param) from None
    parts = urlsplit(url)
    if (
        len(url) > MAX_REDIRECT
        or parts.scheme not in ("http", "https")
        or not parts.netloc
        or any(ord(c) < 33 or ord(c) == 127 for c in url)
    ):
        raise InvalidRequest(
            f"{param} must encode an http or https URL of at most {MAX_REDIRECT} characters",
            param=param,
        )
    return url


async def do_create_launch_link(
    tenant: TenantRecord,
    course_id: int,
    user_id: int,
    *,
    base_url: str,
    logout_redirect: str | None = None,
    course_completed_redirect: str | None = None,
) -> LaunchLink:
    """A one-time link, valid for `LAUNCH_LINK_TTL`, that signs the tenant's user in on
    ``base_url`` (the tenant's own host) and opens its course.

    Raises NotFound (``param`` course_id or user_id) for a missing or another tenant's id,
    Conflict when the user is not enrolled in the course or either is inactive, and then
    InvalidRequest for a redirect that is not base64 of an http(s) URL (`check_redirect`). The
    token's hash and the ``course.launch_link_created`` event commit together.
    """
    course = await check_course_id(tenant, course_id)
    user = await check_user_id(tenant, user_id)
    enrollment = enrollments_in_tenant(tenant).filter(user_id=user.id, course_id=course.id)
    if not await enrollment.exists():
        raise Conflict(
            f"User {user.id} is not enrolled in course {course.id}; enroll them first",
            param="user_id",
        )
    if user.status != UserStatus.ACTIVE:
        raise Conflict(f"User {user.id} is inactive", param="user_id")
    if not course.is_active:
        raise Conflict(f"Course {course.id} is inactive", param="course_id")
    query = {"course_id": str(course.id)}
    if logout_redirect is not None:
        query["logout_redirect"] = check_redirect(logout_redirect, "logout_redirect")
    if course_completed_redirect is not None:
        query["course_completed_redirect"] = check_redirect(
            course_completed_redirect, "course_completed_redirect"
        )
    token = secrets.token_urlsafe(32)
    expires_at = datetime.now(UTC) + LAUNCH_LINK_TTL
    async with in_transaction() as connection:
        stored = await UserToken.create(
            tenant_id=tenant.id,
            user_id=user.id,
            purpose=TokenPurpose.LOGIN,
            token_hash=token_hash(token),
            expires_at=expires_at,
            using_db=connection,
        )
        await record_event(
            tenant.id,
            EventType.COURSE_LAUNCH_LINK_CREATED,
            {"course_id": course.id, "user_id": user.id, "token_id": stored.id},
            connection=connection,
        )
    url = f"{base_url.rstrip('/')}{LAUNCH_PATH}/{token}?{urlencode(query)}"
    return LaunchLink(url=url, expires_at=expires_at)
