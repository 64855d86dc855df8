"""User writes: the row, the counter, custom field values and the event commit together or not
at all; deletion takes everything of the user with it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from core.errors import Conflict, Forbidden, NotFound
from core.query import Filter, Page
from core.scoping import tenant_scope
from domain.branches import NewBranch, do_add_branch_user, do_create_branch
from domain.enrollments import do_enroll
from domain.enrollments_of import ENROLLMENTS_COUNTER
from domain.groups import NewGroup, do_add_group_member, do_create_group
from domain.passwords import verify_password
from domain.user_fields import NewUserField, do_create_user_field
from domain.user_list import list_users
from domain.users import (
    USERS_COUNTER,
    NewUser,
    access_user_by_id,
    do_create_user,
    do_delete_user,
    do_update_user,
)
from models.event import Event
from models.organization import BranchUser, GroupMembership
from models.user import FieldType, User, UserFieldValue, UserStatus
from tests.factories import Seeded, counter_value, make_course, make_user


class Boom(Exception):
    pass


@pytest.fixture
def in_a(tenant_a: Seeded) -> Iterator[None]:
    with tenant_scope(tenant_a.tenant.id):
        yield


def events_of(run: Any, type: str) -> list[dict[str, Any]]:
    return list(run(Event.filter(type=type).order_by("id").values_list("data", flat=True)))


def new_user(**overrides: Any) -> NewUser:
    fields: dict[str, Any] = {
        "login": "jdoe",
        "email": "jdoe@example.com",
        "name": "John",
        "surname": "Doe",
        **overrides,
    }
    return NewUser(**fields)


@pytest.mark.usefixtures("in_a")
def test_create_writes_values_counter_and_event(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    field = run(
        do_create_user_field(
            tenant, NewUserField(name="Shirt", type=FieldType.DROPDOWN, options=["S", "M"])
        )
    )
    user = run(
        do_create_user(tenant, new_user(password="s3cret-pass", custom_fields={"Shirt": "M"}))
    )
    assert run(UserFieldValue.filter(user_id=user.id).values_list("field_id", "value")) == [
        (field.id, "M")
    ]
    assert run(counter_value(tenant.id, USERS_COUNTER)) == 1
    assert events_of(run, "user.created") == [
        {"id": user.id, "login": "jdoe", "email": "jdoe@example.com"}
    ]
    assert user.password_hash is not None
    assert "s3cret-pass" not in user.password_hash
    assert run(verify_password(user.password_hash, "s3cret-pass"))


@pytest.mark.usefixtures("in_a")
def test_a_failed_create_leaves_nothing(
    run: Any, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = tenant_a.tenant
    run(do_create_user_field(tenant, NewUserField(name="Office")))

    async def failing(*args: Any, **kwargs: Any) -> None:
        raise Boom

    monkeypatch.setattr("domain.users.record_event", failing)
    with pytest.raises(Boom):
        run(do_create_user(tenant, new_user(custom_fields={"Office": "Athens"})))
    assert run(User.all().count()) == 0
    assert run(UserFieldValue.all().count()) == 0
    assert run(counter_value(tenant.id, USERS_COUNTER)) == 0


@pytest.mark.usefixtures("in_a")
def test_duplicates_conflict_naming_the_field(run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    tenant = tenant_a.tenant
    run(do_create_user(tenant, new_user(integration_user_id="E-1")))
    for overrides, param in (
        ({"email": "other@example.com"}, "login"),
        ({"login": "other"}, "email"),
        (
            {"login": "other", "email": "other@example.com", "integration_user_id": "E-1"},
            "integration_user_id",
        ),
    ):
        with pytest.raises(Conflict) as caught:
            run(do_create_user(tenant, new_user(**overrides)))
        assert caught.value.param == param
    assert run(counter_value(tenant.id, USERS_COUNTER)) == 1
    with tenant_scope(tenant_b.tenant.id):
        run(do_create_user(tenant_b.tenant, new_user()))


@pytest.mark.usefixtures("in_a")
def test_mandatory_fields_must_be_given(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    run(do_create_user_field(tenant, NewUserField(name="Office", mandatory=True)))
    with pytest.raises(Conflict) as caught:
        run(do_create_user(tenant, new_user()))
    assert caught.value.param == "custom_fields"
    user = run(do_create_user(tenant, new_user(custom_fields={"Office": "Athens"})))
    with pytest.raises(Conflict) as cleared:
        run(do_update_user(tenant, user, {"custom_fields": {"Office": None}}))
    assert cleared.value.param == "custom_fields.Office"


@pytest.mark.usefixtures("in_a")
def test_update_records_old_and_new_values_but_no_password(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    field = run(do_create_user_field(tenant, NewUserField(name="Office")))
    user = run(do_create_user(tenant, new_user(password="first-pass")))
    before = user.updated_at
    run(
        do_update_user(
            tenant,
            user,
            {"name": "Johnny", "password": "second-pass", "custom_fields": {"Office": "Rome"}},
            current_password="first-pass",
        )
    )
    stored = run(access_user_by_id(tenant, user.id))
    assert stored.name == "Johnny"
    assert stored.updated_at > before
    assert run(verify_password(stored.password_hash, "second-pass"))
    [event] = events_of(run, "user.updated")
    key = f"custom_field_{field.id}"
    assert event["changed"] == sorted(["name", "password", key])
    assert event["old"] == {"name": "John", key: None}
    assert event["new"] == {"name": "Johnny", key: "Rome"}
    assert "second-pass" not in str(event)
    assert "first-pass" not in str(event)


@pytest.mark.usefixtures("in_a")
def test_update_without_change_records_nothing(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user = run(do_create_user(tenant, new_user()))
    run(do_update_user(tenant, user, {"name": "John", "status": UserStatus.ACTIVE}))
    assert events_of(run, "user.updated") == []


@pytest.mark.usefixtures("in_a")
def test_wrong_current_password_changes_nothing(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user = run(do_create_user(tenant, new_user(password="first-pass")))
    with pytest.raises(Forbidden) as caught:
        run(
            do_update_user(
                tenant, user, {"password": "second-pass", "name": "X"}, current_password="nope"
            )
        )
    assert caught.value.param == "current_password"
    stored = run(access_user_by_id(tenant, user.id))
    assert stored.name == "John"
    assert run(verify_password(stored.password_hash, "first-pass"))
    run(do_update_user(tenant, user, {"name": "X"}, current_password="not looked at"))
    assert run(access_user_by_id(tenant, user.id)).name == "X"


@pytest.mark.usefixtures("in_a")
def test_update_conflicts_and_a_failed_update_leaves_nothing(
    run: Any, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = tenant_a.tenant
    run(do_create_user_field(tenant, NewUserField(name="Office")))
    taken = run(do_create_user(tenant, new_user(login="taken", email="taken@example.com")))
    user = run(do_create_user(tenant, new_user()))
    with pytest.raises(Conflict) as caught:
        run(do_update_user(tenant, user, {"email": taken.email}))
    assert caught.value.param == "email"

    async def failing(*args: Any, **kwargs: Any) -> None:
        raise Boom

    monkeypatch.setattr("domain.users.record_event", failing)
    fresh = run(access_user_by_id(tenant, user.id))
    with pytest.raises(Boom):
        run(do_update_user(tenant, fresh, {"name": "Half", "custom_fields": {"Office": "Oslo"}}))
    stored = run(access_user_by_id(tenant, user.id))
    assert stored.name == "John"
    assert run(UserFieldValue.filter(user_id=user.id).count()) == 0


@pytest.mark.usefixtures("in_a")
def test_delete_takes_everything_of_the_user(run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user = run(make_user(tenant))
    keep = run(make_user(tenant))
    course = run(make_course(tenant))
    run(do_enroll(tenant, user.id, course.id))
    run(do_enroll(tenant, keep.id, course.id))
    group = run(do_create_group(tenant, NewGroup(name="G")))
    branch = run(do_create_branch(tenant, NewBranch(name="B")))
    run(do_add_group_member(tenant, group.id, user.id))
    run(do_add_branch_user(tenant, branch.id, user.id))

    run(do_delete_user(tenant, user))

    with pytest.raises(NotFound):
        run(access_user_by_id(tenant, user.id))
    assert run(counter_value(tenant.id, USERS_COUNTER)) == 1
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 1
    assert run(GroupMembership.filter(user_id=user.id).count()) == 0
    assert run(BranchUser.filter(user_id=user.id).count()) == 0
    assert [e["id"] for e in events_of(run, "user.deleted")] == [user.id]
    assert [e["user_id"] for e in events_of(run, "enrollment.deleted")] == [user.id]
    with pytest.raises(NotFound):
        run(do_delete_user(tenant, user))
    assert run(counter_value(tenant.id, USERS_COUNTER)) == 1


@pytest.mark.usefixtures("in_a")
def test_a_failed_delete_leaves_the_user(
    run: Any, tenant_a: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    tenant = tenant_a.tenant
    user = run(make_user(tenant))
    run(do_enroll(tenant, user.id, run(make_course(tenant)).id))

    async def failing(*args: Any, **kwargs: Any) -> None:
        raise Boom

    monkeypatch.setattr("domain.users.record_event", failing)
    with pytest.raises(Boom):
        run(do_delete_user(tenant, user))
    assert run(access_user_by_id(tenant, user.id)).id == user.id
    assert run(counter_value(tenant.id, USERS_COUNTER)) == 1
    assert run(counter_value(tenant.id, ENROLLMENTS_COUNTER)) == 1


def test_lists_count_each_tenant_alone(run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    for seeded, count in ((tenant_a, 3), (tenant_b, 2)):
        with tenant_scope(seeded.tenant.id):
            for _ in range(count):
                run(make_user(seeded.tenant, status=UserStatus.INACTIVE))
    with tenant_scope(tenant_b.tenant.id):
        rows, total = run(list_users(tenant_b.tenant, (), Page(1, 1)))
        assert (len(rows), total) == (1, 2)
        inactive = (Filter("status", "eq", "inactive"),)
        rows, total = run(list_users(tenant_b.tenant, inactive, Page(1, 10)))
        assert (len(rows), total) == (2, 2)
