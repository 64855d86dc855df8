from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES_UP = """
CREATE TABLE IF NOT EXISTS "trainings" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "course_id" INT NOT NULL,
    "position" INT NOT NULL,
    "name" VARCHAR(191) NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "lesson_id" INT NOT NULL REFERENCES "units" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_trainings_tenant__049e19" ON "trainings" ("tenant_id", "lesson_id", "position");
CREATE INDEX IF NOT EXISTS "idx_trainings_tenant__15d7ec" ON "trainings" ("tenant_id", "id");
COMMENT ON TABLE "trainings" IS 'A block of exercises in a lesson; a lesson''s trainings hold the positions 1..n.';
        CREATE TABLE IF NOT EXISTS "training_items" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "lesson_id" INT NOT NULL,
    "course_id" INT NOT NULL,
    "position" INT NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "skill" VARCHAR(16) NOT NULL,
    "level" VARCHAR(2) NOT NULL,
    "name" VARCHAR(191) NOT NULL,
    "content" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "training_id" INT NOT NULL REFERENCES "trainings" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_training_it_tenant__03b333" ON "training_items" ("tenant_id", "training_id", "position");
CREATE INDEX IF NOT EXISTS "idx_training_it_tenant__964e9a" ON "training_items" ("tenant_id", "lesson_id");
CREATE INDEX IF NOT EXISTS "idx_training_it_tenant__ba59e9" ON "training_items" ("tenant_id", "id");
COMMENT ON COLUMN "training_items"."type" IS 'VOCABULARY: vocabulary
GRAMMAR: grammar
LISTENING: listening
READING: reading
SPEAKING: speaking
WRITING: writing
QUIZ: quiz';
COMMENT ON COLUMN "training_items"."skill" IS 'LISTENING: listening
READING: reading
SPEAKING: speaking
WRITING: writing
VOCABULARY: vocabulary
GRAMMAR: grammar';
COMMENT ON COLUMN "training_items"."level" IS 'A1: A1
A2: A2
B1: B1
B2: B2
C1: C1
C2: C2';
COMMENT ON TABLE "training_items" IS 'An exercise of a training; a training''s items hold the positions 1..n.';
        CREATE TABLE IF NOT EXISTS "item_completions" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "training_item_id" INT NOT NULL,
    "lesson_id" INT NOT NULL,
    "completed_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_item_comple_tenant__89d6bf" UNIQUE ("tenant_id", "user_id", "training_item_id")
);
CREATE INDEX IF NOT EXISTS "idx_item_comple_tenant__07ae3b" ON "item_completions" ("tenant_id", "user_id", "lesson_id");
COMMENT ON TABLE "item_completions" IS 'A learner''s first completion (or pass) of a training item.';
        CREATE TABLE IF NOT EXISTS "progress_events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "client_event_id" VARCHAR(64) NOT NULL,
    "course_id" INT NOT NULL,
    "lesson_id" INT NOT NULL,
    "training_item_id" INT,
    "outcome" SMALLINT NOT NULL,
    "skill" SMALLINT,
    "level" SMALLINT,
    "score" DOUBLE PRECISION,
    "max_score" DOUBLE PRECISION,
    "seconds_spent" INT NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_progress_ev_tenant__245e59" UNIQUE ("tenant_id", "client_event_id")
);
CREATE INDEX IF NOT EXISTS "idx_progress_ev_tenant__6d44e2" ON "progress_events" ("tenant_id", "user_id", "occurred_at");
CREATE INDEX IF NOT EXISTS "idx_progress_ev_tenant__88d9e0" ON "progress_events" ("tenant_id", "occurred_at");
COMMENT ON COLUMN "progress_events"."outcome" IS 'STARTED: 1
COMPLETED: 2
PASSED: 3
FAILED: 4';
"""

