"""Typed helpers that build test data through the same domain functions the API uses, and a
client that speaks to the app as a tenant would."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from typing import Any

from sanic_testing.reusable import ReusableClient
from sanic_testing.testing import TestingResponse

from api.versions import LATEST
from core.scoping import tenant_scope
from domain.api_keys import do_create_api_key
from domain.categories import NewCategory, do_create_category
from domain.counters import read_counter
from domain.course_fields import NewCourseField, do_create_course_field
from domain.courses import NewCourse, do_create_course
from domain.events import record_event
from domain.jobs import enqueue_job
from domain.learning_paths import NewLearningPath, do_create_learning_path
from domain.units import NewUnit, do_create_unit
from domain.user_tokens import do_issue_user_token
from domain.users import NewUser, do_create_user
from models.course import Category, Course, CourseField, LearningPath, Unit
from models.event import Event
from models.job import Job
from models.learning import Enrollment, UnitProgress
from models.tenant import Plan
from models.user import User, UserType
from tenants.provisioning import do_create_tenant
from tenants.records import TenantRecord, tenant_record

VERSION = LATEST.isoformat()
# What a TLS-terminating proxy in front of the app adds (Sanic reads the scheme only when the
# forwarded-for chain shows the request came through the trusted proxy).
TLS_PROXY_HEADERS = {"X-Forwarded-For": "203.0.113.7", "X-Forwarded-Proto": "https"}


@dataclass(frozen=True)
class Seeded:
    tenant: TenantRecord
    key: str

    @property
    def slug(self) -> str:
        return self.tenant.slug


def unique_slug(prefix: str = "t") -> str:
    return f"{prefix}{secrets.token_hex(5)}"


async def make_key(tenant: TenantRecord, scopes: list[str], name: str = "test key") -> str:
    with tenant_scope(tenant.id):
        _, secret = await do_create_api_key(tenant, name, scopes)
    return secret


async def seed_tenant(
    plan: Plan = Plan.CORE, scopes: list[str] | None = None, hourly_limit: int | None = None
) -> Seeded:
    """A new tenant with a key; ``hourly_limit`` is the quota of a custom plan."""
    tenant = tenant_record(
        await do_create_tenant(unique_slug(), plan=plan, custom_hourly_limit=hourly_limit)
    )
    return Seeded(tenant=tenant, key=await make_key(tenant, scopes or ["*"]))


class Api:
    """Requests to the app on a tenant's host, over "HTTPS" (X-Forwarded-Proto from a trusted
    proxy), with a key and the latest API version unless told otherwise."""

    def __init__(self, client: ReusableClient, base_domain: str) -> None:
        self.client = client
        self.base_domain = base_domain

    def host(self, tenant: str | None) -> str:
        return f"{tenant}.{self.base_domain}" if tenant else self.base_domain

    def request(
        self,
        method: str,
        path: str,
        *,
        tenant: Seeded | str | None = None,
        key: str | None = None,
        bearer: str | None = None,
        version: str | None = VERSION,
        https: bool = True,
        headers: dict[str, str] | None = None,
        **kwargs: Any,
    ) -> TestingResponse:
        slug = tenant.slug if isinstance(tenant, Seeded) else tenant
        if key is None and bearer is None and isinstance(tenant, Seeded):
            key = tenant.key
        sent = {"Host": self.host(slug)}
        if https:
            sent.update(TLS_PROXY_HEADERS)
        if key is not None:
            sent["X-API-Key"] = key
        if bearer is not None:
            sent["Authorization"] = f"Bearer {bearer}"
        if version is not None:
            sent["X-API-Version"] = version
        sent.update(headers or {})
        _, response = self.client._sanic_endpoint_test(
            method.lower(), path, gather_request=False, headers=sent, **kwargs
        )
        assert response is not None
        return response

    def get(self, path: str, **kwargs: Any) -> TestingResponse:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs: Any) -> TestingResponse:
        return self.request("POST", path, **kwargs)

    def delete(self, path: str, **kwargs: Any) -> TestingResponse:
        return self.request("DELETE", path, **kwargs)


def error_of(response: TestingResponse) -> dict[str, Any]:
    """The error object of an error response, checking the wire shape on the way."""
    body = response.json
    assert set(body) == {"error"}, body
    error: dict[str, Any] = body["error"]
    assert error["type"] in ("invalid_request_error", "api_error"), error
    assert isinstance(error["message"], str), error
    assert error["message"], error
    assert "Traceback" not in response.text
    return error


async def make_user(tenant: TenantRecord, **overrides: Any) -> User:
    """A user of ``tenant`` with a unique login and email, and no password (hashing is slow)."""
    unique = secrets.token_hex(4)
    fields: dict[str, Any] = {
        "login": f"user{unique}",
        "email": f"user{unique}@example.com",
        "name": "Test",
        "surname": f"User {unique}",
        **overrides,
    }
    with tenant_scope(tenant.id):
        return await do_create_user(tenant, NewUser(**fields))


PASSWORD = "correct horse battery staple"


async def make_person(
    tenant: TenantRecord, user_type: UserType = UserType.LEARNER, **overrides: Any
) -> User:
    """A user of ``tenant`` who can sign in with `PASSWORD` (hashing it takes a moment)."""
    return await make_user(tenant, user_type=user_type, password=PASSWORD, **overrides)


async def sign_in_as(tenant: TenantRecord, user: User) -> str:
    """A sign-in token of ``user``, issued as a sign-in issues it."""
    with tenant_scope(tenant.id):
        issued = await do_issue_user_token(tenant, user, via="password")
    return issued.token


async def make_course(tenant: TenantRecord, **overrides: Any) -> Course:
    """A course of ``tenant`` with a unique name."""
    fields: dict[str, Any] = {"name": f"Course {secrets.token_hex(4)}", **overrides}
    with tenant_scope(tenant.id):
        return await do_create_course(tenant, NewCourse(**fields))


def delete_with_body(api: Api, path: str, *, json: Any, **kwargs: Any) -> TestingResponse:
    """A DELETE carrying a JSON body, as TalentLMS's relation endpoints take one."""
    return api.request("request", path, http_method="DELETE", json=json, **kwargs)


