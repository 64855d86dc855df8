from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
        CREATE TABLE IF NOT EXISTS "learner_days" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "events" INT NOT NULL,
    "completions" INT NOT NULL,
    "xp" INT NOT NULL,
    "seconds" BIGINT NOT NULL,
    "score_sum" DOUBLE PRECISION NOT NULL,
    "score_count" INT NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learner_day_tenant__8f69e0" UNIQUE ("tenant_id", "user_id", "day")
);
CREATE INDEX IF NOT EXISTS "idx_learner_day_tenant__682069" ON "learner_days" ("tenant_id", "day", "user_id", "xp", "events", "completions", "seconds", "score_sum", "score_count");
COMMENT ON TABLE "learner_days" IS 'What a learner did on one day, the day being a date in the tenant''s time zone.';
        CREATE TABLE IF NOT EXISTS "learner_lessons" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "lesson_id" INT NOT NULL,
    "course_id" INT NOT NULL,
    "events" INT NOT NULL,
    "seconds" BIGINT NOT NULL,
    "score_sum" DOUBLE PRECISION NOT NULL,
    "score_count" INT NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learner_les_tenant__ba3b7f" UNIQUE ("tenant_id", "user_id", "lesson_id")
);
CREATE INDEX IF NOT EXISTS "idx_learner_les_tenant__278714" ON "learner_lessons" ("tenant_id", "course_id", "lesson_id", "seconds", "score_sum", "score_count");
COMMENT ON TABLE "learner_lessons" IS 'A learner''s events, time and scores in one lesson, all time.';
        CREATE TABLE IF NOT EXISTS "learner_totals" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "xp" INT NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learner_tot_tenant__e95939" UNIQUE ("tenant_id", "user_id")
);
COMMENT ON TABLE "learner_totals" IS 'A learner''s all-time XP: the all-time leaderboard without summing every day.';
        CREATE TABLE IF NOT EXISTS "tenant_days" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "bucket" SMALLINT NOT NULL,
    "events" INT NOT NULL,
    "completions" INT NOT NULL,
    "xp" INT NOT NULL,
    "seconds" BIGINT NOT NULL,
    "score_sum" DOUBLE PRECISION NOT NULL,
    "score_count" INT NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tenant_days_tenant__8f914a" UNIQUE ("tenant_id", "day", "bucket")
);
COMMENT ON TABLE "tenant_days" IS 'What a tenant''s learners did on one day (in its time zone), in `TENANT_DAY_BUCKETS` rows';
        ALTER TABLE "tenants" ADD "timezone" VARCHAR(64) NOT NULL DEFAULT 'UTC';
        ALTER TABLE "idempotent_requests" ADD "response_headers" JSONB;
        CREATE INDEX IF NOT EXISTS "idx_events_tenant__03febd" ON "events" ("tenant_id", "created_at");
"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
DROP INDEX IF EXISTS "idx_events_tenant__03febd";
        ALTER TABLE "tenants" DROP COLUMN "timezone";
        ALTER TABLE "idempotent_requests" DROP COLUMN "response_headers";
        DROP TABLE IF EXISTS "learner_days";
        DROP TABLE IF EXISTS "item_completions";
        DROP TABLE IF EXISTS "trainings";
        DROP TABLE IF EXISTS "training_items";
        DROP TABLE IF EXISTS "progress_events";
        DROP TABLE IF EXISTS "learner_totals";
        DROP TABLE IF EXISTS "learner_lessons";
        DROP TABLE IF EXISTS "tenant_days";
