from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES_UP = """
CREATE TABLE IF NOT EXISTS "events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "type" VARCHAR(64) NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_events_tenant__ee657a" ON "events" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_events_tenant__c6d748" ON "events" ("tenant_id", "type", "id");
        CREATE TABLE IF NOT EXISTS "jobs" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(64) NOT NULL,
    "payload" JSONB NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "attempts" INT NOT NULL,
    "max_attempts" INT NOT NULL,
    "run_at" TIMESTAMPTZ NOT NULL,
    "locked_until" TIMESTAMPTZ,
    "locked_by" VARCHAR(64),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_jobs_status_e68467" ON "jobs" ("status", "run_at");
CREATE INDEX IF NOT EXISTS "idx_jobs_tenant__91e010" ON "jobs" ("tenant_id", "id");
COMMENT ON COLUMN "jobs"."status" IS 'QUEUED: queued\nRUNNING: running\nSUCCEEDED: succeeded\nFAILED: failed';
        CREATE TABLE IF NOT EXISTS "webhook_endpoints" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "url" VARCHAR(2048) NOT NULL,
    "description" VARCHAR(191) NOT NULL,
    "event_types" JSONB NOT NULL,
    "secret_ciphertext" TEXT NOT NULL,
    "enabled" BOOL NOT NULL,
    "disabled_reason" VARCHAR(191),
    "failing_since" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_end_tenant__ccaf6b" ON "webhook_endpoints" ("tenant_id", "id");
        CREATE TABLE IF NOT EXISTS "webhook_deliveries" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "event_type" VARCHAR(64) NOT NULL,
    "message_id" VARCHAR(64) NOT NULL,
    "attempt" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "status_code" INT,
    "latency_ms" INT NOT NULL,
    "response_excerpt" TEXT NOT NULL,
    "error" VARCHAR(191),
    "next_retry_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "endpoint_id" INT NOT NULL REFERENCES "webhook_endpoints" ("id") ON DELETE CASCADE,
    "event_id" BIGINT REFERENCES "events" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_del_tenant__d7f529" ON "webhook_deliveries" ("tenant_id", "endpoint_id", "id");
COMMENT ON COLUMN "webhook_deliveries"."status" IS 'SUCCEEDED: succeeded\nFAILED: failed';
COMMENT ON TABLE "webhook_deliveries" IS 'One attempt to deliver one event (or a test ping) to one endpoint.';
"""

SQLITE_UP = """
CREATE TABLE IF NOT EXISTS "events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "type" VARCHAR(64) NOT NULL,
    "data" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_events_tenant__ee657a" ON "events" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_events_tenant__c6d748" ON "events" ("tenant_id", "type", "id");
        CREATE TABLE IF NOT EXISTS "jobs" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(64) NOT NULL,
    "payload" JSON NOT NULL,
    "status" VARCHAR(16) NOT NULL /* QUEUED: queued\nRUNNING: running\nSUCCEEDED: succeeded\nFAILED: failed */,
    "attempts" INT NOT NULL,
    "max_attempts" INT NOT NULL,
    "run_at" TIMESTAMP NOT NULL,
    "locked_until" TIMESTAMP,
    "locked_by" VARCHAR(64),
    "last_error" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "finished_at" TIMESTAMP,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_jobs_status_e68467" ON "jobs" ("status", "run_at");
CREATE INDEX IF NOT EXISTS "idx_jobs_tenant__91e010" ON "jobs" ("tenant_id", "id");
        CREATE TABLE IF NOT EXISTS "webhook_endpoints" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "url" VARCHAR(2048) NOT NULL,
    "description" VARCHAR(191) NOT NULL,
    "event_types" JSON NOT NULL,
    "secret_ciphertext" TEXT NOT NULL,
    "enabled" INT NOT NULL,
    "disabled_reason" VARCHAR(191),
    "failing_since" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_webhook_end_tenant__ccaf6b" ON "webhook_endpoints" ("tenant_id", "id");
        CREATE TABLE IF NOT EXISTS "webhook_deliveries" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "event_type" VARCHAR(64) NOT NULL,
    "message_id" VARCHAR(64) NOT NULL,
    "attempt" INT NOT NULL,
    "status" VARCHAR(16) NOT NULL /* SUCCEEDED: succeeded\nFAILED: failed */,
    "status_code" INT,
    "latency_ms" INT NOT NULL,
    "response_excerpt" TEXT NOT NULL,
    "error" VARCHAR(191),
    "next_retry_at" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "endpoint_id" INT NOT NULL REFERENCES "webhook_endpoints" ("id") ON DELETE CASCADE,
    "event_id" BIGINT REFERENCES "events" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
) /* One attempt to deliver one event (or a test ping) to one endpoint. */;
CREATE INDEX IF NOT EXISTS "idx_webhook_del_tenant__d7f529" ON "webhook_deliveries" ("tenant_id", "endpoint_id", "id");
"""