async def make_category(tenant: TenantRecord, **overrides: Any) -> Category:
    """A category of ``tenant`` with a unique name, at the top unless given a parent_id."""
    fields: dict[str, Any] = {"name": f"Category {secrets.token_hex(4)}", **overrides}
    with tenant_scope(tenant.id):
        return await do_create_category(tenant, NewCategory(**fields))


async def make_course_field(tenant: TenantRecord, **overrides: Any) -> CourseField:
    """A custom course field of ``tenant`` (text unless told) with a unique name."""
    fields: dict[str, Any] = {"name": f"field_{secrets.token_hex(4)}", **overrides}
    with tenant_scope(tenant.id):
        return await do_create_course_field(tenant, NewCourseField(**fields))


async def make_unit(tenant: TenantRecord, course_id: int, **overrides: Any) -> Unit:
    """A unit appended to the tenant's course ``course_id`` (or at ``position``)."""
    fields: dict[str, Any] = {"name": f"Unit {secrets.token_hex(4)}", **overrides}
    with tenant_scope(tenant.id):
        return await do_create_unit(tenant, course_id, NewUnit(**fields))


async def make_learning_path(
    tenant: TenantRecord, course_ids: tuple[int, ...] = (), **overrides: Any
) -> LearningPath:
    """A learning path of ``tenant`` with a unique name and these courses, in order."""
    fields: dict[str, Any] = {"name": f"Path {secrets.token_hex(4)}", **overrides}
    with tenant_scope(tenant.id):
        return await do_create_learning_path(
            tenant, NewLearningPath(course_ids=course_ids, **fields)
        )


async def make_unit_progress(
    tenant: TenantRecord, user_id: int, unit: Unit, **fields: Any
) -> UnitProgress:
    """The user's progress in ``unit`` as a learner app would leave it (``status``, ``score``,
    ``attempts``, … in ``fields``)."""
    with tenant_scope(tenant.id):
        return await UnitProgress.create(
            tenant_id=tenant.id,
            user_id=user_id,
            unit_id=unit.id,
            course_id=unit.course_id,
            **fields,
        )


async def set_course_progress(
    tenant: TenantRecord, user_id: int, course_id: int, **fields: Any
) -> None:
    """Set figures of the user's enrollment in the course (``status``, ``progress_percent``, …)
    as progress tracking would."""
    with tenant_scope(tenant.id):
        updated = await Enrollment.filter(
            tenant_id=tenant.id, user_id=user_id, course_id=course_id
        ).update(**fields)
    assert updated == 1


async def counter_value(tenant_id: int, name: str) -> int:
    """The tenant's counter ``name``, read as that tenant."""
    with tenant_scope(tenant_id):
        return await read_counter(tenant_id, name)


async def make_event(tenant_id: int, type: str, data: dict[str, Any]) -> Event:
    """An event of the tenant, with its dispatch job, recorded as that tenant."""
    with tenant_scope(tenant_id):
        return await record_event(tenant_id, type, data)


async def queue_job(tenant_id: int, kind: str, payload: dict[str, Any], **options: Any) -> Job:
    """A job of the tenant (`enqueue_job`'s ``options``), queued as that tenant."""
    with tenant_scope(tenant_id):
        return await enqueue_job(tenant_id, kind, payload, **options)
