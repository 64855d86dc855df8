from __future__ import annotations

from typing import Any

from tests.factories import Api, Seeded, error_of, make_course, make_key, make_unit

LESSONS = "/api/v2/lessons"


def add(api: Api, tenant: Seeded, **body: Any) -> dict[str, Any]:
    response = api.post(LESSONS, tenant=tenant, json={"name": "L", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def test_lessons_are_the_courses_units_in_order(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = run(make_course(tenant_a.tenant)).id
    other = run(make_course(tenant_a.tenant)).id
    unit = run(make_unit(tenant_a.tenant, course, name="Greetings"))
    first = add(api, tenant_a, course_id=course, name="Numbers", type="video", position=1)
    add(api, tenant_a, course_id=other, name="Elsewhere")

    assert first == {
        "id": first["id"],
        "course_id": course,
        "position": 1,
        "name": "Numbers",
        "type": "video",
        "is_active": True,
        "content": None,
        "trainings": [],
        "created_at": first["created_at"],
        "last_updated": first["last_updated"],
    }
    listed = api.get(f"{LESSONS}?filter[course_id][eq]={course}", tenant=tenant_a).json
    assert [(lesson["name"], lesson["position"]) for lesson in listed["_data"]] == [
        ("Numbers", 1),
        ("Greetings", 2),
    ]
    assert listed["_meta"]["pagination"]["total_results"] == 2
    units = api.get(f"/api/v2/courses/{course}/units", tenant=tenant_a).json["_data"]
    assert [u["id"] for u in units] == [first["id"], unit.id]
    everything = api.get(LESSONS, tenant=tenant_a).json["_data"]
    assert [lesson["course_id"] for lesson in everything] == [course, course, other]


def test_update_moves_and_delete_takes_trainings(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = run(make_course(tenant_a.tenant)).id
    lessons = [add(api, tenant_a, course_id=course, name=name) for name in "ABC"]
    training = api.post(
        "/api/v2/trainings", tenant=tenant_a, json={"lesson_id": lessons[0]["id"], "name": "T"}
    ).json["_data"]

    moved = api.request(
        "PATCH",
        f"{LESSONS}/{lessons[0]['id']}",
        tenant=tenant_a,
        json={"position": 3, "content": "<p>hi</p>", "is_active": False},
    )
    assert moved.status_code == 200, moved.text
    assert moved.json["_data"]["position"] == 3
    assert moved.json["_data"]["content"] == "<p>hi</p>"
    assert moved.json["_data"]["trainings"] == [{"id": training["id"], "name": "T", "position": 1}]
    filtered = api.get(
        f"{LESSONS}?filter[course_id][eq]={course}&filter[is_active][eq]=true", tenant=tenant_a
    ).json["_data"]
    assert [lesson["name"] for lesson in filtered] == ["B", "C"]

    assert api.delete(f"{LESSONS}/{lessons[0]['id']}", tenant=tenant_a).status_code == 204
    assert api.get(f"{LESSONS}/{lessons[0]['id']}", tenant=tenant_a).status_code == 404
    assert api.get(f"/api/v2/trainings/{training['id']}", tenant=tenant_a).status_code == 404


def test_another_tenants_lessons_are_not_found(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    course = run(make_course(tenant_a.tenant)).id
    lesson = add(api, tenant_a, course_id=course)
    path = f"{LESSONS}/{lesson['id']}"
    assert api.get(path, tenant=tenant_b).status_code == 404
    assert api.request("PATCH", path, tenant=tenant_b, json={"name": "x"}).status_code == 404
    assert api.delete(path, tenant=tenant_b).status_code == 404
    created = api.post(LESSONS, tenant=tenant_b, json={"course_id": course, "name": "x"})
    assert created.status_code == 404
    assert api.get(LESSONS, tenant=tenant_b).json["_data"] == []
    assert api.get(path, tenant=tenant_a.slug, key=tenant_b.key).status_code == 401
    assert api.get(path, tenant=tenant_a).json["_data"]["name"] == "L"


def test_bad_input(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = run(make_course(tenant_a.tenant)).id
    for body, status, param in (
        ({"name": "x"}, 400, "course_id"),
        ({"course_id": "1", "name": "x"}, 400, "course_id"),
        ({"course_id": course, "name": " "}, 422, "name"),
        ({"course_id": course, "name": "x", "type": "film"}, 422, "type"),
        ({"course_id": course, "name": "x", "position": 0}, 422, "position"),
    ):
        response = api.post(LESSONS, tenant=tenant_a, json=body)
        assert response.status_code == status, (body, response.text)
        assert error_of(response)["param"] == param
    for query in ("filter[course_id][eq]=x", "filter[position][eq]=1", "page[size]=101"):
        assert api.get(f"{LESSONS}?{query}", tenant=tenant_a).status_code == 400


def test_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    reader = run(make_key(tenant_a.tenant, ["courses:read"]))
    course = run(make_course(tenant_a.tenant)).id
    assert api.get(LESSONS, tenant=tenant_a, key=reader).status_code == 200
    denied = api.post(LESSONS, tenant=tenant_a, key=reader, json={"course_id": course, "name": "x"})
    assert denied.status_code == 403
    users_only = run(make_key(tenant_a.tenant, ["users:read"]))
    assert api.get(LESSONS, tenant=tenant_a, key=users_only).status_code == 403
