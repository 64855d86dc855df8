"""A SAML 2.0 identity provider for the SSO tests, run as its own process on 127.0.0.1:
``python -m tests.sso_idp PORT ENTITY_ID KEY CERT SP_METADATA [OTHER_KEY OTHER_CERT]``.

pysaml2 parses the AuthnRequest and builds the response; xmlsec1 signs the assertion. ``GET
/sso?SAMLRequest=…&email=…`` answers the JSON ``{"SAMLResponse", "acs"}`` a browser would post
(there is no login page: the test is the user). ``variant`` asks for a bad response, built the
way an attacker or a broken IdP would: ``unsigned``, ``other_key`` (signed by a key the SP does
not trust), ``wrong_audience``, ``expired``, ``other_request`` (answers a request never made).
"""

from __future__ import annotations

import base64
import json
import secrets
import sys
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import xmlsec
from lxml import etree
from saml2 import BINDING_HTTP_POST, BINDING_HTTP_REDIRECT
from saml2.config import IdPConfig
from saml2.saml import NAMEID_FORMAT_EMAILADDRESS, NameID
from saml2.server import Server

SAML = "urn:oasis:names:tc:SAML:2.0:assertion"
SAMLP = "urn:oasis:names:tc:SAML:2.0:protocol"
NS = {"saml": SAML, "samlp": SAMLP}
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
PASSWORD_PROTECTED = "urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport"


def make_server(port: int, entity_id: str, key: str, cert: str, sp_metadata: str) -> Server:
    config = IdPConfig()
    config.load(
        {
            "entityid": entity_id,
            "service": {
                "idp": {
                    "endpoints": {
                        "single_sign_on_service": [
                            (f"http://127.0.0.1:{port}/sso", BINDING_HTTP_REDIRECT)
                        ]
                    },
                    "policy": {"default": {"lifetime": {"minutes": 5}}},
                    "name_id_format": [NAMEID_FORMAT_EMAILADDRESS],
                    "want_authn_requests_signed": False,
                }
            },
            "key_file": key,
            "cert_file": cert,
            "metadata": {"local": [sp_metadata]},
            "xmlsec_binary": "/usr/bin/xmlsec1",
        }
    )
    return Server(config=config)


def sign_assertion(document: etree._Element, key: str, cert: str) -> None:
    """Sign the document's assertion (enveloped, exclusive C14N, RSA-SHA256), as an IdP does."""
    assertion = document.find("saml:Assertion", NS)
    assert assertion is not None
    signature = xmlsec.template.create(
        assertion, xmlsec.constants.TransformExclC14N, xmlsec.constants.TransformRsaSha256
    )
    issuer = assertion.find("saml:Issuer", NS)
    assert issuer is not None
    issuer.addnext(signature)
    reference = xmlsec.template.add_reference(
        signature, xmlsec.constants.TransformSha256, uri="#" + assertion.get("ID", "")
    )
    xmlsec.template.add_transform(reference, xmlsec.constants.TransformEnveloped)
    xmlsec.template.add_transform(reference, xmlsec.constants.TransformExclC14N)
    xmlsec.template.add_x509_data(xmlsec.template.ensure_key_info(signature))
    context = xmlsec.SignatureContext()
    context.key = xmlsec.Key.from_file(key, xmlsec.constants.KeyDataFormatPem)
    context.key.load_cert_from_file(cert, xmlsec.constants.KeyDataFormatPem)
    xmlsec.tree.add_ids(assertion, ["ID"])
    context.sign(signature)


def _stamp(moment: datetime) -> str:
    return moment.strftime(TIME_FORMAT)


def tamper(document: etree._Element, variant: str) -> None:
    """Change the unsigned response the way ``variant`` says (before it is signed)."""
    if variant == "wrong_audience":
        for audience in document.iterfind(".//saml:Audience", NS):
            audience.text = "https://evil.example.com/sp"
    elif variant == "expired":
        past = datetime.now(UTC) - timedelta(hours=1)
        for element in document.iter():
            for name in ("NotOnOrAfter",):
                if element.get(name):
                    element.set(name, _stamp(past))
            if element.get("NotBefore"):
                element.set("NotBefore", _stamp(past - timedelta(minutes=5)))
    elif variant == "other_request":
        other = "id-" + secrets.token_hex(16)
        for element in document.iter():
            if element.get("InResponseTo"):
                element.set("InResponseTo", other)


class Handler(BaseHTTPRequestHandler):
    server_version = "TestIdP"
    idp: Server
    keys: dict[str, tuple[str, str]]

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path != "/sso":
            self._send(404, {"error": "not found"})
            return
        query = {name: values[0] for name, values in parse_qs(parts.query).items()}
        request = self.idp.parse_authn_request(query["SAMLRequest"], BINDING_HTTP_REDIRECT).message
        email = query.get("email", "ada@example.com")
        variant = query.get("variant", "ok")
        groups = [g for g in query.get("groups", "").split(",") if g]
        identity: dict[str, Any] = {
            "email": [email],
            "first_name": [query.get("first_name", "Ada")],
            "last_name": [query.get("last_name", "Lovelace")],
        }
        if groups:
            identity["groups"] = groups
        _, destination = self.idp.pick_binding(
            "assertion_consumer_service",
            bindings=[BINDING_HTTP_POST],
            entity_id=request.issuer.text,
        )
        response = self.idp.create_authn_response(
            identity,
            in_response_to=request.id,
            destination=destination,
            sp_entity_id=request.issuer.text,
            name_id=NameID(format=NAMEID_FORMAT_EMAILADDRESS, text=email),
            authn={"class_ref": PASSWORD_PROTECTED, "authn_auth": "test idp"},
            sign_assertion=False,
            sign_response=False,
        )
        document = etree.fromstring(str(response).encode())
        tamper(document, variant)
        if variant != "unsigned":
            key, cert = self.keys["other" if variant == "other_key" else "own"]
            sign_assertion(document, key, cert)
        xml = etree.tostring(document)
        self._send(200, {"SAMLResponse": base64.b64encode(xml).decode(), "acs": destination})

    def _send(self, status: int, body: dict[str, str]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main(argv: list[str]) -> None:
    port, entity_id, key, cert, sp_metadata, other_key, other_cert = argv
    Handler.idp = make_server(int(port), entity_id, key, cert, sp_metadata)
    Handler.keys = {"own": (key, cert), "other": (other_key, other_cert)}
    server = ThreadingHTTPServer(("127.0.0.1", int(port)), Handler)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1:])
