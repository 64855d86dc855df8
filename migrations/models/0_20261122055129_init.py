from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
CREATE TABLE IF NOT EXISTS "tenants" (
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "id" SERIAL NOT NULL PRIMARY KEY,
    "slug" VARCHAR(63) NOT NULL UNIQUE,
    "name" VARCHAR(191) NOT NULL,
    "plan" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "api_enabled" BOOL NOT NULL,
    "custom_hourly_limit" INT
);
COMMENT ON COLUMN "tenants"."plan" IS 'CORE: core\nSMALL: small\nBASIC: basic\nGROW: grow\nPRO: pro\nPLUS: plus\nPREMIUM: premium\nCUSTOM: custom';
COMMENT ON COLUMN "tenants"."status" IS 'ACTIVE: active\nSUSPENDED: suspended';
CREATE TABLE IF NOT EXISTS "api_keys" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(191) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL,
    "key_hash" VARCHAR(64) NOT NULL,
    "scopes" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_api_keys_tenant__fcf287" UNIQUE ("tenant_id", "prefix")
);
CREATE INDEX IF NOT EXISTS "idx_api_keys_tenant__967ffe" ON "api_keys" ("tenant_id", "id");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """

"""


MODELS_STATE = (
    "eJztmvFv2jgUx/+VKD91Uq9qKWMbmk4KlN64FVJBup22VpFJDFh17Cxx2qId//vZTtIkJu"
    "EA0ZZW/LLB83ux/fkmznuP/tY96kIcHlmQAML0pvZbJ8CD/IMycqjpwPczuzAwMMLSlUkf"
    "aQOjkAXAEZcaAxxCbnJh6ATIZ4gSbiURxsJIHe6IyCQzRQT9iqDN6ASyKQz4wM8bbkbEhQ"
    "8wTL/6t/YYQewW1opcMbe022zmS1uXsHPpKGYb2Q7FkUcyZ3/GppQ8eqN4jxNIYAAYFJdn"
    "QSSWL1aXbDTdUbzSzCVeYi7GhWMQYZbb7sjObLpt903LHnYs29bXAORQIuAigVrsfiKW8E"
    "ftpP6h/vG0Uf/IXeQyHy0f5vHUGZg4UOLpW/pcjgMGYg/JOIPqBFCQsAFbhHvGRxjyYDnh"
    "YqRC2k1Cj9IPKveU8jLwqSEjn91tz4Geb9A1CZ4lki/hbHV7naFl9C7FdF4Y/sKSn2F1xE"
    "hNWmeK9aDxTtgpf5DiB+zxItr3rvVFE1+1H2a/I/HSkE0COWPmZ/3QxZpAxKhN6L0N3Nzd"
    "mVpTatwzUz3y3Q1VL0buVd8V1VNGOdmT1WeqhziaLOrdnoKgXOvUX1GZ09pE15c9Rj3wYG"
    "NIJmzKvzZOl6j6zRi0vxiDg8apolQ/GanJoXkBrfx/DbSp/3bQvvQjU4B78ulkBbrcqxKv"
    "HCvy9TEg5Xw7JPIk4y5fEyAOXGCdxj4faw4oSNexKm29bQ46TU1EXpNhz7i4aGqhBzC+Ji"
    "1j2G03tREIkXNN/hqY35vaJKD31+RyYDY1P6D808XVkH/EUSisnV73qidGoIci75q0r4aW"
    "yQ1OFDLq6Zuo2lhFVPVwy2naUCXlarEo3FTULPoZZeUpL7pbW1ijbXW/cWnjaC7u1fCy0z"
    "/rnHGBo9CHfEZ3NyQBPrJ5ls8RlaTaLUoxBKT8PFMiFU1GPPSpREnfIk9wri3B2zLNi8Jb"
    "v9W1FM5XvVaH85f4uRNiccGSZOS5DFw+k/aURgGe2Rh5qCQpq6xzKqL/v/Ap4Z+g3JnXyh"
    "ZKH1FMjm9zlY8wjIBzew8C1y6MFB+DWzgrOZtaSeT51wHEQG5oEXZSUxs++gpnr/B1Pk/v"
    "sdSa5pKCHa3RKpqLQ17NUy2AgInckphbzFSkVdKbyDhW9ybyim23OfEz6XvYSUMhgGP0oN"
    "8oPQvFi/97s29jPGcbY59/P3H+Hd/3axDOIt4i462nXvz0sqcgnK6DOB/zBiE36qtU6fXq"
    "Kr2+UHI4VFxjAfHfQ7Nf0QJ5jFBbXchh2r8aRuEqmdVm5cbncUQcwVAbRQgzRMIjMd+fax"
    "Yg28h3BaFCvptiPugZ/6gKtC/Mltq+EhdoqZnvvvf8xrqQq/SeMQiZHYUb6a7GbkH5HSt6"
    "XonQJe3mRaUDeEdvN9K5GLlXeZdVLlQ+K5Y1xZpqk17Fzh3YT9GsUCEvEj6nAUQTwgvkhX"
    "ZpeVci+6X/lQGu6kpwcwDuH+vs4q3F9893DePWW9sYto2zjj6v7gE9aYcDBsiZ6mUdjnjk"
    "cGmHI/PZ//HFa3qoD5d0Le5gECY9xFVrvlzIGyz5au/fr1Dzca/Kok+Oqb9q+OsQTtzfIN"
    "2T4+NV2hbHx9V9CzGmFHGU8CO35NVUXVTnQp6/qn6ZrG5r9fMaP2hs/2U2/w99KN22"
)
