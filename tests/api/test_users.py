from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from core.scoping import tenant_scope
from domain.branches import NewBranch, do_add_branch_user, do_create_branch
from domain.enrollments import do_enroll
from domain.groups import NewGroup, do_add_group_member, do_create_group
from models.event import Event
from models.learning import Certificate
from models.user import User
from tests.factories import Api, Seeded, error_of, make_course, make_key, make_user

USERS = "/api/v2/users"
FIELDS = "/api/v2/user-fields"
LIST_ITEM_KEYS = {
    "id",
    "login",
    "name",
    "surname",
    "email",
    "avatar",
    "timezone",
    "language",
    "type",
    "registration",
    "last_login",
    "status",
    "last_updated",
    "integration_user_id",
}


def body(**overrides: Any) -> dict[str, Any]:
    return {
        "name": "John",
        "surname": "Doe",
        "login": "jdoe",
        "email": "jdoe@example.com",
        "password": "correct-horse",
        **overrides,
    }


def create(api: Api, tenant: Seeded, **overrides: Any) -> dict[str, Any]:
    response = api.post(USERS, tenant=tenant, json=body(**overrides))
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def patch(api: Api, tenant: Seeded, user_id: int, json: Any, **kwargs: Any) -> Any:
    return api.request("PATCH", f"{USERS}/{user_id}", tenant=tenant, json=json, **kwargs)


def field(api: Api, tenant: Seeded, **overrides: Any) -> dict[str, Any]:
    response = api.post(
        FIELDS, tenant=tenant, json={"name": "Department", "type": "text", **overrides}
    )
    assert response.status_code == 201, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def events_of(run: Any, tenant: Seeded, type: str) -> list[dict[str, Any]]:
    rows = run(
        Event.all_tenants.filter(tenant_id=tenant.tenant.id, type=type)
        .order_by("id")
        .values_list("data", flat=True)
    )
    return list(rows)


def listed(api: Api, tenant: Seeded, query: str = "") -> dict[str, Any]:
    response = api.get(f"{USERS}?{query}", tenant=tenant)
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json
    return data


def logins(api: Api, tenant: Seeded, query: str) -> list[str]:
    return [u["login"] for u in listed(api, tenant, query)["_data"]]


