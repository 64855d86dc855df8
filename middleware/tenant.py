"""Resolve the tenant from the Host header and make it the current tenant of the request.

Raises InvalidRequest without a Host, NotFound for a host that is no tenant of ours (or a route
served on the other kind of host), Forbidden for a suspended tenant or one whose API is off.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from api.policy import RoutePolicy
from api.request import AtriumRequest
from core.errors import Forbidden, InvalidRequest, NotFound
from core.scoping import set_current_tenant
from tenants.lookup import find_tenant
from tenants.resolution import ROOT, subdomain_from_host


async def resolve_tenant(request: AtriumRequest, policy: RoutePolicy) -> None:
    app = request.app.ctx
    # One lookup serves the Host and the check that there is one (each costs a case-insensitive
    # search of the headers).
    hosts = request.headers.getall("host", ())
    # request.host parses the forwarding headers on every request, trusted or not.
    host = request.host if app.trusts_proxy else (hosts[0] if hosts else "")
    if not host:
        raise InvalidRequest("A Host header is required", param="Host")
    check_one_host(request, hosts)
    base = app.base_domain
    slug = subdomain_from_host(host, base)
    if slug is None:
        raise NotFound(f"{host[:100]} is not a host of this service (*.{base})")
    if slug == ROOT:
        if policy.host == "tenant":
            raise NotFound(f"This route is served on tenant hosts: https://<tenant>.{base}")
        return
    if policy.host == "root":
        raise NotFound(f"This route is served on the platform host {base}")
    tenant = await find_tenant(slug)
    if tenant is None:
        raise NotFound(f"No tenant at {host[:100]}")
    if policy.tenant_api:
        if not tenant.active:
            raise Forbidden("This tenant is inactive")
        if not tenant.api_enabled:
            raise Forbidden("The API is not enabled for this tenant")
    request.ctx.tenant = tenant
    set_current_tenant(tenant.id)


def check_one_host(request: AtriumRequest, hosts: Sequence[str]) -> None:
    """Raises InvalidRequest for two Host headers (``hosts``), or a target in absolute form
    naming another host than the Host header (RFC 9112, 3.2): either leaves unclear whose request
    it is."""
    if len(hosts) > 1:
        raise InvalidRequest("A request carries one Host header", param="Host")
    target = request.raw_url
    if not target.startswith(b"/"):  # absolute form ("*" and authority form never route here)
        named = urlsplit(target.decode("latin-1")).netloc.lower()
        if named != (hosts[0].lower() if hosts else ""):
            raise InvalidRequest("The request target names another host than Host", param="Host")
