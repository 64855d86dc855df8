from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES_UP = """
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
"""

SQLITE_UP = """
CREATE TABLE IF NOT EXISTS "learner_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "events" INT NOT NULL,
    "completions" INT NOT NULL,
    "xp" INT NOT NULL,
    "seconds" BIGINT NOT NULL,
    "score_sum" REAL NOT NULL,
    "score_count" INT NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learner_day_tenant__8f69e0" UNIQUE ("tenant_id", "user_id", "day")
) /* What a learner did on one day, the day being a date in the tenant's time zone. */;
CREATE INDEX IF NOT EXISTS "idx_learner_day_tenant__682069" ON "learner_days" ("tenant_id", "day", "user_id", "xp", "events", "completions", "seconds", "score_sum", "score_count");
        CREATE TABLE IF NOT EXISTS "learner_lessons" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "lesson_id" INT NOT NULL,
    "course_id" INT NOT NULL,
    "events" INT NOT NULL,
    "seconds" BIGINT NOT NULL,
    "score_sum" REAL NOT NULL,
    "score_count" INT NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learner_les_tenant__ba3b7f" UNIQUE ("tenant_id", "user_id", "lesson_id")
) /* A learner's events, time and scores in one lesson, all time. */;
CREATE INDEX IF NOT EXISTS "idx_learner_les_tenant__278714" ON "learner_lessons" ("tenant_id", "course_id", "lesson_id", "seconds", "score_sum", "score_count");
        CREATE TABLE IF NOT EXISTS "learner_totals" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "xp" INT NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learner_tot_tenant__e95939" UNIQUE ("tenant_id", "user_id")
) /* A learner's all-time XP: the all-time leaderboard without summing every day. */;
        CREATE TABLE IF NOT EXISTS "tenant_days" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "day" DATE NOT NULL,
    "bucket" SMALLINT NOT NULL,
    "events" INT NOT NULL,
    "completions" INT NOT NULL,
    "xp" INT NOT NULL,
    "seconds" BIGINT NOT NULL,
    "score_sum" REAL NOT NULL,
    "score_count" INT NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tenant_days_tenant__8f914a" UNIQUE ("tenant_id", "day", "bucket")
) /* What a tenant's learners did on one day (in its time zone), in `TENANT_DAY_BUCKETS` rows */;
        ALTER TABLE "tenants" ADD "timezone" VARCHAR(64) NOT NULL DEFAULT 'UTC';
"""

POSTGRES_DOWN = """
ALTER TABLE "tenants" DROP COLUMN "timezone";
        DROP TABLE IF EXISTS "learner_days";
        DROP TABLE IF EXISTS "learner_totals";
        DROP TABLE IF EXISTS "tenant_days";
        DROP TABLE IF EXISTS "learner_lessons";
"""