SQLITE_UP = """
CREATE TABLE IF NOT EXISTS "trainings" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "course_id" INT NOT NULL,
    "position" INT NOT NULL,
    "name" VARCHAR(191) NOT NULL,
    "description" TEXT,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "lesson_id" INT NOT NULL REFERENCES "units" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
) /* A block of exercises in a lesson; a lesson's trainings hold the positions 1..n. */;
CREATE INDEX IF NOT EXISTS "idx_trainings_tenant__049e19" ON "trainings" ("tenant_id", "lesson_id", "position");
CREATE INDEX IF NOT EXISTS "idx_trainings_tenant__15d7ec" ON "trainings" ("tenant_id", "id");
        CREATE TABLE IF NOT EXISTS "training_items" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "lesson_id" INT NOT NULL,
    "course_id" INT NOT NULL,
    "position" INT NOT NULL,
    "type" VARCHAR(16) NOT NULL /* VOCABULARY: vocabulary
GRAMMAR: grammar
LISTENING: listening
READING: reading
SPEAKING: speaking
WRITING: writing
QUIZ: quiz */,
    "skill" VARCHAR(16) NOT NULL /* LISTENING: listening
READING: reading
SPEAKING: speaking
WRITING: writing
VOCABULARY: vocabulary
GRAMMAR: grammar */,
    "level" VARCHAR(2) NOT NULL /* A1: A1
A2: A2
B1: B1
B2: B2
C1: C1
C2: C2 */,
    "name" VARCHAR(191) NOT NULL,
    "content" JSON NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "training_id" INT NOT NULL REFERENCES "trainings" ("id") ON DELETE CASCADE
) /* An exercise of a training; a training's items hold the positions 1..n. */;
CREATE INDEX IF NOT EXISTS "idx_training_it_tenant__03b333" ON "training_items" ("tenant_id", "training_id", "position");
CREATE INDEX IF NOT EXISTS "idx_training_it_tenant__964e9a" ON "training_items" ("tenant_id", "lesson_id");
CREATE INDEX IF NOT EXISTS "idx_training_it_tenant__ba59e9" ON "training_items" ("tenant_id", "id");
        CREATE TABLE IF NOT EXISTS "item_completions" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "training_item_id" INT NOT NULL,
    "lesson_id" INT NOT NULL,
    "completed_at" TIMESTAMP NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_item_comple_tenant__89d6bf" UNIQUE ("tenant_id", "user_id", "training_item_id")
) /* A learner's first completion (or pass) of a training item. */;
CREATE INDEX IF NOT EXISTS "idx_item_comple_tenant__07ae3b" ON "item_completions" ("tenant_id", "user_id", "lesson_id");
        CREATE TABLE IF NOT EXISTS "progress_events" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_event_id" VARCHAR(64) NOT NULL,
    "course_id" INT NOT NULL,
    "lesson_id" INT NOT NULL,
    "training_item_id" INT,
    "outcome" SMALLINT NOT NULL /* STARTED: 1
COMPLETED: 2
PASSED: 3
FAILED: 4 */,
    "skill" SMALLINT,
    "level" SMALLINT,
    "score" REAL,
    "max_score" REAL,
    "seconds_spent" INT NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_progress_ev_tenant__245e59" UNIQUE ("tenant_id", "client_event_id")
);
CREATE INDEX IF NOT EXISTS "idx_progress_ev_tenant__6d44e2" ON "progress_events" ("tenant_id", "user_id", "occurred_at");
CREATE INDEX IF NOT EXISTS "idx_progress_ev_tenant__88d9e0" ON "progress_events" ("tenant_id", "occurred_at");
"""

POSTGRES_DOWN = """
DROP TABLE IF EXISTS "trainings";
        DROP TABLE IF EXISTS "progress_events";
        DROP TABLE IF EXISTS "item_completions";
        DROP TABLE IF EXISTS "training_items";
"""

