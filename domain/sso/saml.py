"""The tenant as a SAML 2.0 service provider (python3-saml, strict mode).

The SP's entity id is its metadata URL and its one assertion consumer service (HTTP-POST) is
``/api/v2/sso/saml/acs``, both on the tenant's own host. A sign-in starts with an AuthnRequest
whose id is kept (`SsoRequest`) for `REQUEST_TTL`; the ACS accepts only a response that
python3-saml finds valid for this SP and this tenant's IdP certificate (signed assertion,
audience, destination and recipient, validity window), that answers one of the tenant's own
pending requests (used up on the way), and whose assertion id it has not seen before (kept until
the assertion expires).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from lxml import etree
from onelogin.saml2.auth import OneLogin_Saml2_Auth
from onelogin.saml2.constants import OneLogin_Saml2_Constants
from onelogin.saml2.errors import OneLogin_Saml2_Error, OneLogin_Saml2_ValidationError
from onelogin.saml2.settings import OneLogin_Saml2_Settings
from tortoise.exceptions import IntegrityError

from core.errors import Forbidden, InvalidRequest, NotFound
from domain.sso.provisioning import Identity, normalized_email
from domain.sso.requests import do_consume_sso_request, do_start_sso_request
from models.sso import SsoConfig, SsoProtocol, SsoSeenAssertion
from tenants.records import TenantRecord

REQUEST_TTL = timedelta(minutes=10)
# Clock skew tolerated on the assertion's validity window; python3-saml reads it from here at
# every validation (its default is five minutes).
OneLogin_Saml2_Constants.ALLOWED_CLOCK_DRIFT = 60
# A replayed assertion without NotOnOrAfter is remembered this long.
SEEN_ASSERTION_TTL = timedelta(hours=24)
MAX_RESPONSE_CHARS = 512 * 1024
METADATA_PATH = "/api/v2/sso/saml/metadata"
ACS_PATH = "/api/v2/sso/saml/acs"


@dataclass(frozen=True, slots=True)
class SamlRequestData:
    """What python3-saml reads of the HTTP request: the URL it came to and its form."""

    https: bool
    host: str
    path: str
    post_data: dict[str, str]

    def as_dict(self) -> dict[str, Any]:
        return {
            "https": "on" if self.https else "off",
            "http_host": self.host,
            "script_name": self.path,
            "get_data": {},
            "post_data": self.post_data,
        }


def sp_urls(base_url: str) -> tuple[str, str]:
    """The SP's entity id (its metadata URL) and ACS URL on the tenant host ``base_url``."""
    return base_url + METADATA_PATH, base_url + ACS_PATH


def _saml_config(config: SsoConfig) -> SsoConfig:
    if not config.saml_idp_entity_id or not config.saml_sso_url or not config.saml_certificate:
        raise NotFound("SAML single sign-on is not configured for this tenant")
    return config


def saml_settings(config: SsoConfig, base_url: str) -> dict[str, Any]:
    entity_id, acs_url = sp_urls(base_url)
    return {
        "strict": True,
        "debug": False,
        "sp": {
            "entityId": entity_id,
            "assertionConsumerService": {
                "url": acs_url,
                "binding": OneLogin_Saml2_Constants.BINDING_HTTP_POST,
            },
            "NameIDFormat": OneLogin_Saml2_Constants.NAMEID_UNSPECIFIED,
            "x509cert": "",
            "privateKey": "",
        },
        "idp": {
            "entityId": config.saml_idp_entity_id,
            "singleSignOnService": {
                "url": config.saml_sso_url,
                "binding": OneLogin_Saml2_Constants.BINDING_HTTP_REDIRECT,
            },
            "x509cert": config.saml_certificate,
        },
        "security": {
            "authnRequestsSigned": False,
            "wantAssertionsSigned": True,
            "wantMessagesSigned": False,
            "wantNameId": True,
            "requestedAuthnContext": False,
            "rejectDeprecatedAlgorithm": True,
            "allowRepeatAttributeName": True,
        },
    }


