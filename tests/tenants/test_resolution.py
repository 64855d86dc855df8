from __future__ import annotations

import pytest

from tenants.resolution import ROOT, subdomain_from_host


@pytest.mark.parametrize(
    ("host", "expected"),
    [
        ("acme.lms.example.com", "acme"),
        ("ACME.LMS.Example.com", "acme"),
        ("acme.lms.example.com:8443", "acme"),
        ("acme.lms.example.com.", "acme"),
        ("lms.example.com", ROOT),
        ("lms.example.com:443", ROOT),
        ("a-1.lms.example.com", "a-1"),
    ],
)
def test_tenant_and_root_hosts(host: str, expected: str) -> None:
    assert subdomain_from_host(host, "lms.example.com") == expected


@pytest.mark.parametrize(
    "host",
    [
        "",
        "example.com",
        "acme.other.com",
        "x.acme.lms.example.com",
        "-acme.lms.example.com",
        "acme-.lms.example.com",
        "ac_me.lms.example.com",
        "evil.com/acme.lms.example.com",
        "[::1]:8000",
        "acmelms.example.com",
    ],
)
def test_hosts_outside_the_base_domain(host: str) -> None:
    assert subdomain_from_host(host, "lms.example.com") is None
