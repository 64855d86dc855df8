"""``/api/v2/users`` and what hangs off it: the users resource (`resource`), their request
bodies (`bodies`) and CSV uploads for HR syncs (`csv_upload`), user custom fields (`fields`),
the list's and profile's OpenAPI pieces (`schemas`), and sign-in as a user (`sessions`)."""
