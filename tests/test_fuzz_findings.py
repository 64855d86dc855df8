"""Requests that got a 500 or a wrong answer, found by fuzzing the API against its OpenAPI
document (tests/test_openapi.py) and probing around what it found."""

from __future__ import annotations

import pytest

from tests.factories import Api, Seeded, error_of


@pytest.mark.parametrize(
    ("query", "param"),
    [
        # "²" passes str.isdigit() but not int().
        ("page[size]=%C2%B2", "page[size]"),
        # PostgreSQL text cannot hold NUL.
        ("filter[name][eq]=a%00b", "filter[name][eq]"),
        # Valid timestamps whose UTC time is outside the years 1 to 9999.
        ("filter[created_at][gte]=0001-01-01T00:00:00%2B05:00", "filter[created_at][gte]"),
        ("filter[created_at][lte]=9999-12-31T23:59:59-05:00", "filter[created_at][lte]"),
        # Blank values were dropped, as if the parameter had not been sent.
        ("filter[created_at][gte]=", "filter[created_at][gte]"),
        ("page[size]=", "page[size]"),
    ],
)
def test_bad_list_parameters_are_400(api: Api, tenant_a: Seeded, query: str, param: str) -> None:
    response = api.get(f"/api/v2/api-keys?{query}", tenant=tenant_a)
    assert response.status_code == 400, response.text
    assert error_of(response)["param"] == param


def test_a_blank_filter_value_filters_on_the_empty_string(api: Api, tenant_a: Seeded) -> None:
    response = api.get("/api/v2/api-keys?filter[name][eq]=", tenant=tenant_a)
    assert response.status_code == 200
    assert response.json["_data"] == []


def test_nul_in_a_body_string_is_422(api: Api, tenant_a: Seeded) -> None:
    response = api.post(
        "/api/v2/api-keys", tenant=tenant_a, json={"name": "a\x00b", "scopes": ["*"]}
    )
    assert response.status_code == 422
    assert error_of(response)["param"] == "name"


def test_405_on_a_path_with_parameters_names_the_allowed_methods(
    api: Api, tenant_a: Seeded
) -> None:
    response = api.request("PUT", "/api/v2/api-keys/1", tenant=tenant_a)
    assert response.status_code == 405
    allowed = {method.strip() for method in response.headers["Allow"].split(",")}
    assert {"GET", "DELETE"} <= allowed
    assert "PUT" not in allowed
