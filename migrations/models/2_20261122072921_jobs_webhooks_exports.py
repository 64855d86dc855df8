from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
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
COMMENT ON COLUMN "jobs"."status" IS 'QUEUED: queued
RUNNING: running
SUCCEEDED: succeeded
FAILED: failed';
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
COMMENT ON COLUMN "webhook_deliveries"."status" IS 'SUCCEEDED: succeeded
FAILED: failed';
COMMENT ON TABLE "webhook_deliveries" IS 'One attempt to deliver one event (or a test ping) to one endpoint.';
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
COMMENT ON COLUMN "exports"."kind" IS 'LEARNER_PROGRESS: learner_progress
COMPLETIONS: completions
ACTIVITY: activity';
COMMENT ON COLUMN "exports"."status" IS 'QUEUED: queued
RUNNING: running
SUCCEEDED: succeeded
FAILED: failed';
"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
DROP TABLE IF EXISTS "webhook_deliveries";
        DROP TABLE IF EXISTS "exports";
        DROP TABLE IF EXISTS "jobs";
        DROP TABLE IF EXISTS "webhook_endpoints";
"""


MODELS_STATE = (
    "eJztXW13m0iy/iscfbnJPZps4jjOjHfPniPJJKMZWfLVSzKzqzkYobbFGgHLi23tbP777W"
    "5exEuDQAYEpL7MxNDVoKea7qqnqrr/7Gy1NVLMN3OkiqrVueT+7KjiFuF/RO50uY6o6/vr"
    "5IIlrhTa1KJt6DVxZVqGKJGu7kTFRPjSGpmSIeuWrKn4qmorCrmoSbihrN7vL9mq/G8bCZ"
    "Z2j6wNMvCNf/6BL8vqGj0j0/tTfxDuZKSsQ+8qr8mz6XXB2un02lC1PtGG5GkrQdIUe6vu"
    "G+s7a6OpfmvZ+Y33SEWGaCHSvWXY5PXJ27k/1PtFzpvumzivGJBZozvRVqzAz10J+2sdQR"
    "hP5sKMnwtCJwdAkqYScGUCNfn19+QVfjh7d/7x/Mf3F+c/4ib0Nf0rH785j94D4whSeMbz"
    "zjd6X7REpwXFeA+qZCCChCBacXCv8B1L3iI2wmHJCNJrV/SN948o7h7KacB7F/bI70dbFd"
    "DjH7ieqMrOVXkKzvPhNT+b965vyOO2pvlvheLXm/Pkzhm9uotcfXXxmlzX8IfkfGB+J9zX"
    "4fxnjvzJ/WMy5im8mmndG/SJ+3bzf3TIO4m2pQmq9iSI68Do9K56qOGWe63b+vpIrYclQe"
    "t10bqHUUDt7tvvtW4q9n1c34ONaLB17bWPaBmjdYxeTzuNbsVnQUHqvbXBf168T9Hql950"
    "8HNv+urifURTY/fOGb31LQQt/X8OaL32xUB76k8mBO67n95lQBe3SoSX3gvjqyuiysaXV+"
    "0txXiI30lUJRTD2pOtDmsMkOG9R1a0O4PJlL/kiORSnV33RqNLztyKirJU+73ZcHDJrURT"
    "lpbq5+nk6yV3b2hPS/VmOrnkdEPD/xotZvifim2Sq/z1cHFN7qCtbG+X6mAxm0/wBck2LW"
    "3bOUarF1mUGp3cAjq9iKoUa8uyzWOVupeuUK3Y5JUfcyu2N5gPv2DVOtJYuYvZDT++4q+w"
    "gm1TR/iJ63qoRNRlAVv5GCKGqd3XNAWJKns+i0hGdLLComUpxVtFSpjXUuDtTyaj0KrfH8"
    "4jOC+u+zzGn8KPG8mW47C4FnnAAqffpLDRbEPZCYq8lRlGWaKfkyB92PFh4O9CWZtlpQDX"
    "hziTdw8Bz4dcWInSw5NorIXQnfBn8IB2jLmp70p++nWKFJH+oDjYrk/d0+Vf0a6By/k3b4"
    "x5V1m2JHpELhlwPEI86aOtAP1LW70Qnl+0VVvBeUKrjaY94KcreEk0ZPRCqL46/V053bX2"
    "o/NgwyaDrskv/v5c1Hi3t7aihp51zXjxXEU7aRNEZCXUzrSktTF+a3u2jV4RVfGe/iTybP"
    "Kk8NrHYJr3q2Iy0xxcf4ulmv/pstiCSw8b6E5+7vwRYaAjrfB//wBSukpSGtiUktkUZ9zn"
    "QHgv0UaMC3ek8ewlbERzkwfioEwLQb44z8K5nidzrucxAknSdJbh+MtsMk4gtH2JaOBCli"
    "zuv5wim6Ut8Z2/3dmqRDDkVrasWLJqviHP+3tOOqkI9oIgFGIvPJhfXfd+i2pgMJr0o8EI"
    "0kE/ymNAJLFlMaUskURFNC3BNo/Se1S2AM3XjMJqiKIZwcO4pg30qD0cpeewJGi5zloOeT"
    "4Z3ZqwT3UM81y7CbsM6jkKchzhT5qB5HsVO8ix4BebldjnbTUM4CRWAl82xCffzw4PLfz7"
    "8a9GTiBl0JsNeld851syo18mw7EwKaMQ4zfo9W4au4EXPKN8akPR7mW1g39C5DrairLCuI"
    "5VgO4NSoKRJdkQPNYjnReJ9RPID4rf3AdtgVOpmlNxBkQM12R/1BdooTNaCqvifFo5EPYF"
    "AOFsCAMvWC6+pm3khTggAihnZF9F03zSsAGSlyGMCR6FeM2cpzDgZx8+ZAAct0oEnN4LA0"
    "7tGQoSy6w4nGsWkq/Ov/mQD/HObHHDT4Xe1fVwjEfuUnX/dbZUh+PZfLoYzCfTS+79Uh3x"
    "vekYNw1ePvcv4wd38lgs788+XvjGCvkjzU6hiY3xHKjvNhdwOPauyGqgx5MHMAgR8x9Nzb"
    "UUBGUqVMRiPiiLQi87gqFokqjkwngvUSHCSK0G4OKHMbWwBVWz5DtZos4tKw0kLbE1oQdI"
    "cM2e4Bp8uRj4c/Sc4NhHxNpg66QRxfxv8/SQnM8Tjybjz17zaJwuFpJby6zMp0+KJiYlFO"
    "9lIpDfEaFWgX41WfRHPHcz5QfD2dCNifp0PL0ZHtxTvjeKjW66bjvMGeG+8kZHmB1AkKTO"
    "QZIAWZpn8Y6ItWFGK9tCYtHSxyEeFG8f8qUQFTQ+n8AbZ4jsJxHIMJnVajIzkWkSs1Z4FB"
    "V5LYh3lhPByqPvpD5A83XWPGRsJc+u7c3Ygr0f2qZ1xsceK4KBvJ4O5PW0JK9nD7gDMzY6"
    "7JdWEJK8HaqcL6SzFiEfngW0B8SkQHMiNSf9tBWklYE/zo2wRdsVMsyNrL8QsD7tz0sMay"
    "Ni94Zm68UB9pl0d+331lbUJGS4UYWXTl6DfU9tBQuphqYo2wI2HfA7ahNUZae6foolacZu"
    "dg8lvXrP62ZIfe303L2KOCLJUUkOwymraM2tdpy1QZxjQ3Cvbm/dTVCcQTG+veVklZuLCt"
    "bx6HqG2xlb8/WbTgThkh5xODWXIhjNrYVkWCgwbg9zzE62ypbNk5BoVWaCg4WerU4+tGnA"
    "Fn8UWHKpXk0nN1eTr+NLbm1o+lp7Upfq4Gd+8Gt/8tslJ22Q9LDSnnG73pzHbdxl+vTpEZ"
    "qekBKRXEIbEIEa2hD3U0QNLV6D8ejQnB1scmSphOQqzE3xrzQ2OQVrRGbHcRMX2aBIdazY"
    "21ovtRBUaC+9nCWoAPRyUd8S0Mv1oZeBWD455+CglkY8+LhmYR8CsYJSy29juUqHy2npm0"
    "FVbLVEwKM3eLIyAb4AUAHZqAB/+GcfvEERsAsYNjZYW2Wgmphfmohpckrp94so2K/V2K/R"
    "kVsArC0LUUdBDXythyG98z74AjD1J4+WAhtcr+u2R4+TqZLgP/hpLAdch33aTJbApaaiHw"
    "hDxdEEeE6R1YcuJ3JujnSX0wz8l1fL/4OBTGRx9Al/5UwLj6817kHZcaKJm5FKf1bkspRn"
    "HHZraBfO9gMHvJng0mgbumaCa1Oxa+PBHkM246lJe/E6uzqd0eQz2eWAfgdLdcbPSCHfpf"
    "clLNWb3mz2dTK9EqY87uLS/ygE+lHUIw4X+KyY2kqw6ENSdVbSkf5o8eVkEJxIhr69wQn0"
    "rMu4tyO0HpZsodYbomVGhQOjsOW4XYhhA+KG6BdYr+LMRmC9gPWqHY8ArNcpWK/TcDMDjP"
    "Q9SVhjUDP+vW4aMyM5reQKornMjG04JQqSuE+4aFWxT6mB8tpbIRk4hJaRb2rIEmPUpmzI"
    "5UvAdlwZtuMChid5KLeX4YE9LdqmdQYjAHtagPtaZ0+roKRjSbMN88UV4bSTxloH1SYbu2"
    "CxPFEfxhQ/dK+vUp1QCT+adaaOYt8fdVKP6z/vBPBcwXNtl+dKP5Uc+HrtYV/QbMfEkCkn"
    "B7xeexi+2fCFDdNPtWE6sDPJgBfCzoi6KMkWo7w90aYIigChGCcUFfSIGKfOJeLptwcwGY"
    "U18hYJiryVGQ5vMqUQEgJYmcc7GZYQJNHyUHRxacjTqQ8rl5Butz/O4hiVJ3QBeq+z3mVT"
    "2B9hFqGu0javCcnBwUrZ967BwOn2SpHNDWKwNIcwD4nCnkE5cIcYY7Ll0MxoE8QYv0etZ4"
    "kxBlny7C5BRAp8AtjDAIK3tQoodl+We+x94AVAG8x2bdaUkBXbyGwYQhe/AzdejEZVn/fg"
    "RHapilq3MVfIalGZB4Dm2sFMldv05Ye5CthW/rRZF59iGQeM293D+Rd5NpcvvBQAsicge6"
    "I94WcKEBNf2LwdNm8/XlGweTtbK7B5O2zeXhNSBpjtZKibyXHC5u1AxdUE4IrrKIAlqoVv"
    "n7iBOwvbbF5+VZu4u888sI07OP9VOv+wYXv5xROxUX843hmUAWuAYVn700d2UIMigCmEkM"
    "FurZcFdYTdGp9niwggZ631bSqwodWluq3bIxGoloIbXGXqtEHYCImGin/gjUhNnZj7ELrf"
    "TXMdFLeloOOmJXgNh2uvwUWA+GCbHASorobq3xZW/0IBCxRS1GXstzjcBIUUbdN6lkIKIG"
    "s6QNbUx+0tKMhIXEqhkB3bgv5s6xidcnKug5BB/vVLCJbkHfDYwzIj2SJUtTde+KnR6C1E"
    "bE96Dh0k6RUb9oIAbRmosqaQjOCyRAFjCNiCD1Avc+oIHyBxhigA32gEq6Uos2ZHiI5XGh"
    "0/TQSX1g0zXAqvnjjl0G2vaDnLcdukMafdcSLnIMG9mosK9gNH17P/MTny7L9yPQy1vcV/"
    "eoMRt1Xx529xkqgoJofdii2+Z5oY7Nes87bLeUjuYHLYjPOs5D9ie3tD0Bm8nGYaNg0uRH"
    "W/9k4+dDuDyXjOj+eX3myxVL8Mr/jJJfcor5G2VHuLqyH+S7TXMv7rajJYXNPmWB/2lrb/"
    "yvcvuSe0WqqzwWR6fcmZkmZsl+qcn9EqVxO3mS2mX/jf8S3beEQ73OtsNvw8dnoSTRMvqU"
    "5fM34wdw9Ql7zBefpaV0jpKDulwx+6WfMNAiKQawC5BuVAD7kGEHWGXAPQet5NG4EhB/a2"
    "xqgCewvlNvUF9kWEYvAsHY1M6QVsPngT6KklmJea2dE38AhmFs24d7pp5OuKtqkgaYO5lR"
    "4QmVA9c8LFHco72ku5uD9AUDRJVHKN8bhkG/Avm7QFigsortqM9WaSHUBxfY9ah3IaIGNq"
    "AnDF5TSO71lMQY3j67aOrQnNAi5etomMQtBa4I7ahFX5LEty5Ux0/B1iXCorlnEfB1UyVa"
    "803RTaBWz3tllxWWz30KeY8YsKyYAVBwVSEP5tGKrgcVQf/l35ka8XArsPobUU2ND6AnH1"
    "msTVy/dkqO+X6Md4nuFBL8b3RavzYcgjWR5MRCbUDDwb8GxOPnOAZwOeDdjgJ0fVWxiyYx"
    "qQAETBqwGvpvbA5vRqbNfcfSGsLYunREENTIN18mc+G5qtdxiujHOjm+bF3JMmVeW+xur2"
    "H9AOMmLr5sBARixkxLYzI5ZMNzkGttu8DUhXMKzJEzBigoHWaJt0Vnfi5JwgfZS3UTfsC3"
    "bfdEOWWAS0oolJO694EhE474hI8wBNQetqsuiPeO5myg+Gs6F76LnPE9Gb5NI+q3jK90aQ"
    "VgwEHqQVt07rkFYMdFhNAK44rZg69cVkFVMKoXWh6rDhirYrZJgbWS8Cq2u/tzbhVTp9lZ"
    "xXHBmBB6isyrKKnadBUnHV60wXQu/fkQ2XxXKH9Nfivq2oDZEL1KAIYArpDOBt1MuK674s"
    "+H7vRRNfiKsflWwprMFpEPKJv4N84qjfl+TEhF3DQ45MxC2tzJmB7OJTL25dcHHAxQFjHI"
    "zxBqIKucXg3tTEXgT3pgbuDSQWNzixeIAMS76TJdFiRmaCt7tpDo20b1i+LxPAEuIy9XBa"
    "IKO43NRL2TTto3zCkCC4hE1yCdGzLuPejlB6WLIArTcnPbROSmakp0FsE1z/5qIKrj+4/j"
    "Xxp3K6/uCkFuKkQlizVWFNXjU0RSHH5HYYzn/gbjfN90d+u5q4/olHjMfLk5kXJW2rEw1R"
    "twmin5USCXgoHX1Ctidb4QnZChIN1VkTcqDdGfG96ZifXnKu/FIdjmfz6WIwn+CLMkHcli"
    "zN6ffkx55guC2bkTmfTSt76Qr1omoW/ngtUmiK1nm1Q+715nMe+3X8FQY92BfRlHAznXye"
    "8rMZUZXgnQq3VAeT65sRT2X8KWSp3vRmM3JJF02T/P2pNxyRv+9EWXHf7eQa9n6DoCNDYh"
    "6bnVp7Ghc+sgz1KGW/LXd5Z4FcRBEqOdI+X5GvLwFFvhnwJdSWYOp4QAomwo9e5ylWZwtX"
    "58KWNaaLZgQc2+8oZjoiCtx0XWjLbBUZARM5p+KjssBP15mfhqr5tn3fDLXDefMQlWgsqh"
    "CVgKhETZheiEpAVKIpsNY2KjEinCj+hTeitUmPUCS07KZFKxRXRtCxkFBl7CL85PRSLAg6"
    "VBl0ABajfV5OFhaD9UVm/LRYomBLgs8DPk+DEAWfp3qfJzRxFoBv0AZsMcqs9QYczFbXZi"
    "1U2bpxY+sdhvcTut9N83mwQiw/T6F0PycAJ31w9p0muunJWqHewDuqyjuC9J+2p/9AKkoy"
    "oEWkorjDJ08CSlAE0k5iTiXk9pQPMp65jeMi/2FJyO+oT6AfMnm+X01DJk/y1NlMjhsyeY"
    "DVbhOqnoOfHdOABCAKcQKIE9SXZYXcqFPnRpHJsghI3W7aCul+SYF0s+8g3Yx/TKp/fzxc"
    "+v5YTuZYeriEGRyh48m9mSs+0pfvv5cQyU9nZ+/ffzx7+/7ixw/nHz9++PGtbw3Eb6WZBf"
    "3hZ2IZdIM+3eFAiqeieBglwWFw27dwk7yL8wwxjIvzxBgGuRU5cxujHgf3l9lkzAbXax9l"
    "M2TJ4v7LKbJZ2hrX+dudrUoEP25ly4olq+Yb8ti/5wxUFUFiEXxCREbsEO7oedvdMENBOo"
    "gewg072Cd/Bc0kmrIkUwIl0gF3sz72ZkEHrWIx+REZ8ktPWf2KVhtNe7hyuts1NhJS7cGh"
    "fdGSNnPRfOgw7PP9zVQbfUWaCRZul81Q7/Q4KsLZOnauLe7V7e1f6IW/EGfbvL3llvbZ27"
    "OL15xocrJlcpKoKMjg7jRF0Z7IJc7aGJp9v+GwJH3uX/6U199ub990IkiX/KijHAvIraoy"
    "t+oB/6w8LoHXvoUuwfuzDC7B+7NEl4Dcavy+VTpS1wSyfIh3bvjx1XD8+ZJz5ZfqdDEe0y"
    "uGrar0Cjs9rY7paGtjJ+DXZiy4mqYgUU1w6PZSEYWtsFhZGvOvVOu39SeTUcgv6A8jdMR4"
    "cd3nMfAU9312GiOUqVmiksdm99pDxlQUSt3QJETSPHPAGZIBSKOQuoxADkADEgBnLB7sZP"
    "LkiQfvJQDOeMKCtBHV+3yABmUA0iike0MkI557AQAzCuYaYU9Xfsz5yUekANbYroeGoRkM"
    "xyI52rCXqEe8gTwP4g0Qb2hwvOFOVmVzc5TaI6KQtl6f/GWIK0FcqVbxjW6RcaUyYyXDNd"
    "rqGn49a4owoiYzpyneqJsWO5H95oLhtM8YQ5lvEHcnG6bF4ZlAx5giztI4kbuZzOacJBrG"
    "DuuCE1Xu9tZ/JWn3Ax5nt7ddLKMr4g6tuTvN4M7OuU08clLGAw6Xtj+gHaOWPXDcHoRPqg"
    "2foF2u6InTvIXBk7MPHzKw8LhVIg1P732LWlj3yNANmbUyJKMcEWsh2sVnrznBJgzimpEh"
    "mDhNRKSOMnRqZrkW7ap7q4Ow0taMuaIvq6KxY6MbE42GlXbuYdfNQjgtquQ63L5bgEdsfz"
    "juTX/33XPfNxhNxp/7DAe9//uc74GDDg56nc4vrpvWG6Jl8M/BP68LwI33zx3kB5qtWtS3"
    "jPnm4QbdNL/c/ZGS0zajTz7VnjgqYXIPSLc4WeWwm8uZ+C0wkqJqik6QgOQaqiQf0cT+85"
    "pzADS7nKlxtnonK/iJ2HP2IhYhr7z4RyxVmm9i4m6xr6+piHPHH0cWTnpUIvm/dod9/8Fk"
    "MZ6/+t/XGZ15Cj9svH1K/53+PwZrsmvptQefMoNP+SgqNgPdtHo/X6Q1Md9KSv7AGAJjCI"
    "yhPMbQL9qKZQKRy6mGz7+0VRXl1vvcb8NWKa/PPDkc6qxrWWcNRRUlWhW6uFM0kYFvcvJT"
    "QKQe2U+tqrZuYJULbmqj3Psy/9+CX5BSFUeaVeIyWwwGPH9FGpm2JCG0rmuJC+wIXHCch+"
    "jrCFCjYtUB+64hwLoGUAzSdAZ/LwXsfa3Ze0WTHtBasFVLZhSBpSs5Kgt5lA3Q9CpXxkxI"
    "6CgLoWYaLds8VkTTEmi2fxzmOXpOOk0uJNUGnNO+HP63eboVHEoy8JpHTWNIMYAUA9jSvG"
    "1aZyxlsS3NofLj+7BYIJjSgWAKBFM6h4Ip0b3FGIEVxvZjyUGWJ6exEN777HCCyURFnEum"
    "kGIMV5wmbdCNcrlXmsGJnIVMi9OxRl6TVvSuutY1DHy8zKOYLnNvhOVJQ6yn7rEeOgocGG"
    "NaSHZrw1IQ98ng2G6RaeLph7kaJwMdlgKgMwDtTnf5IwNg8SQfZNewCFl+cDvNiX1BrVNJ"
    "41wRaZGrsM0TAQsLwfyRVkOGniVksKbmZGaXJVthpL1TEsRV07sJjHqKhdcmMj0yI//0Ls"
    "uU/NO75DmZ3AsDrOIRLBjIMnZHsGoxYeDV6syrQawk+UtrJmueqRwzzGlkNA8iUmAfsLaD"
    "o2xCXh4oKNUiaxYKLho6oiFGUP0hl97sWgC0LsPPB3psKcaRJSkDyt5Bfi+E2D8QsFkTc2"
    "ZcAwtSDcNb/shODm8FB//h8JY3jk5yfiPUGVdZZ2wbjOTWZPLAbV5nvvdI7uDs7fmPGcgD"
    "0ix5pzB6M7rR9P7lcgAdEWsBMVYBVbMPXubbgjosVo9KrFbtQ20iyUCWIMk6XgYs9JyLKG"
    "YKt2IGqpwrVgkQLG887figgFSFxwd5i2xjTw9ayybFTTCQaOac/OOiQNZnWgFINBe/gmDK"
    "rr+SKwU2KgxkPZD1QNbXi6yHwoa2aT1LYQOQ2R0gs+tDCDb+CO2mAF/qGdr8s64ZTNbUvd"
    "NNI0sRbQMUaesp0uRNkw6nyDZhA6XOiO9Nx/xUuJlOPk/52eySU5Bo4FcTdEMji7jpn5E8"
    "nIxn/inJWBzf6Q3mwy/D+e+XHD0bT7bo/HP6M66dzVJzEYEBkXqQgK3ajolY1sKdoW3zGu"
    "4hQfDJ62Omx70zqipLO0rDjhjot876bV7BCGyp1jGwjune4wwvIyUNLyQGeXjH5uFBgn7J"
    "nD/wwMnoN5MRzMIDuz7IcXqPyILNUWebo0anJYGWYUub2nNZwPCfmuEvk7TuIUOWNh0Gae"
    "3e6aaR1uK+TZmcNRDUVRLUj8gwc6aXBkTqTE0fm8tbxpm/5KPKgbDbvIXovnv7NosT9/Zt"
    "shNH7kWcOE21mLUoyWx9QKR6tv40Vl1hvHzMRqhyMfv2/w3DbEk="
)
