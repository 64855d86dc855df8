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
        ALTER TABLE "tenants" ADD "timezone" VARCHAR(64) NOT NULL DEFAULT 'UTC';
"""

POSTGRES_DOWN = """
ALTER TABLE "tenants" DROP COLUMN "timezone";
        DROP TABLE IF EXISTS "learner_days";
        DROP TABLE IF EXISTS "learner_totals";
        DROP TABLE IF EXISTS "learner_lessons";
"""

SQLITE_DOWN = """
ALTER TABLE "tenants" DROP COLUMN "timezone";
        DROP TABLE IF EXISTS "learner_totals";
        DROP TABLE IF EXISTS "learner_days";
        DROP TABLE IF EXISTS "learner_lessons";
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
    "aNINse6NR5qEk82glNF5fkYlTqIA7dFI2gPi7mANNhRVsAbBGmyI4QLW4POxBlMLvuQo9F"
    "JVfZfsgBT3tDA2ltybYHs10vbyVBTFP70+i9ceirLkKMpCUU+Cm374hdceTr5gNDOcfAFn"
    "IDzt5AtwijpgwjfH2sxhwqfbm6FlBavKHTYU/MRjib/i5VrXb8+c7h5zAN/M6hL1Hkzcly"
    "x5PZfM2w7HPg9uZtroS9pMtEi73AQtE0H2ljgsFnpxdfUDu/ADdWDMqyu0sE9en3x4iSR6"
    "eLCJZElVsYGudVXV7+klZK0N3b5ZIyLJnvvDX8rq29UVj66t8lF7ORaFfIfn4jhUduLwLf"
    "lZRVwCr30LXYK3eQ4cfJt+4uDbxJGDZA20bM68nfOYT1+6PrA7W6yt3ENeCiDeuRDGzrGe"
    "rvxCm16OncM/DVtzjv4MFW3z68wHFduuJUXFq/gElUdv5R/fuTIeRfK1OQuurqtY0lIcuk"
    "AqprAlEatKY/6Vev22/mQyivgF/WGMjhhfnvcFAjzDPUgZ4gQzvDBnXpvdaw9xocSZ3IYu"
    "Y9PERVbKiAxAmkgodhiBAoCGJADORIzNOWSySIwtkAA4E3Bq8lrSbooBGpYBSOOQBoZITj"
    "wDAQAzDuYKE09XuSv4ysekANbEfgzD0A2OY5EebQgkmhFvoM+DeAPEG4443nCtaIq53kvt"
    "MdES9N5MsrbpavYwgbgSxJUODXAtcaUqYyXDFd5sdfL1rCkmiJrcnKZko27mQcV+c9Fw2u"
    "eMoczX2D1YmMwEW4IpRpaOJHQxmc2RLBnGI6seqaGrK/8ryY/fk3F2ddUlMltVesQrdK0b"
    "6OQdWicjJ1U8YHey+y3mFafED1uFfIvip2RB+OSp4RPMKQ6ZET3BvOKQbQienLx/n4OFJ6"
    "1SaXh271vcwrrBxtZQeCtDOsoxsRaiXX72mhNsIiCu+OcI8ZGOSbXo4JXSXHVvdRCX+ooz"
    "V/QVTTIe+egmRONhpUfLyQo5LoSzokquw+27BWTE9ofj3vQP3z33fYPRZPy5z3HQ+3/MhR"
    "446OCgh82iglqPSrZQ60eiZfDPwT9vCsBH7587yA9ojRXmWyZ882iDbpZf7v5I2Wmb0yef"
    "6veISZjoFm8t79AGk3wLgqSkmZITJKC5hhrNRzRZ3T0HQLOLTB3Z2rWikicSz9mLWES88v"
    "IfsdCcvfWkW+Lr08p/7vhDdOGkvVj0X/2a+P6DyeV4/uL/XuZ05hn8T9q2Dv77E/139m8C"
    "1nTX0msPPmUOn/JOUm0Ouln7/XyR1sR8ay5yBsYQGENgDO02hn7VlzwTiF7ONHz+rS/r2G"
    "4d5H4btsZ4/cR+a9hn3dh91rCpokKrYis9qrrEwTc9+Skk0ozsp1bttj7CXS6kqY1XBRXQ"
    "+celcEm3qjjSvC0us8vBQBDOaCPTlmWMV03d4iJZFt5sC9V0Dou0xjwvLc5D9bUHqHGx+o"
    "B9cyTAugZQAtJsBj+QAva+0ey9qsu3eCXamqVwNoFlKzkuC3mUR6DpZaGMmYjQXhZCwzRa"
    "tXmsSqYlsmz/JMxz/JB2sEhEqg04Z705wu/zbCs4kmTgNY+bxpBiACkG7ubEPbQelQStN0"
    "XrnKXM/faw8+O5WSwQTOlAMAWCKZ1dwZR4bTFOYIVTfiw9yHLvNBajtc92J5hMNIxcMoVu"
    "xnDFWdIGK5SLXugGkpCFTQttiUZe0lbsrrba6gT45DaPcrosXAjLk4ZYT9NjPWwUODAmtJ"
    "Du1kalIO6Tw7HdYNMk0w93NU4HOioFQOcA2p3uikcGwOJJO/Hx6CJkxcHtHE/sC/Y6VTTO"
    "VYltchU3RSJgUSGYP7L2kOEHGRu8qTmd2eXJ1hhp71QEcd30bgqjnmHhtYlMj83IP73JMy"
    "X/9CZ9Tqb3ogBrZASLBraMxz1YtYQw8GpN5tUgVpL+ph0na55rO2aU08hpHsSkwD7glYNj"
    "bEJRHigs1SJrFjZcHOmIhhhB/QcHerNrCdC6DL8Q6rGlGMeWpBwoewf5PRFi/0DA45qYc+"
    "MaWpAaGN7yR3Z6eCs8+HeHt7xxdJDzG2GfcZ37jG2Dk9yaTh64zZvM9+7JHZy8fvdjDvKA"
    "NkuvFMZuxgtNB1+uANAxsRYQYzVQNUHwslgJ6qhYM3ZitaoOtYllA1uirGzJMmDhh0JEMV"
    "e4FTNQ7VyxRoHgeeNZxweFpGo8PshbZI/29KCVYjLcRANLZsHJPykKZH2uFYBGc8lXEE3F"
    "9VcKpcDGhYGsB7IeyPpmkfWwsaFtWs+zsQHI7A6Q2c0hBI/+CO1jAb7SM7SFh61ucFlT90"
    "43iyzFrA1QpK2nSNOLJu1OkT2GAkqdkdCbjoWpeDGdfJ4Ks9kpUrFkkK8mbg2dLuKmf0by"
    "cDKe+ackE3FypzeYD78M53+cInY2nmKx+efwZ1w7xVILEYEhkWaQgK0qx0Qta/Ha0DdFDf"
    "eIIPjkzTHTk94ZU5Wl76VhRwz022T9Ht+GESip1jGIjlntcY6XkZGGFxGDPLx98/AgQb9i"
    "zh944HT0j5MRzMMDuz7IfnqPyYLN0WSbo0GnJYGWoaRN47ksYPgPzfBXSVr3sKHI6w6HtH"
    "bvdLNIayloUyVnDQR1nQT1HTbMgumlIZEmU9P75vJWceYvfakKIOw2byG6b16/zuPEvX6d"
    "7sTRezEnTtcs7l6UdLY+JFI/W38Yq640Xj5hI9S5mH37fy5sT2w="
)
