from __future__ import annotations

from typing import Any

import pytest

from models.course import Unit
from models.event import Event
from models.learning import UnitProgress
from tests.factories import (
    Api,
    Seeded,
    error_of,
    make_course,
    make_key,
    make_unit,
    make_unit_progress,
    make_user,
)

COURSES = "/api/v2/courses"
UNITS = "/api/v2/units"


def course_id(run: Any, tenant: Seeded) -> int:
    value: int = run(make_course(tenant.tenant)).id
    return value


def add(api: Api, tenant: Seeded, course: int, **body: Any) -> dict[str, Any]:
    response = api.post(f"{COURSES}/{course}/units", tenant=tenant, json={"name": "U", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def order(api: Api, tenant: Seeded, course: int) -> list[tuple[str, int]]:
    body = api.get(f"{COURSES}/{course}/units?page[size]=100", tenant=tenant).json
    return [(u["name"], u["position"]) for u in body["_data"]]


def positions_are_dense(run: Any, course: int) -> None:
    positions = run(
        Unit.all_tenants.filter(course_id=course)
        .order_by("position")
        .values_list("position", flat=True)
    )
    assert list(positions) == list(range(1, len(positions) + 1))


def test_add_appends_or_inserts(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = course_id(run, tenant_a)
    first = add(api, tenant_a, course, name="Intro", type="video", content="https://v/1")
    add(api, tenant_a, course, name="Outro")
    add(api, tenant_a, course, name="Middle", position=2)
    add(api, tenant_a, course, name="Start", position=1)
    add(api, tenant_a, course, name="End", position=99)

    assert first == {
        "id": first["id"],
        "course_id": course,
        "name": "Intro",
        "type": "video",
        "position": 1,
        "is_active": True,
        "content": "https://v/1",
        "created_at": first["created_at"],
        "last_updated": first["last_updated"],
    }
    assert order(api, tenant_a, course) == [
        ("Start", 1),
        ("Intro", 2),
        ("Middle", 3),
        ("Outro", 4),
        ("End", 5),
    ]
    positions_are_dense(run, course)
    events = run(
        Event.all_tenants.filter(tenant_id=tenant_a.tenant.id, type="unit.created").count()
    )
    assert events == 5


def test_move_update_and_delete_keep_positions_dense(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = course_id(run, tenant_a)
    units = [add(api, tenant_a, course, name=name) for name in "ABCDE"]

    moved = api.request("PATCH", f"{UNITS}/{units[0]['id']}", tenant=tenant_a, json={"position": 4})
    assert moved.status_code == 200, moved.text
    assert moved.json["_data"]["position"] == 4
    assert order(api, tenant_a, course) == [("B", 1), ("C", 2), ("D", 3), ("A", 4), ("E", 5)]

    back = api.request(
        "PATCH",
        f"{UNITS}/{units[4]['id']}",
        tenant=tenant_a,
        json={"position": 1, "name": "E2", "type": "test", "is_active": False, "content": None},
    )
    assert back.json["_data"]["type"] == "test"
    assert back.json["_data"]["is_active"] is False
    assert order(api, tenant_a, course) == [("E2", 1), ("B", 2), ("C", 3), ("D", 4), ("A", 5)]
    past_end = api.request(
        "PATCH", f"{UNITS}/{units[1]['id']}", tenant=tenant_a, json={"position": 50}
    )
    assert past_end.json["_data"]["position"] == 5

    assert api.delete(f"{UNITS}/{units[2]['id']}", tenant=tenant_a).status_code == 204
    assert api.get(f"{UNITS}/{units[2]['id']}", tenant=tenant_a).status_code == 404
    assert api.delete(f"{UNITS}/{units[2]['id']}", tenant=tenant_a).status_code == 404
    assert order(api, tenant_a, course) == [("E2", 1), ("D", 2), ("A", 3), ("B", 4)]
    positions_are_dense(run, course)


def test_delete_takes_progress_with_it(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = course_id(run, tenant_a)
    unit = run(make_unit(tenant_a.tenant, course))
    user = run(make_user(tenant_a.tenant))
    run(make_unit_progress(tenant_a.tenant, user.id, unit))
    assert api.delete(f"{UNITS}/{unit.id}", tenant=tenant_a).status_code == 204
    assert run(UnitProgress.all_tenants.filter(unit_id=unit.id).count()) == 0


def test_reorder(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = course_id(run, tenant_a)
    ids = [add(api, tenant_a, course, name=name)["id"] for name in "ABCD"]
    url = f"{COURSES}/{course}/units/order"

    response = api.request("PUT", url, tenant=tenant_a, json={"unit_ids": ids[::-1]})

    assert response.status_code == 200, response.text
    body = response.json["_data"]
    assert body["course_id"] == course
    assert [(u["name"], u["position"]) for u in body["units"]] == [
        ("D", 1),
        ("C", 2),
        ("B", 3),
        ("A", 4),
    ]
    assert order(api, tenant_a, course) == [("D", 1), ("C", 2), ("B", 3), ("A", 4)]
    events = run(
        Event.all_tenants.filter(
            tenant_id=tenant_a.tenant.id, type="course.units_reordered"
        ).values_list("data", flat=True)
    )
    assert list(events) == [{"course_id": course, "unit_ids": ids[::-1]}]

    other = course_id(run, tenant_a)
    foreign = add(api, tenant_a, other)["id"]
    for unit_ids in (ids[:3], [*ids, foreign], [*ids[:3], foreign], []):
        conflict = api.request("PUT", url, tenant=tenant_a, json={"unit_ids": unit_ids})
        assert conflict.status_code == 409, conflict.text
        assert error_of(conflict)["param"] == "unit_ids"
    repeated = api.request("PUT", url, tenant=tenant_a, json={"unit_ids": [*ids, ids[0]]})
    assert repeated.status_code == 422
    assert error_of(repeated)["param"] == "unit_ids"
    for bad in ({"unit_ids": "1,2"}, {"unit_ids": ["1"]}, {}, {"ids": ids}):
        response = api.request("PUT", url, tenant=tenant_a, json=bad)
        assert response.status_code == 400, response.text
    assert order(api, tenant_a, course) == [("D", 1), ("C", 2), ("B", 3), ("A", 4)]


def test_reorder_an_empty_course(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = course_id(run, tenant_a)
    response = api.request(
        "PUT", f"{COURSES}/{course}/units/order", tenant=tenant_a, json={"unit_ids": []}
    )
    assert response.status_code == 200
    assert response.json["_data"]["units"] == []


def test_list_filters_and_pages(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = course_id(run, tenant_a)
    for n in range(3):
        add(api, tenant_a, course, name=f"Video {n}", type="video", content="long " * 100)
    add(api, tenant_a, course, name="Quiz", type="test")

    page = api.get(f"{COURSES}/{course}/units?page[size]=3&page[number]=2", tenant=tenant_a).json
    assert [u["name"] for u in page["_data"]] == ["Quiz"]
    assert "content" not in page["_data"][0]
    assert page["_meta"]["pagination"]["total_results"] == 4
    videos = api.get(f"{COURSES}/{course}/units?filter[type][eq]=video", tenant=tenant_a).json
    assert videos["_meta"]["pagination"]["total_results"] == 3
    quiz = api.get(f"{COURSES}/{course}/units?filter[name][like]=qui", tenant=tenant_a).json
    assert [u["position"] for u in quiz["_data"]] == [4]
    for query in ("filter[type][eq]=movie", "filter[position][eq]=1", "page[size]=abc"):
        response = api.get(f"{COURSES}/{course}/units?{query}", tenant=tenant_a)
        assert response.status_code == 400
        error_of(response)


@pytest.mark.parametrize(
    ("body", "status", "param"),
    [
        ({"name": None}, 400, "name"),
        ({"name": ""}, 422, "name"),
        ({"name": "x" * 192}, 422, "name"),
        ({"type": "movie"}, 422, "type"),
        ({"type": 1}, 422, "type"),
        ({"content": 5}, 400, "content"),
        ({"content": "<p>\x00</p>"}, 422, "content"),
        ({"is_active": "true"}, 400, "is_active"),
        ({"position": 0}, 422, "position"),
        ({"position": "1"}, 400, "position"),
        ({"position": 2**31}, 422, "position"),
        ({"course_id": 1}, 400, "course_id"),
    ],
)
def test_invalid_bodies(
    api: Api, run: Any, tenant_a: Seeded, body: dict[str, Any], status: int, param: str
) -> None:
    course = course_id(run, tenant_a)
    response = api.post(f"{COURSES}/{course}/units", tenant=tenant_a, json={"name": "U", **body})
    assert response.status_code == status, response.text
    assert error_of(response)["param"] == param
    unit = add(api, tenant_a, course)
    patched = api.request("PATCH", f"{UNITS}/{unit['id']}", tenant=tenant_a, json=body)
    assert patched.status_code == status, patched.text
    assert error_of(patched)["param"] == param


def test_isolation(api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded) -> None:
    mine = course_id(run, tenant_a)
    theirs = course_id(run, tenant_b)
    their_unit = add(api, tenant_b, theirs)
    my_unit = add(api, tenant_a, mine)

    for method, url, body in (
        ("GET", f"{COURSES}/{theirs}/units", None),
        ("POST", f"{COURSES}/{theirs}/units", {"name": "x"}),
        ("PUT", f"{COURSES}/{theirs}/units/order", {"unit_ids": [their_unit["id"]]}),
        ("GET", f"{UNITS}/{their_unit['id']}", None),
        ("PATCH", f"{UNITS}/{their_unit['id']}", {"name": "x"}),
        ("DELETE", f"{UNITS}/{their_unit['id']}", None),
        ("GET", f"{COURSES}/2147483647/units", None),
        ("GET", f"{UNITS}/2147483648", None),
    ):
        kwargs: dict[str, Any] = {"json": body} if body else {}
        response = api.request(method, url, tenant=tenant_a, **kwargs)
        assert response.status_code == 404, (method, url)
        error_of(response)
    assert api.get(f"{UNITS}/{their_unit['id']}", tenant=tenant_b).json["_data"] == their_unit
    conflict = api.request(
        "PUT",
        f"{COURSES}/{mine}/units/order",
        tenant=tenant_a,
        json={"unit_ids": [my_unit["id"], their_unit["id"]]},
    )
    assert conflict.status_code == 409
    for url in (f"{COURSES}/{mine}/units", f"{UNITS}/{my_unit['id']}"):
        assert api.get(url, tenant=tenant_a, key=tenant_b.key).status_code == 401


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = course_id(run, tenant_a)
    unit = add(api, tenant_a, course)
    reader = run(make_key(tenant_a.tenant, ["courses:read"]))
    assert api.get(f"{COURSES}/{course}/units", tenant=tenant_a, key=reader).status_code == 200
    assert api.get(f"{UNITS}/{unit['id']}", tenant=tenant_a, key=reader).status_code == 200
    for method, url, body in (
        ("POST", f"{COURSES}/{course}/units", {"name": "x"}),
        ("PUT", f"{COURSES}/{course}/units/order", {"unit_ids": [unit["id"]]}),
        ("PATCH", f"{UNITS}/{unit['id']}", {"name": "x"}),
        ("DELETE", f"{UNITS}/{unit['id']}", None),
    ):
        kwargs: dict[str, Any] = {"json": body} if body else {}
        assert api.request(method, url, tenant=tenant_a, key=reader, **kwargs).status_code == 403
    users_only = run(make_key(tenant_a.tenant, ["users:write"]))
    assert api.get(f"{UNITS}/{unit['id']}", tenant=tenant_a, key=users_only).status_code == 403
