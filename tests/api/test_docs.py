"""The API reference page works offline (its script and style sheet are served here, nothing is
fetched from elsewhere), and the OpenAPI document's servers are the origin it was asked on."""

from __future__ import annotations

import re
from typing import Any

from tests.conftest import BASE_DOMAIN
from tests.factories import Api, Seeded, error_of

PAGE = "/api/v2/docs"
DOCUMENT = "/api/v2/openapi.json"
# Every URL the page names: attributes, and anything scheme-like or protocol-relative in its text.
REFERENCE = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']""")
EXTERNAL = re.compile(r"""(?:[a-z][a-z0-9+.-]*:)?//""", re.IGNORECASE)
ASSET_TYPES = {".js": "text/javascript", ".css": "text/css"}


def _servers(document: dict[str, Any], path: str, method: str = "get") -> list[str]:
    """The URLs of an operation's servers, each variable at its default."""
    urls = []
    for server in document["paths"][path][method]["servers"]:
        url: str = server["url"]
        for name, variable in server.get("variables", {}).items():
            url = url.replace(f"{{{name}}}", variable["default"])
        urls.append(url)
    return urls


def test_the_page_names_no_external_url_and_its_assets_answer(api: Api, tenant_a: Seeded) -> None:
    for tenant in (tenant_a.slug, None):
        page = api.get(PAGE, tenant=tenant, key=None, version=None)
        assert page.status_code == 200
        assert page.headers["content-type"].startswith("text/html")
        assert EXTERNAL.search(page.text) is None, page.text
        references = REFERENCE.findall(page.text)
        assert {r.rpartition(".")[2] for r in references} == {"js", "css"}
        assert DOCUMENT in page.text
        for reference in references:
            asset = api.get(reference, tenant=tenant, key=None, version=None)
            assert asset.status_code == 200, reference
            media_type = ASSET_TYPES["." + reference.rpartition(".")[2]]
            assert asset.headers["content-type"].startswith(media_type), reference
            assert asset.headers["cache-control"].startswith("public")
            assert len(asset.body) > 10_000, reference  # Swagger UI itself, not a stub


def test_the_script_is_swagger_ui_with_no_url_to_fetch_at_start(api: Api, tenant_a: Seeded) -> None:
    script = api.get("/api/v2/docs/swagger-ui-bundle.js", tenant=tenant_a, key=None, version=None)
    assert b"SwaggerUIBundle" in script.body
    page = api.get(PAGE, tenant=tenant_a, key=None, version=None).text
    # Swagger UI sends the document to an online validator unless told not to.
    assert "validatorUrl: null" in page


def test_servers_are_the_origin_the_document_was_asked_on(api: Api, tenant_a: Seeded) -> None:
    on_tenant = api.get(DOCUMENT, tenant=tenant_a, key=None, version=None).json
    assert _servers(on_tenant, "/api/v2/users") == [f"https://{tenant_a.slug}.{BASE_DOMAIN}"]
    assert _servers(on_tenant, "/api/v2/health") == [
        f"https://{tenant_a.slug}.{BASE_DOMAIN}",
        f"https://{BASE_DOMAIN}",
    ]

    response = api.get(
        DOCUMENT, key=None, version=None, headers={"Host": f"{tenant_a.slug}.{BASE_DOMAIN}:8443"}
    )
    assert response.status_code == 200, response.text
    with_port = response.json
    assert _servers(with_port, "/api/v2/auth/me") == [f"https://{tenant_a.slug}.{BASE_DOMAIN}:8443"]

    # Plain HTTP (the quick start's) is tests/test_quick_start.py's.
    on_root = api.get(DOCUMENT, tenant=None, key=None, version=None).json
    assert _servers(on_root, "/api/v2/health") == [
        f"https://demo.{BASE_DOMAIN}",
        f"https://{BASE_DOMAIN}",
    ]
    # Everything but the servers is the same document.
    for document in (on_tenant, with_port, on_root):
        for item in document["paths"].values():
            for operation in item.values():
                operation.pop("servers")
    assert on_tenant == with_port == on_root


def test_a_host_whose_port_is_no_port_is_refused(api: Api, tenant_a: Seeded) -> None:
    for port in ("x", "", "0", "65536", "+80", "80:80"):
        response = api.get(
            DOCUMENT,
            key=None,
            version=None,
            headers={"Host": f"{tenant_a.slug}.{BASE_DOMAIN}:{port}"},
        )
        assert response.status_code == 400, (port, response.text)
        assert error_of(response)["param"] == "Host"
