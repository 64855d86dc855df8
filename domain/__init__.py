"""Domain logic: plain functions that take the tenant explicitly and raise `core.errors`.

Handlers in `api/` and jobs in `tasks/` call these; neither owns any business rule.
"""
