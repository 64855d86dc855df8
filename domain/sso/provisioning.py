"""Users signed in by an identity provider: found by email, created just in time when the
tenant allows it, their names kept up to date and their groups joined by name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from email_validator import EmailNotValidError, validate_email

from core.errors import Conflict, Forbidden
from domain.groups import do_add_group_member, groups_in_tenant
from domain.sessions import can_sign_in
from domain.users import NewUser, do_create_user, do_update_user, users_in_tenant
from models.organization import GroupMembership
from models.sso import SsoConfig, SsoProtocol
from models.user import User
from tenants.records import TenantRecord

MAX_NAME_LENGTH = 191
MAX_GROUPS = 100


@dataclass(frozen=True, slots=True)
class Identity:
    """Who the identity provider says signed in."""

    email: str
    first_name: str | None = None
    last_name: str | None = None
    groups: tuple[str, ...] = ()


def normalized_email(raw: str | None) -> str:
    """The email address the identity provider sent; Forbidden when it sent none usable."""
    if not raw:
        raise Forbidden("The identity provider sent no email address for this user")
    try:
        return validate_email(raw, check_deliverability=False).normalized
    except EmailNotValidError:
        raise Forbidden("The identity provider sent an invalid email address") from None


def _clean(value: str | None) -> str:
    """``value`` without control characters (PostgreSQL text cannot hold NUL), trimmed and cut
    to a name's length."""
    return "".join(c for c in value or "" if c.isprintable()).strip()[:MAX_NAME_LENGTH]


def _name(value: str | None, fallback: str) -> str:
    return _clean(value) or fallback


async def do_provision_user(
    tenant: TenantRecord, config: SsoConfig, identity: Identity, protocol: SsoProtocol
) -> User:
    """The tenant's active user for ``identity``: updated from it, or created when just-in-time
    provisioning is on (with the configured role), then added to the tenant's groups it names.
    Raises Forbidden for an unknown user without provisioning or an inactive user."""
    user = await users_in_tenant(tenant).filter(email__iexact=identity.email).first()
    if user is None:
        if not config.jit_provisioning:
            raise Forbidden(
                "No user of this tenant has this email address, and single sign-on does not "
                "create users here"
            )
        local = identity.email.split("@", 1)[0]
        try:
            user = await do_create_user(
                tenant,
                NewUser(
                    login=identity.email,
                    email=identity.email,
                    name=_name(identity.first_name, local),
                    surname=_name(identity.last_name, "-"),
                    user_type=config.provisioned_user_type,
                    integration=protocol.value,
                ),
            )
        except Conflict:  # the same user signing in twice at once: the other sign-in made it
            user = await users_in_tenant(tenant).filter(email__iexact=identity.email).first()
            if user is None:
                raise
    elif not can_sign_in(user, datetime.now(UTC)):
        raise Forbidden("This user is inactive")
    else:
        changes = {
            name: value
            for name, value in (
                ("name", _clean(identity.first_name)),
                ("surname", _clean(identity.last_name)),
            )
            if value and value != getattr(user, name)
        }
        if changes:
            user = await do_update_user(tenant, user, changes)
    await _join_groups(tenant, user, identity.groups)
    return user


async def _join_groups(tenant: TenantRecord, user: User, names: Iterable[str]) -> None:
    """Add ``user`` to each of the tenant's groups named in ``names`` that they are not in;
    names of no group are passed over (groups are created by the tenant, not by sign-ins)."""
    wanted = list(dict.fromkeys(c for n in names if (c := _clean(n))))[:MAX_GROUPS]
    if not wanted:
        return
    groups = await groups_in_tenant(tenant).filter(name__in=wanted).values("id")
    joined = {
        row["group_id"]
        for row in await GroupMembership.filter(tenant_id=tenant.id, user_id=user.id).values(
            "group_id"
        )
    }
    for group in groups:
        if group["id"] not in joined:
            try:
                await do_add_group_member(tenant, group["id"], user.id)
            except Conflict:  # joined concurrently
                continue