SQLITE_DOWN = """
DROP TABLE IF EXISTS "trainings";
        DROP TABLE IF EXISTS "progress_events";
        DROP TABLE IF EXISTS "training_items";
        DROP TABLE IF EXISTS "item_completions";
"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_UP if db.capabilities.dialect == "postgres" else SQLITE_UP


async def downgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_DOWN if db.capabilities.dialect == "postgres" else SQLITE_DOWN


MODELS_STATE = (
    "eJztXWl3m0jW/it19KWT96jTiZ043e45c44kk7S6ZcmjJenuUR+MUNlijEDD4mVm8t/fqm"
    "IRS4FABoTw/ZJYULeQngvFvc9d6r+ttb7EqvlmijVJs1rn6L8tTVpj8kfkTBu1pM1me5we"
    "sKSFyoZabAw7Ji1My5BkOtWNpJqYHFpiUzaUjaXoGjmq2apKD+oyGahot9tDtqb828aipd"
    "9ia4UNcuKff5HDirbEj9j0Pm7uxBsFq8vQd1WW9NrsuGg9bdixvmZ9YgPp1RairKv2WtsO"
    "3jxZK13zRyvOb7zFGjYkC9PpLcOmX59+O/eHer/I+abbIc5XDMgs8Y1kq1bg5y7E7bGWKA"
    "5HU3EiTEWxlQMgWdcouAqFmv76W/oVvj959/7j+x9Pz97/SIawr+kf+fjNufQWGEeQwTOc"
    "tr6x85IlOSMYxltQZQNTJETJioN7Qc5YyhrzEQ5LRpBeuqJvvD+iuHsopwHvHdgiv73bqo"
    "Ce/MDlSFOfXJWn4DztXwqTaefyil5ubZr/Vhl+nalAz5ywo0+Ro6/OXtPjOnmQnAfMnwR9"
    "7U9/QfQj+nM0FBi8umndGuyK23HTP1v0O0m2pYua/iBKy8Dd6R31UCMjt1q3N8s9tR6WBK"
    "3XReseRgG1u99+q3VTtW/j+u6tJIOva298RMsErX30ethldC09iirWbq0V+Xh2mqLVL51x"
    "75fO+NXZaURTQ/fMCTv1LQQt+z8HtN74YqA99CMTAvfdT+8yoEtGJcLLzoXx3aiSxsdX0O"
    "w1w7hPvpOkyTiGtSdbHdYEIMP7HlnRbvVGY+EcUcm5NrnsDAbnyFxLqjrXup1Jv3eOFpKp"
    "yHPt83j09RzdGvrDXLsaj87RxtDJX4PZhPyp2iY9Klz2Z5f0DF4r9nqu9WaT6YgckG3T0t"
    "etfbR6lkWp0cUtoNOzqEqJtizb3FepW+kK1UpMXuU+t2I7vWn/C1GtI02UO5tcCcML4YIo"
    "2DY3mFxxWQ+VSBtFJFY+gYhjand1XcWSxl/PIpIRnSyIaFlK8d4iJaxrKfB2R6NB6K3f7U"
    "8jOM8uuwLBn8FPBimW47C4FnnAAmfPpLjSbUN9ElVlrXCMskQ/J0F6t+PDwd+FsjavlQJc"
    "H+pM3twFPB96YCHJdw+SsRRDZ8KPwR1+4qxNXVfy029jrErsB8XBdn3qzkb5DT8d4ev8m3"
    "ePeUd5tiS+xy4ZsD9CAp2jqQD9S188E55f9UVTwXnAi5Wu35Grq+SVaCj4mVB9dea7cKZr"
    "7EPnwUZMho2uPPv5c1ET3Nmaihp+3OjGs9cqNkmTIKJvQv1ET3o3xk+tT9bRI5Im3bKfRK"
    "9NrxR+93GY5u1bMZlpDr5/i6Wa/+my2KJLDxv4Rnls/RVhoCOjyL9/ASldJSkNbErJbIpz"
    "3+dAeCvRRIwLd6TJ6iWuJHOVB+KgTANBPnufhXN9n8y5vo8RSLK+4RmOv05GwwRC25eIBi"
    "4U2UL/Q6pilvaKb/3txtZkiiFa2IpqKZr5hl7v7znppCLYC4pQiL3wYH512fk9qoHeYNSN"
    "BiPoBN0ojwGRxIbFlLJEElXJtETb3EvvUdkCNF8zCutIFM0JHsY1beB7/W4vPYclQct11n"
    "LI88no1oR9qn2Y59ot2GVQz1GQ4wh/0g2s3GrEQY4Fv/isxDZv68gATmIlyGFDevD97PCt"
    "RX4/+dXYCaT0OpNe50JofUtm9MtkOGYmYxRi/AY73k5jN8gLzyif2lD1W0VrkZ8QOY7Xkq"
    "JyjhMV4FuDkWD0lWyIHuuRzovE5gnkB8VPboO2wKlUzak4N0QM12R/1BdooDNaCqviPFo5"
    "EPYFAOFsCAMvWC6+pm3khTggAihnZF8l03zQiQGSlyGMCe6FeM2cpzDgJx8+ZACcjEoEnJ"
    "0LA87sGQYSz6zYnWsWkq/Ov/mQD/HWZHYljMXOxWV/SO7cueb+dTLX+sPJdDzrTUfjc3Q6"
    "1wZCZzwkQ4OH3/uHyYVbeSyW05OPZ76xQj+k2SkssTGeA/VicwH7Q++IogVmPHgAgxIx/9"
    "G1XK+CoEyFiphNe2VR6GVHMFRdltRcGG8lKkQYa9UAXPxtzCxsUdMt5UaRmXPLSwNJS2xN"
    "mAESXLMnuAa/XAz8KX5McOwjYk2wddKIYuH3aXpIzueJB6PhZ294NE4XC8ktFV7m0ydVl5"
    "ISircyEchvqFCjQL8YzboDAV2NhV5/0ndjoj4dz06Gb+6x0BnE7m723naYM8p95Y2OcCeA"
    "IEmdgyQBsjTPyzsi1oQVrWwLiUdL74d4ULx5yJdCVLD4fAJvnCGyn0Qgw2JWq8XMxKZJzV"
    "rxXlKVpSjdWE4EK4++k+YAzddZ85Cxlby6NjdjC3o/NE3rnIc9VgQDeT0tyOtpSF7PFnAH"
    "ZmJ02M+tIKR5O0w5X+hkDUI+vArod5hLgeZEakrnaSpIC4M8nCtxjdcLbJgrZfNMwLpsPi"
    "8xrImI3Rq6vSkOsM90ukt/tqaiJmPDjSo8d/HqbWdqKlhYM3RVXRfQdMCfqElQlZ3q+imW"
    "pBk72d6V9Opdr50h9bXVcXsVISqJmCQicCoaXqLFE7JWGDk2BHp1fe02QXFuiuH1NVI0NJ"
    "VUouPB5YSMM9bm6zetCMIlXWJ3ai5DMJpbC8mwUGDcHOaYn2yVLZsnIdGqzAQHCz9arXxo"
    "s4AteSiI5Fy7GI+uLkZfh+doaeibpf6gzbXeL0Lvt+7o93Mkr7B8t9AfybjOVCBj3Nf04d"
    "Mj9E1CSkRyCW1ABGpoQ9xPETW05B1M7g7d6WCTI0slJFdhbop/5GiTU4hGFH4cN/ElGxSp"
    "jhV7W+tXLQQVmksvZwkqAL1c1LME9HJ96GUglg/OOTiopREPPq5Z2IdArKDU8ttYrtLucl"
    "r2zaAqtloi4N67ebIyAb4AUAHZqAD/9s9+8wZFwC7g2NhgbZWBamJ+aSKmySmlLxdRsF+r"
    "sV+jd24BsDYsRB0FNfC07ob0xnvgC8DUXzwaCmzwfV23Hj1OpkqC/+CnsexwHbZpM1kCl7"
    "qGv6cMFWIJ8EhVtLs2kpCbI91GukE+ebX83xvYxBZiV/gZmRa5v5ZkBvUJSSYZRiv9eZHL"
    "Uq6x261hUzjtB3Z4M8FXo21sdBNcm4pdGw/2GLIZd03aitfZ1WkNRp9plwP2HMy1iTChhX"
    "zn3pMw1646k8nX0fhCHAtkinP/oRDZQ1GPOFzgseJqK8GiD0nVWUl7+qPFl5NBcCIZ+uYG"
    "J/DjRiGz7aH1sGQDtX4kWuZUOHAKW/brQgwNiI9Ev8B6FWc2AusFrFfteARgvQ7Beh2Gm+"
    "kRpG9pwhqHmvHPtdOYGdkZpVQQzeVmbMMuUZDEfcCXVhV9Sg2c194KycAmtJx8U0OROXdt"
    "SkMuXwLacWVoxwUMT/Kt3FyGB3paNE3rHEYAelqA+1pnT6ugpGNZtw3z2RXhbJKjtQ6qTT"
    "Z2weJ5oj6MKX7oVl+lOqEyuTRvTx3Vvt1rpx7Xf34SwXMFz7VZnit7VHLg642HvqDZtomh"
    "S04OeL3xcPtmwxcaph+qYTqwM8mAF8LOSBtJVixOeXuiTREUAUIxTiiq+B5zdp1LxNMfD2"
    "ByCmuUNRZVZa1wHN5kSiEkBLByt3cyLDFIouWh6OLSkKdTH1YuId1uu53FPipPmAL0Xme9"
    "K6a43cIsQl2lNa8JycHGStl71xDgNvZCVcwV5rA0uzAPiULPoBy4Q4wx2XI4zmgTxBhfot"
    "azxBiDLHl2lyAiBT4B9DCA4G2tAort5+Ueew94AdAGs12Pa0nIim1kNQyhS74DGs4Gg6r3"
    "e3Aiu0xFjWvMFbJaNO4GoLk6mGlKk578MFcBbeUPm3XxKZZxwDnd3p1/kae5fOGlAJA9Ad"
    "kTzQk/M4C4+ELzdmjevr+ioHk7XyvQvB2at9eElAFmOxnq4+Q4oXk7UHE1AbjiOgpgiWrh"
    "2yc2cOdhm83Lr6qJu3vNHW3cwfmv0vmHhu3lF0/E7vrd8c6gDFgDHMvaXz6ygxoUAUwhhA"
    "x2a70sqD3s1vg6W0QAOWut77ECG3q7VNe6PRKBaii4wbdMnRqEDbBkaOQHXknM1Im5D6Hz"
    "7TTXQXVHihsytASvYXftNbgIEB9skoMA1dVQ/dvA6l8oYIFCirrc+w0ON0EhRdO0nqWQAs"
    "iaFpA19XF7CwoyUpdSLKRjW9CfbRyjU07OdRAyyL9+DsGS3AGPf1tmJFvEqnrjha8ajd5C"
    "xPag+9BBkl6xYS8I0JaBKm8JyQguTxQwhoAt+AD1Mqf28AESV4gC8I1GsBqKMm91hOh4pd"
    "Hxw0RwWd0wx6Xw6olTNt32ipazbLdNByP9BknIQQK9mkoq8QMHl5PvTESv/TPqEKjtNfno"
    "3YxkrEYefwvJkqqaiLgVa3LONAnYr3n7bZdzkdzB5LAZ51nJf8V6e0PQGbyc4zRsjrgQ1X"
    "3aW/nQbfVGw6kwnJ57q8Vc+9K/EEbn6F5ZYn2udWYXffJJspcK+XQx6s0u2XCiD3vNxn8V"
    "uufoAS/m2qQ3Gl+eI1PWjfVcmwoTVuVqkjGT2fiL8Ac5ZRv3+InMOpn0Pw+dmSTTJK9UZ6"
    "6J0Ju6G6jL3s15+FpXSOkoO6XDv3Wz5hsERCDXAHINyoEecg0g6gy5BqD1vE0bgSEH9rbG"
    "qAJ7C+U29QX2WYRicC8dnS7pBTQfvArM1BDMwwsrPUNmeSZUU3eaJsFUJj/dNciDzq0tcs"
    "+00zjqBRtTQW4Lt+Mg8L1QZHRAGwiqYJrLTLk/QFR1WVJz3eNxySbgXza3DUwgMIG1udeP"
    "kxMCJvAlah2qjoCzqgnAFVcdOb5nMXVHjq/bOFIrtAq4eNkmNgpBa0YmahJW5bMsyQVG0f"
    "tvF+NSWU2RezkoJqr6TdNOoV3Adm+aFZfFdg89ihmfqJAMWHFQRwZR8iNDFTyO6qPkCz/y"
    "9UxgtyG0hgIber9A+kFN0g/K92SY75fox3ie4U4vxvdFq/Nh6CV5HkxEJjQMPBvwbA6+co"
    "BnA54N2OAHR9V7MWTHNCABiIJXA15N7YHN6dXYrrn7TFgbFk+JghpYBuvkz3w2dHvT4rgy"
    "zol2mhdzS4dUlfsaa29wh58gI7ZuDgxkxEJGbDMzYulyk+PGdoc3AekKbmt6BYKYaOAlXi"
    "dtaZ64OCdI7+Vt1A37gt23jaHIPAJa1aWkBjWeRATOGypyfICmoHUxmnUHAroaC73+pO/u"
    "De/zROwkPbTNKh4LnQGkFQOBB2nFjdM6pBUDHVYTgCtOK2ZOfTFZxYxCaFyoOmy44vUCG+"
    "ZK2RSB1aU/W5PwKp2+Ss4rjtyBO6isyrKKnatBUnHV75k2hN5fkA2XxXKH9Nfinq2oDZEL"
    "1KAIYArpDOBt1MuKaz8v+H7rRROfiasflWworMFlEPKJX0A+cdTvS3Jiwq7hLkcm4pZW5s"
    "xAdvGhX25tcHHAxQFjHIzxI0QVcovBvamJvQjuTQ3cG0gsPuLE4h42LOVGkSWLG5kJnm6n"
    "OTTydmD5vkwAS4jL1MNpgYziclMvFdO09/IJQ4LgEh6TS4gfNwqZbQ+lhyUL0PrxpIfWSc"
    "mc9DSIbYLrf7yogusPrn9N/Kmcrj84qYU4qRDWbFRYU9AMXVXpbsItjvMfONtO8/2xP64m"
    "rn/iTuzx8mTuQVlfb6iGmNsE0c9KiQRyK+29kbgnW+FG4iqWDM15J+RAuzUQOuOhMD5Hrv"
    "xc6w8n0/GsNx2RgwpF3JYt3Zn34NueELgtm5M5n00rW+kK9aLpFnl4LVpoipd5tUPPdaZT"
    "gfh1wgUBPTgX1ZR4NR59HguTCVWV6G2eN9d6o8urgcBk/CVkrl11JhN6aCOZJv38qdMf0M"
    "83kqK63+3gGvZ+g7jBhszdXTy19jQuvGcZ6l7Kflvu650HchFFqKZMDKVcQPsSUOSbAV9K"
    "bYnmhtyQoonJpZd5itX5wtW5sGXd00UzAo7ttxczHREFbroutGW2ioyAiZxT8VFZ4KfrzE"
    "9D1XzTnm+O2mMVsxCVKONtCVGJMlCFqAREJWrC9EJUAqISxwJrbaMSA8qJkl94JVmr9AhF"
    "wsh2WrRCdWXEDRESq4xdhK+cXooFQYcqgw7AYjTPy8nCYvCeyIyPFk8UbEnwecDnOSJEwe"
    "ep3ucJLZwF4Bu0ARuMMu99Aw5mo2uzZppiXbmx9RbH+wmdb6f5PEQhlp+nULqfE4CTXTh7"
    "p4l2erJWaDbwjqryjiD9p+npP5CKkgxoEako7u2TJwElKAJpJzGnEnJ7ygeZrNzGfpH/sC"
    "Tkd9Qn0A+ZPC9X05DJk7x0HifHDZk8wGo3CVXPwc+OaUACEIU4AcQJ6suyQm7UoXOj6GJZ"
    "BKTuNE2FdPtKgXSzF5BuNqXf2vmFsRCLf66dFl6x3FHZQiutDlqounyH9BtEFGbIiolNpG"
    "hIQio2TV372f/rOxP5c6OVri6RtcKIOAgK2z4VvXvzRnsTpZDLmJ8T9EmP6Djze3aEO2FC"
    "/T1Ec6qM5oA/WIad7d/i2UENigCmHEyhpyTsUn94lreMXephi4fk+/44mVjYf/olaj0L/x"
    "6yhDMnlwetZ7ANgH8HbrPW5EbuHGj6fAMVtzvpObAO7r9ZumLh9TM3/vaIoD6ZqkGAl7rr"
    "dwizFHLNw3Q3wSb6mszAsmk++0WZMMlnun4O/P2didiUOci1wqbNzaltUdjFqm2fG2DcDs"
    "+4gQVYhgUIPGYZqAKPWYKvQtGI4ZmtesKTrTOn2foy6nW6s0Fn/Mc5utdlaWGrkvE01z6P"
    "O5eXnfE5ujWk9Voy5tqgP5kKw/7w8zlSFZO8l4ge5tpY6FywY5QFYEcmV0LnN3bI3GDpjh"
    "37Ou5P2aEHg9xv9Mg/Zv0/z9G/beU/0df0gcoo7hRV3VfTvnCtVV2sArPeOPVQr4rv8d7q"
    "9YVrrd7Ou3PUeTfXOifk/5O51iWfu+Rzl3zuks898rlHPvfI597JPmo5yaCVk0SlnER1Aj"
    "GicmNE5IoWtx/0r5PRMMnI8kWiTLUiW+h/bOEoC+3W325sTaZAooWtqGSZMd/Qy/69VZIO"
    "UiCnEKWHjqJRonaYfaYTQOio6UEECB29RK1nCR1BkKNVhjsWptGy4hoh3wBZCB8dKnzk3Y"
    "tFQBuYqqnghp/cOqUe08hHz6mhdX58LEYSGdFOi5LQkIMo+4MzZyO7exB9Z6IbxTAttJ0C"
    "vdIN1rjidTjWwaIbvMTjfaeaa3NtwCjvoIis20TXNH5iYkTuzBU2yAdJ82gGFlnZXvJhpa"
    "sYET9bs9CK+Bi68ZQUaEnuPxMKNeVrXROIuuQKsHSV25cSY/np5OT09OPJ29OzHz+8//jx"
    "w49v/XdO/FTay6fb/0zfPyHLbHckJqbcfd7/W1EwAjjmFUS7ykC1Zl0a6gb38Tp9cV8fvL"
    "4yHiAohAZvry4OCRRCH6AQ+jAentefU7hP2MIgPKCd5t/5+2wyF6f8Pp6yqtAeaexq+Twh"
    "XZZtw3D3T45loIXOgqdUS08pqvuYKpJDrBzRBkZbz95nCLaevU+MtdJTkNBWvt0H7mgZqN"
    "aBSKlZDWnREOu2RRx3TnILQXZ3ulFAus43cIs4y2PWMfldqH/yybZv8um2ZfL7KOOcqonT"
    "k49nvhLohzT8J5edwYDTApWf0TdZS6qaeIcnZfId821dBJgJ+XPpYCblzb10MKFldzJkRb"
    "TspsZefoxDUoBzBpzdDtxOP+4cZkRMDvp3xyyIgJ8dAzY9ZBARhYgBRAxqr1GIGNQRUYgY"
    "QMSgnqDWNGKQGCnIECEoKzCQTvxzy8y9wkXIhqotx59cl5pgMhxBLWpt2HyKehzc5Kopbz"
    "yUTIWsbiiZguKZ9l4lU+AUtcCEr4+1mcGEz9LKiogp99hQ8DP7WX3Fi5Wu31040z0dLS1Z"
    "bUerrmTJq6lk3rU49vn2ZKqNvqDDRIuMy94unooge0McFgu9ur7+gR34gTow5vU1mtsnb0"
    "/OXiOJdp0ykSypKjbQja6q+gM9hKyVodu3K0Qk2XV/+K+y/HZ9ze0cX+Kl9nIsoFVVla2q"
    "7sjPyuMSeOMb6BKcZulUcZrcquI01qviCPdR3mBt6VYH5onqXwlDpx+MKz/XxrOh0zXGsD"
    "WnZwx/t+Q67o68NJ5E8rU5L1xdV7GkJTh0W6mIwhZErCyN+Ueq9du6o9Eg5Bd0+9E26LPL"
    "rkCAfx2OCHJSi3RL4mQJJNvs3ngIAMaauRm6jOmu4zngDMkApLE6LIcRyAFoQALgjMXYnO"
    "4keWJsWwmAM75/pryStNt8gAZlANIopFtDJCOeWwEAMwrmEhNPV7nP+chHpADWKKzYMHSD"
    "41gkRxu2EvWIN9DrQbwB4g1HHG+4UTTFXO2l9ohoAXqvJ1lbdzVDsh3EleoCcCVxpVJ7Wy"
    "3xeqPTTrBjTBA1uTlN8UHt1A5X/nDRcMZnjKFMV9jtSEVWgg3BFCNLRxK6Gk2mSJYM44m2"
    "k5I0dH3tfyX56Xtyn11ft4nMRpWe8BLd6AY6eY9W8chJGRfYXaF9h584Vdn4caOQb5G/vB"
    "rCJ88Nn+CnXNETZ3gDgycnHz5kYOHJqORO3/Tct6iFdYuNjaHw3gzJKEfEGoh28dlrTrCJ"
    "gLjkF6Am1OSEpRpUsVeYq+69HcSFvuSsFV1Fk4wnProx0WhY6clyskKOC+G0qJLrcPtuAb"
    "lju/1hZ/wHf/PdLsdB7/4xFTrgoIODHjSLcmo9LNlArR+JlsE/B/+8LgAfvX/uIN+jLZaZ"
    "bxnfnjM0oJ26P6fzI2VnbEaffKw/eB2e7/DGQorG+jmb5FvQ7tCaKTlBApprqNF8RJP4z0"
    "vkAGi2kakjW7tRVHJF4jl7EYuQV178JeYayzcxybTE19c1jNz7j/WkprNY9H/W4ro3mg2n"
    "r/7vdUZnnsEf9ebBf6/Sf4fdpEr0Ke8l1eagm1bv54s0JuZbSckfGENgDIExlMcY+lVf8E"
    "wgejjV8PmXvqii3Hqb+23YGr+pKtRZ17bOGooqSrQqNtKTqkscfJOTnwIi9ch+alS19RFW"
    "uZChNl7mVEDrHzNhRktVHGleictk1usJwgUdZNqyjPGyriUukmXh9cbiqC3xHREUaYx5Xl"
    "ich+prD1CjYtUB++5IgHUNoBik6Qz+VgrY+1qz96ou3+GlaGuWwikCS1dyVBbyKI9A04tc"
    "GTMhob0shJpptGzzWJVMS2TZ/nGYp/gxqelySKoJOKc9OcLv03QrOJRk4A2PmsaQYgApBr"
    "BNe9O0znmVxbZph8qPl2GxQDClBcEUCKa0dgVTor3FOIEVTvux5CDLgzNYDPc+251gMtIw"
    "cskUWozhirOkDWeTcLoluYQsbFpoQzTymo5iZ7XlRifAx8s8ipkydyMsTxpiPXWP9Ti73j"
    "EYY1pIdmvDUhD3yeDYrrFpkuUn596EYSkAOgPQ7nKXPzIAFk8ChX18EbL84LaOJ/YFtU5l"
    "bb0psSJXcZ0nAhYWgvUjrYYMP8rY4C3NycwuT7bCSHurJIirpncTGPUUC69JZHpkRf7pXZ"
    "Yl+ad3yWsyPRcGWCN3sGhgy3jag1WLCQOvVmdeDWIlyU/acbLmmcoxw5xGRvMgIgX2Aa8d"
    "HGMT8vJAQakGWbNQcHGkdzTECKrfONBbXQuA1mX4hcCMDcU48krKgPI9d6vj3BD7GwIe18"
    "KcGdfAC6mG4S3/zk4ObwVv/t3hLe8+Osj+jVBnXGWdsW1wkluTyQN3eJ353j25g5O373/M"
    "QB7QYcmdwtjJaKPp7ZfLAXRErAHEWAVUzTZ4ma8FdVisHpVYjepDbWLZwJYoKxvyGrDwYy"
    "6imCvciBWocq5Yo0DwvPG07YMCUhVuH+S9ZI9296ClYjLcRANLZs7FPy4KZH2mNwCN5pKv"
    "IJqK66/kSoGNCgNZD2Q9kPX1IuuhsKFpWs9S2ABkdgvI7PoQgke/hfaxAF/qHtrC40Y3uK"
    "ype6adRpZiNgYo0sZTpMlNk3anyB5DA6XWQOiMh8JYvBqPPo+FyeQcqVgyyFcTN4ZOX+Km"
    "v0dyfzSc+LskE3FyptOb9r/0p3+cI7Y3nmKx9efwe1w7zVJzEYEBkXqQgI1qx0Qta/HG0N"
    "d5DfeQIPjk9THT494ZU5Wl76VhRwz0W2f9Hl/BCLRUaxlEx6z3OMfLSEnDC4lBHt6+eXiQ"
    "oF8y5w88cDL6x8kIZuGBXR9kP71HZMHmqLPNUaPdkkDL0NKm9lwWMPyHZvjLJK072FDkVY"
    "tDWrtn2mmktbQdUyZnDQR1lQT1PTbMnOmlAZE6U9P75vKWsecvfahyIOwObyC6796+zeLE"
    "vX2b7MTRcxEnTtcsbi1KMlsfEKmerT+MVVcYLx+zEap8mX37f2AyRvM="
)
