"""Every event type the code declares (`EventType`, the only types `record_event` takes) is
driven through the API and reaches a ``*`` webhook on a real loopback receiver. A type added
without a way here to drive it fails the test."""

from __future__ import annotations

from typing import Any

from core.settings import Settings
from domain.events import EventType
from models.event import Event
from tests.api.test_account_recovery import CONFIRM, RESET, reset_token
from tests.api.test_progress_events import build, event
from tests.api.test_webhooks import create, deliver_pending
from tests.factories import Api, Seeded, delete_with_body
from tests.receiver import Receiver, start_receiver
from tests.smtp import SmtpServer

V2 = "/api/v2"


def ok(response: Any) -> dict[str, Any]:
    assert 200 <= response.status_code < 300, (response.status_code, response.text)
    data: dict[str, Any] = response.json["_data"] if response.text else {}
    return data


def drive_everything(
    api: Api, run: Any, tenant: Seeded, smtp_server: SmtpServer, send_queued: Any
) -> None:
    """Make the tenant's users, courses, content, links and progress do every change that
    records an event."""

    def post(path: str, body: Any) -> dict[str, Any]:
        return ok(api.post(f"{V2}{path}", tenant=tenant, json=body))

    def patch(path: str, body: dict[str, Any]) -> dict[str, Any]:
        return ok(api.request("PATCH", f"{V2}{path}", tenant=tenant, json=body))

    def delete(path: str, body: dict[str, Any] | None = None) -> None:
        if body is None:
            ok(api.delete(f"{V2}{path}", tenant=tenant))
        else:
            ok(delete_with_body(api, f"{V2}{path}", tenant=tenant, json=body))

    def link_and_unlink(path: str, body: dict[str, Any]) -> None:
        post(path, body)
        delete(path, body)

    person = {"name": "Ada", "surname": "Lovelace", "password": "correct-horse"}
    user = post("/users", {**person, "login": "ada", "email": "ada@example.com"})["id"]
    patch(f"/users/{user}", {"surname": "King"})
    ok(api.get(f"{V2}/users/{user}/login", tenant=tenant))
    post(f"/users/{user}/logout", {})
    ok(api.post(RESET, tenant=tenant, json={"login": "ada"}))
    send_queued()
    token = reset_token(smtp_server.wait_for("ada@example.com")[0].text, tenant.slug)
    ok(api.post(CONFIRM, tenant=tenant.slug, json={"token": token, "password": "x" * 16}))
    gone = post("/users", {**person, "login": "gone", "email": "gone@example.com"})["id"]
    delete(f"/users/{gone}")

    field = post("/user-fields", {"name": "Shoe size", "type": "text"})["id"]
    patch(f"/user-fields/{field}", {"name": "Hat size"})
    delete(f"/user-fields/{field}")
    field = post("/course-fields", {"name": "Room"})["id"]
    patch(f"/course-fields/{field}", {"name": "Hall"})
    delete(f"/course-fields/{field}")
    category = post("/categories", {"name": "Safety"})["id"]
    patch(f"/categories/{category}", {"name": "Health and safety"})
    delete(f"/categories/{category}")

    course = post("/courses", {"name": "Fire safety"})["id"]
    patch(f"/courses/{course}", {"name": "Fire drills"})
    post("/enrollments", {"user_id": user, "course_id": course})
    ok(api.get(f"{V2}/courses/{course}/users/{user}/goto", tenant=tenant))
    units = [post(f"/courses/{course}/units", {"name": f"Unit {n}"})["id"] for n in range(2)]
    order = {"unit_ids": units[::-1]}
    ok(api.request("PUT", f"{V2}/courses/{course}/units/order", tenant=tenant, json=order))
    patch(f"/units/{units[0]}", {"name": "First unit"})
    delete(f"/units/{units[1]}")
    training = post("/trainings", {"lesson_id": units[0], "name": "Drills"})["id"]
    patch(f"/trainings/{training}", {"name": "More drills"})
    item = {"training_id": training, "name": "Q", "type": "quiz", "skill": "reading"}
    item_id = post("/training-items", {**item, "level": "B1"})["id"]
    patch(f"/training-items/{item_id}", {"name": "Q1"})
    delete(f"/training-items/{item_id}")
    delete(f"/trainings/{training}")
    path = post("/learning-paths", {"name": "Onboarding", "course_ids": [course]})["id"]
    patch(f"/learning-paths/{path}", {"name": "Induction"})
    link_and_unlink("/learning-paths/enrollments", {"user_id": user, "learning_path_id": path})
    delete(f"/learning-paths/{path}")
    delete("/enrollments", {"user_id": user, "course_id": course})

    group = post("/groups", {"name": "Night shift"})["id"]
    patch(f"/groups/{group}", {"name": "Day shift"})
    link_and_unlink("/group-memberships", {"group_id": group, "user_id": user})
    link_and_unlink("/group-courses", {"group_id": group, "course_id": course})
    delete(f"/groups/{group}")
    branch = post("/branches", {"name": "Athens"})["id"]
    patch(f"/branches/{branch}", {"name": "Thessaloniki"})
    link_and_unlink("/branch-users", {"branch_id": branch, "user_id": user})
    link_and_unlink("/branch-courses", {"branch_id": branch, "course_id": course})
    delete(f"/branches/{branch}")
    delete(f"/courses/{course}")

    # Progress: a lesson and the course it finishes, then a reset.
    learning = build(api, run, tenant)
    done = [
        event(learning.user, lesson_id=lesson, minutes=n)
        for n, lesson in enumerate((learning.lesson1, learning.lesson2))
    ]
    post("/progress-events", done)
    reset = f"{V2}/course-progress?user_id={learning.user}&course_id={learning.id}"
    ok(api.delete(reset, tenant=tenant))
    post("/exports", {"type": "activity"})


def test_every_declared_event_type_reaches_a_catch_all_webhook(
    api: Api,
    run: Any,
    settings: Settings,
    tenant_a: Seeded,
    tenant_b: Seeded,
    receiver: Receiver,
    smtp_server: SmtpServer,
    send_queued: Any,
) -> None:
    hook = create(api, tenant_a, receiver.url)
    elsewhere = start_receiver()
    try:
        create(api, tenant_b, elsewhere.url)
        drive_everything(api, run, tenant_a, smtp_server, send_queued)
        # Dispatches and deliveries (each done when this returns), and the export, whose
        # export.completed is dispatched in turn.
        deliver_pending(run, settings)
        assert elsewhere.received == []
    finally:
        elsewhere.stop()
    recorded = run(
        Event.all_tenants.filter(tenant_id=tenant_a.tenant.id).values_list("type", flat=True)
    )
    sent = [r.verify(hook["secret"]) for r in receiver.wait_for(len(recorded))]
    assert sorted(body["type"] for body in sent) == sorted(recorded)
    assert {body["tenant"]["slug"] for body in sent} == {tenant_a.slug}
    delivered = {body["type"] for body in sent}
    declared = {str(t) for t in EventType}
    assert delivered == declared, {
        "declared, never delivered": sorted(declared - delivered),
        "delivered, not declared": sorted(delivered - declared),
    }
