"""A tenant's SSO settings: checked as a whole when saved, the OIDC client secret encrypted at
rest under a key derived from ``SECRET_KEY`` and never returned."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.fernet import InvalidToken
from cryptography.hazmat.primitives.serialization import Encoding
from tortoise.exceptions import IntegrityError

from core.crypto import seal_text, unseal_text
from core.errors import Conflict, NotFound, ServiceUnavailable, ValidationFailed
from models.sso import SsoConfig
from models.user import DEFAULT_USER_TYPE, UserType
from tenants.records import TenantRecord

_SECRET_PURPOSE = b"atrium oidc client secret"
MAX_URL_LENGTH = 2048
MAX_REDIRECT_URLS = 20
# The user fields a SAML attribute can fill; email is required.
MAPPED_FIELDS = ("email", "first_name", "last_name", "groups")
DEFAULT_ATTRIBUTE_MAPPING = {"email": "email", "first_name": "first_name", "last_name": "last_name"}
_PEM_HEADER = "-----BEGIN CERTIFICATE-----"


@dataclass(frozen=True, slots=True)
class SamlSettings:
    idp_entity_id: str
    sso_url: str
    certificate: str
    attribute_mapping: Mapping[str, str] = field(
        default_factory=lambda: dict(DEFAULT_ATTRIBUTE_MAPPING)
    )


@dataclass(frozen=True, slots=True)
class OidcSettings:
    issuer: str
    client_id: str
    # None keeps the secret already stored.
    client_secret: str | None = None


@dataclass(frozen=True, slots=True)
class NewSsoConfig:
    saml: SamlSettings | None = None
    oidc: OidcSettings | None = None
    jit_provisioning: bool = False
    provisioned_user_type: UserType = DEFAULT_USER_TYPE
    allowed_redirect_urls: tuple[str, ...] = ()
    enforce: bool = False


def check_url(url: str, param: str, *, https_only: bool = False) -> str:
    """``url`` if it is an absolute http(s) URL without credentials, fragment or control
    characters; raises ValidationFailed naming ``param`` otherwise."""
    if len(url) > MAX_URL_LENGTH or any(ord(c) < 0x21 or ord(c) == 0x7F for c in url):
        raise ValidationFailed(
            f"{param} must be a URL of at most {MAX_URL_LENGTH} characters without spaces",
            param=param,
        )
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise ValidationFailed(f"{param} is not a valid URL", param=param) from None
    schemes = ("https",) if https_only else ("http", "https")
    if parts.scheme not in schemes or not parts.hostname:
        raise ValidationFailed(
            f"{param} must be an absolute {' or '.join(schemes)} URL", param=param
        )
    if parts.username is not None or parts.password is not None or parts.fragment:
        raise ValidationFailed(f"{param} must carry no credentials nor fragment", param=param)
    return url


def check_certificate(text: str) -> str:
    """The X.509 certificate in ``text`` (PEM, or its base64 body alone) as PEM; raises
    ValidationFailed for anything that does not parse as one certificate."""
    body = text.strip()
    if not body.startswith(_PEM_HEADER):
        body = f"{_PEM_HEADER}\n{body}\n-----END CERTIFICATE-----"
    try:
        certificate = x509.load_pem_x509_certificate(body.encode())
    except ValueError:
        raise ValidationFailed(
            "saml.certificate is not a PEM X.509 certificate", param="saml.certificate"
        ) from None
    return certificate.public_bytes(Encoding.PEM).decode()


def check_attribute_mapping(mapping: Mapping[str, str]) -> dict[str, str]:
    param = "saml.attribute_mapping"
    unknown = sorted(set(mapping) - set(MAPPED_FIELDS))
    if unknown:
        raise ValidationFailed(
            f"{param} maps unknown fields {', '.join(unknown)}; known: {', '.join(MAPPED_FIELDS)}",
            param=param,
        )
    if "email" not in mapping:
        raise ValidationFailed(f"{param} must map email to an attribute", param=param)
    for name, attribute in mapping.items():
        if not attribute.strip() or len(attribute) > 256:
            raise ValidationFailed(
                f"{param}.{name} must name an attribute (1-256 characters)", param=param
            )
    return dict(mapping)


def seal_client_secret(secret_key: str, secret: str) -> str:
    return seal_text(secret_key, _SECRET_PURPOSE, secret)


def unseal_client_secret(secret_key: str, sealed: str) -> str:
    """The stored client secret; ServiceUnavailable when SECRET_KEY changed since it was saved."""
    try:
        return unseal_text(secret_key, _SECRET_PURPOSE, sealed)
    except InvalidToken:
        raise ServiceUnavailable(
            "The OIDC client secret cannot be read with this SECRET_KEY; save it again"
        ) from None


async def get_sso_config(tenant: TenantRecord) -> SsoConfig | None:
    return await SsoConfig.filter(tenant_id=tenant.id).first()


async def access_sso_config(tenant: TenantRecord) -> SsoConfig:
    config = await get_sso_config(tenant)
    if config is None:
        raise NotFound("Single sign-on is not configured for this tenant")
    return config


async def do_save_sso_config(tenant: TenantRecord, secret_key: str, new: NewSsoConfig) -> SsoConfig:
    """Replace the tenant's SSO settings with ``new`` (checked: ValidationFailed naming the
    field at fault). An OIDC section without a client secret keeps the stored one."""
    current = await get_sso_config(tenant)
    saml = new.saml
    if saml is not None:
        check_url(saml.sso_url, "saml.sso_url")
        certificate = check_certificate(saml.certificate)
        mapping = check_attribute_mapping(saml.attribute_mapping)
    oidc = new.oidc
    sealed: str | None = None
    if oidc is not None:
        check_url(oidc.issuer, "oidc.issuer")
        if oidc.client_secret is not None:
            sealed = seal_client_secret(secret_key, oidc.client_secret)
        elif current is not None and current.oidc_client_secret_ciphertext is not None:
            sealed = current.oidc_client_secret_ciphertext
        else:
            raise ValidationFailed(
                "oidc.client_secret is required when none is stored", param="oidc.client_secret"
            )
    redirects = list(dict.fromkeys(new.allowed_redirect_urls))
    if len(redirects) > MAX_REDIRECT_URLS:
        raise ValidationFailed(
            f"At most {MAX_REDIRECT_URLS} allowed_redirect_urls", param="allowed_redirect_urls"
        )
    for url in redirects:
        check_url(url, "allowed_redirect_urls")
    if (saml is not None or oidc is not None) and not redirects:
        raise ValidationFailed(
            "allowed_redirect_urls needs at least one URL to send users back to",
            param="allowed_redirect_urls",
        )
    if new.enforce and saml is None and oidc is None:
        raise ValidationFailed(
            "enforce needs a SAML or OIDC identity provider to sign in with", param="enforce"
        )
    values: dict[str, Any] = {
        "saml_idp_entity_id": saml.idp_entity_id if saml else None,
        "saml_sso_url": saml.sso_url if saml else None,
        "saml_certificate": certificate if saml else None,
        "saml_attribute_mapping": mapping if saml else {},
        "oidc_issuer": oidc.issuer if oidc else None,
        "oidc_client_id": oidc.client_id if oidc else None,
        "oidc_client_secret_ciphertext": sealed,
        "jit_provisioning": new.jit_provisioning,
        "provisioned_user_type": new.provisioned_user_type,
        "allowed_redirect_urls": redirects,
        "enforce": new.enforce,
    }
    if current is None:
        try:
            return await SsoConfig.create(tenant_id=tenant.id, **values)
        except IntegrityError:  # another PUT created them first
            raise Conflict("The settings were saved concurrently; retry the request") from None
    current.update_from_dict(values)
    await current.save()
    return current


async def sso_enforced(tenant: TenantRecord) -> bool:
    """Whether the tenant requires SSO: password sign-in is then for administrators only."""
    return await SsoConfig.filter(tenant_id=tenant.id, enforce=True).exists()
