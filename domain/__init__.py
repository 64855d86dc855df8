"""Domain logic as plain functions that take the tenant explicitly; used by `api/` and `tasks/`."""
