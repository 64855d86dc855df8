"""Tenants: one customer (company, school, institute) on its own subdomain."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields

from models.base import Timestamped


class Plan(StrEnum):
    CORE = "core"
    SMALL = "small"
    BASIC = "basic"
    GROW = "grow"
    PRO = "pro"
    PLUS = "plus"
    PREMIUM = "premium"
    CUSTOM = "custom"


class TenantStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


class Tenant(Timestamped):
    id = fields.IntField(primary_key=True)
    slug = fields.CharField(max_length=63, unique=True)
    name = fields.CharField(max_length=191)
    plan = fields.CharEnumField(Plan, max_length=16, default=Plan.CORE)
    status = fields.CharEnumField(TenantStatus, max_length=16, default=TenantStatus.ACTIVE)
    api_enabled = fields.BooleanField(default=True)
    # Only read for Plan.CUSTOM: the hourly quota agreed with the customer.
    custom_hourly_limit = fields.IntField(null=True)
    # IANA name; the analytics count days in it.
    timezone = fields.CharField(max_length=64, default="UTC")

    class Meta:
        table = "tenants"
