from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES = """
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
    "prefix" VARCHAR(16) NOT NULL UNIQUE,
    "key_hash" VARCHAR(64) NOT NULL,
    "scopes" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ,
    "revoked_at" TIMESTAMPTZ,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_api_keys_tenant__967ffe" ON "api_keys" ("tenant_id", "id");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
"""

SQLITE = """
CREATE TABLE IF NOT EXISTS "tenants" (
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "slug" VARCHAR(63) NOT NULL UNIQUE,
    "name" VARCHAR(191) NOT NULL,
    "plan" VARCHAR(16) NOT NULL /* CORE: core\nSMALL: small\nBASIC: basic\nGROW: grow\nPRO: pro\nPLUS: plus\nPREMIUM: premium\nCUSTOM: custom */,
    "status" VARCHAR(16) NOT NULL /* ACTIVE: active\nSUSPENDED: suspended */,
    "api_enabled" INT NOT NULL,
    "custom_hourly_limit" INT
);
CREATE TABLE IF NOT EXISTS "api_keys" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(191) NOT NULL,
    "prefix" VARCHAR(16) NOT NULL UNIQUE,
    "key_hash" VARCHAR(64) NOT NULL,
    "scopes" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "last_used_at" TIMESTAMP,
    "revoked_at" TIMESTAMP,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_api_keys_tenant__967ffe" ON "api_keys" ("tenant_id", "id");
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES if db.capabilities.dialect == "postgres" else SQLITE


async def downgrade(db: BaseDBAsyncClient) -> str:
    return ""


MODELS_STATE = (
    "eJztmu9v2jgYx/+VKK96Uq9qKWMbOp0UaHrjVkgF6XbaOkUmMWDVsbPEaYt2/O9nO0nzg4"
    "QDBJQi3mzw+Hli+/NNnOd56C/VpQ7EwZkJCSBMbSq/VAJcyD8URk4VFXheahcGBoZYujLp"
    "I21gGDAf2OJSI4ADyE0ODGwfeQxRwq0kxFgYqc0dERmnppCgnyG0GB1DNoE+H/j+g5sRce"
    "AzDJKv3oM1QhA7ubUiR8wt7RabetLWIexaOorZhpZNceiS1NmbsgklL94o2uMYEugDBsXl"
    "mR+K5YvVxRtNdhStNHWJlpiJceAIhJhltju0UptqWT3DtAa6aVnqCoBsSgRcJFCL3Y/FEn"
    "6vXdTf1z9cNuofuItc5ovl/SyaOgUTBUo8PVOdyXHAQOQhGadQbR8KEhZg83Cv+AhDLiwn"
    "nI8skHbi0LPkQ5F7QnkR+MSQkk/vtl2g5xt0DIKnseQLOJudrj4wte6tmM4Ngp9Y8tNMXY"
    "zUpHVasJ40fhN2yh+k6AF7uYjytWN+UsRX5ZvR0yVeGrCxL2dM/cxvqlgTCBm1CH2ygJO5"
    "OxNrQo17pqqHnrOm6vnIo+r7onrCKCN7vPpU9QCH43m92xPgl2ud+BdU5rTW0fV1j1EXPF"
    "sYkjGb8K+NywWqftH67U9a/6RxWVCqF4/U5NAsh1b+vwLaxH8zaF/7kcnBvfh4sQRd7lWJ"
    "V47l+XoYkHK+OgldybjD1wSIDedYJ7G7Y80B+ck6lqWtto2+3lRE5D0ZdLWbm6YSuADje9"
    "LSBp12UxmCANn35K++8bWpjH36dE9u+0ZT8XzKP93cDfhHHAbCqnc7d10xAl0UuvekfTcw"
    "DW6ww4BRV11H1cYyohYPt4ymjaKkXC0WBuuKmkbvUFae8qLHlYXV2mbnC5c2iubi3g1u9d"
    "6VfsUFDgMP8hmd/ZAEeMjiWT5HVJJqtyjFEJDy86wQWdBkyEO3JUryFtnCubYAb8swbnJv"
    "/VbHLHC+67Z0zl/i506IRQVLnJFnMnD5TFoTGvp4amHkopKkrLLOqYj+/8KnhH+Mcm9eKx"
    "sofUQxOXrIVD7CMAT2wxPwHSs3kn8MHuC05GxqxZHXn/sQA7mhedhxTa156DOcvsHX+Sy5"
    "xxJrkksKdrRGq2jOD7k1t2gBBIzllsTcYqY8rZLeRMqxujeRVWyrzYnvcRvEivoL/N8fx3"
    "7FLvsVx0R7y4m2D0foeRXCacTB1Ymbz7D4IWVNQDBZBXA25gBv40Z9mWK8Xl2M1+cqC5uK"
    "a8wh/ntg9Co6HS8RxY4Wspnyr4JRsEwCtV5V8ccoJLZgqAxDhBkiwZmY788V64xNpLWCUC"
    "6tTTCfdLV/igq0b4xWsUslLtAqJrjHFvOBNRuXaTFjEDArDNbSvRi7AeX3rLZ5I0KXdJXn"
    "lfbhI31YS+d85FHlfVY5V/csWdTkYtZqSezdgb2NnkQR8jzha+pDNCa8Dp7ripY3H9If9N"
    "8Y4KrmAzf74Omlys7fWnz/fNcw6rC1tUFbu9LVWXWrZ6uNDOgje6KWNTKikdOFjYzU5/g3"
    "Fm/poT5d0LN4hH4QtwqXrfkyIQdY8tXevVui5uNelUWfHCv+eOGtQjh2P0C6F+fny7Qtzs"
    "+r+xZirFDEUcKP3JJXU3VRnQnZfVX9OlndxurnFX632PzLbPYf7ZvVUA=="
)