def test_create_answers_the_full_user_without_password(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    created = create(
        api,
        tenant_a,
        timezone="Europe/Athens",
        locale="el-GR",
        user_type_id=4,
        credits=12.5,
        description="<p>Sales &amp; marketing</p>",
        deactivation_date="2030-01-31",
        email_notifications=False,
        integration="workday",
        integration_user_id="W-1",
    )
    assert created["login"] == "jdoe"
    assert created["timezone"] == "Europe/Athens"
    assert created["locale"] == "el-GR"
    assert created["user_type"] == {"id": 4, "name": "Learner-Instructor", "is_default": False}
    assert {"id": 5, "name": "Learner", "is_default": True} in created["available_types"]
    assert len(created["available_types"]) == 5
    assert created["credits"] == 12.5
    assert created["description"] == {
        "html": "<p>Sales &amp; marketing</p>",
        "text": "Sales & marketing",
    }
    assert created["deactivation_date"] == "2030-01-31T00:00:00Z"
    assert created["email_notifications"] is False
    assert created["status"] == "active"
    assert created["custom_fields"] == []
    assert created["integration_user_id"] == "W-1"
    assert created["registration"].endswith("Z")
    assert created["last_login"] is None
    host = f"https://{tenant_a.slug}.lms.test"
    assert created["avatar"]["default"] == f"{host}/api/v2/avatars/default.svg"
    assert set(created["avatar"]) == {"default", "sm", "md", "lg", "xl"}
    response = api.get(f"{USERS}/{created['id']}", tenant=tenant_a)
    assert response.json["_data"] == created
    assert "correct-horse" not in response.text
    assert "password" not in response.text
    assert events_of(run, tenant_a, "user.created") == [
        {"id": created["id"], "login": "jdoe", "email": "jdoe@example.com"}
    ]


def test_defaults_and_status_forms(api: Api, tenant_a: Seeded) -> None:
    plain = create(api, tenant_a)
    assert (plain["timezone"], plain["locale"], plain["status"]) == ("UTC", "en", "active")
    assert plain["user_type"]["name"] == "Learner"
    assert plain["description"] is None
    for n, status, expected in (
        (1, False, "inactive"),
        (2, "inactive", "inactive"),
        (3, True, "active"),
    ):
        user = create(api, tenant_a, login=f"s{n}", email=f"s{n}@example.com", status=status)
        assert user["status"] == expected


def test_default_avatar_is_served_without_a_key(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/avatars/default.svg", tenant=tenant_a.slug, version=None)
    assert response.status_code == 200
    assert response.headers["content-type"] == "image/svg+xml"
    assert response.text.startswith("<svg")


def test_list_items_have_the_talentlms_shape(api: Api, tenant_a: Seeded) -> None:
    created = create(api, tenant_a, user_type_id=3, locale="fr", integration_user_id="X-1")
    [item] = listed(api, tenant_a)["_data"]
    assert set(item) == LIST_ITEM_KEYS
    assert item["id"] == created["id"]
    assert item["type"] == "Instructor"
    assert item["language"] == "fr"
    assert item["registration"] == created["registration"]
    assert item["last_updated"] == created["last_updated"]
    assert item["avatar"] == created["avatar"]
    assert item["integration_user_id"] == "X-1"
    assert item["status"] == "active"


def test_list_paginates_with_exact_totals(api: Api, tenant_a: Seeded, tenant_b: Seeded) -> None:
    for n in range(5):
        create(api, tenant_a, login=f"u{n}", email=f"u{n}@example.com")
    create(api, tenant_b)
    seen: list[str] = []
    path = f"{USERS}?page[size]=2"
    pages = 0
    while path:
        page = api.get(path, tenant=tenant_a).json
        pages += 1
        assert page["_meta"]["pagination"]["total_results"] == 5
        assert page["_meta"]["pagination"]["total_pages"] == 3
        seen.extend(u["login"] for u in page["_data"])
        nxt = page["_links"]["next"]
        path = nxt.split("lms.test", 1)[1] if nxt else ""
    assert pages == 3
    assert seen == [f"u{n}" for n in range(5)]
    beyond = listed(api, tenant_a, "page[number]=9&page[size]=2")
    assert beyond["_data"] == []
    assert beyond["_links"]["next"] is None


def test_filters(api: Api, run: Any, tenant_a: Seeded) -> None:
    dept = field(api, tenant_a)
    ann = create(
        api,
        tenant_a,
        login="ann",
        email="ann@acme.example.com",
        name="Ann",
        surname="Smith",
        integration="workday",
        custom_fields={"Department": "Sales"},
    )
    bob = create(
        api,
        tenant_a,
        login="bob",
        email="bob@example.com",
        name="Bob",
        surname="Jones",
        status="inactive",
        custom_fields={f"custom_field_{dept['id']}": "Support"},
    )
    create(api, tenant_a, login="cy", email="cy@example.com", name="Cy", surname="Smithers")
    tenant = tenant_a.tenant
    with tenant_scope(tenant.id):
        group = run(do_create_group(tenant, NewGroup(name="Sales team")))
        branch = run(do_create_branch(tenant, NewBranch(name="Athens")))
        run(do_add_group_member(tenant, group.id, ann["id"]))
        run(do_add_branch_user(tenant, branch.id, bob["id"]))

    assert logins(api, tenant_a, "filter[status][eq]=inactive") == ["bob"]
    assert logins(api, tenant_a, "filter[status][eq]=active") == ["ann", "cy"]
    assert logins(api, tenant_a, "filter[login][eq]=cy") == ["cy"]
    assert logins(api, tenant_a, "filter[email][eq]=bob@example.com") == ["bob"]
    assert logins(api, tenant_a, "filter[keyword][like]=smith") == ["ann", "cy"]
    assert logins(api, tenant_a, "filter[keyword][like]=ACME") == ["ann"]
    assert logins(api, tenant_a, "filter[keyword][like]=BO") == ["bob"]
    assert logins(api, tenant_a, "filter[keyword][like]=%25") == []
    assert logins(api, tenant_a, "filter[keyword][like]=_") == []
    assert logins(api, tenant_a, f"filter[group_id][eq]={group.id}") == ["ann"]
    assert logins(api, tenant_a, f"filter[branch_id][eq]={branch.id}") == ["bob"]
    assert logins(api, tenant_a, "filter[branch_id][eq]=2147483000") == []
    assert logins(api, tenant_a, "filter[integration][eq]=workday") == ["ann"]
    assert logins(api, tenant_a, "filter[custom_field_value][eq]=Support") == ["bob"]
    assert logins(api, tenant_a, "filter[custom_field_value][eq]=sales") == []
    combined = listed(
        api, tenant_a, "filter[keyword][like]=smith&filter[status][eq]=active&page[size]=1"
    )
    assert [u["login"] for u in combined["_data"]] == ["ann"]
    assert combined["_meta"]["pagination"]["total_results"] == 2
    assert combined["_links"]["next"].endswith(
        "filter[keyword][like]=smith&filter[status][eq]=active&page[number]=2&page[size]=1"
    )


def test_last_updated_filters(api: Api, run: Any, tenant_a: Seeded) -> None:
    old = create(api, tenant_a, login="old", email="old@example.com")
    create(api, tenant_a, login="new", email="new@example.com")
    past = datetime(2020, 5, 1, tzinfo=UTC)
    run(User.all_tenants.filter(id=old["id"]).update(updated_at=past))
    assert logins(api, tenant_a, "filter[last_updated][lte]=2021-01-01T00:00:00Z") == ["old"]
    assert logins(api, tenant_a, "filter[last_updated][gte]=2021-01-01T00:00:00Z") == ["new"]
    assert logins(api, tenant_a, "filter[last_updated][gte]=2020-05-01T00:00:00") == ["old", "new"]
    window = "filter[last_updated][gte]=2020-01-01T00:00:00Z&filter[last_updated][lte]=2020-12-31"
    assert logins(api, tenant_a, window) == ["old"]
    edited = patch(api, tenant_a, old["id"], {"surname": "Older"})
    assert edited.json["_data"]["last_updated"] > "2021"
    assert logins(api, tenant_a, "filter[last_updated][lte]=2021-01-01T00:00:00Z") == []


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("filter[status][eq]=deleted", "filter[status][eq]"),
        ("filter[status][like]=act", "filter[status][like]"),
        ("filter[login][like]=j", "filter[login][like]"),
        ("filter[keyword][eq]=j", "filter[keyword][eq]"),
        ("filter[group_id][eq]=abc", "filter[group_id][eq]"),
        ("filter[branch_id][eq]=99999999999", "filter[branch_id][eq]"),
        ("filter[last_updated][gte]=yesterday", "filter[last_updated][gte]"),
        ("filter[password][eq]=x", "filter[password][eq]"),
        ("filter[email][eq]=" + "x" * 192, "filter[email][eq]"),
        ("page[size]=101", "page[size]"),
        ("page[number]=0", "page[number]"),
        ("sort=login", "sort"),
    ],
)
def test_bad_list_parameters_are_400(api: Api, tenant_a: Seeded, query: str, param: str) -> None:
    response = api.get(f"{USERS}?{query}", tenant=tenant_a)
    assert response.status_code == 400
    assert error_of(response)["param"] == param


