"""A tenant's single sign-on settings on the wire (the OIDC client secret never is)."""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import Field

from shapes import From, Given, Shape, Timestamp
from shapes.users import USER_TYPE_NAMES


def _saml(entity_id: str | None, sso_url: str | None, certificate: str | None, mapping: Any) -> Any:
    if entity_id is None:
        return None
    return {
        "idp_entity_id": entity_id,
        "sso_url": sso_url,
        "certificate": certificate,
        "attribute_mapping": dict(mapping),
    }


def _oidc(issuer: str | None, client_id: str | None, secret: str | None) -> Any:
    if issuer is None:
        return None
    return {"issuer": issuer, "client_id": client_id, "client_secret_set": secret is not None}


class SsoSettings(Shape):
    saml: Annotated[
        dict[str, Any] | None,
        From(
            ("saml_idp_entity_id", "saml_sso_url", "saml_certificate", "saml_attribute_mapping"),
            _saml,
        ),
        Field(
            description="The SAML identity provider: idp_entity_id, sso_url, certificate (PEM) "
            "and attribute_mapping; null when none is configured"
        ),
    ]
    oidc: Annotated[
        dict[str, Any] | None,
        From(("oidc_issuer", "oidc_client_id", "oidc_client_secret_ciphertext"), _oidc),
        Field(
            description="The OpenID provider: issuer, client_id and client_secret_set (the "
            "secret itself is never returned); null when none is configured"
        ),
    ]
    jit_provisioning: bool
    provisioned_role: Annotated[str, From("provisioned_user_type", USER_TYPE_NAMES)]
    allowed_redirect_urls: Annotated[list[str], From(convert=list)]
    enforce: bool
    saml_urls: Annotated[
        dict[str, str],
        Given,
        Field(description="What to give the SAML identity provider: entity_id, acs_url"),
    ]
    oidc_redirect_uri: Annotated[
        str, Given, Field(description="The redirect URI to register with the OpenID provider")
    ]
    updated_at: Annotated[Timestamp | None, Field(description="null until first saved")]
