from __future__ import annotations

import ipaddress
from typing import Any

import pytest

from core.outbound import TargetRefused, address_allowed, outbound_client, resolve_target
from tests.receiver import Receiver

LOCAL = (ipaddress.ip_network("127.0.0.1/32"),)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.0.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",  # noqa: S104 - an address to refuse, not to bind
        "224.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fd00:ec2::254",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "::127.0.0.1",
        "::ffff:0:7f00:1",
        "64:ff9b::7f00:1",
        "64:ff9b::a9fe:a9fe",
        "64:ff9b:1:7f00:0:100::",  # NAT64 local use, 127.0.0.1
        "2002:7f00:1::1",
        "2002:a9fe:a9fe::",
        "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
        "fec0::1",
        "169.254.170.2",
        "fd00:ec2::23",
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert not address_allowed(ipaddress.ip_address(address))


@pytest.mark.parametrize(
    "address",
    [
        "93.184.215.14",
        "1.1.1.1",
        "2606:4700:4700::1111",
        "64:ff9b::101:101",  # NAT64 to 1.1.1.1
        "2002:101:101::1",  # 6to4 through 1.1.1.1
    ],
)
def test_public_addresses_are_allowed(address: str) -> None:
    assert address_allowed(ipaddress.ip_address(address))


def test_the_allow_list_opens_only_what_it_lists() -> None:
    assert address_allowed(ipaddress.ip_address("127.0.0.1"), LOCAL)
    assert address_allowed(ipaddress.ip_address("::ffff:127.0.0.1"), LOCAL)
    assert not address_allowed(ipaddress.ip_address("127.0.0.2"), LOCAL)
    everything = (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))
    assert not address_allowed(ipaddress.ip_address("169.254.169.254"), everything)
    assert not address_allowed(ipaddress.ip_address("fd00:ec2::254"), everything)
    for carrier in ("64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::", "::169.254.169.254"):
        assert not address_allowed(ipaddress.ip_address(carrier), everything)
    assert not address_allowed(ipaddress.ip_address("169.254.170.2"), everything)
    assert not address_allowed(ipaddress.ip_address("fd00:ec2::23"), everything)
    assert address_allowed(ipaddress.ip_address("::ffff:0:7f00:1"), LOCAL)


def test_names_are_resolved_and_every_address_checked(run: Any) -> None:
    with pytest.raises(TargetRefused, match=r"127\.0\.0\.1"):
        run(resolve_target("127.0.0.1", 80))
    with pytest.raises(TargetRefused, match="localhost resolves to"):
        run(resolve_target("localhost", 80))
    assert run(resolve_target("127.0.0.1", 80, LOCAL)) == ["127.0.0.1"]


def test_the_client_checks_at_connection_time(run: Any, receiver: Receiver) -> None:
    """A URL accepted earlier is checked again when connecting (DNS rebinding): without the
    allow-list the same receiver is refused before any byte is sent."""

    async def post(allowed: tuple[Any, ...]) -> int:
        async with outbound_client(allowed, 2.0) as http:
            response = await http.post(receiver.url, content=b"{}")
            return response.status_code

    assert run(post(LOCAL)) == 200
    with pytest.raises(TargetRefused):
        run(post(()))
    assert len(receiver.received) == 1