"""


MODELS_STATE = (
    "eJztXf1z2zbS/lcw+qXJO2qaOF+te3MzksykamXJJ8lJe6cOTVGwxTNF6vjhj+vlf38B8J"
    "sEKVImKYremU5jkVhQehYEdp9dLP7qbPQVVs1Xc6xJmtU5RX91NGmDyR+xO13Ukbbb4Dq9"
    "YElLlTW1WBt2TVqaliHJtKtrSTUxubTCpmwoW0vRNXJVs1WVXtRl0lDRboJLtqb8x8aipd"
    "9ga40NcuNff5LLirbCD9j0Pm5vxWsFq6vId1VW9Nnsumg9btm1oWZ9Yg3p05airKv2Rgsa"
    "bx+tta75rRXnN95gDRuShWn3lmHTr0+/nftDvV/kfNOgifMVQzIrfC3ZqhX6uUsxuNYRxf"
    "FkLs6EuSh2CgAk6xoFV6FQ019/Q7/C9ydv3n189+PbD+9+JE3Y1/SvfPzmPDoAxhFk8Izn"
    "nW/svmRJTguGcQCqbGCKhChZSXDPyB1L2WA+wlHJGNIrV/SV90ccdw/lLOC9CwHywWirA3"
    "ryA1cTTX10VZ6B83x4LszmvfML+riNaf5HZfj15gK9c8KuPsauvvjwkl7XyYvkvGB+J+jr"
    "cP4Loh/RPydjgcGrm9aNwZ4YtJv/s0O/k2Rbuqjp96K0Co1O76qHGmkZaN3ervbUelQStN"
    "4UrXsYhdTufvtA66Zq3yT1PVhLBl/XXvuYlgla++j1sNPoRnoQVazdWGvy8cPbDK1+6U0H"
    "v/SmLz68jWlq7N45Ybe+RaBl/xaA1mtfDrSHfmUi4L756U0OdEmrVHjZvSi+W1XS+PgKmr"
    "1hGA/Jd5I0GSew9mTrw5oAZHjfIy/ancFkKpwiKrnQZue90egUmRtJVRdavzcbDk7RUjIV"
    "eaF9nk6+nqIbQ79faBfTySnaGjr5a3Q5I3+qtkmvCufDy3N6B28Ue7PQBpez+YRckG3T0j"
    "edfbT6IY9S45NbSKcf4iol2rJsc1+lBtI1qpWYvMpdYcX2BvPhF6JaR5oo93J2IYzPhDOi"
    "YNvcYvLEVTNUIm0VkVj5BCKOqd3XdRVLGn8+i0nGdLIkolUpxVtFKpjXMuDtTyajyKrfH8"
    "5jOF+e9wWCP4OfNFIsx2FxLfKQBc7eSXGt24b6KKrKRuEYZal+Tor0bseHg78LZWOWlVJc"
    "nwBoapD+V9cKrdNhmRonmsv5oOAss68l9C6PJfQu3RJ6R+cQ6rJf34b8S3phKcm395KxEi"
    "N3opPNLX7krAB9V/LTb1OsSuwHJuF3mYveVvkNPx6h0fTNG2re1Q7HYsd32KVc9kdIoH20"
    "FaB/68snwvOrvmwrOPd4udb1W/J0lRgehoKfCNVXp78zp7vWvnQebMQw2+rKk98/FzXB7a"
    "2tqOGHrW48ea5inbQJIroS6id62tqYvLU52cSvSJp0w34SfTZ9UnTt4/D5waqYzueH199y"
    "Cf1/ubEC0SXhDXytPHT+jPH8sVbk/38C9V8n9Q+cVcWclTPuCyAcSLQR49LpCjJ7iWvJXB"
    "eBOCzTQpDL8eciNJ2sb3mG46+zyTglbOBLxMNDimyh/yFVMStb4jt/u7Y1mWKIlraiWopm"
    "vqLP+3tV7nQG3BShCEfkwfzivPd7XAOD0aQfD/nQDvpxtgjitS2L3OWJ16qSaYm2uZfe47"
    "IlaL5hROGRKJoTok1q2sB3+u1eeo5KgpabrOWI55PTrYn6VPvw+42bsEtwcBLUcxzkJMKf"
    "dAMrNxpxkBMhRj4rEWTHHRnAaawEuWxI976fHR1a5PeTX42dcNWgNxv0zoTOt3RGv0qG49"
    "JkjEKC32DXu1nsBlnwjOqpDVW/UbQO+Qmx63gjKSrnOlEBvjEYCUaXZEP0WI9sXiTRTygL"
    "K3kzCI0Dp1I3p+IMiASu6f6oL9BCZ7QSVsV5tQog7AsAwvkQBl6wWnxN2ygKcUgEUM7Jvk"
    "qmea8TA6QoQ5gQ3AvxhjlPUcBP3r/PAThplQo4uxcFnNkzDCSeWbE7oy8iX59/874Y4p3Z"
    "5YUwFXtn58MxGbkLzf3rZKENx7P59HIwn0xP0duFNhJ60zFpGr78zr9MHtwpYrG8Pfn4wT"
    "dW6IcsO4WljyYToJ5txuVw7F1RtFCPBw9gQEZaEuXyIxiqLktqIYwDiRoRxlo9AJc/jJmF"
    "LWq6pVwrMnNueWkgWenDKT1AGnH+NOLwl0uAP8cPKY59TKwNtk4WUSz8Ps8Oyfk88Wgy/u"
    "w1j8fpEiG5lcLLfPqk6lJa2nYgE4P8mgq1CvSzyWV/JKCLqTAYzoZuTNSn49nN6OCeCr1R"
    "YnSzddthzij3VTQ6wu0AgiRNDpKEyNIii3dMrA0zWtUWEo+W3g/xsHj7kK+EqGDx+RTeOE"
    "dkP41AhsmsUZOZiU2TmrXinaQqK1G6tpwIVhF9p/UBmm+y5iFjK312bW/GFlTYaJvWOS97"
    "YhMM5PV0IK+nJXk9AeAOzMTosJ+6g5Dm7TDlfKGdtQj56Cyg32IuBVoQqTntp60gLQ3ycq"
    "7FDd4ssWGule0TAeuz/rzEsDYidmPo9rY8wD7T7s793tqKmowNN6rw1MlrEPTUVrCwZuiq"
    "uimh6IDfUZugqjrV9VMiSTNxs7sr6dV7XjdH6mun51aEQlQSMUlE4FQ0vELLR2StMXJsCP"
    "Ti6sotNeMMivHVFVI0NJdUouPR+Yy0Mzbmy1edGMIVPWJ3ai5DMJ5bC8mwsMG4PcwxP9kq"
    "XzZPSqJVlQkOFn6wOsXQZgFb8lIQyYV2Np1cnE2+jk/RytC3K/1eW2iDX4TBb/3J76dIXm"
    "P5dqk/kHa9uUDauMv04dMj9G1KSkT6FtqQCOyhjXA/ZeyhJWswGR26U8GmQJZKRK7G3BT/"
    "ytEmpxCNKPw4buoiGxapjxV73eilFoIK7aWX8wQVgF4u610Cerk59DIQywfnHBzUsogHH9"
    "c87EMoVlDp9ttErtLu7bTsm8Gu2HqJgDtv8ORlAnwBoALyUQH+8M8/eMMiYBfw6kWDtVUB"
    "qqn5pamYpqeUPl9EwX6tx36Nj9wSYG1ZiDoOauht3Q3ptffCl4CpP3m0FNjwet20Gj1Opk"
    "qK/+CnsexwHYK0mTyBS13D31OGCrEEeKQq2m0XScjNke4i3SCfvL383xvYxBZiT/gZmRYZ"
    "XyvSg/qIJJM0ozv9eZHLSp6x261hXTjlB3Z4M+Gl0Ta2ugmuTc2ujQd7AtmcZ1MF4k12dT"
    "qjyWda5YC9BwttJszoRr5T701YaBe92ezrZHomTgXSxan/UojspWhGHC70WnG1lWLRR6Sa"
    "rKQ9/dHyt5NBcCId+vYGJ/DDViG97aH1qGQLtX4kWubscOBsbNmvCjEUID4S/QLrVZ7ZCK"
    "wXsF6N4xGA9ToE63UYbmZAkL6hCWscasa/181iZmSnlVJDNJebsQ2nREES9wEXrTrqlBq4"
    "qL0VkYGjfjn5poYic0ZtRkEuXwLKceUoxwUMT/pQbi/DAzUt2qZ1DiMANS3AfW2yp1VS0r"
    "Gs24b55B3hrJOjtQ7qTTZ2weJ5oj6MGX5ooK9KnVCZPJp3po5q3+x1Uo/rPz+K4LmC59ou"
    "z5W9KgXw9dpDXdB8x8TQKacAvF57GL758IWC6YcqmA7sTDrgpbAz0laSFYuzvT3VpgiLAK"
    "GYJBRVfIc5p86l4um3BzA5G2uUDRZVZaNwHN50SiEiBLByj3cyLDFMohWh6JLSkKfTHFYu"
    "Jd0uOM5iH5WndAF6b7LeFVMMjjCLUVdZxWsicnCwUv7aNQS4rb1UFXONOSzNLswjolAzqA"
    "DuEGNMtxyOM9oEMcbnqPU8McYwS57fJYhJgU8ANQwgeNuogGL3abnH3gteArThbNfjmhLy"
    "YhubDSPoku+AxpejUd3nPTiRXaai1hXmilgtGvcA0EIVzDSlTW9+lKuAsvKHzbr4lMg44N"
    "zu7s6/KFJcvvStAJA9AdkT7Qk/M4C4+ELxdijevr+ioHg7XytQvB2KtzeElAFmOx3q4+Q4"
    "oXg7UHENAbjmfRTAEjXCt08t4M7DNp+XX1cRd/eZO8q4g/Nfp/MPBdur3zyRGPW7451hGb"
    "AGOJa1P33kBzUsAphCCBns1mZZUHvYrcl5towAct69vscKbGR1qa90eywC1VJww6tMkwqE"
    "jbBkaOQHXkjM1Em4D5H73SzXQXVbilvStAKvYffea3ARID7YJgcBdlfD7t8W7v6FDSywka"
    "IpY7/F4SbYSNE2refZSAFkTQfImua4vSUFGalLKZZSsS3sz7aO0akm5zoMGeRfP4VgSa+A"
    "xx+WOckWsa7aeNGnxqO3ELE96Dl0kKRXbtgLArRVoMqbQnKCyxMFjCFgCz5As8ypPXyA1B"
    "miBHzjEayWosybHSE6Xmt0/DARXLZvmONSePuJMw7d9jYt5zlumzZG+jWSkIMEejGXVOIH"
    "js5n35mIPvtn1CNQ2xvy0RuMpK1GXn8LyZKqmoi4FRtyzzQJ2C95521X85DCweSoGedZyX"
    "8mantD0Bm8nOM0bI54I6r7tneKodsZTMZzYTw/9WaLhfZleCZMTtGdssL6Qutdng3JJ8le"
    "KeTT2WRwec6aE33YG9b+q9A/Rfd4udBmg8n0/BSZsm5sFtpcmLFdriZpM7ucfhH+ILds4w"
    "4/kl5ns+HnsdOTZJpkSXX6mgmDuXuAuuwNzsPvdYWUjqpTOvyhmzffICQCuQaQa1AN9JBr"
    "AFFnyDUArRct2ggMObC3DUYV2FvYbtNcYJ9EKIbP0tHplF5C8cGLUE8twTw6sdI7pJcnQj"
    "V3u2kTTFXy032DvOjcvUXunW4WR71kbWrIbeFWHAS+FzYZHdAGgl0w7WWm3B8gqrosqYXG"
    "eFKyDfhXzW0DEwhMYGPG+nFyQsAEPketw64j4KwaAnDNu44c37OcfUeOr9s6UisyC7h42S"
    "Y2SkHrknTUJqyqZ1nSNxjFx98uxqW2PUXu42AzUd0rTTeDdgHbvW1WXB7bPfIq5nyjIjJg"
    "xcE+MoiSHxmq4HHUHyVf+pGvJwIbhNBaCmxkfYH0g4akH1TvyTDfL9WP8TzDnV6M74vW58"
    "PQR/I8mJhMpBl4NuDZHHzmAM8GPBuwwQ+Oqrcw5Mc0JAGIglcDXk3jgS3o1diuuftEWFsW"
    "T4mDGpoGm+TPfDZ0e9vhuDLOjW6WF3NDm9SV+5oob3CLHyEjtmkODGTEQkZsOzNi6XRTYG"
    "C7zduAdA3Dmj6BICYaeIU3aUeap07OKdJ7eRtNw75k921rKDKPgFZ1Ka1AjScRg/Oaihwf"
    "oBlonU0u+yMBXUyFwXA2dM+G93kidpNeCrKKp0JvBGnFQOBBWnHrtA5pxUCHNQTgmtOKmV"
    "NfTlYxoxBaF6qOGq54s8SGuVa2ZWB17vfWJrwqp6/S84pjI3AHlVVbVrHzNEgqrnud6ULo"
    "/RnZcHksd0h/Le/ditsQhUANiwCmkM4A3kazrLju04LvN1408Ym4+lHJlsIangYhn/gZ5B"
    "PH/b40JybqGu5yZGJuaW3ODGQXH3px64KLAy4OGONgjB8hqpBbDO5NQ+xFcG8a4N5AYvER"
    "JxYPsGEp14osWdzITPh2N8uhkYOG1fsyISwhLtMMpwUyiqtNvVRM097LJ4wIgkt4TC4hft"
    "gqpLc9lB6VLEHrx5Me2iQlc9LTILYJrv/xogquP7j+DfGnCrr+4KSW4qRCWLNVYU1BM3RV"
    "pacJdzjOf+huN8v3x367hrj+qSexJ7cncy/K+mZLNcTcJoh+1kokkKG090HinmyNB4mrWD"
    "I0Z00ogHZnJPSmY2F6ilz5hTYcz+bTy8F8Qi4qFHFbtnSn34Mfe0LgtmxO5nw+rQTSNepF"
    "0y3y8lp0oyleFdUOvdebzwXi1wlnBPRwX1RT4sV08nkqzGZUVaJ3eN5CG0zOL0YCk/GnkI"
    "V20ZvN6KWtZJr086fecEQ/X0uK6n63g2vY+w3iFhsy93TxzL2nSeE9t6HupezX1S7vPJDL"
    "2IRqysRQKgS0LwGbfHPgS6kt0dySASmamDx6VWSzOl+4Phe2qjFdNiPg2H57MdMxUeCmm0"
    "Jb5tuRETKRCyo+Lgv8dJP5adg137b3m6P2xI5ZiEpUsVpCVKIKVCEqAVGJhjC9EJWAqMSx"
    "wNrYqMSIcqLkF15I1jo7QpHSspsVrVBdGXFLhMQ6YxfRJ2dvxYKgQ51BB2Ax2ufl5GExeG"
    "9kzleLJwq2JPg84PMcEaLg89Tv80QmzhLwDduALUaZt96Ag9nqvVmXmmJduLH1Dsf7idzv"
    "Zvk8RCGWn6dQuZ8TgpM9OH+liW52slakN/CO6vKOIP2n7ek/kIqSDmgZqSju8CmSgBIWgb"
    "SThFMJuT3Vg0xmbmO/yH9UEvI7mhPoh0ye56tpyORJnzqPk+OGTB5gtduEqufg58c0JAGI"
    "QpwA4gTNZVkhN+rQuVF0siwDUrebtkIaLCmQbvYM0s3m9Fs7vzARYvHvdbPCK5bbKl9opd"
    "NDS1WXb5F+jYjCDFkxsYkUDUlIxaapaz/7f31nIr9vtNbVFbLWGBEHQWHHp6I3r15pr+IU"
    "chX9c4I+2REdp3/PjnA7TNl/D9GcOqM54A9WYWf7Qzw/qGERwJSDKdSUhFPqD8/yVnFKPR"
    "zxkD7uj5OJhfOnn6PW8/DvEUs4d3J52HoG2wD4d+A2G01uFM6Bpu83UHG7k55D8+D+h6Ur"
    "Ft488eBvjwgakq5aBHilp35HMMsg1zxMdxNsoq/JHCyb5rNflAmTfKbr59Df35mIdVmAXC"
    "ut28KcWoDCLlYteG+AcTs84wYWYBUWIPCYVaAKPGYFvgpFI4Fnvt0TnmyTOc3Ol8mg178c"
    "9aZ/nKI7XZaWtioZjwvt87R3ft6bnqIbQ9psJGOhjYazuTAejj+fIlUxybpE9LDQpkLvjF"
    "2jLAC7MrsQer+xS+YWS7fs2tfpcM4u3RtkvNEr/7gc/vMU/cdW/htfpg+0jeJWUdV9Ne0L"
    "N1rV5Sow78BphnpVfIf3Vq8v3Gj19t6cot6bhdY7If+eLLQ++dwnn/vkc598HpDPA/J5QD"
    "4PTvZRy0kOrZykKuUkrhOIEVUbIyJPtLj1oH+dTcZpRpYvEmeqFdlC/2MTR1Vod/52bWsy"
    "BRItbUUl04z5ij72752KdJABOYUoO3QUjxJ1o+wz7QBCR20PIkDo6DlqPU/oCIIcnSrcsS"
    "iNlhfXGPkGyEL46FDhI28slgFtqKu2ght9c5uUekwjHwNnD63z4xMxkliLblaUhIYcRNlv"
    "nDsb2T2D6DsTXSuGaaGgC/RCN1jhipfRWAeLbvASj/ftaqEttBGjvMMism4TXdP4iYkRGZ"
    "lrbJAPkubRDCyyEjzyfq2rGBE/W7PQmvgYuvGYFmhJrz8TCTUVK10TiroUCrD0lZvnEmP5"
    "6eTk7duPJ6/ffvjx/buPH9//+Npfc5K3shaf/vAzXX8ilhlEYg4ViWlUBYGmwX28DknSDw"
    "WPpIoXKLHm7OOWBKKAMWyEBm+vwQ4JbIQ+8EboyKxZohfdsuzAxMDlLDZNcqe9YqjCXcp5"
    "EdEG3Sxn2j/UlPmT1RdNlVWFFqRjTyvmduqybBuGe1h1It0vchfc0ka6pXHdJ1SRHs/miL"
    "YwtP3hXY7I9od3qYFteguyB6s3soFfqQLVJriHDduwWzbEum3JOi+TiCC7O7crJN3kAdyZ"
    "zXtTVp76TaRY9UlQpPptUJ/6XZzez9TE25OPH3wl0A9Z+M/Oe6MRp94sP31ytpFUNXWEp6"
    "VNHvOwLgPMlGTFbDDTkhSfO5hQHz0dsjLqo1NjrzjGESnAOQfObrlzp/h5ATMiIQfF0hMW"
    "RMjPTgCbHQOLiUIIDEJgjdcohGeaiCiEZyA800xQG3rE2shJHjuTHjuccEHobnfnkdLk96"
    "2kx5xJd1/XksWqcDJBtFJWSNfIfxiRProsr438gZaYZrlJiC79tIInve4MT1q5k9gC6L9E"
    "JpmIV373hXLoSN+74hcrB9OQ0MOW/j+ItsQSGUMn9TCbXzTtTfCBZQpCfKOh8Q1X2UmbmA"
    "++2zzLDj7emZLr2hG7NmYPBe9BTnMoEADfLCVB0ZtKcod7IlIAaxxWZ8bOiabTGEBMUItp"
    "x9dlLU9tPLauljUqRul6RkQxWteT2pNybBT4VROOIess/1wRk2rNEIfql41GFTgo4KAaQp"
    "cAB/XsOChn+2MnnYYa+UVjdzNRTlLVHjtAHTey67A/krZCbC1mx8dQ+sjpt4skVWVNsveA"
    "7tNZIaIptuMynW6KpO5FMs6AV2q6zQ7bOaGw5vGjCoQekCZHOgEDaQKkSQsmDSBNqkAVSB"
    "MgTRri3wNp8uxIk7luSWonnTNx7nfzUCYWbboHYyKp6veM4Pj94pRl0PgXSJsVNpY6+bHo"
    "XiFjx7YQsYI2NOmGWPfGI03CyWZQyug8P6MSJ1GA9mgk7QFxd7AGG4oqWINgDTbEcAFr8P"
    "lYg85gTsniDm5m2oHueCmcw+0nTLtWmxlLt0YvFA0pViih+mWXRsCu5sK4N56LZ70/xP7l"
    "4DdhPrtChn5vJgzCqh600JaP6OrK1enVFSKo2KrO7EzGI3WRqZO/NLY9TbNIZzfYJA8wiV"
    "L0DbqXFIs+n7Y3Cea005wWp5viu7TlW2yB3XkcdiekcRdO43YHeAK17G34gVSbTKIyNuJD"
    "FA3S4psOK7jnEOE9sjUfIrwQ4W3BpAGcXlmoAgNVDwN1GLoktT5ujrq4VZXDzc7f5Z5kz8"
    "ZT2s3QaYeQvttMPsHTXxT/9Fq3XnsocJujwC1FPQlu+qmtXns4spUZdHBkaz1vwXEe3pnn"
    "yFYwRsEYbYsxGlpWsKrcYUPBPGrGlf302xSrkndeIR/vr3i51vXbM6e7xxzAN7NSZwL3b1"
    "Ua7n3JktdzybztcIz34GamAb+kzUSLtMud7MZEkL01sWGhF1dXP7ALP9DAoXl1hRb2yeuT"
    "Dy+RZLLwoyypKjbQta6q+j29hKy1ods3a0Qk2XN/+EtZfbu64qW+VfmovbyOQr7Dc3Ecns"
    "jYpLsEt+RnFXEJvPYtdAnenuRwCd6epLoE9FaMdbQky+bM2xTe3UXuA+n6wO5ssbZyTycu"
    "gHjnQhifDcefT5Erv9Cml+Mxu2LYmsauhArg+4dQBtXvryVFxav4BJVHb28+5NDbm7hhGu"
    "iN3oq5csajSL42Z8HVdRVLWopDF0jFFLYkYlVpzL9Sr9/Wn0xGEb+gP4zREePL875AgH8Z"
    "Jec5JLKXMp7XZvfaAx8fh3Jr6DI2TVxkpYzIAKSJmL3DCBQANCQBcCbylbergnCGJADOBJ"
    "yavJa0m2KAhmUA0jikgSGSE89AAMCMg7nCxNNV7gq+8jEpgDWRlWcYusFxLNKjDYFEM+IN"
    "9HkQb4B4wxHHG64VTTHXe6k9JlqC3ptJ1jZdzR4mEFeCuNKhAT76JKfhCm+2Ovl61hQTRE"
    "1uwlOyUTcrdqL4zUXDaZ8zhjJfY3StGKaFyEywJZhiZOlIQheT2RzJkmE8spM4NHR15X8l"
    "+fF7Ms6urrpEZqtKj3iFrnUDnbxD62TkpIoH7N7GdYt5B33gh61CvkXx1CsInzw1fII5O7"
    "QyoieYt0OrDcGTk/fvc7DwpFUqDc/ufYtbWDfY2BoKb2VIRzkm1kK0y89ec4JNBMQV/0zm"
    "lAT5qFSLDrEtzVX3Vgdxqa84c0Vf0STjkY9uQjQeVnq0nKyQ40I4K6rkOty+W0BGbH847k"
    "3/8N1z3zcYTcaf+xwHvf/HXOilKWHNivgUYk54sk/iUI5HHUCWAFkSabc/WRIyUQtqPSrZ"
    "Qq0fiZaBKwGupCkAHz1X4iA/oDtLmZ+fUkPHa9DNUUdHdtrm5Eem+r1TcsZEt3hreYeRsq"
    "oyRFQzJSdgQ/M+NZobarLzJBwATVanxtauFZU8Ea98yyfCkJT/iIXm1Iwk3ZoWq8Ljjj9E"
    "F07ai0X/1a+RhAaTy/H8xf+9zEmsMPifVBYHuJQncins3wSs6W6+1x78+xz+/Z2k2hx0s/"
    "Ze+iKtib/XXNoBjCEwhsAY2m0M/aoveSYQvZxp+PxbX9axLz7IwzdsjcVYEnvfC+9bgT3v"
    "5U66sMHlIFbFVnpUdYmDbzqdGhJpRiZaq3a+H+GOI9LUxquCCuj841K4pNuGHGnedqPZ5W"
    "AgCGe0kWnLMsarpm43kiwLb7aFqiyGRVpjnpcWc6P62gPUuFh9wL45EmBdAygBaTaDH0gB"
    "e99o9l7V5Vu8Em3NUjgb8rKVHJeFnNYj0PSyUPZSRGgvC6FhGq3aPFYl0xLZzoskzHP8kH"
    "ZgbkSqDThnvTnC7/NsKziS8OE1j5vGkGIAKQbuRtE9tB6VBK03Reucpcz99rAL57lZLBBM"
    "6UAwBYIpnV3BlHidN05ghVMKLj3Icu80FqN16HYnmEw0jFwyhW6MccVZ0garaIxe6AY7Y8"
    "m00JZo5CVtxe5qq61OgE9uuSmny8JFyTxpiPU0PdbDRoEDY0IL6W5tVAriPjkc2w02TTL9"
    "cFfjdKCjUgB0DqDd6a54ZAAsnrRzbo4uQlYc3M7xxL5g31lF41yV2IZjcVMkAhYVgvkjaz"
    "8ffpCxwZua05ldnmyNkfZORRDXTe+mMOoZFl6byPTYjPzTmzxT8k9v0udkei8KsEZGsGhg"
    "y3jcg1VLCAOv1mReDWIl6W/acbLmubZjRjmNnOZBTArsA15pPsYmFOWBwlItsmZhw8WRjm"
    "iIEdQTI+DNySVA6zL8QqjHlmIcW5JyoOyduPhEiP2TG49rYs6Na2hBamB4yx/Z6eGt8ODf"
    "Hd7yxtFBDtqEfcZ17jO2DU5yazp54DZvMt+7J3dw8vrdjznIA9osvWobuxkv+h18uQJAx8"
    "RaQIzVQNUEwcti5cCjYs3YidWqmuAmlg1sibKyJcuAhR8KEcVc4VbMQLVzxRoFgueNZx3l"
    "FJKq8Sgnb5E92pOcVorJcBMNLJkFJ/+kKJD1uVYAGs0lX0E0FddfKZQCGxcGsh7IeiDrm0"
    "XWw8aGtmk9z8YGILM7QGY3hxA8+uPMjwX4Ss8zFx62usFlTd073SyyFLM2QJG2niJNL5q0"
    "O0X2GAoodUZCbzoWpuLFdPJ5Ksxmp0jFkkG+mrg1dLqIm/551cPJeOafWE3EyZ3eYD78Mp"
    "z/cYrYOYWKxeafw5837hRLLUQEhkSaQQK2qhwTtazFa0PfFDXcI4LgkzfHTE96Z0xVlr6X"
    "hh0x0G+T9Xt8G0agpFrHIDpmtcc5XkZGGl5EDPLw9s3DgwT9ijl/4IHT0T9ORjAPD+z6IP"
    "vpPSYLNkeTbY4GnZYEWoaSNo3nsoDhPzTDXyVp3cOGIq87HNLavdPNIq2loE2VnDUQ1HUS"
    "1HfYMAuml4ZEmkxN75vLW8X5y/SlKoCw27yF6L55/TqPE/f6dboTR+/FnDhds7h7UdLZ+p"
    "BI/Wz9Yay60nj5hI1Q52L27f8B/3LH+g=="
)
