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
    "lesson_id" INT NOT NULL,
    "completed_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "training_item_id" INT NOT NULL REFERENCES "training_items" ("id") ON DELETE CASCADE,
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
    "lesson_id" INT NOT NULL,
    "completed_at" TIMESTAMP NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "training_item_id" INT NOT NULL REFERENCES "training_items" ("id") ON DELETE CASCADE,
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
DROP TABLE IF EXISTS "progress_events";
        DROP TABLE IF EXISTS "item_completions";
        DROP TABLE IF EXISTS "training_items";
        DROP TABLE IF EXISTS "trainings";
"""

SQLITE_DOWN = """
DROP TABLE IF EXISTS "training_items";
        DROP TABLE IF EXISTS "progress_events";
        DROP TABLE IF EXISTS "item_completions";
        DROP TABLE IF EXISTS "trainings";
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
    "w49v/XdO/FTay6fb/0zfPyHLDCIxh4rE1KqDQN3gPl6HJO6HgkdSxgMUe+fs45ZsRQFjKI"
    "QGb6/GDgkUQh+4EDq0ahboRTcsOzB243JeNnVyp71mqMJ9wn4R4QHtNGfa39SU+ZPlN02V"
    "VYU2pGNXy+d26rJsG4a7WXUs3S90FtzSWrqlUd3HVJEcz+aINjC0ffY+Q2T77H1iYJuegu"
    "zB8o1s4FfKQLUO7mHNCnaLhli3LVnnZRIRZHfndgWk63wDtybTzpi1p34XalZ9sm1Sfbrt"
    "T/0+Su+nauL05OOZrwT6IQ3/yWVnMOD0m+WnT07Wkqom3uFJaZPHfFsXAWZCsmI6mElJii"
    "8dTOiPngxZEf3RqbGXH+OQFOCcAWe33bnT/DyHGRGTg2bpMQsi4GfHgE2PgUVEIQQGIbDa"
    "axTCM3VEFMIzEJ6pJ6g13WItMVKQIUJQVmAgnfjn1vR7VaKQelZbjj+5CDjBZDiCwt/asP"
    "kU9Ti4ySVq3nioTwtZ3VCfBpVK7b3q08ApaoEJXx9rM4MJn2xvBhvkqso9NhT8zOZhX/Fi"
    "pet3F850T0dLS1bbPqwrWfJqKpl3LY59vj2ZaqMv6DDRIuOy9+anIsjeEIfFQq+ur39gB3"
    "6gDox5fY3m9snbk7PXSKItvkwkS6qKDXSjq6r+QA8ha2Xo9u0KEUl23R/+qyy/XV9z2/SX"
    "eKm9HAvoC1ZlX7A78rPyuATe+Aa6BKdZ2oKcJvcFOY01BjnCTas3WFu6pZh5ovpXwtBpvu"
    "PKz7XxbOi06DFszWnQw9+auo5bUS+NJ5F8bc4LV9dVLGkJDt1WKqKwBRErS2P+kWr9tu5o"
    "NAj5Bd1+tOf87LIrEOBfhyOCnNQi3ZI4WQLJNrs3HgKAsc55hi5jusV7DjhDMgBprLDQYQ"
    "RyABqQADhjMTanFUyeGNtWAuCMb1YqryTtNh+gQRmANArp1hDJiOdWAMCMgrnExNNV7nM+"
    "8hEpgDUKKzYM3eA4FsnRhq1EPeIN9HoQb4B4wxHHG24UTTFXe6k9IlqA3utJ1tZdzZBsB3"
    "GlugBcSVypzFhJf4nXG5223R1jgqjJzWmKD2qnthPzh4uGMz5jDGW6wm77L7ISbAimGFk6"
    "ktDVaDJFsmQYT7R3l6Sh62v/K8lP35P77Pq6TWQ2qvSEl+hGN9DJe7SKR07KuMDuCu07/M"
    "SpysaPG4V8i/zl1RA+eW74BD/lip44wxsYPDn58CEDC09GJbdVp+e+RS2sW2xsDIX3ZkhG"
    "OSLWQLSLz15zgk0ExCW/ADWhJics1aCKvcJcde/tIC70JWet6CqaZDzx0Y2JRsNKT5aTFX"
    "JcCKdFlVyH23cLyB3b7Q874z/4Ox13OQ5694+p0AEHHRz0oFmUU+thyQZq/Ui0DP45+Od1"
    "Afjo/XMH+R7tZ818y/heqKEB7dTNUJ0fKTtjM/rkY/3Ba6d9hzcWUjTWPNsk34K24tZMyQ"
    "kS0FxDjeYjmsR/XiIHQLONTB3Z2o2ikisSz9mLWIS88uIvMddYvolJpiW+vq5h5N5/rAE4"
    "ncWi/7N+4r3RbDh99X+vMzrzDP6oNw/+e5X+O2zdVaJPeS+pNgfdtHo/X6QxMd9KSv7AGA"
    "JjCIyhPMbQr/qCZwLRw6mGz7/0RRXl1tvcb8PW+E1Voc66tnXWUFRRolWxkZ5UXeLgm5z8"
    "FBCpR/ZTo6qtj7DKhQy18TKnAlr/mAkzWqriSPNKXCazXk8QLugg05ZljJd1LXGRLAuvNx"
    "ZHbYnviKBIY8zzwuI8VF97gBoVqw7Yd0cCrGsAxSBNZ/C3UsDe15q9V3X5Di9FW7MUThFY"
    "upKjspBHeQSaXuTKmAkJ7WUh1EyjZZvHqmRaIsv2j8M8xY9JTZdDUk3AOe3JEX6fplvBoS"
    "QDb3jUNIYUA0gxCO9sn0frYUnQel20znmVud8eKj9emsUCwZQWBFMgmNLaFUyJ9hbjBFY4"
    "7ceSgywPzmAx3Ptsd4LJSMPIJVNoMYYrzpI2nB3Z6f7vErKwaaEN0chrOoqd1ZYbnQAfL/"
    "MoZsrcjbA8aYj11D3W4+x6x2CMaSHZrQ1LQdwng2O7xqZJlp+cexOGpQDoDEC7y13+yABY"
    "PAkU9vFFyPKD2zqe2BfUOpW19abEilzFdZ4IWFgI1o+0GjL8KGODtzQnM7s82Qoj7a2SIK"
    "6a3k1g1FMsvCaR6ZEV+ad3WZbkn94lr8n0XBhgjdzBooEt42kPVi0mDLxanXk1iJUkP2nH"
    "yZpnKscMcxoZzYOIFNgHvHZwjE3IywMFpRpkzULBxZHe0RAjqH7jQG91LQBal+EXAjM2FO"
    "PIKykDyvfcrY5zQ+xvCHhcC3NmXAMvpBqGt/w7Ozm8Fbz5d4e3vPvoIPs3Qp1xlXXGtsFJ"
    "bk0mD9zhdeZ79+QOTt6+/zEDeUCHJXcKYyejjaa3Xy4H0BGxBhBjFVA12+BlvhbUYbF6VG"
    "I1qg+1iWUDW6KsbMhrwMKPuYhirnAjVqDKuWKNAsHzxtO2DwpIVbh9kPeSPdrdg5aKyXAT"
    "DSyZORf/uCiQ9ZneADSaS76CaCquv5IrBTYqDGQ9kPVA1teLrIfChqZpPUthA5DZLSCz60"
    "MIHv0W2scCfKl7aAuPG93gsqbumXYaWYrZGKBIG0+RJjdN2p0iewwNlFoDoTMeCmPxajz6"
    "PBYmk3OkYskgX03cGDp9iZv+Hsn90XDi75JMxMmZTm/a/9Kf/nGO2N54isXWn8Pvce00S8"
    "1FBAZE6kECNqodE7WsxRtDX+c13EOC4JPXx0yPe2dMVZa+l4YdMdBvnfV7fAUj0FKtZRAd"
    "s97jHC8jJQ0vJAZ5ePvm4UGCfsmcP/DAyegfJyOYhQd2fZD99B6RBZujzjZHjXZLAi1DS5"
    "vac1nA8B+a4S+TtO5gQ5FXLQ5p7Z5pp5HW0nZMmZw1ENRVEtT32DBzppcGROpMTe+by1vG"
    "nr/0ocqBsDu8gei+e/s2ixP39m2yE0fPRZw4XbO4tSjJbH1ApHq2/jBWXWG8fMxGqPJl9u"
    "3/AcAlwVA="
)
