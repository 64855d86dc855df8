"""Hand-written SQL binds the tenant: every SQL string of the code that names a tenant-owned table
names the tenant with ``:tenant``, which only `core.sql`'s tenant helpers fill (and refuse to run
without), short of the deliberate cross-tenant statements allow-listed below.

The tables come from the models (every concrete `TenantOwned` subclass); the strings from the
source, read with ``ast``: literals, f-strings and ``+`` concatenations, docstrings left out. A
run-time part reads as ``{}``, except ``value_rows(…, tenant=True)``, whose rows start with
``:tenant``. A statement naming its table at run time (``FROM {}``) counts as naming a
tenant-owned one.
"""

from __future__ import annotations

import ast
import importlib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from core.sql import TENANT
from models import MODEL_MODULES
from models.base import TenantOwned
from tests.live import ROOT

# Not the application's code: its tests, its benchmarks, and migrations (DDL, run by the owner).
OUTSIDE = frozenset({"tests", "bench", "migrations"})
# (file, a piece of the statement's text) → why it crosses tenants on purpose.
ALLOWED = {
    # The job claim: a worker takes due jobs of every tenant (each job then runs as its tenant).
    ("domain/jobs.py", "WITH due AS ("): "job claim",
    # Not a statement: a fragment of the HR sync's statements (_PREVIOUS, _EVENTS), which bind
    # the tenant; its run-time "table" is a set of rows made from the file.
    ("domain/user_sync.py", "jsonb_object_agg('custom_field_' || c.key"): "HR sync fragment",
}
RUN_TIME = "{}"
_STATEMENT = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|COPY)\b")
_TABLE = re.compile(r'\b(?:FROM|JOIN|INTO|UPDATE|USING)\s+(?:ONLY\s+)?"?(\{\}|[a-z_][a-z0-9_]*)')


@cache
def tenant_tables() -> frozenset[str]:
    for module in MODEL_MODULES:
        importlib.import_module(module)
    tables: set[str] = set()
    pending: list[type[TenantOwned]] = [TenantOwned]
    while pending:
        for model in pending.pop().__subclasses__():
            pending.append(model)
            if not model._meta.abstract:
                tables.add(model._meta.db_table)
    return frozenset(tables)


def unbound_tables(text: str, tables: frozenset[str]) -> set[str]:
    """The tenant-owned tables (or ``{}``, a table named at run time) that the SQL ``text``
    names without binding the tenant; empty for a statement that binds it, or for no SQL."""
    if TENANT in text or not _STATEMENT.search(text):
        return set()
    named = {match.group(1) for match in _TABLE.finditer(text)}
    return {table for table in named if table in tables or table == RUN_TIME}


def _part_text(part: ast.expr) -> str:
    """A part of an f-string: its text, or ``{}`` when computed at run time, except that
    ``value_rows(…, tenant=True)`` reads as ``:tenant``."""
    if isinstance(part, ast.Constant):
        return str(part.value)
    call = part.value if isinstance(part, ast.FormattedValue) else None
    if (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "value_rows"
        and any(
            k.arg == "tenant" and isinstance(k.value, ast.Constant) and k.value.value is True
            for k in call.keywords
        )
    ):
        return TENANT
    return RUN_TIME


def _text(node: ast.AST) -> str | None:
    """The string ``node`` evaluates to, run-time parts as ``{}``; None when it is no string."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return "".join(_part_text(part) for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        if left is None and right is None:
            return None
        return (RUN_TIME if left is None else left) + (RUN_TIME if right is None else right)
    return None


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = node.body[0] if node.body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _run_time_parts(node: ast.AST) -> Iterator[ast.AST]:
    """The parts of the string expression ``node`` that are computed at run time."""
    if isinstance(node, ast.JoinedStr):
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                yield part.value
    elif isinstance(node, ast.BinOp):
        for side in (node.left, node.right):
            if _text(side) is None:
                yield side
            else:
                yield from _run_time_parts(side)


def strings(source: str) -> Iterator[tuple[int, str]]:
    """Each string expression of ``source`` (the largest: a concatenation, not its parts), with
    its line, docstrings left out."""
    tree = ast.parse(source)
    skipped = _docstrings(tree)
    pending: list[ast.AST] = [tree]
    while pending:
        node = pending.pop()
        text = _text(node) if isinstance(node, ast.expr) else None
        if text is None:
            pending.extend(ast.iter_child_nodes(node))
            continue
        if id(node) not in skipped:
            yield getattr(node, "lineno", 0), text
        pending.extend(_run_time_parts(node))


def _sources() -> Iterator[Path]:
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.parts[0] not in OUTSIDE and not relative.parts[0].startswith("."):
            yield path


def _allowed(path: str, text: str) -> tuple[str, str] | None:
    return next((key for key in ALLOWED if key[0] == path and key[1] in text), None)


def test_every_statement_on_a_tenant_table_binds_the_tenant() -> None:
    tables = tenant_tables()
    assert {"users", "enrollments", "jobs", "api_keys"} <= tables
    unbound, used = [], set()
    for path in _sources():
        relative = path.relative_to(ROOT).as_posix()
        for line, text in strings(path.read_text()):
            if not unbound_tables(text, tables):
                continue
            allowed = _allowed(relative, text)
            if allowed is None:
                unbound.append(f"{relative}:{line}: {' '.join(text.split())[:160]}")
            else:
                used.add(allowed)
    assert unbound == [], "SQL on tenant-owned tables without :tenant:\n" + "\n".join(unbound)
    assert used == set(ALLOWED), f"allow-list entries that match nothing: {set(ALLOWED) - used}"


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * FROM "users" WHERE "id" = ?',
        "UPDATE enrollments SET status = $1 WHERE tenant_id = $2",
        "DELETE FROM user_field_values v USING sync_rows s WHERE v.user_id = s.user_id",
        'INSERT INTO "progress_events" ("tenant_id", "user_id") VALUES (?, ?)',
        "SELECT u.id FROM sync_rows s JOIN users u ON u.id = s.user_id",
        'INSERT INTO "{}" ("tenant_id", "day") VALUES (?, ?)',
    ],
)
def test_the_checker_finds_a_statement_that_does_not_bind_the_tenant(text: str) -> None:
    assert unbound_tables(text, tenant_tables())


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * FROM "users" WHERE "tenant_id" = :tenant AND "id" = ?',
        "SELECT * FROM tenants WHERE slug = ?",
        "UPDATE sync_rows s SET error = 'x' WHERE s.user_id IS NULL",
        "users FROM the file are matched by email",
    ],
)
def test_the_checker_passes_bound_and_platform_statements(text: str) -> None:
    assert not unbound_tables(text, tenant_tables())


def test_the_checker_reads_concatenations_and_f_strings() -> None:
    source = '''
"""Docstring: SELECT * FROM users."""
A = "SELECT * FROM " + "users WHERE id = ?"
B = f"SELECT {COLUMNS} FROM events WHERE tenant_id = :tenant"
C = f'INSERT INTO "{TABLE}" VALUES (?)'
'''
    found = {line: text for line, text in strings(source)}
    tables = tenant_tables()
    assert unbound_tables(found[3], tables) == {"users"}
    assert unbound_tables(found[4], tables) == set()
    assert unbound_tables(found[5], tables) == {RUN_TIME}
    assert 2 not in found
