"""The tenant as an OpenID Connect relying party: authorization code flow with PKCE, ``state``
and ``nonce``, endpoints from the issuer's discovery document.

Every call to the provider (discovery, token, JWKS) goes through the outbound guard
(`core.outbound`): the provider's addresses must be public or allowed by the operator. The
``id_token`` is checked with joserfc against the provider's JWKS, for asymmetric algorithms only
(``none`` and HMAC, whose secret could be taken for a public key, are refused), then for ``iss``,
``aud``, ``exp`` (with `LEEWAY_SECONDS`) and the ``nonce`` of the sign-in it answers.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import secrets
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode

import httpx
from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from joserfc.jwt import JWTClaimsRegistry

from core.errors import BadGateway, Forbidden, InvalidRequest, NotFound
from core.outbound import TargetRefused, outbound_client
from core.settings import Settings
from domain.sso.config import unseal_client_secret
from domain.sso.provisioning import Identity, normalized_email
from domain.sso.requests import do_consume_sso_request, do_start_sso_request
from models.sso import SsoConfig, SsoProtocol
from tenants.records import TenantRecord

REQUEST_TTL = timedelta(minutes=10)
CALLBACK_PATH = "/api/v2/sso/oidc/callback"
SCOPES = "openid email profile"
ALGORITHMS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512"]
LEEWAY_SECONDS = 60
# Bounds each exchange with the provider as a whole.
EXCHANGE_TIMEOUT_SECONDS = 15.0
MAX_DOCUMENT_BYTES = 512 * 1024


def callback_url(base_url: str) -> str:
    return base_url + CALLBACK_PATH


def _oidc_config(config: SsoConfig) -> tuple[str, str]:
    if not config.oidc_issuer or not config.oidc_client_id:
        raise NotFound("OpenID Connect single sign-on is not configured for this tenant")
    return config.oidc_issuer, config.oidc_client_id


def _hash_state(state: str) -> str:
    return hashlib.sha256(state.encode()).hexdigest()


def _pkce_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


async def _get_json(http: httpx.AsyncClient, url: str, what: str) -> dict[str, Any]:
    try:
        response = await http.get(url, headers={"Accept": "application/json"})
    except (httpx.HTTPError, TargetRefused) as exc:
        raise BadGateway(f"The identity provider's {what} could not be fetched: {exc}") from None
    return _json_of(response, what)


def _json_of(response: httpx.Response, what: str) -> dict[str, Any]:
    if response.status_code != 200 or len(response.content) > MAX_DOCUMENT_BYTES:
        raise BadGateway(f"The identity provider's {what} answered {response.status_code}")
    try:
        document = response.json()
    except ValueError:
        raise BadGateway(f"The identity provider's {what} is not JSON") from None
    if not isinstance(document, dict):
        raise BadGateway(f"The identity provider's {what} is not a JSON object")
    return document


def _endpoint(discovery: dict[str, Any], name: str) -> str:
    value = discovery.get(name)
    if not isinstance(value, str) or not value.startswith(("https://", "http://")):
        raise BadGateway(f"The identity provider's discovery document has no {name}")
    return value


async def _discover(http: httpx.AsyncClient, issuer: str) -> dict[str, Any]:
    discovery = await _get_json(
        http, issuer.rstrip("/") + "/.well-known/openid-configuration", "discovery document"
    )
    if discovery.get("issuer") != issuer:
        raise BadGateway(
            "The identity provider's discovery document names another issuer than the one "
            "configured"
        )
    return discovery


def _client(settings: Settings) -> httpx.AsyncClient:
    return outbound_client(
        settings.webhook_allowed_networks, settings.webhook_timeout_seconds, max_connections=2
    )


async def do_start_oidc_login(
    tenant: TenantRecord,
    config: SsoConfig,
    settings: Settings,
    base_url: str,
    redirect_url: str,
) -> str:
    """The provider's authorization URL for a new sign-in, whose state (as a hash), nonce and
    PKCE verifier are kept to check the answer."""
    issuer, client_id = _oidc_config(config)
    async with _client(settings) as http, asyncio.timeout(EXCHANGE_TIMEOUT_SECONDS):
        discovery = await _discover(http, issuer)
    authorize = _endpoint(discovery, "authorization_endpoint")
    state, nonce, verifier = (secrets.token_urlsafe(32) for _ in range(3))
    await do_start_sso_request(
        tenant,
        SsoProtocol.OIDC,
        _hash_state(state),
        redirect_url,
        REQUEST_TTL,
        nonce=nonce,
        code_verifier=verifier,
    )
    query = urlencode(
        {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": callback_url(base_url),
            "scope": SCOPES,
            "state": state,
            "nonce": nonce,
            "code_challenge": _pkce_challenge(verifier),
            "code_challenge_method": "S256",
        }
    )
    return f"{authorize}{'&' if '?' in authorize else '?'}{query}"


async def do_finish_oidc_login(
    tenant: TenantRecord,
    config: SsoConfig,
    settings: Settings,
    base_url: str,
    params: dict[str, str],
) -> tuple[Identity, str]:
    """The identity the provider's ``id_token`` asserts for the sign-in ``params`` (the
    callback's query) answers, and where that sign-in wants the browser sent.

    Raises InvalidRequest for a callback without state or code, Forbidden for an
    unknown, used or expired state, a provider error, or an id_token refused; BadGateway when the
    provider cannot be reached or answers nonsense."""
    issuer, client_id = _oidc_config(config)
    state = params.get("state")
    if not state:
        raise InvalidRequest("The state parameter is required", param="state")
    pending = await do_consume_sso_request(tenant, SsoProtocol.OIDC, _hash_state(state))
    if pending is None or pending.nonce is None or pending.code_verifier is None:
        raise Forbidden("This sign-in is unknown, expired or already finished")
    if "error" in params:
        raise Forbidden(f"The identity provider refused the sign-in: {params['error'][:100]}")
    code = params.get("code")
    if not code:
        raise InvalidRequest("The code parameter is required", param="code")
    secret = unseal_client_secret(settings.secret_key, config.oidc_client_secret_ciphertext or "")
    async with _client(settings) as http, asyncio.timeout(EXCHANGE_TIMEOUT_SECONDS):
        discovery = await _discover(http, issuer)
        id_token = await _exchange_code(
            http,
            _endpoint(discovery, "token_endpoint"),
            client_id,
            secret,
            code,
            callback_url(base_url),
            pending.code_verifier,
        )
        keys = await _get_json(http, _endpoint(discovery, "jwks_uri"), "JWKS")
    claims = check_id_token(id_token, keys, issuer, client_id, pending.nonce)
    return _identity(claims), pending.redirect_url


async def _exchange_code(
    http: httpx.AsyncClient,
    token_endpoint: str,
    client_id: str,
    client_secret: str,
    code: str,
    redirect_uri: str,
    verifier: str,
) -> str:
    try:
        response = await http.post(
            token_endpoint,
            data={
                "grant_type": "authorization_code",
                "code": code,
                "redirect_uri": redirect_uri,
                "code_verifier": verifier,
            },
            auth=(client_id, client_secret),
            headers={"Accept": "application/json"},
        )
    except (httpx.HTTPError, TargetRefused) as exc:
        raise BadGateway(f"The identity provider's token endpoint failed: {exc}") from None
    if response.status_code in (400, 401):
        raise Forbidden("The identity provider refused the authorization code")
    body = _json_of(response, "token endpoint")
    id_token = body.get("id_token")
    if not isinstance(id_token, str):
        raise BadGateway("The identity provider's token response has no id_token")
    return id_token


def check_id_token(
    id_token: str, jwks: dict[str, Any], issuer: str, client_id: str, nonce: str
) -> dict[str, Any]:
    """The claims of ``id_token`` once its signature (by a key of ``jwks``, with an asymmetric
    algorithm), issuer, audience, expiry and nonce check out; Forbidden otherwise."""
    try:
        keys = KeySet.import_key_set(jwks)  # type: ignore[arg-type]
    except (JoseError, ValueError, TypeError, KeyError):
        raise BadGateway("The identity provider's JWKS is not a valid key set") from None
    registry = JWTClaimsRegistry(
        leeway=LEEWAY_SECONDS,
        iss={"essential": True, "value": issuer},
        aud={"essential": True, "value": client_id},
        exp={"essential": True},
        sub={"essential": True},
        nonce={"essential": True, "value": nonce},
    )
    try:
        token = jwt.decode(id_token, keys, algorithms=ALGORITHMS)
        registry.validate(token.claims)
    except (JoseError, ValueError) as exc:
        raise Forbidden(f"The id_token was refused: {exc}") from None
    claims: dict[str, Any] = token.claims
    return claims


def _identity(claims: dict[str, Any]) -> Identity:
    if claims.get("email_verified") is False:
        raise Forbidden("The identity provider has not verified this email address")
    email = claims.get("email")

    def text(name: str) -> str | None:
        value = claims.get(name)
        return value if isinstance(value, str) else None

    groups = claims.get("groups")
    return Identity(
        email=normalized_email(email if isinstance(email, str) else None),
        first_name=text("given_name"),
        last_name=text("family_name"),
        groups=tuple(g for g in groups if isinstance(g, str)) if isinstance(groups, list) else (),
    )
