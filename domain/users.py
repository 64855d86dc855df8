"""Users of a tenant: creation, lookup, and the rules that go with them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.errors import Conflict, NotFound
from core.query import is_db_id
from domain.counters import bump_counter
from domain.events import record_event
from domain.passwords import hash_password
from models.user import User, UserStatus, UserType
from tenants.lookup import TenantRecord

USERS_COUNTER = "users"


@dataclass(frozen=True, slots=True)
class NewUser:
    login: str
    email: str
    name: str
    surname: str
    password: str | None = None
    user_type: UserType = UserType.LEARNER
    status: UserStatus = UserStatus.ACTIVE
    timezone: str = "UTC"
    locale: str = "en"
    email_notifications: bool = True
    description: str | None = None
    credits: float | None = None
    deactivation_date: datetime | None = None
    integration: str | None = None
    integration_user_id: str | None = None


def user_event_data(user: User) -> dict[str, object]:
    return {"id": user.id, "login": user.login, "email": user.email}


async def do_create_user(tenant: TenantRecord, new: NewUser) -> User:
    """Create a user in ``tenant``; raises Conflict when the login or email is taken.

    The user, the tenant's user counter and the ``user.created`` event commit together.
    """
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
            await bump_counter(tenant.id, USERS_COUNTER, 1, connection=connection)
            await record_event(
                tenant.id, "user.created", user_event_data(user), connection=connection
            )
    except IntegrityError:
        raise await _conflict(tenant, new) from None
    return user


async def _conflict(tenant: TenantRecord, new: NewUser) -> Conflict:
    taken = users_in_tenant(tenant)
    if await taken.filter(login=new.login).exists():
        return Conflict(f"A user with login {new.login!r} already exists", param="login")
    if await taken.filter(email=new.email).exists():
        return Conflict(f"A user with email {new.email!r} already exists", param="email")
    return Conflict(
        f"A user with integration_user_id {new.integration_user_id!r} already exists",
        param="integration_user_id",
    )


def users_in_tenant(tenant: TenantRecord) -> QuerySet[User]:
    return User.filter(tenant_id=tenant.id)


async def access_user_by_id(tenant: TenantRecord, user_id: int) -> User:
    """The tenant's user ``user_id``; NotFound for a missing id or another tenant's."""
    user = await users_in_tenant(tenant).get_or_none(id=user_id) if is_db_id(user_id) else None
    if user is None:
        raise NotFound(f"No user with id {user_id}")
    return user
