"""``/api/v2/sso``: a tenant's single sign-on settings, its SAML service provider
(``saml/metadata|login|acs``) and its OpenID Connect relying party (``oidc/login|callback``).

The settings need an API key with the ``sso`` scope. The sign-in routes are opened by browsers:
no key and no API version; each ends with a redirect to one of the tenant's allowed URLs carrying
a one-time ``code`` for ``POST /api/v2/auth/exchange``.
"""

from __future__ import annotations

import re
from typing import Literal
from urllib.parse import urlencode

from pydantic import BaseModel, Field
from sanic import Blueprint, HTTPResponse
from sanic.response import raw, redirect
from sanic_ext.extensions.openapi.definitions import Parameter
from sanic_ext.extensions.openapi.types import String

from api.body import parse_body
from api.fields import BODY_CONFIG
from api.listing import check_known, single_arg
from api.openapi import Reply, describe, response_header, shape_component, single
from api.policy import RoutePolicy, requires
from api.request import AtriumRequest
from api.responses import one
from api.v2.auth import SIGNED_IN, signed_in
from core.errors import InvalidRequest, ValidationFailed
from domain.sso.codes import do_consume_sso_code, do_issue_sso_code
from domain.sso.config import (
    NewSsoConfig,
    OidcSettings,
    SamlSettings,
    access_sso_config,
    do_save_sso_config,
    get_sso_config,
)
from domain.sso.oidc import callback_url, do_finish_oidc_login, do_start_oidc_login
from domain.sso.provisioning import Identity, do_provision_user
from domain.sso.saml import (
    SamlRequestData,
    do_finish_saml_login,
    do_start_saml_login,
    sp_metadata,
    sp_urls,
)
from domain.user_tokens import do_issue_user_token
from models.sso import SsoConfig, SsoProtocol
from models.user import UserType
from shapes import sso as shapes
from shapes.users import USER_TYPE_NAMES

bp = Blueprint("sso")
TAG = "Single sign-on"
# Opened by a browser: no key, no API version header; the IdP's answer is the credential.
BROWSER = RoutePolicy(key=False, versioned=False)
# The one-time code is the credential: no key or token.
EXCHANGE_POLICY = RoutePolicy(key=False)
NO_NUL = r"^[^\x00]*$"
PRINTABLE = r"^[!-~]*$"
MAX_REDIRECT = 2048
ROLES = {name: user_type for user_type, name in USER_TYPE_NAMES.items()}
RoleName = Literal["SuperAdmin", "Admin", "Instructor", "Learner-Instructor", "Learner"]
LOCATION = response_header("Location", "Where the browser goes next", {"type": "string"})
NOT_CONFIGURED = "this protocol is not configured for the tenant"


class SamlBody(BaseModel):
    model_config = BODY_CONFIG

    idp_entity_id: str = Field(min_length=1, max_length=1024, pattern=NO_NUL)
    sso_url: str = Field(min_length=1, max_length=2048, pattern=NO_NUL)
    certificate: str = Field(min_length=1, max_length=16384, pattern=NO_NUL)
    attribute_mapping: dict[str, str] = Field(
        default_factory=lambda: {
            "email": "email",
            "first_name": "first_name",
            "last_name": "last_name",
        },
        max_length=8,
    )


class OidcBody(BaseModel):
    model_config = BODY_CONFIG

    issuer: str = Field(min_length=1, max_length=2048, pattern=NO_NUL)
    client_id: str = Field(min_length=1, max_length=512, pattern=NO_NUL)
    client_secret: str | None = Field(
        default=None,
        min_length=1,
        max_length=1024,
        pattern=NO_NUL,
        description="Write-only; leave out to keep the stored one",
    )


class SsoBody(BaseModel):
    model_config = BODY_CONFIG

    saml: SamlBody | None = None
    oidc: OidcBody | None = None
    jit_provisioning: bool = False
    provisioned_role: RoleName = "Learner"
    allowed_redirect_urls: list[str] = Field(default_factory=list, max_length=20)
    enforce: bool = False


SSO_SETTINGS = shape_component(shapes.SsoSettings)
_REDIRECT = Parameter(
    "redirect",
    String(pattern=PRINTABLE, maxLength=MAX_REDIRECT),
    location="query",
    description="Where to send the browser afterwards: one of the allowed_redirect_urls "
    "(default: the first)",
)


def _base_url(request: AtriumRequest) -> str:
    return f"{request.scheme}://{request.host}"


def _settings_body(request: AtriumRequest, config: SsoConfig) -> HTTPResponse:
    entity_id, acs_url = sp_urls(_base_url(request))
    body = shapes.SsoSettings.from_object(
        config,
        saml_urls={"entity_id": entity_id, "acs_url": acs_url},
        oidc_redirect_uri=callback_url(_base_url(request)),
    )
    response = one(request, "sso_settings", body)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/sso", ctx_policy=requires("sso:read"))
