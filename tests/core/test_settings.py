from __future__ import annotations

import pytest

from core.settings import ConfigurationError, Settings


def test_development_defaults_to_embedded_storage() -> None:
    settings = Settings.from_env({})
    assert settings.database_url == ""
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
        ({"REDIS_URL": "unix:///run/redis.sock"}, "REDIS_URL"),
        ({"REDIS_URL": "redis://:pw@host:port/0"}, "REDIS_URL"),
        ({"REDIS_URL": "redis://host:6379/zero"}, "REDIS_URL"),
        ({"WORKERS": "zero"}, "WORKERS"),
        ({"REQUIRE_HTTPS": "maybe"}, "REQUIRE_HTTPS"),
        ({"DATABASE_URL": "mysql://x"}, "DATABASE_URL"),
        ({"DATABASE_URL": "sqlite://atrium.sqlite3"}, "DATABASE_URL"),
        ({"ATRIUM_ENV": "staging"}, "ATRIUM_ENV"),
        ({"PORT": "0"}, "PORT"),
    ],
)
def test_invalid_values_name_the_variable(env: dict[str, str], variable: str) -> None:
    with pytest.raises(ConfigurationError, match=variable):
        Settings.from_env(env)


def test_mail_is_off_without_smtp_url() -> None:
    settings = Settings.from_env({"BASE_DOMAIN": "lms.example.com"})
    assert settings.smtp is None
    assert settings.mail_from == "Atrium <no-reply@lms.example.com>"


@pytest.mark.parametrize(
    ("url", "host", "port", "tls", "starttls"),
    [
        ("smtp://mail.example.com", "mail.example.com", 25, False, False),
        ("smtp://u:p@mail.example.com?starttls=true", "mail.example.com", 587, False, True),
        ("smtp://mail.example.com:2525?starttls=false", "mail.example.com", 2525, False, False),
        ("smtps://u:p@mail.example.com", "mail.example.com", 465, True, False),
    ],
)
def test_smtp_url(url: str, host: str, port: int, tls: bool, starttls: bool) -> None:
    smtp = Settings.from_env({"SMTP_URL": url}).smtp
    assert smtp is not None
    assert (smtp.host, smtp.port, smtp.tls, smtp.starttls) == (host, port, tls, starttls)


def test_smtp_credentials_are_decoded_and_the_password_is_never_shown() -> None:
    settings = Settings.from_env(
        {"SMTP_URL": "smtps://mailer%40acme.com:s%3Acr%2Ft@mail.example.com", "MAIL_FROM": "a@b.c"}
    )
    assert settings.smtp is not None
    assert settings.smtp.username == "mailer@acme.com"
    assert settings.smtp.password == "s:cr/t"
    assert "s:cr/t" not in repr(settings)


@pytest.mark.parametrize(
    "url",
    [
        "http://mail.example.com",
        "smtp://",
        "smtp://mail.example.com:99999",
        "smtp://mail.example.com/path",
        "smtp://mail.example.com?tls=1",
        "smtp://mail.example.com?starttls=perhaps",
        "smtps://mail.example.com?starttls=true",
    ],
)
def test_invalid_smtp_urls_are_refused_without_echoing_them(url: str) -> None:
    with pytest.raises(ConfigurationError, match="SMTP_URL") as raised:
        Settings.from_env({"SMTP_URL": url.replace("://", "://user:hunter2@", 1)})
    assert "hunter2" not in str(raised.value)


def test_mail_from_is_checked() -> None:
    named = Settings.from_env({"MAIL_FROM": "Acme LMS <lms@acme.example>"})
    assert named.mail_from == "Acme LMS <lms@acme.example>"
    with pytest.raises(ConfigurationError, match="MAIL_FROM"):
        Settings.from_env({"MAIL_FROM": "not an address"})


@pytest.mark.parametrize(
    ("mail", "message"),
    [
        ({"SMTP_URL": "smtps://mail.example.com"}, "MAIL_FROM"),
        ({"SMTP_URL": "smtp://u:p@mail.example.com", "MAIL_FROM": "a@b.c"}, "starttls"),
    ],
)
def test_production_mail_needs_a_sender_and_no_clear_text_password(
    mail: dict[str, str], message: str
) -> None:
    env = {"ATRIUM_ENV": "production", "SECRET_KEY": "s" * 40, "DATABASE_URL": "postgres://db/a"}
    with pytest.raises(ConfigurationError, match=message):
        Settings.from_env({**env, **mail})


def test_blank_variables_mean_the_default() -> None:
    settings = Settings.from_env({"PORT": "  ", "REDIS_PREFIX": "", "MAIL_FROM": " "})
    assert settings.port == 8000
    assert settings.redis_prefix == "atrium"
    assert settings.mail_from == "Atrium <no-reply@localhost>"


def test_values_are_stripped_and_converted() -> None:
    settings = Settings.from_env(
        {
            "PORT": " 8765 ",
            "REQUIRE_HTTPS": "off",
            "BASE_DOMAIN": "LMS.Example.com",
            "LOG_LEVEL": "debug",
            "JOB_POLL_SECONDS": "0.5",
            "WEBHOOK_ALLOWED_NETWORKS": "10.0.0.1/8, ::1",
        }
    )
    assert settings.port == 8765
    assert settings.require_https is False
    assert settings.base_domain == "lms.example.com"
    assert settings.log_level == "DEBUG"
    assert settings.job_poll_seconds == 0.5
    assert [str(n) for n in settings.webhook_allowed_networks] == ["10.0.0.0/8", "::1/128"]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"WORKERS": "zero"}, "WORKERS must be an integer, got 'zero'"),
        ({"PORT": "0"}, "PORT must be at least 1, got '0'"),
        ({"JOB_POLL_SECONDS": "nan"}, "JOB_POLL_SECONDS must be at least 0.05, got 'nan'"),
        ({"REQUIRE_HTTPS": "maybe"}, "REQUIRE_HTTPS must be true or false, got 'maybe'"),
        ({"WEBHOOK_ALLOWED_NETWORKS": "10.0.0.0/8 x"}, "WEBHOOK_ALLOWED_NETWORKS must list"),
    ],
)
def test_messages_say_what_the_variable_takes(env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigurationError) as raised:
        Settings.from_env(env)
    assert str(raised.value).startswith(message)


def test_the_process_environment_is_read_unless_a_mapping_is_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PORT", "8765")
    assert Settings.from_env().port == 8765
    assert Settings.from_env({}).port == 8000


def test_secrets_stay_out_of_the_repr() -> None:
    settings = Settings.from_env({"SECRET_KEY": "k" * 40, "FORWARDED_SECRET": "f" * 20})
    assert "k" * 40 not in repr(settings)
    assert "f" * 20 not in repr(settings)


def test_a_database_url_is_required_outside_the_quick_start() -> None:
    with pytest.raises(ConfigurationError, match="DATABASE_URL must be set"):
        Settings.from_env({}).require_database_url()
    for url in ("postgres://db/atrium", "postgresql://db/atrium"):
        assert Settings.from_env({"DATABASE_URL": url}).require_database_url() == url
