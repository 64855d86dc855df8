"""Outbound HTTP to addresses customers choose (webhooks), without reaching our own network.

A target is refused when its host resolves to a loopback, private, link-local, site-local,
multicast, reserved or cloud-metadata address, unless the operator lists that address or network
in ``WEBHOOK_ALLOWED_NETWORKS``; the metadata and credential services stay refused whatever the
list says. An IPv6 address that carries an IPv4 one (mapped, compatible, translated, NAT64, 6to4,
Teredo) is judged by the IPv4 address it leads to.

Checking a URL when it is saved is not enough: its DNS name may later resolve elsewhere (DNS
rebinding). So the client from `outbound_client` resolves the host itself at every connection,
checks every address, and connects to exactly the address it checked; TLS still verifies the
certificate against (and sends SNI for) the host name, and pooled connections stay per host name.
Proxies from the environment are ignored, since they would connect on our behalf unchecked.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from core.settings import Network

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
RESOLVE_TIMEOUT_SECONDS = 5.0
# Cloud metadata and credential services (AWS instance metadata and ECS task credentials, their
# IPv6 forms, Alibaba's); the IPv4 ones are link-local or shared space anyway, the IPv6 ones sit in
# unique-local space: listed so that no allow-list of a broad network opens them.
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in (
        "169.254.169.254",
        "169.254.170.2",
        "fd00:ec2::254",
        "fd00:ec2::23",
        "100.100.100.200",
    )
)
# IPv6 prefixes whose addresses carry an IPv4 address in their low 32 bits: IPv4-translated
# (RFC 2765) and the NAT64 well-known prefix (RFC 6052). IPv4-mapped and -compatible addresses
# (::ffff:0:0/96, ::/96) are decoded apart, since ::/96 also holds :: and ::1.
_LOW_32_BITS_PREFIXES = (
    ipaddress.ip_network("::ffff:0:0:0/96"),
    ipaddress.ip_network("64:ff9b::/96"),
)
# The NAT64 local-use prefix (RFC 8215) as a /48: the IPv4 address is split around the "u" octet,
# in bytes 6-7 and 9-10 (RFC 6052, section 2.2).
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


class TargetRefused(Exception):
    """The target host is unresolvable or resolves to an address we do not connect to."""


def embedded_ipv4(address: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses a packet to ``address`` would reach (none for a plain IPv6 one)."""
    if address.ipv4_mapped is not None:
        return [address.ipv4_mapped]
    value = int(address)
    if value >> 32 == 0 and value > 1:  # IPv4-compatible (deprecated); not :: nor ::1
        return [ipaddress.IPv4Address(value)]
    if any(address in prefix for prefix in _LOW_32_BITS_PREFIXES):
        return [ipaddress.IPv4Address(value & 0xFFFFFFFF)]
    if address in _NAT64_LOCAL:
        packed = address.packed
        return [ipaddress.IPv4Address(packed[6:8] + packed[9:11])]
    if address.sixtofour is not None:
        return [address.sixtofour]
    if address.teredo is not None:
        return list(address.teredo)
    return []


def address_allowed(address: IpAddress, allowed: Iterable[Network] = ()) -> bool:
    """Whether we may connect to ``address``: a public unicast address, or one the operator
    listed in ``allowed``; never a metadata service nor a site-local address, and an IPv6
    address carrying IPv4 ones only when each of those is allowed."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.is_site_local:
            return False
        carried = embedded_ipv4(address)
        if carried:
            networks = tuple(allowed)
            return all(address_allowed(ipv4, networks) for ipv4 in carried)
    if address in METADATA_ADDRESSES:
        return False
    if any(address in network for network in allowed):
        return True
    return address.is_global and not address.is_multicast


async def resolve_target(host: str, port: int, allowed: Iterable[Network] = ()) -> list[str]:
    """The addresses of ``host``, all checked; raises TargetRefused when the name does not
    resolve or any address is refused (one bad address makes the whole name suspect)."""
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(RESOLVE_TIMEOUT_SECONDS):
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, TimeoutError, ValueError):  # ValueError: IDNA errors, NUL in the name
        raise TargetRefused(f"{host[:100]} could not be resolved") from None
    networks = tuple(allowed)
    addresses: list[str] = []
    for info in infos:
        text = str(info[4][0]).split("%", 1)[0]
        address = ipaddress.ip_address(text)
        if not address_allowed(address, networks):
            raise TargetRefused(
                f"{host} resolves to {address}, a loopback, private, link-local or otherwise "
                "non-public address"
            )
        if text not in addresses:
            addresses.append(text)
    if not addresses:
        raise TargetRefused(f"{host} could not be resolved")
    return addresses


class _GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves and checks the host at each new connection, then connects to a checked
    address."""

    def __init__(self, allowed: tuple[Network, ...]) -> None:
        self._allowed = allowed
        self._backend = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        addresses = await resolve_target(host, port, self._allowed)
        error: httpcore.ConnectError | None = None
        for address in addresses:
            try:
                return await self._backend.connect_tcp(
                    address, port, timeout, local_address, socket_options
                )
            except httpcore.ConnectError as exc:
                error = exc
        assert error is not None  # addresses is never empty
        raise error

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,  # noqa: ASYNC109 - httpcore's interface
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise TargetRefused("unix sockets are not a webhook target")

    async def sleep(self, seconds: float) -> None:
        await self._backend.sleep(seconds)


class _GuardedTransport(httpx.AsyncHTTPTransport):
    def __init__(self, allowed: tuple[Network, ...], limits: httpx.Limits) -> None:
        super().__init__(limits=limits, trust_env=False)
        # httpx 0.28 (pinned) takes no network backend: replace the pool it built with the same
        # pool on our backend; handle_async_request and the exception mapping stay httpx's.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=_GuardedBackend(allowed),
        )


def outbound_client(
    allowed: Iterable[Network], timeout: float, max_connections: int = 100
) -> httpx.AsyncClient:
    """An HTTP client that only connects to allowed addresses (see the module docstring).
    ``timeout`` bounds each network operation; bound a whole exchange with asyncio.timeout."""
    limits = httpx.Limits(max_connections=max_connections, max_keepalive_connections=20)
    return httpx.AsyncClient(
        transport=_GuardedTransport(tuple(allowed), limits),
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        trust_env=False,
    )