def sp_metadata(config: SsoConfig, base_url: str) -> str:
    settings = OneLogin_Saml2_Settings(
        saml_settings(_saml_config(config), base_url), sp_validation_only=True
    )
    metadata: bytes | str = settings.get_sp_metadata()
    return metadata.decode() if isinstance(metadata, bytes) else metadata


async def do_start_saml_login(
    tenant: TenantRecord, config: SsoConfig, request: SamlRequestData, redirect_url: str
) -> str:
    """The IdP URL carrying a new AuthnRequest, whose id is kept to match the answer."""
    auth = _auth(config, request)
    url: str = auth.login(return_to="")
    await do_start_sso_request(
        tenant, SsoProtocol.SAML, auth.get_last_request_id(), redirect_url, REQUEST_TTL
    )
    return url


def _auth(config: SsoConfig, request: SamlRequestData) -> OneLogin_Saml2_Auth:
    base = f"{'https' if request.https else 'http'}://{request.host}"
    return OneLogin_Saml2_Auth(request.as_dict(), saml_settings(_saml_config(config), base))


async def do_finish_saml_login(
    tenant: TenantRecord, config: SsoConfig, request: SamlRequestData
) -> tuple[Identity, str]:
    """The identity a valid SAML response posted to the ACS asserts, and where the sign-in
    started wants the browser sent; Forbidden for any response refused."""
    raw = request.post_data.get("SAMLResponse", "")
    if not raw or len(raw) > MAX_RESPONSE_CHARS:
        raise InvalidRequest("A SAMLResponse form field is required", param="SAMLResponse")
    auth = _auth(config, request)
    try:
        auth.process_response()
    # ValueError covers bad base64, text and defusedxml's refusals (DTDs, entities).
    except (
        OneLogin_Saml2_Error,
        OneLogin_Saml2_ValidationError,
        etree.LxmlError,
        ValueError,
    ) as exc:
        raise Forbidden(f"The SAML response was refused: {exc}") from None
    if auth.get_errors() or not auth.is_authenticated():
        reason = auth.get_last_error_reason() or "not valid"
        raise Forbidden(f"The SAML response was refused: {reason}")
    in_response_to = auth.get_last_response_in_response_to()
    if not in_response_to:
        raise Forbidden("The SAML response answers no sign-in this tenant started")
    pending = await do_consume_sso_request(tenant, SsoProtocol.SAML, in_response_to)
    if pending is None:
        raise Forbidden("The SAML response answers no sign-in this tenant started")
    await _remember_assertion(tenant, auth)
    return _identity(config, auth), pending.redirect_url


async def _remember_assertion(tenant: TenantRecord, auth: OneLogin_Saml2_Auth) -> None:
    assertion_id = auth.get_last_assertion_id()
    if not assertion_id:
        raise Forbidden("The SAML assertion has no id")
    not_on_or_after = auth.get_last_assertion_not_on_or_after()
    now = datetime.now(UTC)
    expires_at = (
        datetime.fromtimestamp(not_on_or_after, UTC) + timedelta(seconds=60)
        if not_on_or_after
        else now + SEEN_ASSERTION_TTL
    )
    await SsoSeenAssertion.filter(tenant_id=tenant.id, expires_at__lt=now).delete()
    try:
        await SsoSeenAssertion.create(
            tenant_id=tenant.id, assertion_id=assertion_id[:256], expires_at=expires_at
        )
    except IntegrityError:
        raise Forbidden("This SAML assertion was already used") from None


def _first(attributes: dict[str, list[str]], name: str | None) -> str | None:
    values = attributes.get(name, []) if name else []
    return values[0] if values else None


def _identity(config: SsoConfig, auth: OneLogin_Saml2_Auth) -> Identity:
    attributes: dict[str, list[str]] = auth.get_attributes()
    mapping = config.saml_attribute_mapping
    email = _first(attributes, mapping.get("email")) or auth.get_nameid()
    groups_attribute = mapping.get("groups")
    groups = tuple(attributes.get(groups_attribute, [])) if groups_attribute else ()
    return Identity(
        email=normalized_email(email),
        first_name=_first(attributes, mapping.get("first_name")),
        last_name=_first(attributes, mapping.get("last_name")),
        groups=groups,
    )