def test_custom_fields_are_validated_by_type(api: Api, tenant_a: Seeded) -> None:
    text = field(api, tenant_a, name="Office")
    size = field(api, tenant_a, name="Size", type="dropdown", options=["S", "M"])
    remote = field(api, tenant_a, name="Remote", type="checkbox")
    hired = field(api, tenant_a, name="Hired", type="date")
    user = create(
        api,
        tenant_a,
        custom_fields={
            "Office": "Athens",
            f"custom_field_{size['id']}": "M",
            "Remote": True,
            "Hired": "2024-02-29",
        },
    )
    values = {f["name"]: (f["value"], f["type"], f["id"]) for f in user["custom_fields"]}
    assert values == {
        "Office": ("Athens", "text", text["id"]),
        "Size": ("M", "dropdown", size["id"]),
        "Remote": ("1", "checkbox", remote["id"]),
        "Hired": ("2024-02-29", "date", hired["id"]),
    }
    unset = create(api, tenant_a, login="u2", email="u2@example.com")
    assert [f["value"] for f in unset["custom_fields"]] == [None] * 4

    for given, param in (
        ({"Nope": "x"}, "custom_fields.Nope"),
        ({"custom_field_2147483000": "x"}, "custom_fields.custom_field_2147483000"),
        ({"x" * 300: "a"}, "custom_fields"),
    ):
        response = api.post(
            USERS,
            tenant=tenant_a,
            json=body(login="u3", email="u3@example.com", custom_fields=given),
        )
        assert response.status_code == 404, (given, response.text)
        assert error_of(response)["param"] == param
    for given, param in (
        ({"Size": "XL"}, "custom_fields.Size"),
        ({"Remote": "maybe"}, "custom_fields.Remote"),
        ({"Hired": "2023-02-29"}, "custom_fields.Hired"),
        ({"Hired": "29/02/2024"}, "custom_fields.Hired"),
        ({"Office": "x" * 192}, "custom_fields.Office"),
        ({"Office": "nul\x00"}, "custom_fields.Office"),
        (
            {"Office": "a", f"custom_field_{text['id']}": "b"},
            f"custom_fields.custom_field_{text['id']}",
        ),
    ):
        response = api.post(
            USERS,
            tenant=tenant_a,
            json=body(login="u3", email="u3@example.com", custom_fields=given),
        )
        assert response.status_code == 422, (given, response.text)
        assert error_of(response)["param"] == param
    wrong_type = api.post(USERS, tenant=tenant_a, json=body(custom_fields={"Office": 5}))
    assert wrong_type.status_code == 400
    assert error_of(wrong_type)["param"] == "custom_fields.Office"


