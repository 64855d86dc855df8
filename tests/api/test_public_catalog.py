from __future__ import annotations

from typing import Any

from models.tenant import TenantStatus
from tenants.plans import PUBLIC_ADDRESS_BURST_LIMIT, PUBLIC_ADDRESS_HOURLY_LIMIT
from tenants.provisioning import do_set_tenant_status, get_tenant
from tests.factories import Api, Seeded, error_of, make_category, make_course, make_unit

CATALOG = "/api/v2/public/courses"


def public_get(api: Api, tenant: Seeded, path: str, **headers: str) -> Any:
    return api.get(path, tenant=tenant.slug, key=None, headers=headers)


def test_lists_only_the_hosts_published_active_courses(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    category = run(make_category(tenant_a.tenant, name="Languages"))
    shown = run(
        make_course(
            tenant_a.tenant,
            name="Spanish A1",
            slug="spanish-a1",
            is_published=True,
            description="Hola",
            price=49.0,
            category_id=category.id,
        )
    )
    run(make_course(tenant_a.tenant, name="Draft", is_published=False))
    run(make_course(tenant_a.tenant, name="Retired", is_published=True, is_active=False))
    run(make_course(tenant_b.tenant, name="Theirs", is_published=True))

    response = public_get(api, tenant_a, CATALOG)
    assert response.status_code == 200, response.text
    assert response.json["_data"] == [
        {
            "slug": "spanish-a1",
            "name": "Spanish A1",
            "description": "Hola",
            "price": 49.0,
            "level": None,
            "category": "Languages",
            "last_updated": response.json["_data"][0]["last_updated"],
        }
    ]
    assert response.json["_meta"]["pagination"]["total_results"] == 1
    assert response.headers["Cache-Control"] == "public, max-age=300"
    assert response.headers["X-RateLimit-Limit"]
    assert shown.slug == "spanish-a1"
    names = [c["name"] for c in public_get(api, tenant_b, CATALOG).json["_data"]]
    assert names == ["Theirs"]
    like = public_get(api, tenant_a, f"{CATALOG}?filter[name][like]=span").json["_data"]
    assert [c["slug"] for c in like] == ["spanish-a1"]
    assert public_get(api, tenant_a, f"{CATALOG}?filter[price][eq]=1").status_code == 400


def test_one_course_with_its_active_lessons(
    api: Api, run: Any, tenant_a: Seeded, tenant_b: Seeded
) -> None:
    course = run(make_course(tenant_a.tenant, name="French", is_published=True))
    run(make_unit(tenant_a.tenant, course.id, name="Bonjour", type="video"))
    run(make_unit(tenant_a.tenant, course.id, name="Hidden", is_active=False))
    run(make_unit(tenant_a.tenant, course.id, name="Merci"))
    draft = run(make_course(tenant_a.tenant, name="Draft"))

    response = public_get(api, tenant_a, f"{CATALOG}/{course.slug}")
    assert response.status_code == 200, response.text
    data = response.json["_data"]
    assert data["name"] == "French"
    assert data["lessons"] == [
        {"position": 1, "name": "Bonjour", "type": "video"},
        {"position": 3, "name": "Merci", "type": "content"},
    ]
    for tenant, slug in ((tenant_a, draft.slug), (tenant_b, course.slug), (tenant_a, "no-such")):
        missing = public_get(api, tenant, f"{CATALOG}/{slug}")
        assert missing.status_code == 404, (tenant.slug, slug)
        error_of(missing)
    too_long = public_get(api, tenant_a, f"{CATALOG}/{'a' * 200}")
    assert too_long.status_code == 404


def test_etag_and_not_modified(api: Api, run: Any, tenant_a: Seeded) -> None:
    course = run(make_course(tenant_a.tenant, name="German", is_published=True))
    path = f"{CATALOG}/{course.slug}"
    first = public_get(api, tenant_a, path)
    etag = first.headers["ETag"]
    assert etag.startswith('"')
    assert etag.endswith('"')
    assert public_get(api, tenant_a, path).headers["ETag"] == etag

    for sent in (etag, f"W/{etag}", f'"other", {etag}', "*"):
        cached = public_get(api, tenant_a, path, **{"If-None-Match": sent})
        assert cached.status_code == 304, sent
        assert cached.content == b""
        assert cached.headers["ETag"] == etag
        assert cached.headers["Cache-Control"] == "public, max-age=300"
    stale = public_get(api, tenant_a, path, **{"If-None-Match": '"other"'})
    assert stale.status_code == 200
    assert stale.json == first.json

    list_etag = public_get(api, tenant_a, CATALOG).headers["ETag"]
    assert public_get(api, tenant_a, CATALOG, **{"If-None-Match": list_etag}).status_code == 304
    run(make_unit(tenant_a.tenant, course.id, name="Neu"))
    changed = public_get(api, tenant_a, path, **{"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag


def test_no_key_but_version_and_tenant_rules_hold(api: Api, run: Any, tenant_a: Seeded) -> None:
    run(make_course(tenant_a.tenant, is_published=True))
    assert api.get(CATALOG, tenant=tenant_a.slug, key=None, version=None).status_code == 400
    assert api.get(CATALOG, tenant="nosuchtenant", key=None).status_code == 404
    assert api.get(CATALOG, tenant=tenant_a.slug, key=None, https=False).status_code == 403
    assert api.get(CATALOG, tenant=tenant_a.slug, key="garbage").status_code == 200
    run(do_set_tenant_status(run(get_tenant(tenant_a.slug)), TenantStatus.SUSPENDED))
    suspended = api.get(CATALOG, tenant=tenant_a.slug, key=None)
    assert suspended.status_code == 403
    error_of(suspended)


def test_anonymous_traffic_never_spends_the_tenants_quota(api: Api, tenant_a: Seeded) -> None:
    keyed = api.get("/api/v2/auth/me", tenant=tenant_a)
    remaining = int(keyed.headers["X-RateLimit-Remaining"])
    answers = [public_get(api, tenant_a, CATALOG) for _ in range(PUBLIC_ADDRESS_BURST_LIMIT + 1)]
    assert [a.status_code for a in answers[:-1]] == [200] * PUBLIC_ADDRESS_BURST_LIMIT
    assert answers[0].headers["X-RateLimit-Limit"] == str(PUBLIC_ADDRESS_HOURLY_LIMIT)
    assert answers[-1].status_code == 429
    assert "Retry-After" in answers[-1].headers
    error_of(answers[-1])
    again = api.get("/api/v2/auth/me", tenant=tenant_a)
    assert again.status_code == 200
    assert int(again.headers["X-RateLimit-Remaining"]) == remaining - 1
