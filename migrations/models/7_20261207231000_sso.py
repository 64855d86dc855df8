from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "sso_codes" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "protocol" VARCHAR(8) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL,
    CONSTRAINT "uid_sso_codes_tenant__ab58cd" UNIQUE ("tenant_id", "code_hash")
);
CREATE INDEX IF NOT EXISTS "idx_sso_codes_tenant__95f148" ON "sso_codes" ("tenant_id", "expires_at");
COMMENT ON COLUMN "sso_codes"."protocol" IS 'SAML: saml\nOIDC: oidc';
COMMENT ON TABLE "sso_codes" IS 'A one-time code for one user of the tenant, stored as its SHA-256; exchanged once, within';
        CREATE TABLE IF NOT EXISTS "sso_configs" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "saml_idp_entity_id" VARCHAR(1024),
    "saml_sso_url" VARCHAR(2048),
    "saml_certificate" TEXT,
    "saml_attribute_mapping" JSONB NOT NULL,
    "oidc_issuer" VARCHAR(2048),
    "oidc_client_id" VARCHAR(512),
    "oidc_client_secret_ciphertext" TEXT,
    "jit_provisioning" BOOL NOT NULL,
    "provisioned_user_type" SMALLINT NOT NULL,
    "allowed_redirect_urls" JSONB NOT NULL,
    "enforce" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sso_configs_tenant__70c00f" UNIQUE ("tenant_id")
);
COMMENT ON COLUMN "sso_configs"."provisioned_user_type" IS 'SUPER_ADMIN: 1\nADMIN: 2\nINSTRUCTOR: 3\nLEARNER_INSTRUCTOR: 4\nLEARNER: 5';
COMMENT ON TABLE "sso_configs" IS 'One per tenant. The OIDC client secret is stored encrypted (`domain.sso.config`).';
        CREATE TABLE IF NOT EXISTS "sso_requests" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "protocol" VARCHAR(8) NOT NULL,
    "request_key" VARCHAR(128) NOT NULL,
    "redirect_url" VARCHAR(2048) NOT NULL,
    "nonce" VARCHAR(128),
    "code_verifier" VARCHAR(128),
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sso_request_tenant__0191d9" UNIQUE ("tenant_id", "protocol", "request_key")
);
CREATE INDEX IF NOT EXISTS "idx_sso_request_tenant__93b06c" ON "sso_requests" ("tenant_id", "expires_at");
COMMENT ON COLUMN "sso_requests"."protocol" IS 'SAML: saml\nOIDC: oidc';
COMMENT ON TABLE "sso_requests" IS 'A sign-in sent to the identity provider and not yet answered: the SAML AuthnRequest id';
        CREATE TABLE IF NOT EXISTS "sso_seen_assertions" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "assertion_id" VARCHAR(256) NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_sso_seen_as_tenant__67efc7" UNIQUE ("tenant_id", "assertion_id")
);
CREATE INDEX IF NOT EXISTS "idx_sso_seen_as_tenant__4d2f2d" ON "sso_seen_assertions" ("tenant_id", "expires_at");
COMMENT ON TABLE "sso_seen_assertions" IS 'A SAML assertion id already accepted, kept until the assertion expires: a replay of it';
-- Tenant-owned: row-level security as on every tenant table (5_*_tenancy.py).
ALTER TABLE "sso_codes" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "sso_codes" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "sso_configs" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "sso_configs" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "sso_requests" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "sso_requests" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "sso_seen_assertions" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "sso_seen_assertions" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
-- A code belongs to a user of its own tenant.
ALTER TABLE "sso_codes" ADD CONSTRAINT "sso_codes_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "sso_seen_assertions";
        DROP TABLE IF EXISTS "sso_codes";
        DROP TABLE IF EXISTS "sso_requests";
        DROP TABLE IF EXISTS "sso_configs";"""


MODELS_STATE = (
    "eJztXf1z4jjS/ldU/HIzbzFzM5mv3ezVVRHCzLJLIAdkZ/eOK8cYEXwxMuePJNzd/O+vJH"
    "/gD9nYxDbG01VbO8FWy/C0LHU/3Wr9t7XWF1gzX08xkYnVOkf/bRF5jekfkTtt1JI3m911"
    "dsGS5xpvavE2/Jo8Ny1DVlhXS1kzMb20wKZiqBtL1Qm9SmxNYxd1hTZUyd3ukk3Uf9tYsv"
    "Q7bK2wQW/845/0skoW+Amb3sfNvbRUsbYIfVd1wZ7Nr0vWdsOv9Yn1mTdkT5tLiq7Za7Jr"
    "vNlaK534rVXnN95hgg3Zwqx7y7DZ12ffzv2h3i9yvumuifMVAzILvJRtzQr83Lm0u9aSpO"
    "FoKk16U0lq5QBI0QkDV2VQs19/x77Cq7O37z+9/+Hdx/c/0Cb8a/pXPn1zHr0DxhHk8Ayn"
    "rW/8vmzJTguO8Q5UxcAMCUm24uBe0juWusZihMOSEaQXruhr748o7h7KacB7F3bI70ZbFd"
    "DTH7gYEW3rqjwF52n/qjeZdq6u2ePWpvlvjePXmfbYnTN+dRu5+uLjS3Zdpy+S84L5naCv"
    "/enPiH1Efx8Nexxe3bTuDP7EXbvp31vsO8m2pUtEf5TkRWB0elc91GjLndbtzeJArYclQe"
    "t10bqHUUDt7rffad3U7Lu4vrsr2RDr2msf0TJF6xC9HncaXctPkobJnbWiHz++S9Hqb51x"
    "9+fO+MXHdxFNDd07Z/zWtxC0/N8c0Hrti4H22K9MCNy3P77NgC5tlQgvvxfGd6PJRIxvj9"
    "hrjnGffieZKDiGtSdbHdYUIMP7HlnRbnVH4945YpIzMrnqDAbnyFzLmjYjF51Jv3uO5rKp"
    "KjPyZTz6eo7uDP1xRq7Ho3O0MXT61+BmQv/UbJNd7V31b67YHbxW7fWMdG8m0xG9oNimpa"
    "9bh2j1YxalRie3gE4/RlVKtWXZ5qFK3UlXqFZq8qoPuRXb6U77v1HVOtJUuTeT697wsndJ"
    "FWybG0yfuKiHSuSNKlErn0IkMLUvdF3DMhHPZxHJiE7mVLQspXirSAnzWgq8F6PRILTqX/"
    "SnEZxvri56FH8OP22kWo7D4lrkAQucv5PSSrcNbStp6loVGGWJfk6C9H7HR4C/C2VtlpVC"
    "XJ8d0Mwg/Y9Ocq3TQZkKJ5qbaTfnLHOoJfQ+iyX0PtkSes/mEOayL+8D/iW7MJeV+0fZWE"
    "ihO+HJ5h5vBSvAhSv5+dcx1mT+A+Pwu8xFZ6P+ircnaDR984aad7UlsNjxA3Ypl8MR6rE+"
    "mgrQv/T5M+H5RZ83FZxHPF/p+j19ukYND0PFz4Tqq9PfpdNdY186DzZqmG109dnvn4taz+"
    "2tqajhp41uPHuu4p00CSK2EupnetLaGL+1PltHr8hEvuM/iT2bPSm89gn4/N2qmMznB9ff"
    "Ygn9f7ixAskl4Q28VJ9a/4zw/JFW9P//BOq/SuofOKuSOStn3OdAeCfRRIwLpyvo7CWtZH"
    "OVB+KgTANBLsafC9F0ir4RGY6/TEbDhLCBLxEND6mKhf6HNNUsbYlv/WVpE4VhiOa2qlkq"
    "MV+z5/21LHc6BW6GUIgj8mB+cdX5PaqB7mB0EQ35sA4uomwRxGsbFrnLEq/VZNOSbPMgvU"
    "dlC9B8zYjCE1G0IEQb17SBH/T7g/QclgQt11nLIc8no1sT9qkO4fdrN2EX4ODEqOcoyHGE"
    "P+sGVu8IdZBjIUYxK7HLjjsxgJNYCXrZkB99Pzs8tOjvp78aO+GqbmfS7Vz2Wt+SGf0yGY"
    "4xVnRGNV7JqtYS8Byh++00tsNwW0pr2jQb59HqECQrim4T65Unjpg4osq18QItdQPJiC6t"
    "xk+IN6O6QNYKr5Eib0y00h9pc7JFOsG8FbrDlvk6Guot8TH7ky0jJAwTd/+8p63YvwGzEf"
    "iZSvkZTwOHpEd4snV2cVvXncnk62h8KY17tMk52sim+ajTOYOutNiakZtJbzzsXPXO+bD2"
    "6Kfj8w7ggyVD31wfDGy24ia9QCbybsXJiGlAAhAFK7hSKzg6cguA9cbtpgGgel8ghGrgda"
    "2TZ8FhF3gUnjqSPQn2g8oPmmr6nUpa9CdErmPmGQiuUw3gO4OH1yUPckGrxb4wbGB/R1x8"
    "l3QL0dqqvQFnQAjdgQTe1xOosw9Qp3it82rlQNgXAISzIQwZB+Xia9pGXogDIoByxrwOj6"
    "bIm3sQEzwI8ZqFZcKAn334kAFw2ioRcH5P4CNykERmxX4yLCRfnc/4IR/ircnNdW8sdS6v"
    "+kM6cmfE/etsRvrDyXR8052Oxufo3YwMep3xkDYNXn7vX6YPzkiTORbLu7NPH31jhX1Is1"
    "P4xrS4F//d7uXqD70rKgn0eHSKEva6xFEuPjdK0xVZy4XxTqJChDGpBuDihzG3sCWiW+pS"
    "VbhzK0owT9uYmNADbFDMvkEx+OVi4E/xU4JjHxFrgq2TFs3o/T4N4R1L9vODGYPR8IvXPJ"
    "oBGAs0LVTRnorPmi4nbQjdyUQgXzKhRoF+Obq5GPTQ9bjX7U/6bralHzPiN8ODe9zrDGKj"
    "m6/bDnPGuK+8MT1hB5B+Vef0qwBZmmfxjog1YUYr20IS0dKHIS4lx/0agHwpRAXP/E3gjT"
    "PkDCcRyDCZ1WoyM7FpMrNWepA1dSHJS0sUl0zXd1IfoPk6ax7ykJJn1+bmIUHtvqZpXfCy"
    "x7bXQ/ZZC3KlTipXKksNIAdmanTYz61NwvJ2uHJ+Y501CPnwLKDfYyEFmhOpKeunqSDNDf"
    "pyrqQ1Xs+xYa7UzTMBu+D9NShPL4bYnaHbm+IA+8K6u/J7aypqCjbcqMJzJ6/urqemgoWJ"
    "oWvauoByZn5HTYKq7FTXz7EkzdjN9r6kV+957Ux759xas86ONC6JKJwqwQs037Lta8ixId"
    "CL21u3iKUzKIa3t0glaCprVMeDqwltZ6zNl4J9c6U8Yn9qLkcwU24tZMhCPaPm0MniDKxs"
    "KT4J2VdlZj1Y+Mlq5UObR3HpS0ElZ+RyPLq+HH0dnqOFoW8W+iOZke7Pve6vF6Pfz5Gyws"
    "r9XH+i7TrTHm3jrt3Hz5nQNwl5EskVewIiULInRAgVUbKHLsx0dOhOwcwcqSshuQoTVvwr"
    "J5uxQjWiioO7iYtsUKQ6quxNrZdaiDQ0l3OGHc/AOdcE4Io5Z2Cbj05EOKilsRE+rlkoiU"
    "AAodQ9ubEEpv3bafk3g62y1RIBD97gycoE+AJABWSjAvzhn33wBkXALhAdTwPWFtSXqSmi"
    "YL9CfZnjg+p9gXz1ZWLrVkGg+rNHU5ENrth1K93jJLAkeBB+dsse52GXTZMlnqkT/IpxVI"
    "jnxSNNJfdtJCM3dbqNeJVOb4v/K17CEPEn/IRMiw6wBe1B2yLZpM1YAQBRQLOUZ+x3bHgX"
    "TlWCfeWBAoujbWx0E5ybip0bD/YYshkPw92J19nZaQ1GX1jxA/4ezMikN2H7+869N2FG0m"
    "uH1iMSF3ithNpKsOlDUnVW0oEeafG7zCA8kQx9c8MT+Gmj0t4O0HpYsoFaPxEtCzY+xNV8"
    "4LEncOLJiegXeK/izEbgvYD3At4LeK/jkTNdCvUdy1kTcDP+vXYaNaM4rdQKArqQyV1Pjg"
    "MyucuuYGrgvCZXSOYgA6FmNnTRFtfGUBXBqE0p1eVLQKGuDIW6gORJHsrNJXmg2kXTtC4g"
    "BaDaBXiwdXG2Ssw8VnTbMJ+9V5x3crLWQbUZxy5YIl/UhzHFE93pq1Q3VKGPFp22o9l3B5"
    "3h43rQWz8/GTxX8Fyb4bnyVyUHvl57qBia7QAZNuXkgNdrD8M3G75QSv1YpdSBnUkGvBB2"
    "Rt7IimoJ9rgn2hRBESAU44Sihh+w4Dy6RDz99gCmYHeNusaSpq5VgcObTCmEhABW4cFPhi"
    "UFSbQ8FF1cGlJ16sPKJWTc7Q66OETlCV2A3uusd9WUdoebRairtAo2ITk4cil7ARsK3Mae"
    "a6q5wgKWZh/mIVEoHJQDd4gxJlsOpxltghjj96j1LDHGIEue3SWISIFPAIUMIHhbq4Bi+3"
    "npx94LXgC0wXzX05oSMmchR6bDELz0S6DhzWBQ9VEQTmiX66hx5blCZgsRng2aq44ZUZv0"
    "6ofJCqg4f9y0i8+xlAPB7fb+BIw8dedhNwDkVEBOBdR1h7ruERGo6x6iJaCu+ynSs1DXHe"
    "q6V7bwnibzCXXdgaCrCcAV764A6qgWDn9ibXcRttlc/6rqu7vP3FPhHZz/Kp1/qOVe/paK"
    "2KjfHwUNyoA1ILCs/ekjO6hBEcAUAstgt9bLgjrAbo3Ps0WElbPuAD4FYMVR5eDyUl1V90"
    "hcqqnoBteZOpUOG2DZIPQXXsvc2Ik5EKH77TTnQXNbShvatHy/AZwEiBAe0R6AXdcnDi/s"
    "Cj7WrmDY2AIbLOoy9hsccIINFk3TepYNFkDXtICuOSm6JkuYkbmUUiGV3IL+bKM4nfJSsY"
    "OQQVr2cwiW5Mp44mGZkWyRqqqZF35qNH4LdMxRj6iDNL1iA18Qoi0DVdEUkhFckShgDCFb"
    "8AHqZU4d4AMkzhAF4BuNYDUAZWGEUTQ9QoC82gD5cWK4fEOxwKnwNhqnnMjt7WbOchY3a4"
    "z0JZKRgwR6MZU16gkOriZ/MhF79k+oQ7G21/SjNxppW0InAAspsqaZiDoWa3rPNCnaL0WH"
    "cZfzkIPCyWmJqr7pDKW+wcs5QcPmhLeiuu96Kx+6re5oOO0Np+feXDEjv/Uve6Nz9KAusD"
    "4jnZvLPv0k2wuVfrocdW+ueHOqD3vN23/tXZyjRzyfkUl3NL46R6aiG+sZmfYmfJ+rSdtM"
    "bsa/9f6gt2zjAW9pr5NJ/8vQ6Uk2TbqiOn1Net2pe7a64g3O4+92hZSOslM6/KGbNd8gIA"
    "K5BpBrUA70kGsAUWfINQCt5y3mCAw5sLc1RhXYW9hwUw9gi+cTg4fs6GxOL6Ao4XWgpwaA"
    "Hs+NY3doL8+Eaup20ySYyqSnLwz6pgs3F7l32mkU9Zy3qSC5BSoR1pPyBVIKNsI0k5xyf4"
    "Ck6Yqs5Rrjcckm4F82vQ1kIJCBtRnrp0kLARn4PWo9CxkItFULaKuToq2ykCuO91nM1iPH"
    "220UrxWbBVy8bBMbhaB1QztqElbl8yzJe4yi428f51LZtiL3cbCfqOqVpp1Cu4Dt3jQrLo"
    "vtHnoVM75RIRmw4mArGQTKTwxV8DiqD5TP/djXM4HdBdEaAKwwUB5aYCAFoS4pCOX7Mtz7"
    "S/RkPN9wrx/je6PVeTHskSIfJiITaga+Dfg2R586wLcB3was8KOj6i0M2TENSACi4NeAX1"
    "MrYIvwa2zX3n0mrg0KqQhRDUyEdfJovhi6vWkJnBnnRjvNj7ljTY6WAXuPt5AXWz8nBvJi"
    "IS+2mXmxbMLJMbDd5k1AuoJhzZ5AEZMMvMDrpNPNEyfnBOmDPI66YV+wC7cxVEXEQmu6nF"
    "SpxpOIwLlkIqcHaApal6Obi0EPXY973f6k7x4T73NF/Ca7tMstHvc6A0guBhIPkosbp3VI"
    "LgZKrCYAV5xczN36YnKLOYnQqHh1bA5Y4/UcG+ZK3RSB1ZXfW5PwKp3ASs4ujozAPWRWZb"
    "nFztMgtbjqdaYN4ffvyIbLYrlDEmxx71bUhsgFalAEMIWUBvA26mXFtZ8XgL/z4onPxNWP"
    "SzYAVmGgODgPQlbx95BVHPX8ktyYsHO4z5WJOKaVuTOQY3zs5a0NTg44OWCOgzl+gqhChj"
    "E4OODggIMD6cWNSC/uYsNSl6oiW8LoTPB2O82lUXYNy/dmAlhCbKYebgtkFZebfqmapn2Q"
    "VxgSBKfwlJxC/LRRaW8HKD0sWYDWTydFtE5KFqSoQXwTnP/TRRWcf3D+T9P5By+1GC8VQp"
    "vNCm32iKFrGjtcuCVw/wN322neP/bb1cT5TzyDXbwhOXZR0dcbpiHuOEEEtFIqgQ6lg88V"
    "92QrPFdcw7JBnFUhB9qtQa8zHvbG58iVn5H+cDId33SnI3pRZYjbiqU7/R79CBQKt2UL8u"
    "ezaWUnXaFeiG7Rl9di203xIq922L3OdNqjnl3vkoIe7ItpSroej76Me5MJU5XkHaU3I93R"
    "1fWgx2X8KWRGrjuTCbu0kU2Tff7c6Q/Y56Wsau53O7qGvd8gbbChCA8bT92BGhc+cDPqQc"
    "p+U+76LgK5iK2opkItpVxA+xKw1TcDvozckswNHZCSiemjF3m2rIuFq3NiyxrTRXMCju13"
    "EDcdEQV2ui7EZbZ9GQETOafio7LAUNeZoYa98017vwVqj+2bhbhEGaslxCXKQBXiEhCXgL"
    "hEM0CFuATEJczXA8aK0p94LVur9BhFQst2WrxCc2WkDRWSqoxehJ+cviELwg5Vhh2Ax2ie"
    "n5OFxxC9kRlfLZEoWJPg9YDXc0KIgtdTvdcTmjgLwDdoAzYEZaG5LlpwwMds9g6tG6Ja12"
    "58vSXwf0L322leD9WI5ecqlO7pBODkD85ecaKdnrAV6g38o6r8I0gBanoKEKSjJANaRDqK"
    "O3zyJKEERSD1JOZWQn5P+SDTmds4LPofloQcj/oE+yGb5/vVNGTzJE+dp8lyQzYP8NpNQt"
    "Vz8LNjGpAARCFSAJGCetCskB9VG+46Or8WganbTWMx3S0qkHP2PeScTdnXdn5iLMri32un"
    "RVgst1W26Eqrg+aartwjfYmoxgxFNbGJVIJkpGHT1MlP/l9/MpHfN1rp2gJZK4yoj6Dys1"
    "TR29evyesoi1xG//vjPvvjPM4jPevCfQaEcyquMw4OYQmGtj+as4MaFAFMBZhCaUk4sP74"
    "NG8ZB9bDWQ/J4/40qVg4ivp71HoWAj5k9GbOLw8aymAbAAEP5GZtuI1C0qDZ+w1UXIa858"
    "BEePjB6aqF1888BNzjgfq0q4YgXvoJ4CHMUrg1D9P9/JrkazIDyUZ88osRYbJPdP0U+PtP"
    "JuJd5uDWCuu2CEptB0yEVItlT+9eJSDcKiXcwAAswwAEGrMMVIHGLMFVYWjE8My2e8KTrT"
    "Ol2fpt1O1c3Aw64z/O0YOuyHNbk43tjHwZd66uOuNzdGfI67VszMigP5n2hv3hl3OkqSZd"
    "nqgeZmTc61zya4wE4Fcm173Or/ySucHyPb/2ddyf8kuPBh1v7Mrfbvp/P0f/ttX/RBfpI2"
    "2juFc17VBN+8K1VnWxCsw6cOqhXg0/4IPV6wvXWr2dt+eo83ZGOmf037MZuaCfL+jnC/r5"
    "gn7u0s9d+rlLP3fPDlHLWQatnCUq5SyqEwgRlRsiok+0hDWhf5mMhklGli8SJapVxUL/4x"
    "NHWWi3/rK0icKARHNb1eg0Y75mj/1rqyQdpEDOIEqPHEWDRO0w+cw6gMhR02MIEDn6HrWe"
    "JXIEMY5WGe5YmDHLimuEZwNkIXp0rOiRNxaLgDbQVQPAFcaQIq9unRKPWeCj62yidX59LE"
    "QSadFOC5KwiIOk+I0z5yK7BxH9yURL1TAttOsCvdANXrniZTjUwYMborTjQ7uakRkZcM47"
    "KKLoNlU2C5+YGNGhucIG/SATj2fggZXdIx9XuoYRdbSJhVbUydCNbcY4S2AXRSjSlK92za"
    "ERlgv17nsJsvx4dvbu3aezN+8+/vDh/adPH3544y868Vtpq89F/wtbgEKmGYRijhWKqVUJ"
    "gbrBfboeSdwRBZekjBcotuYc4pfsRAFj2AkN7l49PBLYCV3LndChabNAP7pB2YF7fOndcl"
    "Mnh9qrh9p7SDg0ItygneZO+2ebco+y/LqpiqaymnT8afkcT11RbMNwz6yOJf6F7oJjWkvH"
    "NKr7mCqSQ9oC0QZGtz++zxDc/vg+MbbNbkECYflmNjAsZaBaBwexZlt2i4ZYty1FFyUTUW"
    "T3p3cFpOs8gFuTaWfMK1S/DdWrPtvVqX63K1H9Pkrwp2ri3dmnj74S2Ic0/CdXncFAUHJW"
    "nEE5WcualjjCkzInT3lYFwFmQr5iOphJeYrfO5hQIj0ZsiJKpDNjLz/GISnAOQPObsVzp/"
    "55DjMiJgf10mMWRMDPjgGbHgWLiEIQDIJgtdcoBGjqiCgEaCBAc3xQDwvQHCdkMHDyxy7l"
    "bUsQLwjcbe89WJr+voW8zZh393UlW7wMJxdEC3WBdEL/w4j20eapbfQPNMcs0U1GbO1nJT"
    "zZdWd8stKd1BhA/6Ey8Vy84rvPlUZH+94XwFg4mAaEnjbs/7twSySXMXBaDzf6JdNe7z7w"
    "ZEEIcNQ0wOEqO24Ui8F3m6cZwqc7VQp9O2rYRgyi3XuQ0R7aCYBzlpCj6E0lmeM9ISmANQ"
    "qrM2NnRNNpDCDGuMWkI+zSlqcmHl1XyRoV4XQ9IyIfr+tJHcg51gr8shnHgHWWfa6ISDVm"
    "iEMBzFqjCiQUkFBAQjUD1BMkoZwtkK1kHmrgF47dT0U5aVUH7AJ1/Mi2Q//IZIH4YswPkG"
    "H8kdNvG8maxpuk7wM9pLNcTFNk12Uy3xRK3gvlnAGxVHejHbZ0QnXN00cVGD1gTU50AgbW"
    "BFiTBkwawJqUgSqwJsCaAGvSDFBPkDWZ6pastZJJE+d+OwtnYrGmB1Amsqa94gzH79fnPI"
    "fGv0DbLLAx1+mPRY8qHTy2hagZtGZpN9S8N7YsDSedQimi8+yUSpRFAd6jlrwHRN7BHKwp"
    "qmAOgjkI5mAzQD0lc9AZzQmJ3LubqYagO2Byp3H7OdOu2WZGMq7RC5Ug1QrkVL9ssxjY7b"
    "Q37Ayn0mXnD+nipvtrbzq5RYb+aMYswrIeNCPzLbq9dXV6e4soKramc0OTM0ltZOr0L8K3"
    "qBGLdnaHTfoAkypFX6NHWbXY81l7k2LOOs1ocrpZvnNbuccWGJ6nYXhCJnfuTG53gMdQS9"
    "+Kv5Nqkk1UxGZ8iKNBZnzdYQX/HGK8J7bmQ4wXYrwNmDSA1CsKVaCgqqGgjkOXJNbIzVAb"
    "t6KSuPuTevloclvGKt8GjjyE9N16sgme/sL4J1e79dpDidsMJW4Z6nFwk49u9drDua3cnI"
    "NzW6t5C07zBM8s57aCKQqmaFNM0cCygjX1ARsqFhEzruznX8dYk70zC8V4f8Xzla7fXzrd"
    "bTMAX89anTHcv5Vptl/IlrKayuZ9S2C6726mmu9z1kyyaLvMuW5cBNkbExsWenF7+2d+4c"
    "8sbGje3qKZffbm7ONLJJs8+KjImoYNtNQ1TX9kl5C1MnT7boWoJH/un/+rLr7d3ooy38p8"
    "lMDnSHcwcp/m+L04Ds/ka5Jdgnv6s/K4BF77BroE784yuATvzhJdAnYrwjlasmUL5m0G7/"
    "4y9zvp6sBubTBZuEcU50C8dd0bXvaHX86RKz8j45vhkF8xbEL4lUAJfP8gyl39+6WsangR"
    "naCy6O3txwx6exs1THd6Y7cirpyxlejXFiy4uq5hmSQ4dDupiMLmVKwsjflXqvXbLkajQc"
    "gvuOhH6IjhzdVFjwL/MkzNCyhkL2M8q83utQc2PgrlxtAVbJo4z0oZkgFIYxF7hxHIAWhA"
    "AuCMpStvFjnhDEgAnDE4ibKSyV0+QIMyAGkU0p0hkhHPnQCAGQVzgamnqz7kfOUjUgBrLC"
    "fPMHRD4FgkRxt2EvWIN7DnQbwB4g0nHG9YqkQ1VwepPSJagN7rSdbWXc0eJhBXgrjSsQE+"
    "+RSn/gKvNzr9etYYU0RNYbpTvFE7LXai+s0lw2mfMYYyXWG0VA3TQnQm2FBMMbJ0JKPr0W"
    "SKFNkwtvwoDoJub/2vpGxf0XF2e9umMhtN3uIFWuoGOnuPVvHISRkP2J+jdY9FJ33gp41K"
    "v0X+1CsInzw3fIIF+7NSoidYtD+rCcGTsw8fMrDwtFUiDc/vfYtaWHfY2BiqaGVIRjki1k"
    "C0i89ec4JNFMSF+FTmhPT4sFSDjrEtzFX3Vgdpri8Ec8WFSmRjK0Y3JhoNK20tJyvktBBO"
    "iyq5DrfvFtARe9EfdsZ/+O657xsMRsMvFwIH/eKPaa+TpIQVr+GTizkRyT6LQzkddQBZAm"
    "RJqN3hZEnARM2p9bBkA7V+IloGrgS4kroAfPJciYN8l+0r5X5+QgUdr0E7QxUdxWmbkR8Z"
    "649OwRkT3eON5Z1GymvKUFFiyk7AhuV9EpYbavLzJBwATV6lxiZLVaNPxAvf8gkxJMU/Yk"
    "ackpG0W9PiNXjc8YfYwsl6sdi/+hLJqDu6GU5f/N/LjMQKh/9ZRXGAS3kml8L/jcGa7OZ7"
    "7cG/z+DfP8iaLUA3be+lL9KY+HvFhR3AGAJjCIyh/cbQL/pcZAKxy6mGz7/0eQm74mPRlV"
    "0evmETHmOJ7X3PvW8F9rwXO+nCBpejWBUbeavpsgDfZDo1IFKPTLRG7Xw/wR1HtKmNFzkV"
    "0PrbTe+GbRtypEXbjSY33W6vd8kambaiYLyo63Yj2bLwepOrxmJQpDHmeWExN6avA0CNil"
    "UH7NsTAdY1gGKQpjP4Oylg72vN3mu6co8Xkk0sVbAhL13JUVnIaT0BTc9zZS+FhA6yEGqm"
    "0bLNY002LYnvvIjDPMVPSQfmhqSagHPam9P7fZpuBYcSPrzmUdMYUgwgxcDdKHqA1sOSoP"
    "W6aF2wlLnfHnbhfG8WCwRTWhBMgWBKa18wJVrnTRBYEZSCSw6yPDqNpXAduv0JJiOCkUum"
    "sI0xrjhP2uD1jNEL3eAnLJkW2lCNvGSt+F2y2OgU+PiWm2K6zF2UzJOGWE/dYz18FDgwxr"
    "SQ7NaGpSDuk8GxXWPTpNOPcDVOBjosBUBnANqd7vJHBsDiSTrl5uQiZPnBbZ1O7Av2nZU0"
    "zjWZbziW1nkiYGEhmD/S9vPhJwUboqk5mdkVyVYYaW+VBHHV9G4Co55i4TWJTI/MyD++zT"
    "Il//g2eU5m98IAEzqCJQNbxvYAVi0mDLxanXk1iJUkv2mnyZpn2o4Z5jQymgcRKbAPRKX5"
    "OJuQlwcKSjXImoUNFyc6oiFGUE2MQDQnFwCty/D3Aj02AGPvC4RAjqxJGWD2Dlx8Jsb+wY"
    "2nNTNnBzawJNUwwOWP7eQAV3D47w9weQPpKAdtwk7jKnca24YgvTWZPnCb15nxPZA9OHvz"
    "/ocM9AFrlly3jd+Mlv3efbkcQEfEGkCNVUDW7MKX+QqCh8XqsRerUVXBTawY2JIUdUOXAQ"
    "s/5aKKhcKNmIEqZ4sJA0Lkj6cd5hSQqvAwJ2+RPdmznBaqyXGTDCybOSf/uCjQ9ZlWABbP"
    "pV9BMlXXYcmVBBsVBroe6Hqg6+tF18PWhqZpPcvWBqCzW0BnnxSdncwI1uFA81MBvtQTzX"
    "tPG90QsqbunXYaWYp5myqqLsG54DU9F3x/kuwplFBqDXqd8bA3lq7Hoy/j3mRyjjQsG/Sr"
    "SRtDZ4u46Z9Y3R8NJ/6Z1VSc3ul0p/3f+tM/zhE/qVC1+Pxz/BPHnXKpuYjAgEg9SMBGFW"
    "RilrW0NPR1XsM9JAg+eX3M9Lh3xlVl6Qdp2BED/dZZv6e3ZQSKqrUMqmNefVzgZaQk4oXE"
    "IBPv0Ew8SNEvmfMHHjgZ/dNkBLPwwK4PcpjeI7Jgc9TZ5qjReUmgZShqU3suCxj+YzP8ZZ"
    "LWE1Pvsr3eAtbau9VOo61NU+ebxTPWrumwqjGv2PSImBQ/pJnVkbFNVm5myY8xcrBqI9PS"
    "2fFE7BAjy0STnzuvzj58/AnhJ2UlE/pjqKBCH/GoWiuVRF2j8p40I6yRudINC2nqkl5f8u"
    "I4vGNLv8ck48FI7GtJK9lcCc6dDpfJgUOoj8TVbwzd0hU9Iad5P0MRlK81Zz/pXA3O2QFi"
    "2oyM+pfdc6SrC+UQviFL1nNyynMs33n3kghVkGSQB4TqjPuBfm/x1XDA6U2GvrlOb41cob"
    "pp/US0nMkXopbJQQluJjAaJ6Ff8HWLswVDb42RD9OABCAK7MHRtruzcVgArDduNw0A1fsC"
    "IVQDr2vtGBmyVO9aSZwMv9nez8qwdjlqCm8Yf8FH2ms0XWHE/ECkaCqr/+tsmkOq6XElmC"
    "jGdkMHBXpxu9DXFOfX9KGvnYfevhSXGC78CXtIFtgLfkzyhLEJVAsbiapXtbY5S9qKpRsY"
    "w35zlsWbZ82So9j8ZmSPLMOPzQM5t+RH5ZqHeFlb8zlyCjYsdakqFJs46imbkgWyTUC+6i"
    "3JHEfZol9qbltYWtMlkn29mCaSk3aTe4Ac3nR1HZDDy0hmSTVNW2SwJs9REbEmvCjVTFEc"
    "OMfgyrkcxyWbh/qHt1l2DdBWiZjze8mQP6tuxd6OmqCQqteLf6kW25XyoJr0iwpXitRaFi"
    "LxCota+FdOtqqFDx474JT54xy2mBKoL5Yp2Cruqzoy7kM+ZbQmN9e9sdS5vOoPqScwI+5f"
    "ZzPSH06m45vudDQ+R+9mxNtTFbz83r9MH5wxVOu4fO/OPn30vT32Ic3Rm1x1BoO45mRN0x"
    "95TZGFamDFYv5Crt1RiR3Uw85qVMEkTJa6IapgsqdSjy8Fk1qOSQ2C6ckTUHOD6VBJpGla"
    "FwRfoZIIRArrEtQ6tTzjMaZQmsICGYG77X1xLcNpmDnh2KQj5JVKkMmiTJbOE3/VhRNVQN"
    "xnWGADyWSBiG6hLbbo3+YjpmbpOW/LUiNRx7ZWxP2KSI1txCzpMTPy4nElW+j2tk+vOicc"
    "TfXbW7S26X2G4UukG464k7TsZTbzyNrtLdshi29vndRl9Liij2PfjX5H2jdrNzf0R5a3LC"
    "8tbDAtmz/R7+WIs2xpCqqO7jHeOKnRhCVC8x9x/Wu3h1ixGap/I2PCczAb1tWidI+3kP5c"
    "1wgepD8fO/05+JoIlZCw1zosVmfsDw2bnmVBmrZKDpqeCdDeURH54A7LNRDvsiISfEXJg7"
    "Uv0AS6u4IxzfdCeAt1HqBjggB4NsCB/WkYDwBbKSDVHugeoHuA7slD90wwJh3TZDlt/MeL"
    "SJ9wm/Y+6sekzSXZa5+ZAeLUii+G1AWSNbYSbZGsKJilGLfRPf0X2cRSNc6f7Fq70/M5kp"
    "GBN5q8ZRSLagkYoDIeMyOqSS8s2V6sjCyL36coAxqolZpQKyEt5bDKo3JNdDU/ZClZR1sl"
    "O5ofYkXrwD4D+wzsM7DPwD7jyHewoSorkVXm3km1xeRdmzJL1YNFUqVF8oANM+epkgGRRt"
    "ohHzLZIR9S7JAPUTuEvVR5zD2neQPRffvmTaZtb29Sdr29iZPdxBKeQZ2chhoQqT7x9DhW"
    "XWEppjEbocrF7Nv/AwCJD58="
)
