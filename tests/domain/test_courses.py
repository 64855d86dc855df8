"""Course writes: slugs under races, counters and events in the transaction, integrity errors
reported as what they are."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from core.errors import Conflict, NotFound, ValidationFailed
from core.scoping import tenant_scope
from domain import courses
from domain.courses import (
    COURSES_COUNTER,
    NewCourse,
    do_create_course,
    do_delete_course,
    do_update_course,
    slugify,
)
from models.course import Course, CourseFieldValue
from models.event import Event
from tests.factories import Seeded, counter_value, make_category, make_course, make_course_field


class Boom(Exception):
    pass


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Fire Safety 101", "fire-safety-101"),
        ("  Ça va? Très bien!  ", "ca-va-tres-bien"),
        ("日本語", "course"),
        ("---", "course"),
        ("a" * 200, "a" * 80),
    ],
)
def test_slugify(name: str, slug: str) -> None:
    assert slugify(name) == slug


@pytest.mark.usefixtures("in_a")
def test_concurrent_creations_with_one_name_all_get_a_slug(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant

    async def create_many() -> list[Course]:
        return await asyncio.gather(
            *(do_create_course(tenant, NewCourse(name="Induction")) for _ in range(8))
        )

    created = run(create_many())

    slugs = {course.slug for course in created}
    assert len(slugs) == 8
    assert "induction" in slugs
    assert run(counter_value(tenant.id, COURSES_COUNTER)) == 8
    assert run(Event.filter(type="course.created").count()) == 8


@pytest.mark.usefixtures("in_a")
def test_concurrent_creations_with_one_code_give_one_course(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant

    async def create_many() -> list[Course | BaseException]:
        return await asyncio.gather(
            *(do_create_course(tenant, NewCourse(name=f"C{n}", code="SAME")) for n in range(6)),
            return_exceptions=True,
        )

    results = run(create_many())

    assert sum(isinstance(r, Course) for r in results) == 1
    conflicts = [r for r in results if isinstance(r, Conflict)]
    assert len(conflicts) == 5
    assert {c.param for c in conflicts} == {"code"}
    assert run(counter_value(tenant.id, COURSES_COUNTER)) == 1


@pytest.mark.usefixtures("in_a")
def test_a_category_deleted_meanwhile_is_a_404_not_a_code_conflict(
    run: Any, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = tenant_a.tenant
    category = run(make_category(tenant))

    async def check_then_delete(tenant_: Any, category_id: int | None) -> None:
        await category.delete()

    monkeypatch.setattr(courses, "_check_category", check_then_delete)
    with pytest.raises(NotFound) as raised:
        run(do_create_course(tenant, NewCourse(name="x", code="C", category_id=category.id)))
    assert raised.value.param == "category_id"
    assert run(counter_value(tenant.id, COURSES_COUNTER)) == 0


@pytest.mark.usefixtures("in_a")
def test_create_update_delete_are_atomic(
    run: Any, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = tenant_a.tenant
    run(make_course_field(tenant, name="owner"))
    course = run(make_course(tenant, name="Keep", custom_fields={"owner": "HR"}))

    async def fail(*args: Any, **kwargs: Any) -> None:
        raise Boom

    monkeypatch.setattr(courses, "record_event", fail)
    with pytest.raises(Boom):
        run(do_create_course(tenant, NewCourse(name="Lost", custom_fields={"owner": "x"})))
    with pytest.raises(Boom):
        run(do_update_course(tenant, course, {"name": "Changed"}, {"owner": "IT"}))
    with pytest.raises(Boom):
        run(do_delete_course(tenant, course))

    assert run(Course.all().values_list("name", flat=True)) == ["Keep"]
    assert run(CourseFieldValue.all().values_list("value", flat=True)) == ["HR"]
    assert run(counter_value(tenant.id, COURSES_COUNTER)) == 1


@pytest.mark.usefixtures("in_a")
def test_update_checks_dates_as_they_will_be(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    course = run(make_course(tenant))
    run(
        do_update_course(
            tenant,
            course,
            {
                "start_datetime": datetime(2027, 1, 1, tzinfo=UTC),
                "expiration_datetime": datetime(2027, 2, 1, tzinfo=UTC),
            },
        )
    )
    with pytest.raises(ValidationFailed):
        run(do_update_course(tenant, course, {"start_datetime": datetime(2027, 3, 1, tzinfo=UTC)}))
    both_at_once = {
        "start_datetime": datetime(2027, 3, 1, tzinfo=UTC),
        "expiration_datetime": datetime(2027, 2, 28, tzinfo=UTC),
    }
    with pytest.raises(ValidationFailed):
        run(do_update_course(tenant, course, both_at_once))
    cleared = run(do_update_course(tenant, course, {"expiration_datetime": None}))
    assert cleared.expiration_datetime is None
    moved = run(
        do_update_course(tenant, course, {"start_datetime": datetime(2027, 3, 1, tzinfo=UTC)})
    )
    assert moved.start_datetime == datetime(2027, 3, 1, tzinfo=UTC)


@pytest.mark.usefixtures("in_a")
def test_update_reports_a_taken_code_and_slug(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    run(make_course(tenant, code="A", slug="a"))
    course = run(make_course(tenant, code="B"))
    for changes, param in (({"code": "A"}, "code"), ({"slug": "a"}, "slug")):
        with pytest.raises(Conflict) as raised:
            run(do_update_course(tenant, course, changes))
        assert raised.value.param == param
    with pytest.raises(ValidationFailed):
        run(do_update_course(tenant, course, {"slug": "Bad Slug"}))
