"""Sign-ins sent to an identity provider and not yet answered, kept server-side: each is
answered at most once, within its life, and only for the tenant that started it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from models.sso import SsoProtocol, SsoRequest
from tenants.records import TenantRecord

MAX_REQUEST_KEY = 128


async def do_start_sso_request(
    tenant: TenantRecord,
    protocol: SsoProtocol,
    request_key: str,
    redirect_url: str,
    ttl: timedelta,
    *,
    nonce: str | None = None,
    code_verifier: str | None = None,
) -> SsoRequest:
    """Keep a pending sign-in; expired ones of the tenant are dropped on the way."""
    now = datetime.now(UTC)
    await SsoRequest.filter(tenant_id=tenant.id, expires_at__lt=now).delete()
    return await SsoRequest.create(
        tenant_id=tenant.id,
        protocol=protocol,
        request_key=request_key,
        redirect_url=redirect_url,
        nonce=nonce,
        code_verifier=code_verifier,
        expires_at=now + ttl,
    )


async def do_consume_sso_request(
    tenant: TenantRecord, protocol: SsoProtocol, request_key: str
) -> SsoRequest | None:
    """The tenant's pending, unexpired sign-in ``request_key``, removed so that nothing answers
    it twice; None when there is none."""
    if not request_key or len(request_key) > MAX_REQUEST_KEY:
        return None
    pending = await SsoRequest.filter(
        tenant_id=tenant.id,
        protocol=protocol,
        request_key=request_key,
        expires_at__gt=datetime.now(UTC),
    ).first()
    # Only the caller whose delete removed the row may go on: two answers racing get one.
    if pending is None or not await SsoRequest.filter(id=pending.id).delete():
        return None
    return pending
