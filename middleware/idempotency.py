"""``Idempotency-Key`` on POST: a retry of a request gets the first request's answer again.

Runs after the key, the API version and the rate limit are checked, so a request refused by
them (401, 403, 400 for the version, 429) claims nothing and a retry runs anew. A POST to a keyed
route with the header claims the key for the tenant (`domain.idempotency`); the handler runs;
its answer (status, body and the headers in `KEPT_HEADERS`) is recorded unless it is a 5xx,
which rolled back and is worth retrying; an answer marked ``Cache-Control: no-store`` (it holds
a secret) is remembered as done but not kept. A later request with the same key and the same
method, path, API version and body gets that answer back, marked ``Idempotent-Replayed: true``.
Raises InvalidRequest (400) for a malformed key, ValidationFailed (422) for a key used with
another request, Conflict (409) while the key's first request is in progress or when its answer
was not kept.
"""

from __future__ import annotations

import hashlib

from sanic import HTTPResponse
from sanic.response import BaseHTTPResponse

from api.policy import policy_of
from api.request import AtriumRequest
from core.errors import InvalidRequest
from domain.idempotency import (
    HEADER,
    REPLAYED_HEADER,
    StoredResponse,
    check_idempotency_key_format,
    do_claim_idempotency_key,
    do_record_idempotent_response,
    do_release_idempotency_key,
)

# What belongs to the answer itself; request ids, versions and rate limits belong to each call.
KEPT_HEADERS = ("content-type", "cache-control", "location", "content-disposition")


def _key(request: AtriumRequest) -> str | None:
    values = request.headers.getall(HEADER.lower(), [])
    if not values:
        return None
    if len(values) > 1:
        raise InvalidRequest("Send one Idempotency-Key header, not several", param=HEADER)
    return check_idempotency_key_format(values[0])


def _fingerprint(request: AtriumRequest, body_digest: bytes) -> str:
    version = request.ctx.api_version.isoformat() if request.ctx.api_version else ""
    target = f"{request.method} {request.path}?{request.query_string} {version}\n"
    own = request.ctx.own_user_id
    if own is not None:
        # A learner's answer is theirs: another learner's same request is another request.
        target = f"{target}user {own}\n"
    return hashlib.sha256(target.encode() + body_digest).hexdigest()


def _body_pending(request: AtriumRequest) -> bool:
    """Whether the body is still to be read: streamed routes read it themselves."""
    stream = request.stream
    return stream is not None and bool(stream.request_body) and not request.body


async def check_idempotency_key(request: AtriumRequest) -> HTTPResponse | None:
    if request.method != "POST" or request.ctx.tenant is None:
        return None
    policy = policy_of(request)
    if policy is None or not policy.key:
        return None
    key = _key(request)
    if key is None:
        return None
    if _body_pending(request):
        request.ctx.idempotency_key = key
        return None
    return await _claim(request, key, hashlib.sha256(request.body).digest())


async def claim_streamed_request(request: AtriumRequest, body_digest: bytes) -> HTTPResponse | None:
    """What `check_idempotency_key` does, for a streamed route once it has read the body and
    before it changes anything: the recorded answer to replay, or None to go on."""
    key = request.ctx.idempotency_key
    if key is None:
        return None
    request.ctx.idempotency_key = None
    return await _claim(request, key, body_digest)


async def _claim(request: AtriumRequest, key: str, body_digest: bytes) -> HTTPResponse | None:
    tenant = request.ctx.require_tenant()
    outcome = await do_claim_idempotency_key(tenant, key, _fingerprint(request, body_digest))
    if isinstance(outcome, StoredResponse):
        return HTTPResponse(
            outcome.body,
            status=outcome.status,
            headers={**outcome.headers, REPLAYED_HEADER: "true"},
        )
    request.ctx.idempotency_claim = outcome
    return None


async def record_idempotent_response(request: AtriumRequest, response: BaseHTTPResponse) -> None:
    claim_id = request.ctx.idempotency_claim
    if claim_id is None:
        return
    request.ctx.idempotency_claim = None
    tenant = request.ctx.require_tenant()
    if response.status >= 500 or response.body is None:
        await do_release_idempotency_key(tenant, claim_id)
        return
    headers = {name: response.headers[name] for name in KEPT_HEADERS if name in response.headers}
    # Sanic writes a response's content_type into its headers only when sending it.
    if response.content_type:
        headers.setdefault("content-type", response.content_type)
    await do_record_idempotent_response(
        tenant,
        claim_id,
        StoredResponse(response.status, response.body, headers),
        secret="no-store" in headers.get("cache-control", ""),
    )
