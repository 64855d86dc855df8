from __future__ import annotations

from typing import Any

from tests.factories import Api, Seeded, error_of, make_course, make_key, make_unit

ITEMS = "/api/v2/training-items"


def training_id(api: Api, run: Any, tenant: Seeded) -> int:
    course = run(make_course(tenant.tenant))
    lesson = run(make_unit(tenant.tenant, course.id))
    response = api.post(
        "/api/v2/trainings", tenant=tenant, json={"lesson_id": lesson.id, "name": "T"}
    )
    value: int = response.json["_data"]["id"]
    return value


def add(api: Api, tenant: Seeded, training: int, **body: Any) -> dict[str, Any]:
    fields = {"training_id": training, "name": "I", "type": "quiz", "skill": "reading"}
    response = api.post(ITEMS, tenant=tenant, json={**fields, "level": "A1", **body})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = response.json["_data"]
    return data


def names(api: Api, tenant: Seeded, query: str) -> list[str]:
    response = api.get(f"{ITEMS}?{query}", tenant=tenant)
    assert response.status_code == 200, response.text
    return [item["name"] for item in response.json["_data"]]


def test_crud_and_order(api: Api, run: Any, tenant_a: Seeded) -> None:
    training = training_id(api, run, tenant_a)
    content = {"prompt": "Pick the verb", "options": ["run", "red"], "answer": 0}
    first = add(
        api,
        tenant_a,
        training,
        name="Verbs",
        type="grammar",
        skill="grammar",
        level="B1",
        content=content,
    )
    add(api, tenant_a, training, name="Listen", type="listening", skill="listening", level="A2")
    add(api, tenant_a, training, name="Words", type="vocabulary", skill="vocabulary", position=1)

    trainings = api.get(f"/api/v2/trainings/{training}", tenant=tenant_a).json["_data"]
    assert first == {
        "id": first["id"],
        "training_id": training,
        "lesson_id": trainings["lesson_id"],
        "course_id": trainings["course_id"],
        "position": 1,
        "name": "Verbs",
        "type": "grammar",
        "skill": "grammar",
        "level": "B1",
        "content": content,
        "created_at": first["created_at"],
        "last_updated": first["last_updated"],
    }
    assert names(api, tenant_a, f"filter[training_id][eq]={training}") == [
        "Words",
        "Verbs",
        "Listen",
    ]
    listed = api.get(f"{ITEMS}?filter[training_id][eq]={training}", tenant=tenant_a).json
    assert "content" not in listed["_data"][0]
    assert [i["position"] for i in listed["_data"]] == [1, 2, 3]

    moved = api.request(
        "PATCH",
        f"{ITEMS}/{first['id']}",
        tenant=tenant_a,
        json={"position": 3, "level": "C1", "content": {"prompt": "new"}},
    )
    assert moved.status_code == 200, moved.text
    assert moved.json["_data"]["level"] == "C1"
    assert moved.json["_data"]["content"] == {"prompt": "new"}
    assert names(api, tenant_a, f"filter[training_id][eq]={training}") == [
        "Words",
        "Listen",
        "Verbs",
    ]
    assert api.delete(f"{ITEMS}/{first['id']}", tenant=tenant_a).status_code == 204
    assert api.get(f"{ITEMS}/{first['id']}", tenant=tenant_a).status_code == 404
    listed = api.get(f"{ITEMS}?filter[training_id][eq]={training}", tenant=tenant_a).json
    assert [(i["name"], i["position"]) for i in listed["_data"]] == [("Words", 1), ("Listen", 2)]


def test_filters(api: Api, run: Any, tenant_a: Seeded) -> None:
    training = training_id(api, run, tenant_a)
    add(api, tenant_a, training, name="a", type="quiz", skill="reading", level="A1")
    add(api, tenant_a, training, name="b", type="speaking", skill="speaking", level="B2")
    add(api, tenant_a, training, name="c", type="quiz", skill="writing", level="C2")
    scope = f"filter[training_id][eq]={training}"
    assert names(api, tenant_a, f"{scope}&filter[type][eq]=quiz") == ["a", "c"]
    assert names(api, tenant_a, f"{scope}&filter[skill][eq]=speaking") == ["b"]
    assert names(api, tenant_a, f"{scope}&filter[level][gte]=B1") == ["b", "c"]
    assert names(api, tenant_a, f"{scope}&filter[level][lte]=B2") == ["a", "b"]
    assert names(api, tenant_a, f"{scope}&filter[level][eq]=C2") == ["c"]
    for query in ("filter[type][eq]=essay", "filter[level][eq]=D1", "filter[skill][like]=r"):
        response = api.get(f"{ITEMS}?{query}", tenant=tenant_a)
        assert response.status_code == 400, query
        error_of(response)


def test_another_tenants_items_are_not_found(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    training = training_id(api, run, tenant_a)
    item = add(api, tenant_a, training)
    path = f"{ITEMS}/{item['id']}"
    assert api.get(path, tenant=tenant_b).status_code == 404
    assert api.request("PATCH", path, tenant=tenant_b, json={"name": "x"}).status_code == 404
    assert api.delete(path, tenant=tenant_b).status_code == 404
    body = {"training_id": training, "name": "x", "type": "quiz", "skill": "reading", "level": "A1"}
    created = api.post(ITEMS, tenant=tenant_b, json=body)
    assert created.status_code == 404
    assert error_of(created)["param"] == "training_id"
    assert api.get(ITEMS, tenant=tenant_b).json["_data"] == []
    assert api.get(path, tenant=tenant_a.slug, key=tenant_b.key).status_code == 401
    assert api.get(path, tenant=tenant_a).status_code == 200


def test_bad_input_and_scopes(api: Api, run: Any, tenant_a: Seeded) -> None:
    training = training_id(api, run, tenant_a)
    good = {"training_id": training, "name": "x", "type": "quiz", "skill": "reading", "level": "A1"}
    for change, status, param in (
        ({"type": "essay"}, 422, "type"),
        ({"skill": "dancing"}, 422, "skill"),
        ({"level": "a1"}, 422, "level"),
        ({"level": None}, 422, "level"),
        ({"content": []}, 400, "content"),
        ({"content": {"k": "\x00"}}, 422, "content"),
        ({"content": {"k": "x" * 70_000}}, 422, "content"),
        ({"position": -1}, 422, "position"),
    ):
        response = api.post(ITEMS, tenant=tenant_a, json={**good, **change})
        assert response.status_code == status, (change, response.text)
        assert error_of(response)["param"] == param
    missing_level = {k: v for k, v in good.items() if k != "level"}
    assert api.post(ITEMS, tenant=tenant_a, json=missing_level).status_code == 400
    reader = run(make_key(tenant_a.tenant, ["courses:read"]))
    assert api.get(ITEMS, tenant=tenant_a, key=reader).status_code == 200
    assert api.post(ITEMS, tenant=tenant_a, key=reader, json=good).status_code == 403