SQLITE_DOWN = """
ALTER TABLE "tenants" DROP COLUMN "timezone";
        DROP TABLE IF EXISTS "learner_totals";
        DROP TABLE IF EXISTS "learner_lessons";
        DROP TABLE IF EXISTS "tenant_days";
        DROP TABLE IF EXISTS "learner_days";
"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_UP if db.capabilities.dialect == "postgres" else SQLITE_UP


async def downgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_DOWN if db.capabilities.dialect == "postgres" else SQLITE_DOWN


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
    "6eTk7duPJ6/ffvjx/buPH9//+Npfc5K3shaf/vAzXX8iltnuSExCufus/4EoGAEc8wqiXV"
    "Wg2rAqDU2D+3idvqSvD15fFS8QbIQGb68pDglshD7ARujDeHhefU7hLuUIg2iDbpZ/55+z"
    "yVyc6ut4yqpCa6SxpxXzhHRZtg3DPT85kYEWuQueUiM9pbjuE6pID7FyRFsYbf3wLkew9c"
    "O71FgrvQUJbdXbfeCOVoFqE4iUhu0hLRti3baI485JbiHI7k43Ckk3eQB3iLM8ZRWT30Tq"
    "J58EdZPfBiWT38UZ50xNvD35+MFXAv2Qhf/svDcacUqg8jP6ZhtJVVNHeFom3zEP6zLATM"
    "mfywYzLW/uuYMJJbvTISujZDc19opjHJECnHPg7FbgdupxFzAjEnJQvzthQYT87ASw2SGD"
    "mChEDCBi0HiNQsSgiYhCxAAiBs0EtaERg5GTz3QmPXY44YLQ3e7OU47J71tJjznzwL6uJY"
    "sVhmSCaKWskK6R/zAifXRZqhX5Ay0xTbySEF36aVFJet0ZnrSYJLEF0H+JTDI3rPzuC6V1"
    "kb53xS9WDqYhoYct/X8QbYnl1oUOj2E2v2jam+ADS16D+EZD4xuuspM2MR98t3mWHXy8My"
    "XXtSN2bcweCt6DnOZQIAC+WUo+lzeV5A73RKQA1jiszoydE02nMYCYoBbTTlTLWp7aeJJa"
    "LWtUjNL1jIhitK4ntSfl2CjwqyYcQ9ZZ/rkiJtWaIQ4FGRuNKnBQwEE1hC4BDurZcVDOjr"
    "xOOg018uuY7mainKSqPTYlOm5k12F/JG2F2FrMTjSh9JHTbxdJqsqaZG9L3KezQkRTbBNg"
    "Ot0USd2LZJwBr9R0mx1qPUKtx+NHFQg9IE2OdAIG0gRIkxZMGkCaVIEqkCZAmjTEvwfS5N"
    "mRJnPdktROOmfi3O/moUws2nQPxkRS1e8ZwfH7xSnLoPEvkDYrbCx18mPRvULGjm0hYgVt"
    "aNINse6NR5qEk82glNF5fkYlTqIA7dFI2gPi7mANNhRVsAbBGmyI4QLW4POxBp3BnJLFHd"
    "zMtAPd8VI4h9tPmHatNjOWbo1eKBpSrFBC9csujYBdzYVxbzwXz3p/iP3LwW/CfHaFDP3e"
    "TBiEVT1ooS0f0dWVq9OrK0RQsVWd2ZmMR+oiUyd/aWx7mmaRzm6wSR5gEqXoG3QvKRZ9Pm"
    "1vEsxppzktTjfFd2nLt9gCu/M47E5I4y6cxu0O8ARq2dvwA6k2mURlbMSHKBqkxTcdVnDP"
    "IcJ7ZGs+RHghwtuCSQM4vbJQBQaqHgbqMHRJan3cHHVxqyqHm52/yz1cnY0n9yZQBo2kDD"
    "wVRfFPL2frtYcatjlq2FLUk+CmnxXqtYeDQpnNBgeF1vMWHOeRkXkOCgV7E+zNttiboWUF"
    "q8odNhTMY19c2U+/TbEqeafk8fH+ipdrXb89c7p7zAF8M4txJnD/VqVt3pcseT2XzNsOxz"
    "4Pbmba6EvaTLRIu9z5bEwE2VsTGxZ6cXX1A7vwA40NmldXaGGfvD758BJJJoswypKqYgNd"
    "66qq39NLyFobun2zRkSSPfeHv5TVt6srXnZblY/ay7Eo5Ds8F8fhiaRMuktwS35WEZfAa9"
    "9Cl+DtSQ6X4O1JqktAb8WIRUuybM68TeHdXcc+kK4P7M4Wayv3TNwCiHcuhPHZcPz5FLny"
    "C216OR6zK4ataexKqMa9fyxfUOD+WlJUvIpPUHn09uZDDr29iRumgd7orZgrZzyK5GtzFl"
    "xdV7GkpTh0gVRMYUsiVpXG/Cv1+m39yWQU8Qv6wxgdMb487wsE+JdR/p3DE3tZ4Xltdq89"
    "UO5xKLeGLmPTxEVWyogMQJoIyzuMQAFAQxIAZyIlebsqCGdIAuBMwKnJa0m7KQZoWAYgjU"
    "MaGCI58QwEAMw4mCtMPF3lruArH5MCWBOJd4ahGxzHIj3aEEg0I95AnwfxBog3HHG84VrR"
    "FHO9l9pjoiXovZlkbdPV7GECcSWIKx0a4KPPYxqu8Gark69nTTFB1OTmNCUbdbNiJ4rfXD"
    "Sc9jljKPM1RteKYVqIzARbgilGlo4kdDGZzZEsGcYjO2xDQ1dX/leSH78n4+zqqktktqr0"
    "iFfoWjfQyTu0TkZOqnjA7p1at5h3lgd+2CrkWxQ/VBzCJ08Nn2DOJqyM6AnmbcJqQ/Dk5P"
    "37HCw8aZVKw7N73+IW1g02tobCWxnSUY6JtRDt8rPXnGATAXHFP3Y5JQc+KtWic2pLc9W9"
    "1UFc6ivOXNFXNMl45KObEI2HlR4tJyvkuBDOiiq5DrfvFpAR2x+Oe9M/fPfc9w1Gk/HnPs"
    "dB7/8xF3rgoIODHjaLCmo9KtlCrR+JlsE/B/+8KQAfvX/uID+gGxaZb5lSmsVr0M1RnkV2"
    "2ub0yaf6vVPJxES3eGt5Z1yyYiVEVDMlJ0hAcw01mo9osmMKHABNVv7E1q4VlTyReM5exC"
    "LilZf/iIXmlCIk3ZoWK+7ijj9EF07ai0X/1a+J7z+YXI7nL/7vZU5nnsH/pGor4L8/0X9n"
    "/yZgTXctvfbgU+bwKe8k1eagm7XfzxdpTcy35ooBYAyBMQTG0G5j6Fd9yTOB6OVMw+ff+r"
    "KO7dZB7rdha4zXT+y3hn3Wjd1nDZsqKrQqttKjqkscfNOTn0Iizch+atVu6yPc5UKa2nhV"
    "UAGdf1wKl3SriiPN2+IyuxwMBOGMNjJtWcZ41dQtLpJl4c22UPG+sEhrzPPS4jxUX3uAGh"
    "erD9g3RwKsawAlIM1m8AMpYO8bzd6runyLV6KtWQpnE1i2kuOykEd5BJpeFsqYiQjtZSE0"
    "TKNVm8eqZFoiy/ZPwjzHD2nnsEak2oBz1psj/D7PtoIjSQZe87hpDCkGkGLgbk7cQ+tRSd"
    "B6U7TOWcrcbw87P56bxQLBlA4EUyCY0tkVTInXFuMEVjjlx9KDLPdOYzFa+2x3gslEw8gl"
    "U+hmDFecJW2wQrnohW6wo3tMC22JRl7SVuyuttrqBPjkNo9yuixcCMuThlhP02M9bBQ4MC"
    "a0kO7WRqUg7pPDsd1g0yTTD3c1Tgc6KgVA5wDane6KRwbA4kk7PuXoImTFwe0cT+wL9jpV"
    "NM5ViW1yFTdFImBRIZg/svaQ4QcZG7ypOZ3Z5cnWGGnvVARx3fRuCqOeYeG1iUyPzcg/vc"
    "kzJf/0Jn1OpveiAGtkBIsGtozHPVi1hDDwak3m1SBWkv6mHSdrnms7ZpTTyGkexKTAPuCV"
    "g2NsQlEeKCzVImsWNlwc6YiGGEE9MQLenFwCtC7DL4R6bCnGsSUpB8reQX5PhNg/EPC4Ju"
    "bcuIYWpAaGt/yRnR7eCg/+3eEtbxwd5PxG2Gdc5z5j2+Akt6aTB27zJvO9e3IHJ6/f/ZiD"
    "PKDN0iuFsZvxQtPBlysAdEysBcRYDVRNELwsVoI6KtaMnVitqkNtYtnAligrW7IMWPihEF"
    "HMFW7FDFQ7V6xRIHjeeNbxQSGpGo8P8hbZoz09aKWYDDfRwJJZcPJPigJZn2sFoNFc8hVE"
    "U3H9lUIpsHFhIOuBrAeyvllkPWxsaJvW82xsADK7A2R2cwjBoz9C+1iAr/QMbeFhqxtc1t"
    "S9080iSzFrAxRp6ynS9KJJu1Nkj6GAUmck9KZjYSpeTCefp8JsdopULBnkq4lbQ6eLuOmf"
    "kTycjGf+KclEnNzpDebDL8P5H6eInY2nWGz+OfwZ106x1EJEYEikGSRgq8oxUctavDb0TV"
    "HDPSIIPnlzzPSkd8ZUZel7adgRA/02Wb/Ht2EESqp1DKJjVnuc42VkpOFFxCAPb988PEjQ"
    "r5jzBx44Hf3jZATz8MCuD7Kf3mOyYHM02eZo0GlJoGUoadN4LgsY/kMz/FWS1j1sKPK6wy"
    "Gt3TvdLNJaCtpUyVkDQV0nQX2HDbNgemlIpMnU9L65vFWc+UtfqgIIu81biO6b16/zOHGv"
    "X6c7cfRezInTNYu7FyWdrQ+J1M/WH8aqK42XT9gIdS5m3/4fe9HE1A=="
)
