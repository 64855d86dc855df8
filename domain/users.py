"""Users of a tenant: creation, lookup, updates, deletion, and their rules (the users list is
`domain.user_list`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, Forbidden, NotFound
from core.query import is_db_id
from domain.counters import bump_counter
from domain.custom_fields import do_store_field_values
from domain.enrollments_of import do_delete_enrollments_of
from domain.events import record_event
from domain.passwords import hash_password, verify_password
from domain.user_fields import USER_CUSTOM_FIELDS, check_custom_fields
from domain.user_profiles import forget_user_profile
from models.user import DEFAULT_USER_TYPE, User, UserFieldValue, UserStatus, UserType
from tenants.records import TenantRecord

USERS_COUNTER = "users"
# The profile columns a PATCH may change, besides the password and custom fields.
USER_FIELDS = frozenset(
    {
        "login",
        "email",
        "name",
        "surname",
        "user_type",
        "status",
        "timezone",
        "locale",
        "email_notifications",
        "description",
        "credits",
        "deactivation_date",
        "integration",
        "integration_user_id",
    }
)
_UNIQUE_FIELDS = ("login", "email", "integration_user_id")


@dataclass(frozen=True, slots=True)
class NewUser:
    login: str
    email: str
    name: str
    surname: str
    password: str | None = None
    user_type: UserType = DEFAULT_USER_TYPE
    status: UserStatus = UserStatus.ACTIVE
    timezone: str = "UTC"
    locale: str = "en"
    email_notifications: bool = True
    description: str | None = None
    credits: float | None = None
    deactivation_date: datetime | None = None
    integration: str | None = None
    integration_user_id: str | None = None
    # Keyed by field name or ``custom_field_{id}``, as a request body gives them.
    custom_fields: Mapping[str, Any] = field(default_factory=dict)


def user_event_data(user: User) -> dict[str, object]:
    return {"id": user.id, "login": user.login, "email": user.email}


async def do_create_user(tenant: TenantRecord, new: NewUser) -> User:
    """Create a user in ``tenant``; raises what `check_custom_fields` raises for the custom
    fields, and Conflict when the login, email or integration_user_id is taken.

    The user, their custom field values, the tenant's user counter and the ``user.created``
    event commit together.
    """
    field_values = await check_custom_fields(tenant, new.custom_fields, creating=True)
    password_hash = await hash_password(new.password) if new.password else None
    try:
        async with in_transaction() as connection:
            user = await User.create(
                tenant_id=tenant.id,
                login=new.login,
                email=new.email,
                name=new.name,
                surname=new.surname,
                password_hash=password_hash,
                user_type=new.user_type,
                status=new.status,
                timezone=new.timezone,
                locale=new.locale,
                email_notifications=new.email_notifications,
                description=new.description,
                credits=new.credits,
                deactivation_date=new.deactivation_date,
                integration=new.integration,
                integration_user_id=new.integration_user_id,
                using_db=connection,
            )
            await do_store_field_values(
                USER_CUSTOM_FIELDS, tenant.id, user.id, field_values, connection=connection
            )
            await bump_counter(tenant.id, USERS_COUNTER, 1, connection=connection)
            await record_event(
                tenant.id, "user.created", user_event_data(user), connection=connection
            )
    except IntegrityError:
        raise await _conflict(tenant, vars_of(new)) from None
    return user


def vars_of(new: NewUser) -> dict[str, Any]:
    return {name: getattr(new, name) for name in NewUser.__dataclass_fields__}


async def _conflict(
    tenant: TenantRecord, wanted: Mapping[str, Any], exclude_id: int | None = None
) -> Conflict:
    """The Conflict naming the unique field of ``wanted`` that another user holds."""
    others = users_in_tenant(tenant)
    if exclude_id is not None:
        others = others.exclude(id=exclude_id)
    for name in _UNIQUE_FIELDS:
        value = wanted.get(name)
        if value is not None and await others.filter(**{name: value}).exists():
            return Conflict(f"A user with {name} {value!r} already exists", param=name)
    # The other writer's transaction rolled back since: the caller may retry.
    return Conflict("The user was changed concurrently; retry the request")


def users_in_tenant(tenant: TenantRecord) -> QuerySet[User]:
    return User.filter(tenant_id=tenant.id)


async def access_user_by_id(tenant: TenantRecord, user_id: int) -> User:
    """The tenant's user ``user_id``; NotFound for a missing id or another tenant's."""
    user = await users_in_tenant(tenant).get_or_none(id=user_id) if is_db_id(user_id) else None
    if user is None:
        raise NotFound(f"No user with id {user_id}")
    return user


async def check_user_exists(tenant: TenantRecord, user_id: int) -> None:
    """Raise NotFound (like `access_user_by_id`) unless the tenant has user ``user_id``."""
    if not is_db_id(user_id) or not await users_in_tenant(tenant).filter(id=user_id).exists():
        raise NotFound(f"No user with id {user_id}")


def _jsonable(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


async def do_update_user(
    tenant: TenantRecord,
    user: User,
    changes: Mapping[str, Any],
    *,
    current_password: str | None = None,
) -> User:
    """Apply a partial update to ``user``: any of `USER_FIELDS`, ``password`` and
    ``custom_fields`` (keyed like `NewUser.custom_fields`; None clears a value).

    With ``current_password`` a new password is set only if it matches the old one (else
    Forbidden naming ``current_password``); without a new password it is not looked at. Raises
    what `check_custom_fields` raises for custom fields, and Conflict when the login, email or
    integration_user_id is taken. The change and
    its ``user.updated`` event (old and new values, never a password) commit together; nothing
    is written or recorded when nothing changes.
    """
    wanted = dict(changes)
    unknown = set(wanted) - USER_FIELDS - {"password", "custom_fields"}
    if unknown:
        raise ValueError(f"not user fields: {sorted(unknown)}")
    field_values = await check_custom_fields(
        tenant, wanted.pop("custom_fields", {}), creating=False
    )
    password = wanted.pop("password", None)
    if (
        password is not None
        and current_password is not None
        and (
            user.password_hash is None
            or not await verify_password(user.password_hash, current_password)
        )
    ):
        raise Forbidden("current_password is not the user's password", param="current_password")
    changed = {k: v for k, v in wanted.items() if getattr(user, k) != v}
    stored = dict(
        await UserFieldValue.filter(
            tenant_id=tenant.id, user_id=user.id, field_id__in=list(field_values)
        ).values_list("field_id", "value")
    )
    changed_values = {k: v for k, v in field_values.items() if stored.get(k) != v}
    if not changed and password is None and not changed_values:
        return user
    old = {k: _jsonable(getattr(user, k)) for k in changed}
    for name, value in changed.items():
        setattr(user, name, value)
    update_fields = [*changed, "updated_at"]
    if password is not None:
        user.password_hash = await hash_password(password)
        update_fields.append("password_hash")
    try:
        async with in_transaction() as connection:
            await user.save(update_fields=update_fields, using_db=connection)
            await do_store_field_values(
                USER_CUSTOM_FIELDS, tenant.id, user.id, changed_values, connection=connection
            )
            await record_event(
                tenant.id,
                "user.updated",
                {
                    **user_event_data(user),
                    "changed": sorted(
                        [*changed, *(["password"] if password is not None else [])]
                        + [f"custom_field_{k}" for k in changed_values]
                    ),
                    "old": {
                        **old,
                        **{f"custom_field_{k}": stored.get(k) for k in changed_values},
                    },
                    "new": {
                        **{k: _jsonable(v) for k, v in changed.items()},
                        **{f"custom_field_{k}": v for k, v in changed_values.items()},
                    },
                },
                connection=connection,
            )
    except IntegrityError:
        raise await _conflict(tenant, changed, exclude_id=user.id) from None
    forget_user_profile(tenant, user.id)
    return user


async def do_delete_user(tenant: TenantRecord, user: User) -> None:
    """Delete ``user`` with everything that is theirs: enrollments (each recorded as
    ``enrollment.deleted``, the enrollment counter kept exact), group and branch memberships,
    progress, certificates, custom field values, sessions. The user counter and ``user.deleted``
    commit with it. Raises NotFound when the user was deleted meanwhile.
    """
    async with in_transaction() as connection:
        await do_delete_enrollments_of(tenant, connection=connection, user_id=user.id)
        deleted = await users_in_tenant(tenant).filter(id=user.id).using_db(connection).delete()
        if not deleted:
            raise NotFound(f"No user with id {user.id}")
        await bump_counter(tenant.id, USERS_COUNTER, -1, connection=connection)
        await record_event(tenant.id, "user.deleted", user_event_data(user), connection=connection)
    forget_user_profile(tenant, user.id)