POSTGRES_DOWN = """
DROP TABLE IF EXISTS "events";
        DROP TABLE IF EXISTS "webhook_endpoints";
        DROP TABLE IF EXISTS "jobs";
        DROP TABLE IF EXISTS "webhook_deliveries";
"""

SQLITE_DOWN = """
DROP TABLE IF EXISTS "webhook_endpoints";
        DROP TABLE IF EXISTS "jobs";
        DROP TABLE IF EXISTS "webhook_deliveries";
        DROP TABLE IF EXISTS "events";
"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_UP if db.capabilities.dialect == "postgres" else SQLITE_UP


async def downgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_DOWN if db.capabilities.dialect == "postgres" else SQLITE_DOWN


MODELS_STATE = (
    "eJztXW1zm0YQ/isMn5IZ12PLr/V0OiPJxFVrS6klJ5nUGeaEztLVcEfgiK1p/d97x4uAA2"
    "RQJAXR+5LIe7u8PAt7u88e8I9qkQk03f0RxABT9UL5R8XAguyHMLKnqMC2YzkXUDA2fVXq"
    "6/gyMHapAwy+qQdgupCJJtA1HGRTRDCTYs80uZAYTBHhaSzyMPrqQZ2SKaQz6LCBv74wMc"
    "IT+Azd6E/7UX9A0JykjhVN+L59uU7nti/rYfrOV+R7G+sGMT0Lx8r2nM4IXmij4BynEEMH"
    "UMg3Tx2PHz4/uvBEozMKjjRWCQ4xYTOBD8AzaeJ0x3osU3W9PxjpQ22k62oFgAyCObiIQ8"
    "3PfsoP4afW4fHZ8fnR6fE5U/EPcyE5ewl2HQMTGPrw9Efqiz8OKAg0fIxjUA0HciR0QLPg"
    "XrIRiiyYj3DaUkB6EpruRz9E3COUlwEfCWLk46ttG9CzE5wMsDkPXb4E51HvRhuO2jfv+e"
    "4s1/1q+vi1RxofafnSuSB9c/qWywm7kYIbbLER5WNv9JvC/1Q+D/qaDy9x6dTx9xjrjT6r"
    "/JiAR4mOyZMOJomrM5JGqDHN2OuePVnR62lL6fW6eD3CKOH28Ohjr7umN836uzsDTr6vI3"
    "3BywytVfz6Y8OoBZ51E+IpnbE/T4+WePVD+7b7W/v2zemR4Kl+ONLyh15S0Pr/V4A20l8P"
    "tD/6lkmBe/jzYQl0mVYhvP5YGl/bBDgfXw17lo9xjx0TwAbMYB3Zbg9rBpATHUdZtNXu4F"
    "a7ULjlPR7etK+vLxTXAqZ5jzvtYa97oYyBi4x7fHU7+HihTB3ydI/f3w4uFNsh7Nf13ZD9"
    "ND2XS7Wb3t0NH4EW8qx73L0bjgZMYHguJZa6ildPyzhVDG4Jn56KLmXeop67qlNj6y26la"
    "W86Ftlx7a7o94H5trAmjn3bvhe619ql8zBnmtDtsdJPVwCbKSzLJ9BlJNqdwgxIcD58Uyw"
    "FHwyZqabcko0i2wgri2BtzMYXKdm/U5vJOB8d9PRGP4+/EwJ0aBgCTPyRAbu35P6jHiOOd"
    "dNZKGcpKywzimwfr3wycE/hLI208oaSh9eTD48JiofLhgD4/EJOBM9NZK+DR7hPCc2dULL"
    "d3/cQhP4J5QFO6yp2zb6A853cDp/ia6xSJqXS8JvMCQDVkdI49toKkB/k/F3wvM7GTcVnC"
    "c4nhHyyPZusinRQfA7ofoYbO8y2Fxjb7oINpYy2AR99/0XoqaFW2sSajzMkxYpCvzZIatl"
    "iRKAwdQ/Jb5vvqd0YM+hUeOQX0yjJieX9fKof4UUrR5ynw58QM/qF4FeFbTYv18k47pNxl"
    "VSBRumCoLrvgLCsUUTMV57lciilz4D7qwKxEmbBoJ8elyGUDwuJhSPM+yIQey8rOj34aBf"
    "wNYuLERWHhlU+VcxkbuxKV795cHDBsdQGXvIpAi7+3x/v1bkStZRmnOEUqV5BPObm/Yn0Q"
    "Pd60FHZNr5BjpikS7bZA1rmJRpk5nApbrnruR30XYNnq8ZP7Mjjs7pjGU97cBv5HElP6ct"
    "pZfr7OVU5VOyrEnXVKvQqrUL2JvgVUWQswi/Iw5EU8wK5ExnJ5+eiBcl7RjARawEEzvgaV"
    "Fnpy8tdv7srGHQJei2h932paa+FNPVm2Q4AmI2h+BYMLbF/EZMDG90lVgOjbGnCEL/etpb"
    "gePooOn/heb4udU6OjprHRydnp8cn52dnB8swkF2aFlc6PSueGhIxfbXyZDIRWXryEhf1p"
    "AlakiOepUKMtKvR/3IdyvrR1k/1jThLFM/ynxT5ptNyTcT08oPa9rWszTebveRrwrIyczD"
    "xQLFeXm0HmHDWXm8Ls/xMJ+0smm5TMdrm44/spOv1NYJ9WU6XiIdt8HcJCAH3+KMPGEik/"
    "K1J+U7uAKZqXpwUtEB6p932h1fbhxY3+Pbu36/17+6UFiMxswjfE1yt6tp4Zpkw4BwwvXe"
    "tXvXXPQAkFmbNcqUQsvOW/pUOEckTbaXUR/UOJ1OAsr9tQKootn2gD3cEWDDBCgD6Sv9pI"
    "VVA2v9HantSzWTTGLwvp+HKTKrOlm0lW3DHfD0eF4lNU4ZrZQh1Myjm06P/QUT0HGIk4V5"
    "BJ8LpqG0VRNwXnbnaJ9Gy7PgxY1zPehfRepiaiypaUlNyzcANM3rOVNZ5gGSB4SRO1vJ7Y"
    "KpzFjq42bZeJKNp1o1QPZ2ZaGT2ILKaazkdKmKmyz5zzW+2nJRBxgqIZmiUKKE5gphYn89"
    "lfKGOApQKHSpYjOPvOVa/mj47N6+SM6taZOVF2JF1rLXU/dej38V6FUXYKWtZN+nRGFrQd"
    "dl4Sd3Ni4GOm0lgS4BdBjuqncGZMZTQGHvXoesOrjq7vS+AkAZwpOcmF14kQtW8tUw2evc"
    "ZGeOjbluVemApY1k/MhrgUHXZnuAOnw2oJMXmouZ3TzbLXba1Q1BvG16t4BRX5LhNYlM38"
    "L7BjC7gnUHUme+AquWMZa8Wp15NdkrKb7TdpM1L9MrETiNkumBYCXzg5z8IGATqvJASasG"
    "ZbNb4YNkj0D2CHa1R5AXk9cAbXNfgydiLExJJVCOnvf+TojLvumzZoG5NK6JCamG7a3FlV"
    "3c3kpe/K+3t1Lvn9z2Y/6V2kn/l17Sxt5W6Dk5i1uLyYNQvc5874rcQevg+LwEecDVCtmD"
    "YFB4SD9xcBWAFswaQIxtgaqJm5eV3qwnmNXjSaxGvV7PhYYDqW4gm00DFD5XIopzjRsRgb"
    "bOFa/07Qf53YeVvvswQa6Pm+5A4FYM/llTSdaXmgF4N5cdgu6isF6ptARWNJZkvSTrJVlf"
    "L7JePtjQNK+XebBBktmqJLPrQwju/JuWdgX4zX7ohUFvzNS8D70EI3tLP/QS68jPZe9SBN"
    "xbQoey28etyNQlTBpBSgi06MlJGVb05KSYFOVj4nco7SoIh+oNRPfw4KBMDXxwUFwD8zHh"
    "gW+CaW5br5gBTZhsn/38MeXu2njOTEK1zV7gy3+LU6BY"
)
