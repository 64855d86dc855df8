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
        CREATE TABLE IF NOT EXISTS "exports" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "filters" JSONB NOT NULL,
    "date_from" TIMESTAMPTZ,
    "date_to" TIMESTAMPTZ,
    "status" VARCHAR(16) NOT NULL,
    "row_count" BIGINT,
    "error" VARCHAR(191),
    "created_at" TIMESTAMPTZ NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "expires_at" TIMESTAMPTZ,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_exports_tenant__0df2ae" ON "exports" ("tenant_id", "id");
COMMENT ON COLUMN "exports"."kind" IS 'LEARNER_PROGRESS: learner_progress\nCOMPLETIONS: completions\nACTIVITY: activity';
COMMENT ON COLUMN "exports"."status" IS 'QUEUED: queued\nRUNNING: running\nSUCCEEDED: succeeded\nFAILED: failed';
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
        CREATE TABLE IF NOT EXISTS "exports" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "kind" VARCHAR(32) NOT NULL /* LEARNER_PROGRESS: learner_progress\nCOMPLETIONS: completions\nACTIVITY: activity */,
    "filters" JSON NOT NULL,
    "date_from" TIMESTAMP,
    "date_to" TIMESTAMP,
    "status" VARCHAR(16) NOT NULL /* QUEUED: queued\nRUNNING: running\nSUCCEEDED: succeeded\nFAILED: failed */,
    "row_count" BIGINT,
    "error" VARCHAR(191),
    "created_at" TIMESTAMP NOT NULL,
    "completed_at" TIMESTAMP,
    "expires_at" TIMESTAMP,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_exports_tenant__0df2ae" ON "exports" ("tenant_id", "id");
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
        DROP TABLE IF EXISTS "exports";
        DROP TABLE IF EXISTS "jobs";
        DROP TABLE IF EXISTS "webhook_deliveries";
"""

SQLITE_DOWN = """
DROP TABLE IF EXISTS "events";
        DROP TABLE IF EXISTS "exports";
        DROP TABLE IF EXISTS "jobs";
        DROP TABLE IF EXISTS "webhook_endpoints";
        DROP TABLE IF EXISTS "webhook_deliveries";
"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_UP if db.capabilities.dialect == "postgres" else SQLITE_UP


async def downgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_DOWN if db.capabilities.dialect == "postgres" else SQLITE_DOWN


