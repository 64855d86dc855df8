from __future__ import annotations

from typing import Any

from models.event import Event
from tests.factories import Api, Seeded, error_of, make_course, make_key, make_unit

TRAININGS = "/api/v2/trainings"


def lesson_id(run: Any, tenant: Seeded) -> int:
    course = run(make_course(tenant.tenant))
    value: int = run(make_unit(tenant.tenant, course.id)).id
    return value


def add(api: Api, tenant: Seeded, lesson: int, **body: Any) -> dict[str, Any]:
    response = api.post(TRAININGS, tenant=tenant, json={"lesson_id": lesson, "name": "T", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def order(api: Api, tenant: Seeded, lesson: int) -> list[tuple[str, int]]:
    body = api.get(f"{TRAININGS}?filter[lesson_id][eq]={lesson}", tenant=tenant).json
    return [(t["name"], t["position"]) for t in body["_data"]]


def test_crud_keeps_positions_dense(api: Api, run: Any, tenant_a: Seeded) -> None:
    lesson = lesson_id(run, tenant_a)
    first = add(api, tenant_a, lesson, name="Warm-up", description="Easy start")
    add(api, tenant_a, lesson, name="Drill")
    add(api, tenant_a, lesson, name="Intro", position=1)
    add(api, tenant_a, lesson, name="Review", position=99)

    assert first["name"] == "Warm-up"
    assert first["description"] == "Easy start"
    assert first["lesson_id"] == lesson
    assert api.get(f"{TRAININGS}/{first['id']}", tenant=tenant_a).json["_data"] == {
        **first,
        "position": 2,
        "last_updated": api.get(f"{TRAININGS}/{first['id']}", tenant=tenant_a).json["_data"][
            "last_updated"
        ],
    }
    assert order(api, tenant_a, lesson) == [
        ("Intro", 1),
        ("Warm-up", 2),
        ("Drill", 3),
        ("Review", 4),
    ]

    moved = api.request(
        "PATCH",
        f"{TRAININGS}/{first['id']}",
        tenant=tenant_a,
        json={"position": 4, "name": "Warm-up 2", "description": None},
    )
    assert moved.status_code == 200, moved.text
    assert moved.json["_data"]["description"] is None
    assert order(api, tenant_a, lesson) == [
        ("Intro", 1),
        ("Drill", 2),
        ("Review", 3),
        ("Warm-up 2", 4),
    ]
    drill = api.get(f"{TRAININGS}?filter[name][like]=dri", tenant=tenant_a).json["_data"]
    assert [t["name"] for t in drill] == ["Drill"]
    assert api.delete(f"{TRAININGS}/{drill[0]['id']}", tenant=tenant_a).status_code == 204
    assert order(api, tenant_a, lesson) == [("Intro", 1), ("Review", 2), ("Warm-up 2", 3)]
    types = run(
        Event.all_tenants.filter(tenant_id=tenant_a.tenant.id, type__startswith="training.")
        .order_by("id")
        .values_list("type", flat=True)
    )
    assert types == [*["training.created"] * 4, "training.updated", "training.deleted"]


def test_another_tenants_trainings_are_not_found(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    lesson = lesson_id(run, tenant_a)
    training = add(api, tenant_a, lesson)
    path = f"{TRAININGS}/{training['id']}"
    assert api.get(path, tenant=tenant_b).status_code == 404
    assert api.request("PATCH", path, tenant=tenant_b, json={"name": "x"}).status_code == 404
    assert api.delete(path, tenant=tenant_b).status_code == 404
    created = api.post(TRAININGS, tenant=tenant_b, json={"lesson_id": lesson, "name": "x"})
    assert created.status_code == 404
    assert error_of(created)["param"] == "lesson_id"
    assert api.get(TRAININGS, tenant=tenant_b).json["_data"] == []
    assert api.get(path, tenant=tenant_a.slug, key=tenant_b.key).status_code == 401
    assert api.get(path, tenant=tenant_a).status_code == 200


def test_bad_input_and_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    lesson = lesson_id(run, tenant_a)
    for body, status in (
        ({"name": "x"}, 400),
        ({"lesson_id": lesson, "name": 5}, 400),
        ({"lesson_id": lesson, "name": ""}, 422),
        ({"lesson_id": lesson, "name": "x", "extra": 1}, 400),
        ({"lesson_id": lesson, "name": "x\x00"}, 422),
    ):
        response = api.post(TRAININGS, tenant=tenant_a, json=body)
        assert response.status_code == status, (body, response.text)
        error_of(response)
    training = add(api, tenant_a, lesson)
    nulled = api.request(
        "PATCH", f"{TRAININGS}/{training['id']}", tenant=tenant_a, json={"name": None}
    )
    assert nulled.status_code == 400
    assert api.get(f"{TRAININGS}?filter[lesson_id][like]=1", tenant=tenant_a).status_code == 400
    reader = run(make_key(tenant_a.tenant, ["courses:read"]))
    assert api.get(TRAININGS, tenant=tenant_a, key=reader).status_code == 200
    denied = api.post(
        TRAININGS, tenant=tenant_a, key=reader, json={"lesson_id": lesson, "name": "x"}
    )
    assert denied.status_code == 403
