"""A learner's token against every route of the OpenAPI document: each answers as the role table
of docs/authentication.md says. A new route that forgets its ability, or opens itself to
learners without the table saying so, fails here."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from typing import Any

from core.query import MAX_DB_ID
from core.scoping import tenant_scope
from domain.enrollments import do_enroll
from models.user import User
from tests.factories import Api, Seeded, error_of, make_course, make_user, sign_in_as
from tests.live import ROOT

ROLE_TABLE = ROOT / "docs" / "authentication.md"
_ROW = re.compile(r"^\| `(GET|POST|PUT|PATCH|DELETE) (/api/v2/\S+)` \| `(me:read|me:write)` \|$")
_PATH_PARAMETER = re.compile(r"\{([a-z_]+)\}")
SIGN_OUT = ("POST", "/api/v2/auth/sign-out")


@cache
def learner_routes() -> frozenset[tuple[str, str]]:
    """(method, path) of every route the role table opens to a learner's token."""
    lines = ROLE_TABLE.read_text().splitlines()
    return frozenset(
        (match[1], match[2]) for line in lines if (match := _ROW.match(line)) is not None
    )


def _url(path: str, user_id: int) -> str:
    def fill(parameter: re.Match[str]) -> str:
        name = parameter[1]
        if name == "user_id":
            return str(user_id)
        return "nobody@example.com" if name == "email" else str(MAX_DB_ID)

    return _PATH_PARAMETER.sub(fill, path)


def _keyed_operations(api: Api, tenant: Seeded) -> list[tuple[str, str]]:
    document = api.get("/api/v2/openapi.json", tenant=tenant.slug).json
    operations = [
        (method.upper(), path)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if "security" in operation
    ]
    # Signing out ends the token the walk uses: last.
    return sorted(operations, key=lambda operation: operation == SIGN_OUT)


def test_the_role_table_lists_learner_routes() -> None:
    assert len(learner_routes()) >= 15
    assert ("POST", "/api/v2/progress-events") in learner_routes()


def test_every_route_answers_a_learners_token_as_the_role_table_says(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    learner = run(make_user(tenant_a.tenant))
    token = run(sign_in_as(tenant_a.tenant, learner))
    operations = _keyed_operations(api, tenant_a)
    assert set(learner_routes()) <= set(operations), "the table names a route the API lacks"
    wrong = []
    for method, path in operations:
        body: dict[str, Any] = {"json": {}} if method in ("POST", "PUT", "PATCH") else {}
        response = api.request(
            method, _url(path, learner.id), tenant=tenant_a.slug, bearer=token, **body
        )
        status = response.status_code
        reached = (method, path) in learner_routes()
        if status == 401 or (status == 403) == reached or status >= 500:
            wrong.append(f"{method} {path}: {status} {response.text[:200]}")
    assert not wrong, "\n".join(wrong)


def _other_user_is_missing(response: Any, other: User) -> None:
    assert response.status_code == 404, response.text
    assert error_of(response)["message"] == f"No user with id {other.id}"


def test_a_learner_reads_their_own_records_and_no_one_elses(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    learner = run(make_user(tenant_a.tenant))
    other = run(make_user(tenant_a.tenant))
    course = run(make_course(tenant_a.tenant))
    with tenant_scope(tenant_a.tenant.id):
        for user in (learner, other):
            run(do_enroll(tenant_a.tenant, user.id, course.id))
    token = run(sign_in_as(tenant_a.tenant, learner))

    def get(path: str) -> Any:
        return api.get(path, tenant=tenant_a.slug, bearer=token)

    for path in ("/api/v2/users/{}", "/api/v2/users/{}/courses", "/api/v2/users/{}/gamification"):
        assert get(path.format(learner.id)).status_code == 200
        _other_user_is_missing(get(path.format(other.id)), other)
    for path in ("/api/v2/cefr/report", "/api/v2/learning-insights", "/api/v2/gamification/stats"):
        own = get(path)
        assert own.status_code == 200, own.text
        assert get(f"{path}?user_id={learner.id}").json == own.json
        _other_user_is_missing(get(f"{path}?user_id={other.id}"), other)
    progress = get(f"/api/v2/course-progress?course_id={course.id}")
    assert progress.status_code == 200, progress.text
    assert progress.json["_data"]["user_id"] == learner.id
    _other_user_is_missing(
        get(f"/api/v2/course-progress?user_id={other.id}&course_id={course.id}"), other
    )
    listed = get("/api/v2/course-progress").json
    assert [item["user_id"] for item in listed["_data"]] == [learner.id]
    assert listed["_meta"]["pagination"]["total_results"] == 1
    admin_view = api.get("/api/v2/course-progress", tenant=tenant_a).json
    assert admin_view["_meta"]["pagination"]["total_results"] == 2


def test_a_learner_posts_progress_events_for_themselves_only(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    learner = run(make_user(tenant_a.tenant))
    other = run(make_user(tenant_a.tenant))
    token = run(sign_in_as(tenant_a.tenant, learner))
    event = {
        "client_event_id": "e1",
        "lesson_id": MAX_DB_ID,
        "outcome": "started",
        "occurred_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    response = api.post(
        "/api/v2/progress-events",
        tenant=tenant_a.slug,
        bearer=token,
        json=[{**event, "user_id": learner.id}, {**event, "user_id": other.id}],
    )
    _other_user_is_missing(response, other)
    mine = api.post(
        "/api/v2/progress-events",
        tenant=tenant_a.slug,
        bearer=token,
        json={**event, "user_id": learner.id},
    )
    assert mine.status_code == 404, mine.text
    assert "lesson" in error_of(mine)["message"].lower()


def test_a_learner_never_gets_another_learners_idempotent_answer(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    first, second = run(make_user(tenant_a.tenant)), run(make_user(tenant_a.tenant))
    event = {
        "client_event_id": "e1",
        "user_id": first.id,
        "lesson_id": MAX_DB_ID,
        "outcome": "started",
        "occurred_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    answers = [
        api.post(
            "/api/v2/progress-events",
            tenant=tenant_a.slug,
            bearer=run(sign_in_as(tenant_a.tenant, user)),
            json=event,
            headers={"Idempotency-Key": "same-key"},
        )
        for user in (first, second)
    ]
    assert answers[0].status_code == 404
    assert "Idempotent-Replayed" not in answers[1].headers
    assert answers[1].status_code == 422
    assert error_of(answers[1])["param"] == "Idempotency-Key"