def test_custom_fields_of_another_tenant_are_unknown(
    api: Api, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    theirs = field(api, tenant_b, name="Secret")
    for key in ("Secret", f"custom_field_{theirs['id']}"):
        response = api.post(USERS, tenant=tenant_a, json=body(custom_fields={key: "x"}))
        assert response.status_code == 404
        assert error_of(response)["param"] == f"custom_fields.{key}"


def test_mandatory_custom_fields(api: Api, tenant_a: Seeded) -> None:
    field(api, tenant_a, name="Office", mandatory=True)
    missing = api.post(USERS, tenant=tenant_a, json=body())
    assert missing.status_code == 409
    assert error_of(missing)["param"] == "custom_fields"
    empty = api.post(USERS, tenant=tenant_a, json=body(custom_fields={"Office": ""}))
    assert empty.status_code == 409
    user = create(api, tenant_a, custom_fields={"Office": "Rome"})
    cleared = patch(api, tenant_a, user["id"], {"custom_fields": {"Office": None}})
    assert cleared.status_code == 409
    assert error_of(cleared)["param"] == "custom_fields.Office"
    assert patch(api, tenant_a, user["id"], {"name": "Jo"}).status_code == 200


@pytest.mark.parametrize(
    ("overrides", "status", "param"),
    [
        ({"name": None}, 400, "name"),
        ({"login": 5}, 400, "login"),
        ({"email": ["a@b.com"]}, 400, "email"),
        ({"password": 12345678}, 400, "password"),
        ({"status": 1}, 400, "status"),
        ({"user_type_id": "5"}, 400, "user_type_id"),
        ({"user_type_id": True}, 400, "user_type_id"),
        ({"credits": "10"}, 400, "credits"),
        ({"email_notifications": "yes"}, 400, "email_notifications"),
        ({"custom_fields": ["a"]}, 400, "custom_fields"),
        ({"deactivation_date": 20240101}, 400, "deactivation_date"),
        ({"admin": True}, 400, "admin"),
        ({"name": "x" * 192}, 422, "name"),
        ({"surname": "   "}, 422, "surname"),
        ({"login": "x" * 192}, 422, "login"),
        ({"login": "j doe"}, 422, "login"),
        ({"login": ""}, 422, "login"),
        ({"email": "not-an-email"}, 422, "email"),
        ({"email": "a b@example.com"}, 422, "email"),
        ({"email": "a..b@example.com"}, 422, "email"),
        ({"email": "x" * 180 + "@example.com"}, 422, "email"),
        ({"password": "short"}, 422, "password"),
        ({"password": "x" * 192}, 422, "password"),
        ({"timezone": "Mars/Olympus"}, 422, "timezone"),
        ({"locale": "english please"}, 422, "locale"),
        ({"user_type_id": 0}, 422, "user_type_id"),
        ({"user_type_id": 6}, 422, "user_type_id"),
        ({"user_type_id": 10**30}, 400, "user_type_id"),
        ({"status": "maybe"}, 422, "status"),
        ({"credits": -1}, 422, "credits"),
        ({"credits": 1e300}, 422, "credits"),
        ({"description": "x" * 192}, 422, "description"),
        ({"deactivation_date": "2024-02-30"}, 422, "deactivation_date"),
        ({"integration": "x" * 65}, 422, "integration"),
        ({"name": "Jo\x00hn"}, 422, "name"),
        ({"login": "j\x00doe"}, 422, "login"),
        ({"email": "j\x00doe@example.com"}, 422, "email"),
        ({"description": "\x00"}, 422, "description"),
        ({"integration_user_id": "E\x001"}, 422, "integration_user_id"),
    ],
)
def test_invalid_create_bodies(
    api: Api, run: Any, tenant_a: Seeded, overrides: dict[str, Any], status: int, param: str
) -> None:
    response = api.post(USERS, tenant=tenant_a, json=body(**overrides))
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param
    assert listed(api, tenant_a)["_meta"]["pagination"]["total_results"] == 0
    assert events_of(run, tenant_a, "user.created") == []


@pytest.mark.parametrize("missing", ["name", "surname", "login", "email", "password"])
def test_required_fields(api: Api, tenant_a: Seeded, missing: str) -> None:
    given = body()
    del given[missing]
    response = api.post(USERS, tenant=tenant_a, json=given)
    assert response.status_code == 400
    assert error_of(response)["param"] == missing


@pytest.mark.parametrize(
    "raw", [b"", b"{", b"[]", b'"user"', b"null", b'{"name": 1e400}', b"\xff\xfe"]
)
def test_malformed_bodies_are_400(api: Api, tenant_a: Seeded, raw: bytes) -> None:
    response = api.post(
        USERS, tenant=tenant_a, content=raw, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    error_of(response)


def test_login_and_email_are_unique_per_tenant(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    create(api, tenant_a, integration_user_id="E-1")
    create(api, tenant_b, integration_user_id="E-1")
    for overrides, param in (
        ({"email": "other@example.com"}, "login"),
        ({"login": "other"}, "email"),
        (
            {"login": "other", "email": "other@example.com", "integration_user_id": "E-1"},
            "integration_user_id",
        ),
    ):
        response = api.post(USERS, tenant=tenant_a, json=body(**overrides))
        assert response.status_code == 409
        assert error_of(response)["param"] == param
    assert listed(api, tenant_a)["_meta"]["pagination"]["total_results"] == 1
    assert len(events_of(run, tenant_a, "user.created")) == 1


def test_update_changes_only_what_is_given(api: Api, run: Any, tenant_a: Seeded) -> None:
    field(api, tenant_a, name="Office")
    user = create(api, tenant_a, description="Hi", credits=3)
    response = patch(
        api,
        tenant_a,
        user["id"],
        {
            "name": "Johnny",
            "status": False,
            "user_type_id": 2,
            "timezone": "America/New_York",
            "deactivation_date": "2031-06-01T12:30:00+02:00",
            "credits": None,
            "custom_fields": {"Office": "Oslo"},
        },
    )
    assert response.status_code == 200, response.text
    updated = response.json["_data"]
    assert updated["name"] == "Johnny"
    assert updated["surname"] == "Doe"
    assert updated["status"] == "inactive"
    assert updated["user_type"]["name"] == "Admin"
    assert updated["timezone"] == "America/New_York"
    assert updated["deactivation_date"] == "2031-06-01T10:30:00Z"
    assert updated["credits"] is None
    assert updated["description"]["text"] == "Hi"
    assert updated["custom_fields"][0]["value"] == "Oslo"
    assert api.get(f"{USERS}/{user['id']}", tenant=tenant_a).json["_data"] == updated
    [event] = events_of(run, tenant_a, "user.updated")
    assert event["id"] == user["id"]
    assert event["old"]["name"] == "John"
    assert event["new"]["status"] == "inactive"
    assert event["new"]["user_type"] == 2
    assert set(event["changed"]) == {
        "name",
        "status",
        "user_type",
        "timezone",
        "deactivation_date",
        "credits",
        f"custom_field_{updated['custom_fields'][0]['id']}",
    }
    same = patch(api, tenant_a, user["id"], {"name": "Johnny", "status": "inactive"})
    assert same.status_code == 200
    assert len(events_of(run, tenant_a, "user.updated")) == 1
    assert patch(api, tenant_a, user["id"], {}).status_code == 200


def test_update_password_with_current_password(api: Api, run: Any, tenant_a: Seeded) -> None:
    user = create(api, tenant_a)
    wrong = patch(
        api, tenant_a, user["id"], {"password": "new-password", "current_password": "nope"}
    )
    assert wrong.status_code == 403
    assert error_of(wrong)["param"] == "current_password"
    right = patch(
        api,
        tenant_a,
        user["id"],
        {"password": "new-password", "current_password": "correct-horse"},
    )
    assert right.status_code == 200
    assert "new-password" not in right.text
    [event] = events_of(run, tenant_a, "user.updated")
    assert event["changed"] == ["password"]
    assert "new-password" not in str(event)
    again = patch(
        api,
        tenant_a,
        user["id"],
        {"password": "third-password", "current_password": "correct-horse"},
    )
    assert again.status_code == 403
    assert patch(api, tenant_a, user["id"], {"password": "admin-reset"}).status_code == 200
    alone = patch(api, tenant_a, user["id"], {"current_password": "not-looked-at"})
    assert alone.status_code == 200
    assert len(events_of(run, tenant_a, "user.updated")) == 2


@pytest.mark.parametrize(
    ("json", "status", "param"),
    [
        ({"name": None}, 400, "name"),
        ({"status": None}, 400, "status"),
        ({"custom_fields": None}, 400, "custom_fields"),
        ({"email": 1}, 400, "email"),
        ({"id": 5}, 400, "id"),
        ({"login": "x" * 192}, 422, "login"),
        ({"email": "bad"}, 422, "email"),
        ({"active": False}, 400, "active"),
        ({"deactivation_date": "tomorrow"}, 422, "deactivation_date"),
        ({"custom_fields": {"Nope": "x"}}, 404, "custom_fields.Nope"),
        ({"current_password": ""}, 422, "current_password"),
    ],
)
def test_invalid_update_bodies(
    api: Api, run: Any, tenant_a: Seeded, json: dict[str, Any], status: int, param: str
) -> None:
    user = create(api, tenant_a)
    response = patch(api, tenant_a, user["id"], json)
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param
    assert api.get(f"{USERS}/{user['id']}", tenant=tenant_a).json["_data"] == user
    assert events_of(run, tenant_a, "user.updated") == []


def test_update_conflicts(api: Api, tenant_a: Seeded) -> None:
    create(api, tenant_a, login="taken", email="taken@example.com")
    user = create(api, tenant_a)
    for json, param in (({"login": "taken"}, "login"), ({"email": "taken@example.com"}, "email")):
        response = patch(api, tenant_a, user["id"], json)
        assert response.status_code == 409
        assert error_of(response)["param"] == param
    assert patch(api, tenant_a, user["id"], {"login": "jdoe"}).status_code == 200


def test_delete(api: Api, run: Any, tenant_a: Seeded) -> None:
    user = create(api, tenant_a)
    other = create(api, tenant_a, login="keep", email="keep@example.com")
    course = run(make_course(tenant_a.tenant))
    with tenant_scope(tenant_a.tenant.id):
        run(do_enroll(tenant_a.tenant, user["id"], course.id))
    response = api.delete(f"{USERS}/{user['id']}", tenant=tenant_a)
    assert response.status_code == 200
    assert response.json["_data"] == {"id": user["id"], "deleted": True}
    assert api.get(f"{USERS}/{user['id']}", tenant=tenant_a).status_code == 404
    assert api.delete(f"{USERS}/{user['id']}", tenant=tenant_a).status_code == 404
    page = listed(api, tenant_a)
    assert [u["id"] for u in page["_data"]] == [other["id"]]
    assert page["_meta"]["pagination"]["total_results"] == 1
    assert [e["id"] for e in events_of(run, tenant_a, "user.deleted")] == [user["id"]]
    assert [e["user_id"] for e in events_of(run, tenant_a, "enrollment.deleted")] == [user["id"]]
    again = create(api, tenant_a)
    assert again["id"] != user["id"]


def test_resources(api: Api, run: Any, tenant_a: Seeded) -> None:
    tenant = tenant_a.tenant
    user = run(make_user(tenant))
    stranger = run(make_user(tenant))
    courses = [run(make_course(tenant, name=name)) for name in ("Alpha", "Beta", "Gamma")]
    with tenant_scope(tenant.id):
        group = run(do_create_group(tenant, NewGroup(name="Team")))
        branch = run(do_create_branch(tenant, NewBranch(name="North")))
        run(do_add_group_member(tenant, group.id, user.id))
        run(do_add_branch_user(tenant, branch.id, user.id))
        for course in courses[:2]:
            run(do_enroll(tenant, user.id, course.id))
        run(do_enroll(tenant, stranger.id, courses[2].id))
        certificate = run(
            Certificate.create(
                tenant_id=tenant.id,
                user_id=user.id,
                course_id=courses[0].id,
                name="Alpha certificate",
                expires_at=datetime.now(UTC) + timedelta(days=365),
            )
        )
    base = f"{USERS}/{user.id}"
    assert api.get(f"{base}/groups", tenant=tenant_a).json == {
        "_data": {"groups": [{"id": group.id, "name": "Team"}]}
    }
    assert api.get(f"{base}/branches", tenant=tenant_a).json == {
        "_data": {"branches": [{"id": branch.id, "name": "North"}]}
    }
    assert api.get(f"{base}/courses", tenant=tenant_a).json == {
        "_data": {"courses": [{"id": c.id, "name": c.name} for c in courses[:2]]}
    }
    [cert] = api.get(f"{base}/certificates", tenant=tenant_a).json["_data"]["certificates"]
    assert (cert["id"], cert["name"], cert["course_id"]) == (
        certificate.id,
        "Alpha certificate",
        courses[0].id,
    )
    assert cert["issued_at"].endswith("Z")
    assert cert["expires_at"].endswith("Z")
    everything = api.get(f"{base}/resources", tenant=tenant_a).json["_data"]
    assert set(everything) == {"groups", "branches", "courses", "certificates"}
    assert everything["certificates"] == [cert]
    assert len(everything["courses"]) == 2
    empty = api.get(f"{USERS}/{stranger.id}/groups", tenant=tenant_a).json
    assert empty == {"_data": {"groups": []}}


USER_ROUTES = [
    ("GET", "{id}"),
    ("PATCH", "{id}"),
    ("DELETE", "{id}"),
    ("GET", "{id}/groups"),
    ("GET", "{id}/branches"),
    ("GET", "{id}/courses"),
    ("GET", "{id}/certificates"),
    ("GET", "{id}/resources"),
    ("GET", "{id}/login"),
    ("POST", "{id}/logout"),
    ("GET", "{id}/online-status"),
]


def _json_for(method: str) -> dict[str, Any]:
    return {"json": {}} if method in ("PATCH", "POST") else {}


@pytest.mark.parametrize(("method", "path"), USER_ROUTES)
def test_owner_succeeds_others_get_404_and_foreign_keys_401(
    api: Api, tenant_a: Seeded, tenant_b: Seeded, method: str, path: str
) -> None:
    mine = create(api, tenant_a)
    theirs = create(api, tenant_b)
    owner = api.request(
        method, f"{USERS}/{path.format(id=mine['id'])}", tenant=tenant_a, **_json_for(method)
    )
    assert owner.status_code == 200, owner.text
    crossed = api.request(
        method, f"{USERS}/{path.format(id=theirs['id'])}", tenant=tenant_a, **_json_for(method)
    )
    missing = api.request(
        method, f"{USERS}/{path.format(id=2147483000)}", tenant=tenant_a, **_json_for(method)
    )
    assert crossed.status_code == missing.status_code == 404
    assert error_of(crossed)["message"].replace(str(theirs["id"]), "N") == error_of(missing)[
        "message"
    ].replace("2147483000", "N")
    intruder = api.request(
        method,
        f"{USERS}/{path.format(id=mine['id'])}",
        tenant=tenant_a,
        key=tenant_b.key,
        **_json_for(method),
    )
    assert intruder.status_code == 401
    error_of(intruder)
    for huge in ("0", "2147483648", "99999999999999999999999"):
        response = api.request(
            method, f"{USERS}/{path.format(id=huge)}", tenant=tenant_a, **_json_for(method)
        )
        assert response.status_code == 404, (huge, response.text)
        error_of(response)
    still = api.get(f"{USERS}/{theirs['id']}", tenant=tenant_b)
    assert still.status_code == 200
    assert still.json["_data"]["name"] == "John"


def test_lists_and_creates_are_tenant_scoped(api: Api, tenant_a: Seeded, tenant_b: Seeded) -> None:
    create(api, tenant_b)
    assert listed(api, tenant_a)["_data"] == []
    assert api.get(USERS, tenant=tenant_a, key=tenant_b.key).status_code == 401
    assert api.post(USERS, tenant=tenant_a, key=tenant_b.key, json=body()).status_code == 401
    assert listed(api, tenant_b)["_meta"]["pagination"]["total_results"] == 1


@pytest.mark.parametrize(
    ("method", "path", "scope"),
    [
        ("GET", "", "users:read"),
        ("POST", "", "users:write"),
        ("GET", "/{id}", "users:read"),
        ("PATCH", "/{id}", "users:write"),
        ("DELETE", "/{id}", "users:write"),
        ("GET", "/{id}/groups", "users:read"),
        ("GET", "/{id}/resources", "users:read"),
        ("GET", "/{id}/login", "users:write"),
        ("POST", "/{id}/logout", "users:write"),
        ("GET", "/{id}/online-status", "users:read"),
    ],
)
def test_scopes(api: Api, run: Any, tenant_a: Seeded, method: str, path: str, scope: str) -> None:
    user = create(api, tenant_a)
    url = f"{USERS}{path.format(id=user['id'])}"
    kwargs: dict[str, Any] = (
        {"json": body(login="n", email="n@example.com")}
        if method == "POST" and not path
        else _json_for(method)
    )
    other = run(make_key(tenant_a.tenant, ["courses:write", "groups:write"]))
    denied = api.request(method, url, tenant=tenant_a, key=other, **kwargs)
    assert denied.status_code == 403
    assert scope in error_of(denied)["message"]
    if scope == "users:write":
        reader = run(make_key(tenant_a.tenant, ["users:read"]))
        assert api.request(method, url, tenant=tenant_a, key=reader, **kwargs).status_code == 403
    allowed = run(make_key(tenant_a.tenant, [scope]))
    response = api.request(method, url, tenant=tenant_a, key=allowed, **kwargs)
    assert response.status_code == 200, response.text
