"""Which tenant a request is for, from its Host header alone."""

from __future__ import annotations

import re
from functools import lru_cache

# A DNS label as we allow it for tenant slugs: lowercase letters, digits, inner hyphens.
SLUG_RE = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
ROOT = ""


@lru_cache(maxsize=4096)
def subdomain_from_host(host: str, base_domain: str) -> str | None:
    """The tenant slug of ``host`` under ``base_domain``.

    ``acme.lms.example.com:443`` under ``lms.example.com`` gives ``"acme"``; the base domain itself
    gives ``ROOT`` (the platform's own host); anything else (another domain, nested subdomains,
    characters a slug cannot have) gives None. Case and port are ignored.
    """
    host = host.strip().lower().rstrip(".")
    if host.startswith("["):
        return None
    host = host.partition(":")[0]
    base = base_domain.strip().lower().rstrip(".")
    if host == base:
        return ROOT
    label, dot, rest = host.partition(".")
    if not dot or rest != base or not SLUG_RE.match(label):
        return None
    return label