MODELS_STATE = (
    "eJztXW1zozgS/isUn2ar5qYS53VTV1dlO0zWu4mdtZ2dvd1MUTKWbV2wxIKYxLWX/34SLw"
    "ZkcIDYDOb0ZcaR1CCehlb302r4W12SKTSdT2OIAabqlfK3isESsh9Cz0dFBZYVtfMGCiam"
    "N5R6Y7w2MHGoDQx+qBkwHciaptAxbGRRRDBrxa5p8kZisIEIz6MmF6O/XKhTMod0AW3W8e"
    "dX1ozwFL5AJ/zTetJnCJrTxFzRlJ/ba9fpyvLaeph+9gbys010g5juEkeDrRVdELwejfxr"
    "nEMMbUAhPzy1XT59PrvgQsMr8mcaDfGnGJOZwhlwTRq73Iketam63h+M9ZE21nW1AEAGwR"
    "xcxKHmVz/nU/hH6/j04vTy5Pz0kg3xprluuXj1Tx0B4wt68PTH6qvXDyjwR3gYR6AaNuRI"
    "6IBugnvNeihawnSEk5IC0tNA9FP4Q8Q9RHkb8GFDhHx0t1UBPbvA6QCbq0DlW3Ae9+600b"
    "h9d89Pt3Scv0wPv/ZY4z0tr3UltH44/4G3E/Yg+Q/Y+iDKl974J4X/qfwx6GsevMShc9s7"
    "YzRu/IfK5wRcSnRMnnUwjd2dYWuIGhsZad21piW1npSUWq+L1kOMYmoPZh9p3THd+aa+uw"
    "tgp+s6HC9omaFVRq/f14wuwYtuQjynC/bn+ckWrf7WHnZ/ag8/nJ8ImuoHPS2v6zUBrfd/"
    "AWjD8buB9ns/Mglwj388zoEuG5UJr9eXxNcyAU7HV8Pu0sO4x+YEsAE3sA5lq8OaAWSH88"
    "iLttodDLUrhUs+4tFd+/b2SnGWwDQfcac96nWvlAlwkPGIb4aDL1fK3CbPj/h+OLhSLJuw"
    "X7cPI/bTdB3eqt31Hu54D1wid/mIuw+j8YA1GK5DyVIto9XzPEoVjVtMp+eiSpm2qOuUVW"
    "okXaFamcuLvhVWbLs77v3GVOtLM+U+jO61/rV2zRTsOhZkZ5zWQyXAQjrz8hlEKa52hxAT"
    "ApxuzwRJQScTJrovpYSryB7s2hZ4O4PBbWLV7/TGAs4Pdx2N4e/BzwYh6gcsgUce88C9Z1"
    "JfENc2V7qJlijFKcuMczKk3w58UvAPoKzNsrKD0IcHk7OnWOTDGybAeHoG9lRP9CQfgye4"
    "SrFNnUDy8y9DaALvgjbBDmLqtoV+gasDXM5fw3ssbE3zJeE3GJAB5RHS+DEaC9CLRex3I+"
    "QdpKkQ/YdM3onPz2TSVHCe4WRByBM7u8m8BhvBd0L1xT/etX+4xtqlEDbmVVkEvdtEBahp"
    "wdGahBpfCUmLZK2Nm13L1lJsARjMvUvi5+ZnSq59KUxztCpmM83x9Xe3VPOfAYutB/SwDW"
    "foRf0qMNDCKPbvV0lKV0lKSzZlz2yKf98XQDiSaCLGOw+kmfXSF8BZFIE4LtNAkM9P83Cu"
    "p9mc6+kGgWQQK80r+nk06GcQ2msJMXGBDKr8VzGRs7clXv3nzMUGx1CZuMikCDuf+Pn+VZ"
    "BO2gV7wRFKsBchzB/u2r+LGujeDjpiMoIfoCPyGDKT2LCcUp5MogkcqrtOKb2LsjvQfM0o"
    "rANRdErycFPTNvxGnkrpOSkptVxnLScin5xhTTKmKsM8185g74N6FkHeRPgzsSGaYxYgby"
    "S/0umJaN/WgQGcxUqwZhs8r+Ps5K3Frp9dNfQTKd32qNu+1tTXbEZ/nwyHz12nEBxrUjub"
    "34i4871upEuhMT4qQqN3P30swXF00Pz/heb4sdU6ObloHZ2cX56dXlycXR6tzcFm1za70O"
    "ndcNOQsO1vkyGhivLGkeF4GUPmiCE56kUiyHB8PeJHfloZP8r4saYOZ574Ufqb0t9sir8Z"
    "W1a+W9K2nqFxtdnHYNdEmnO+3k+xxTuPNm5U7Z7LLGOVWcYndlnpjvXb209D2To72eqt1h"
    "72taF+PxzcDLXR6EoxIbDZ1HTLJnwNdx5xd3B3f8u8gEF/xDcfLy1m75g46/G2rfbG/w42"
    "riLqmZ+iLvtJK4fLftLKdNl5V9JPnDHnF9qF8j4xEem479xx5461PrP9feVF/PaEoKSF60"
    "wLe6qipJSGfTGp3zrr9wCLMdhQF04LGlH11wftgVde+NKPePjQ7/f6N1eK7WLMtM3LM7pd"
    "TQvKMwwDwikf97ndu+VNM4DMupRr2EzHBnHTIrtt9GxCrEGFApXwtLEN3rZN7CLE7Fqg1E"
    "NSN8z3v0tNEoLZ6DeXEAxikHJ6F2Slz1FnnwO+WIgdroSek5JSy3XWsiT4VUnwN4Tg3ydp"
    "zUvZUhjroMItm64Oi+j2zFVHIR4LlLjh3dxLIveQ1HYPSTbVnVGLcAD0dm32kFhgZRKQgm"
    "82IR0TkYT0zglpSWYdIJkFKIVLK61eN3ONiItU5yUe1dhFjAPK9VUCVFGsOmCPDwTYwAHa"
    "gPSNIoi1VAP5qCYFrCYxeLGKiykyiypZlJXUxAFoerIq4honhJrH5O/ePfaq/DKSJWP4kr"
    "EMJaWagPO2J0f7fbzdC14/OLeD/k04XHSNZfpEpk/km32bpvWUpWzjrUczhJGzKKV2QVR6"
    "LPVRs0ymyGSKTKaUSaaIdRMpiZWU0orsJEv6y/jeTLmoAwyVgExRKFECcYWwZq8IWPlAbA"
    "UoFDpUsZhGfuCjvN7ghXOfRHJuR4csXJ4QSstcT91zPd5doBetGk5KybxPjsB2CR2HmZ/U"
    "1Tgb6KSUBDoH0IG5K54ZkB5PBoV9eBmyEuVPh5P78gFlCE9TbHbmTS5INWgn987uc5NdOT"
    "ZW+rJIBiwpJO1HWgoMOhY7A9ThiwHtNNOczeymyVaYaVf3BHHV9K4sP9hz+QFmd7BuQ2qv"
    "SrBqG8KSV6szryZzJdlP2mGy5nlyJQKnkdM9EKSkf5BWG+exCUV5oLhUg7zZiusSZY5gV3"
    "e0zBFUkyNIs8k7gLa5324RMRaWpBwohy8pfSfEeb/gVTPDnBvX2IJUw/TW+s7OTm/Fb/63"
    "01uJjybJl1/VIJe0t5dfuXbK5tZs8iAYXme+tyR30Do6vcxBHvBhmeyB3ym8FSk2uQJAC2"
    "INIMYqoGqi5GWh14IJYvWoxGrUN2EcaNiQ6gay2DJA4UshojhVuBEWqHKuuNQ3neX3nEt9"
    "z3mKHA833YbAKWj8N0UlWZ9rBeDZXDYF3UFBvFJoC6woLMl6SdZLsr5eZL0sbGia1vMUNk"
    "gyW5Vkdn0IwYP/PMChAL/fr5Mz6I2FmsKaBj0ft36dPBqzT4ZU0qFV0qHs8XEKMnUxkUaQ"
    "EgItenaWhxU9O8smRXmfsJGbPVQFEA6GNxDd46OjPDHw0VF2DMz7hIJvgmlqWi+bAY2JVM"
    "9+fp9wd2c854ZDVWUu8PV/gB5AAw=="
)
