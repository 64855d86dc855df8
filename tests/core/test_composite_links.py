"""The ids tenant tables copy from one another (a category's parent; the course and lesson of
trainings, training items and item completions) are composite keys with the tenant: tried as the
application's role, with SQL that bypasses every check of the application, a row of one tenant
cannot name another tenant's row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
from tortoise import connections
from tortoise.exceptions import IntegrityError

from core.scoping import platform_connection, tenant_scope
from domain.training_items import NewTrainingItem, do_create_item
from domain.trainings import NewTraining, do_create_training
from models.content import CefrLevel, CefrSkill, TrainingItemType
from models.progress import ItemCompletion
from tenants.records import TenantRecord
from tests.factories import Api, Seeded, make_category, make_course, make_unit, make_user

# Ids that tenant tables keep with no key, as history (migration 10 says why).
HISTORY = {
    ("learner_lessons", "course_id"),
    ("learner_lessons", "lesson_id"),
    ("progress_events", "course_id"),
    ("progress_events", "lesson_id"),
    ("progress_events", "training_item_id"),
}


@dataclass(frozen=True)
class Content:
    """Ids of one tenant's rows: each link's own row, and two targets of each kind."""

    tenant_id: int
    categories: tuple[int, int]
    courses: tuple[int, int]
    lessons: tuple[int, int]
    training: int
    item: int
    completion: int


async def _content(tenant: TenantRecord) -> Content:
    categories = (await make_category(tenant), await make_category(tenant))
    courses = (await make_course(tenant), await make_course(tenant))
    lessons = (await make_unit(tenant, courses[0].id), await make_unit(tenant, courses[1].id))
    user = await make_user(tenant)
    with tenant_scope(tenant.id):
        training = await do_create_training(tenant, NewTraining(lesson_id=lessons[0].id, name="T"))
        item = await do_create_item(
            tenant,
            NewTrainingItem(
                training_id=training.id,
                name="I",
                type=TrainingItemType.QUIZ,
                skill=CefrSkill.READING,
                level=CefrLevel.A1,
            ),
        )
        rows = await connections.get("default").execute_query_dict(
            'INSERT INTO "item_completions" '
            '("tenant_id", "user_id", "training_item_id", "lesson_id", "completed_at") '
            'VALUES ($1, $2, $3, $4, now()) RETURNING "id"',
            [tenant.id, user.id, item.id, lessons[0].id],
        )
    return Content(
        tenant_id=tenant.id,
        categories=(categories[0].id, categories[1].id),
        courses=(courses[0].id, courses[1].id),
        lessons=(lessons[0].id, lessons[1].id),
        training=training.id,
        item=item.id,
        completion=rows[0]["id"],
    )


def _app(run: Any, sql: str, values: list[Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = run(connections.get("default").execute_query_dict(sql, values))
    return rows


# (table, column, the linking row, the kind of row it names)
LINKS = [
    ("categories", "parent_id", lambda c: c.categories[0], lambda c: c.categories),
    ("trainings", "course_id", lambda c: c.training, lambda c: c.courses),
    ("training_items", "course_id", lambda c: c.item, lambda c: c.courses),
    ("training_items", "lesson_id", lambda c: c.item, lambda c: c.lessons),
    ("item_completions", "lesson_id", lambda c: c.completion, lambda c: c.lessons),
]


@pytest.mark.parametrize(
    ("table", "column", "row_of", "targets_of"),
    LINKS,
    ids=[f"{table}.{column}" for table, column, _, _ in LINKS],
)
def test_a_link_to_another_tenants_row_is_refused(
    run: Any,
    tenant_a: Seeded,
    tenant_b: Seeded,
    table: str,
    column: str,
    row_of: Any,
    targets_of: Any,
) -> None:
    mine = run(_content(tenant_a.tenant))
    theirs = run(_content(tenant_b.tenant))
    row = row_of(mine)
    update = f'UPDATE "{table}" SET "{column}" = $1 WHERE "id" = $2'  # noqa: S608 - from LINKS
    with tenant_scope(mine.tenant_id):
        with pytest.raises(IntegrityError, match=f"{table}_{column}_fkey"):
            _app(run, update, [targets_of(theirs)[1], row])
        # The same statement naming a row of the tenant's own is taken.
        _app(run, update, [targets_of(mine)[1], row])
        read = f'SELECT "{column}" AS "target" FROM "{table}" WHERE "id" = $1'  # noqa: S608
        assert _app(run, read, [row]) == [{"target": targets_of(mine)[1]}]


def test_every_id_column_of_a_tenant_table_is_a_link_or_history(run: Any) -> None:
    unlinked = run(
        platform_connection().execute_query_dict(
            """
            SELECT c.relname AS "table", a.attname AS "column" FROM pg_class c
            JOIN pg_attribute a ON a.attrelid = c.oid AND NOT a.attisdropped
            WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace
              AND a.attname LIKE '%\\_id' AND a.attname <> 'tenant_id'
              AND a.atttypid IN ('int4'::regtype, 'int8'::regtype)
              AND EXISTS (
                  SELECT 1 FROM pg_attribute t WHERE t.attrelid = c.oid AND t.attname = 'tenant_id'
              )
              AND NOT EXISTS (
                  SELECT 1 FROM pg_constraint k
                  WHERE k.conrelid = c.oid AND k.contype = 'f' AND a.attnum = ANY (k.conkey)
              )
            """
        )
    )
    assert {(row["table"], row["column"]) for row in unlinked} == HISTORY


def test_deleting_a_lesson_takes_its_items_completions_and_keeps_the_other_lessons(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    mine = run(_content(tenant_a.tenant))
    response = api.delete(f"/api/v2/lessons/{mine.lessons[0]}", tenant=tenant_a)
    assert response.status_code == 204, response.text
    with tenant_scope(mine.tenant_id):
        assert not run(ItemCompletion.filter(id=mine.completion).exists())
    assert api.get(f"/api/v2/lessons/{mine.lessons[1]}", tenant=tenant_a).status_code == 200


def test_a_category_with_subcategories_is_still_refused_and_then_deleted(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    parent = run(make_category(tenant_a.tenant))
    child = run(make_category(tenant_a.tenant, parent_id=parent.id))
    refused = api.delete(f"/api/v2/categories/{parent.id}", tenant=tenant_a)
    assert refused.status_code == 409, refused.text
    for category in (child, parent):
        response = api.delete(f"/api/v2/categories/{category.id}", tenant=tenant_a)
        assert response.status_code == 204, response.text


def test_deleting_a_course_takes_its_trainings_and_items(
    api: Api, run: Any, tenant_a: Seeded
) -> None:
    mine = run(_content(tenant_a.tenant))
    response = api.delete(f"/api/v2/courses/{mine.courses[0]}", tenant=tenant_a)
    assert response.status_code == 204, response.text
    for path in (f"/api/v2/trainings/{mine.training}", f"/api/v2/training-items/{mine.item}"):
        assert api.get(path, tenant=tenant_a).status_code == 404
