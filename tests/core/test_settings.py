from __future__ import annotations

import pytest

from core.settings import ConfigurationError, Settings


def test_development_defaults_to_embedded_storage() -> None:
    settings = Settings.from_env({})
    assert settings.database_url.startswith("sqlite://")
    assert settings.redis_url == ""
    assert settings.require_https is True
    assert settings.workers == 1


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATABASE_URL"])
def test_production_requires_secrets(missing: str) -> None:
    env = {
        "ATRIUM_ENV": "production",
        "SECRET_KEY": "s" * 40,
        "DATABASE_URL": "postgres://db/atrium",
    }
    del env[missing]
    with pytest.raises(ConfigurationError, match=missing):
        Settings.from_env(env)


@pytest.mark.parametrize(
    ("env", "variable"),
    [
        ({"WORKERS": "4"}, "REDIS_URL"),
        ({"WORKERS": "zero"}, "WORKERS"),
        ({"REQUIRE_HTTPS": "maybe"}, "REQUIRE_HTTPS"),
        ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
        ({"ATRIUM_ENV": "staging"}, "ATRIUM_ENV"),
        ({"PORT": "0"}, "PORT"),
    ],
)
def test_invalid_values_name_the_variable(env: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigurationError, match=variable):
        Settings.from_env(env)
