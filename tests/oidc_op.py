"""An OpenID provider for the SSO tests: oidc-provider-mock served on 127.0.0.1 as its own
process, ``python -m tests.oidc_op PORT [MODE]``.

With a MODE, the provider's token endpoint hands out a bad ``id_token`` the way a compromised
or broken provider would: ``alg_none`` (unsigned), ``tampered`` (claims changed after signing),
``hmac_public_key`` (HS256 with the provider's public key as the secret), ``wrong_audience`` and
``expired`` (signed with the provider's own key, for another client or in the past).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sys
import time
from typing import Any

import flask
from joserfc import jwt
from joserfc.jwk import RSAKey
from oidc_provider_mock import app as provider_app
from werkzeug.serving import make_server


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _part(segment: str) -> dict[str, Any]:
    decoded: dict[str, Any] = json.loads(
        base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    )
    return decoded


def forge(id_token: str, mode: str, provider_key: dict[str, Any]) -> str:
    header_b64, payload_b64, signature = id_token.split(".")
    header, claims = _part(header_b64), _part(payload_b64)
    if mode == "alg_none":
        return f"{_b64(json.dumps({'alg': 'none', 'typ': 'JWT'}).encode())}.{payload_b64}."
    if mode == "tampered":
        claims["email"] = "mallory@example.com"
        return f"{header_b64}.{_b64(json.dumps(claims).encode())}.{signature}"
    key = RSAKey.import_key(provider_key)
    if mode == "hmac_public_key":
        # Built by hand: joserfc itself refuses a public key as an HMAC secret.
        head = _b64(json.dumps({**header, "alg": "HS256"}).encode())
        signing_input = f"{head}.{payload_b64}"
        mac = hmac.new(key.as_pem(private=False), signing_input.encode(), hashlib.sha256)
        return f"{signing_input}.{_b64(mac.digest())}"
    if mode == "wrong_audience":
        claims["aud"] = "another-client"
    elif mode == "expired":
        claims["iat"] = int(time.time()) - 7200
        claims["exp"] = int(time.time()) - 3600
    return jwt.encode({k: v for k, v in header.items() if k in ("alg", "kid", "typ")}, claims, key)


def main(argv: list[str]) -> None:
    port = int(argv[0])
    mode = argv[1] if len(argv) > 1 else ""
    app = provider_app(require_nonce=True)

    def tamper(response: flask.Response) -> flask.Response:
        if not mode or flask.request.path != "/oauth2/token" or response.status_code != 200:
            return response
        body = response.get_json()
        provider_key = flask.g.oidc_provider_mock_storage.jwk.as_dict(is_private=True)
        body["id_token"] = forge(body["id_token"], mode, provider_key)
        response.set_data(json.dumps(body))
        return response

    app.after_request(tamper)
    server = make_server("127.0.0.1", port, app, threaded=True)
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main(sys.argv[1:])