@describe(
    "getSsoSettings",
    "Get the single sign-on settings",
    tag=TAG,
    description="The tenant's SAML and OIDC identity providers and sign-in rules, with the URLs "
    "to give them. The OIDC client secret is never returned.",
    responses={200: Reply("The settings (defaults when none are saved)", single(SSO_SETTINGS))},
)
async def get_settings(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    config = await get_sso_config(tenant) or SsoConfig(tenant_id=tenant.id)
    return _settings_body(request, config)


@bp.put("/sso", ctx_policy=requires("sso:write"))
@describe(
    "putSsoSettings",
    "Replace the single sign-on settings",
    tag=TAG,
    body=SsoBody,
    responses={200: Reply("The settings as saved", single(SSO_SETTINGS))},
    errors={
        409: "another request saved the settings at the same moment",
        422: "a certificate, URL or attribute mapping is invalid",
    },
)
async def put_settings(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, SsoBody)
    saml = body.saml
    oidc = body.oidc
    config = await do_save_sso_config(
        request.ctx.require_tenant(),
        request.app.ctx.settings.secret_key,
        NewSsoConfig(
            saml=SamlSettings(
                idp_entity_id=saml.idp_entity_id,
                sso_url=saml.sso_url,
                certificate=saml.certificate,
                attribute_mapping=saml.attribute_mapping,
            )
            if saml
            else None,
            oidc=OidcSettings(
                issuer=oidc.issuer, client_id=oidc.client_id, client_secret=oidc.client_secret
            )
            if oidc
            else None,
            jit_provisioning=body.jit_provisioning,
            provisioned_user_type=UserType(ROLES[body.provisioned_role]),
            allowed_redirect_urls=tuple(body.allowed_redirect_urls),
            enforce=body.enforce,
        ),
    )
    return _settings_body(request, config)


def _printable_arg(request: AtriumRequest, name: str, limit: int) -> str | None:
    """Query parameter ``name``: printable ASCII of at most ``limit`` characters, or None."""
    value = single_arg(request, name)
    if value is not None and (len(value) > limit or not re.fullmatch(PRINTABLE, value)):
        raise InvalidRequest(
            f"{name} must be printable ASCII of at most {limit} characters", param=name
        )
    return value


def _redirect_target(request: AtriumRequest, config: SsoConfig) -> str:
    """The allowed URL the ``redirect`` parameter names (the first allowed one without it)."""
    check_known(request, ("redirect",))
    wanted = _printable_arg(request, "redirect", MAX_REDIRECT)
    allowed = list(config.allowed_redirect_urls)
    if wanted is None and allowed:
        return allowed[0]
    if wanted is None or wanted not in allowed:
        raise ValidationFailed(
            "redirect must be one of the tenant's allowed_redirect_urls", param="redirect"
        )
    return wanted


def _saml_request(request: AtriumRequest) -> SamlRequestData:
    form = request.form
    return SamlRequestData(
        https=request.scheme == "https",
        host=request.host,
        path=request.path,
        post_data={name: str(form.get(name) or "") for name in form} if form else {},
    )


async def _finish(
    request: AtriumRequest,
    config: SsoConfig,
    identity: Identity,
    redirect_url: str,
    protocol: SsoProtocol,
) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    user = await do_provision_user(tenant, config, identity, protocol)
    code = await do_issue_sso_code(tenant, user, protocol)
    separator = "&" if "?" in redirect_url else "?"
    response = redirect(f"{redirect_url}{separator}{urlencode({'code': code})}")
    response.headers["Cache-Control"] = "no-store"
    return response


_REDIRECTS = {302: Reply("To the identity provider", headers={"Location": LOCATION})}
_BACK = {302: Reply("To the allowed URL, with ?code=…", headers={"Location": LOCATION})}


@bp.get("/sso/saml/metadata", ctx_policy=BROWSER)
@describe(
    "getSamlMetadata",
    "SAML service provider metadata",
    tag=TAG,
    description="The tenant's SP metadata (entity id, ACS URL) for its identity provider.",
    responses={200: Reply("SAML metadata", {"type": "string"}, media_type="application/xml")},
    errors={404: NOT_CONFIGURED},
)
async def saml_metadata(request: AtriumRequest) -> HTTPResponse:
    check_known(request, ())
    config = await access_sso_config(request.ctx.require_tenant())
    return raw(sp_metadata(config, _base_url(request)), content_type="application/xml")


@bp.get("/sso/saml/login", ctx_policy=BROWSER)
@describe(
    "startSamlLogin",
    "Sign in with SAML",
    tag=TAG,
    parameters=[_REDIRECT],
    responses=_REDIRECTS,
    errors={404: NOT_CONFIGURED, 422: "redirect is not an allowed URL"},
)
async def saml_login(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    config = await access_sso_config(tenant)
    target = _redirect_target(request, config)
    url = await do_start_saml_login(tenant, config, _saml_request(request), target)
    return redirect(url)


class SamlPost(BaseModel):
    SAMLResponse: str = Field(min_length=1, max_length=512 * 1024)
    RelayState: str | None = Field(default=None, max_length=2048)


@bp.post("/sso/saml/acs", ctx_policy=BROWSER)
@describe(
    "samlAssertionConsumer",
    "SAML assertion consumer service",
    tag=TAG,
    description="Where the identity provider posts its signed response (HTTP-POST binding).",
    responses=_BACK,
    errors={
        403: "the response is not valid, not signed, not for this tenant or already used; or "
        "the user is inactive, or unknown without just-in-time provisioning",
        404: NOT_CONFIGURED,
    },
)
async def saml_acs(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    config = await access_sso_config(tenant)
    identity, redirect_url = await do_finish_saml_login(tenant, config, _saml_request(request))
    return await _finish(request, config, identity, redirect_url, SsoProtocol.SAML)


@bp.get("/sso/oidc/login", ctx_policy=BROWSER)
@describe(
    "startOidcLogin",
    "Sign in with OpenID Connect",
    tag=TAG,
    parameters=[_REDIRECT],
    responses=_REDIRECTS,
    errors={
        404: NOT_CONFIGURED,
        422: "redirect is not an allowed URL",
        502: "the provider's discovery document could not be read",
    },
)
async def oidc_login(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    config = await access_sso_config(tenant)
    target = _redirect_target(request, config)
    url = await do_start_oidc_login(
        tenant, config, request.app.ctx.settings, _base_url(request), target
    )
    return redirect(url)


# What a provider sends back, with room to spare; printable ASCII keeps the request line short.
_CALLBACK_LIMITS = {
    "code": 512,
    "state": 256,
    "iss": 512,
    "session_state": 128,
    "error": 64,
    "error_description": 256,
}
_CALLBACK_PARAMETERS = tuple(_CALLBACK_LIMITS)


@bp.get("/sso/oidc/callback", ctx_policy=BROWSER)
@describe(
    "finishOidcLogin",
    "OpenID Connect redirect URI",
    tag=TAG,
    parameters=[
        Parameter(name, String(pattern=PRINTABLE, maxLength=limit), location="query")
        for name, limit in _CALLBACK_LIMITS.items()
    ],
    responses=_BACK,
    errors={
        403: "the state is unknown or used, or the provider's answer is refused; or the user "
        "is inactive, or unknown without just-in-time provisioning",
        404: NOT_CONFIGURED,
        502: "the provider could not be reached or answered nonsense",
    },
)
async def oidc_callback(request: AtriumRequest) -> HTTPResponse:
    tenant = request.ctx.require_tenant()
    check_known(request, _CALLBACK_PARAMETERS)
    params = {
        name: value
        for name, limit in _CALLBACK_LIMITS.items()
        if (value := _printable_arg(request, name, limit))
    }
    config = await access_sso_config(tenant)
    identity, redirect_url = await do_finish_oidc_login(
        tenant, config, request.app.ctx.settings, _base_url(request), params
    )
    return await _finish(request, config, identity, redirect_url, SsoProtocol.OIDC)


class CodeExchange(BaseModel):
    model_config = BODY_CONFIG

    code: str = Field(min_length=1, max_length=128, pattern=PRINTABLE)


@bp.post("/auth/exchange", ctx_policy=EXCHANGE_POLICY)
@describe(
    "exchangeSsoCode",
    "Exchange a single sign-on code for a user token",
    tag=TAG,
    description=(
        "The `code` a finished SAML or OpenID Connect sign-in put in the redirect URL, once and "
        "within 60 seconds: answers as a password sign-in does. No key or token: the code is "
        "the credential."
    ),
    body=CodeExchange,
    responses={200: Reply("The user is signed in", single(SIGNED_IN))},
    errors={422: "the code is unknown, expired, already used or another tenant's"},
)
async def exchange_code(request: AtriumRequest) -> HTTPResponse:
    body = parse_body(request, CodeExchange)
    tenant = request.ctx.require_tenant()
    user, protocol = await do_consume_sso_code(tenant, body.code)
    issued = await do_issue_user_token(tenant, user, via=protocol.value)
    return await signed_in(request, issued)
