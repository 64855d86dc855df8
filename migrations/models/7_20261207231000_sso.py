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
    "eJztXftz27jx/1cw+qXJd5Q0cV53uk5nZFnJ6U6WXD0ud606NEVBFmuKVPmwrbb5378A+B"
    "AfIEXKJEUyO3NzsUgsKH0WBHY/u1j8t7XVVlgxXs+wKqpmq4P+21LFLSZ/hO60UUvc7Q7X"
    "6QVTXCqsqcnasGvi0jB1UaJdrUXFwOTSChuSLu9MWVPJVdVSFHpRk0hDWb07XLJU+d8WFk"
    "ztDpsbrJMb//gnuSyrK/yEDffj7l5Yy1hZBb6rvKLPZtcFc79j1waq+Zk1pE9bCpKmWFv1"
    "0Hi3Nzea6rWW7d94h1Wsiyam3Zu6Rb8+/XbOD3V/kf1ND03sr+iTWeG1aCmm7+cuhcO1li"
    "CMxjNh2p8JQisDQJKmUnBlCjX99Xf0K7y6ePv+0/sf3n18/wNpwr6md+XTN/vRB2BsQQbP"
    "aNb6xu6Lpmi3YBgfQJV0TJEQRDMK7hW5Y8pbzEc4KBlCeuWIvnb/COPuopwEvHvhgPxhtJ"
    "UBPfmBq7Gq7B2VJ+A8G1z3p7Pu9Q193NYw/q0w/LqzPr1zwa7uQ1dffHxJr2vkRbJfMK8T"
    "9HUw+xnRj+jv41GfwasZ5p3OnnhoN/t7i34n0TI1QdUeBXHlG53uVRc10vKgdWu3OlHrQU"
    "nQelW07mLkU7vz7Q9aNxTrLqrv3kbU+bp224e0TNA6Ra/nnUa34pOgYPXO3JCPH98laPW3"
    "7qT3c3fy4uO7kKZGzp0LdutbAFr2bwZo3fb5QHvuVyYA7tsf36ZAl7SKhZfdC+K7U0SVj2"
    "9ftbYM4wH5TqIq4QjWrmx5WBOAdPd7pEW71RtP+h1EJRfq9Lo7HHaQsRUVZaFedqeDXgct"
    "RUOWFuqXyfhrB93p2uNCvZmMO2ina+Sv4XxK/lQsg17tXw/m1/QO3srWdqH25tPZmFyQLM"
    "PUtq1TtPoxjVLDk5tPpx/DKiXaMi3jVKUepEtUKzF55YfMiu32ZoPfiGptaaLc+fSmP7rq"
    "XxEFW8YOkyeuqqEScScLxMonEHFM7UtNU7Co8uezkGRIJ0siWpRS3FWkgHktAd7L8XgYWP"
    "UvB7MQzvPryz7Bn8FPGsmm7bA4FrnPAmfvpLDRLF3ZC4q8lTlGWayfEyN93PHh4O9AWZll"
    "JRfX5wA0NUj/o6mZ1mm/TIkTzXzWyzjLnGoJvU9jCb2Pt4Te0zmEuuzre59/SS8sRen+Ud"
    "RXQuBOcLK5x3vOCnDpSH7+dYIVkf3AKPwOc9Hdyb/ifQ2Npm/uUHOvtjgWO37ADuVyOkJ9"
    "2kdTAfqXtnwmPL9oy6aC84iXG027J09XiOGhy/iZUH21+7uyu2vsS+fCRgyznSY/+/1zUO"
    "s7vTUVNfy00/Rnz1WskyZBRFdC7UKLWxujt7YX2/AVURXv2E+iz6ZPCq59HD7/sCrG8/n+"
    "9TdfQv8fTqxAcEh4Ha/lp9Y/Qzx/qBX5/z+B+i+T+gfOqmDOyh73GRA+SDQR49zpCjJ7CR"
    "vR2GSB2C/TQJDz8ecCNJ2k7XiG4y/T8SgmbOBJhMNDsmSi/yFFNgpb4lt/WVuqRDFES0tW"
    "TFk1XtPn/bUodzoBbopQgCNyYX5x3f09rIHecHwZDvnQDi7DbBHEaxsWuUsTr1VEwxQs4y"
    "S9h2Vz0HzFiMKaKJoToo1qWscP2v1Jeg5KgparrOWA55PSrQn6VKfw+5WbsHNwcCLUcxjk"
    "KMKfNR3LdypxkCMhRj4rcciOqxnAcawEuayLj56fHRxa5PeTX43tcFWvO+11r/qtb/GMfp"
    "EMxwRLGqUar0VZaXF4jsD9dhLboTsthS1pmo7zaHVVJEqSZqnmK1ccUXFElGvhFVprOhIR"
    "WVr1nxBrRnSBzA3eIkncGWijPZLm6h5pKmat0B02jdfhUG+BjzmebBkiYai48+c9aUX/9Z"
    "mNwM+Uys+4GjglPcKVrbKL27rpTqdfx5MrYdInTTpoJxrGo0bmDLLSYnOhzqf9yah73e+w"
    "Ye3ST+fnHcAHi4e+uT4Y2Gz5TXq+TOTDipMSU58EIApWcKlWcHjk5gDr3OmmAaC6XyCAqu"
    "91rZJnwWDneBSuOuI9CfqDig+aKtqdrLbITwhdx9Qz4FwnGsB3OguvCy7knFarY2FY3/6O"
    "qPgh6RaitWV7A/aA4LoDMbyvK1BlH6BK8Vr71cqAsCcACKdDGDIOisXXsPSsEPtEAOWUeR"
    "0uTZE19yAieBLiFQvLBAG/+PAhBeCkVSzg7B7HR2Qg8cyK42RYQL48n/FDNsRb0/lNfyJ0"
    "r64HIzJyF6rz18VCHYyms8m8NxtPOujdQh32u5MRaeq//N67TB6ckiazLZZ3F58+esYK/Z"
    "Bkp7CNaVEv/rvdyzUYuVdk1dfj2SlK2OsSRTn/3ChFk0QlE8YHiRIRxmo5AOc/jJmFLaia"
    "Ka9liTm3vATzpI2JMT3ABsX0GxT9Xy4C/gw/xTj2IbEm2DpJ0Yz+77MA3pFkPy+YMRyPvr"
    "jNwxmAkUDTSubtqfisaGLchtCDTAjyNRVqFOhX4/nlsI9uJv3eYDpwsi29mBG7GRzck353"
    "GBndbN22mTPKfWWN6XE7gPSrKqdf+cjSLIt3SKwJM1rRFhKPlj4NcSE+7tcA5AshKljmbw"
    "xvnCJnOI5AhsmsUpOZgQ2DmrXCg6jIK0Fcm7y4ZLK+4/oAzVdZ85CHFD+7NjcPCWr3NU3r"
    "nJc9sr0ess9akCtVq1ypNDWAbJiJ0WE9tzYJzdthyvmNdtYg5IOzgHaPuRRoRqRmtJ+mgr"
    "TUycu5EbZ4u8S6sZF3zwTskvXXoDy9CGJ3umbt8gPsC+3u2uutqahJWHeiCs+dvHqHnpoK"
    "FlZ1TVG2OZQz8zpqElRFp7p+jiRpRm62jyW9us9rp9o759SatXekMUlE4JRVvELLPd2+hm"
    "wbAr24vXWKWNqDYnR7i2QVzUSF6Hh4PSXt9K3xkrNvrpBHHE/NZQimyq2FDFmoZ9QcOpmf"
    "gZUuxScm+6rIrAcTP5mtbGizKC55KYjkQr2ajG+uxl9HHbTStd1Ke1QXau/nfu/Xy/HvHS"
    "RtsHS/1J5Iu+6sT9o4a/f5cya0XUyeRHzFHp8IlOwJEEJ5lOwhCzMZHZpdMDND6kpArsSE"
    "Fe9KbTNWiEZkfnA3dpH1i5RHlb2p9FILkYbmcs6w4xk454oAXDLnDGzz2YkIG7UkNsLDNQ"
    "0l4QsgFLonN5LAdHw7LftmsFW2XCLgwR08aZkATwCogHRUgDf80w9evwjYBbzjacDagvoy"
    "FUUU7FeoL3N+UN0vkK2+TGTdyglUb/ZoKrL+FbtqpXvsBJYYD8LLbjniPByyadLEMzUVv6"
    "IcFWJ58UiR1fs2EpGTOt1GrEqnu8X/FSthiNgTfkKGSQbYivSg7JFokGa0AAAvoFnIM447"
    "NqwLuyrBsfJAvsXR0neaAc5Nyc6NC3sE2ZSH4R7Eq+zstIbjL7T4AXsPFuq0P6X7+zrum7"
    "BQk2uHViMS53utuNqKsekDUlVW0okeaf67zCA8EQ99c8MT+Gknk95O0HpQsoFar4mWORsf"
    "omo+8dgTOPGkJvoF3is/sxF4L+C9gPcC3ut85ExXkoiLFkvP+G+3E0+nZQ2zUDTPiey6R9"
    "SeUjD5oAcoigxHpORMg0wHX0YCJUIMMvkJlAq56U+m41F32EE7rBuaKirVIDsg+77YkPuD"
    "LGaB12neRHRzH7pwUDMQoc0gQsWlrMimnO285oAQ7P8I8CZwZDOw0+26s9NAXhZGXsLB3N"
    "+LpuFg7u9ByxCMaEEwoqKIQjACghHnB7VOwYgegfqObqDnRCK8e+2kMIRkt5JL2F0GZWWq"
    "GWMAYrvo49R0nNXkCsicZCBUzIbO2+La6bLEGbUJ54Z4EnBqSIpTQ4DTix/KzeX0oPR207"
    "TOIQWg9DZ4sFVxtgosgyJplm48u3At66S21kG55U8csHi+qAdjgid60FehbqhEHs1xQw3F"
    "ujspP87xoPcCZMeB59osz5W9KhnwddvD8WXpTrOnU04GeN32MHzT4QvnuqaJYBZxriuwM/"
    "GA58LOiDtRkk1Owd1Ym8IvAoRilFBU8ANWMuDptQcwOaW+5C0WFHkrcxzeeEohIASwRmE1"
    "TFE3BT+JloWii0pDqk51WLmYBMvDqdunqDymC9B7lfUuGwI7cJ2j7cRy+gG5Esvpu4xCba"
    "vpE+B21lKRjQ3msDTHMA+IwikGGXCHGGO85VDPaBPEGL9HraeJMfpZ8vQuQUgKfAKoqgzB"
    "20oFFNvPSz92X/AcoPXnu9ZrSkidhRyaDgPwki+BRvPhsOxzqe3QLtNR484KCZgtqvzck1"
    "3nqtykVz9IVsDxt+dNu/gcSTng3G4fT8DIcggu7AaAnArIqYBDZuGQ2ZAIFBkJ0BJwyGwd"
    "6Vk4ZBYOmS1t4a0n8wmHzAJBVxGAS95dAdRRJRz+2INmedimc/3LOmzWeeaR42bB+S/T+Y"
    "eDZYvfUhEZ9cejoH4ZsAY4lrU3faQH1S8CmEJgGezWallQJ9it0Xk2j7By2h3AdQCWH1X2"
    "Ly/lHTEbiks1FV3/OlOl0mFDLOoq+YU3IjN2Ig5E4H47yXlQnJbCjjQt3m8AJwEihGe0B2"
    "DXdc3hhV3B59oVDBtbYINFVcZ+gwNOsMGiaVpPs8EC6JoW0DW1omvShBmpSynkUsnN7882"
    "itMpLhXbDxmkZT+HYImvjMcflinJFqGsmnnBp4bjt0DHnJOOgTS9vNP0IERbSH2l6BSSEl"
    "yeKGAMIVvwAaplTp3gA8TOEDngG45gNQBlboSRNz1CgLzcAPl5YrhsQzHHqXA3Gse7Ed5u"
    "5qNuQ6uLaGOkrZGIbCTQi5moEE9weD39k4Hos39CXYK1tSUf3dFI2qpkAjCRJCqKgYhjsS"
    "X3DIOg/fJ1K6Sgwh5yUjg5KVHVM52h1Dd4OTU0bGq8FdV511vZ0G31xqNZfzTruHPFQv1t"
    "cNUfd9CDvMLaQu3Orwbkk2itZPLpatybX7PmRB/WlrX/2r/soEe8XKjT3nhy3UGGpOnbhT"
    "rrT9k+V4O0mc4nv/X/ILcs/QHvSa/T6eDLyO5JNAyyotp9Tfu92WA8Ig2x5A7O8+92hZSO"
    "olM6vKGbNt/AJwK5BpBrUAz0kGsAUWfINQCtZy3mCAw5sLcVRhXYW9hwUw1g8+cT/YfsaH"
    "ROz6Eo4Y2vpwaAHs2No3dIL8+EauZ00ySYiqSnL3XypnM3Fzl32kkU9ZK1KSG5BSoRVpPy"
    "BVIKNsI0k5xyfoCgaJKoZBrjUckm4F80vQ1kIJCBlRnr9aSFgAz8HrWehgwE2qoFtFWtaK"
    "s05Irtfeaz9cj2dhvFa0VmAQcvy8B6LmjNSUdNwqp4niV+j1F4/B3jXErbVuQ8DvYTlb3S"
    "tBNoF7Ddm2bFpbHdA69iyjcqIANWHGwlg0B5zVAFj6P8QPnSi309E9hDEK0BwHID5YEFBl"
    "IQqpKCULwvw7y/WE/G9Q2P+jGeN1qeF0MfyfNhQjKBZuDbgG9z9qkDfBvwbcAKPzuq7sKQ"
    "HlOfBCAKfg34NZUCNg+/xnLs3Wfi2qCQChdV30RYJY/mi65ZuxbHmbFvtJP8mDva5GwZsP"
    "d4D3mx1XNiIC8W8mKbmRdLJ5wMA9tp3gSkSxjW9AkEMUHHK7yNO908dnKOkT7J46ga9jm7"
    "cDtdlngstKKJcZVqXIkQnGsqUj9AE9C6Gs8vh310M+n3BtOBc0y8xxWxm/TSIbd40u8OIb"
    "kYSDxILm6c1iG5GCixigBccnIxc+vzyS1mJEKj4tWROWCLt0usGxt5lwdW115vTcKrcAIr"
    "Prs4NAKPkFml5RbbT4PU4rLXmTaE378jGy6N5Q5JsPm9W2EbIhOofhHAFFIawNuolhXXfl"
    "4A/s6NJz4TVy8u2QBYuYFi/zwIWcXfQ1Zx2POLc2OCzuExVybkmJbmzkCO8bmXtzY4OeDk"
    "gDkO5ngNUYUMY3BwwMEBBwfSixuRXtzDuimvZUk0udEZ/+12kksjHRoW7834sITYTDXcFs"
    "gqLjb9UjYM6ySvMCAITmGdnEL8tJNJbycoPSiZg9brkyJaJSVzUtQgvgnOf31RBecfnP96"
    "Ov/gpebjpUJos1mhzb6qa4pCDxducdx/3912kvePvXYVcf5jz2Dnb0iOXJS07Y5qiDlOEA"
    "EtlUogQ+nkc8Vd2RLPFVewqKv2qpAB7daw352M+pMOcuQX6mA0nU3mvdmYXJQp4pZkana/"
    "Zz8ChcBtWpz8+XRaOUiXqBdVM8nLa9LtpniVVTv0Xnc26xPPrn9FQPf3RTUl3EzGXyb96Z"
    "SqSnCP0luovfH1zbDPZLwpZKHedKdTemknGgb9/Lk7GNLPa1FWnO92dg27v0HYYV3iHjae"
    "uAM1KnziZtSTlP2m2PWdB3IeW1ENiVhKmYD2JGCrbwp8KbklGDsyIAUDk0evsmxZ5wuX58"
    "QWNabz5gRs2+8kbjokCux0VYjLdPsyfCZyRsWHZYGhrjJDDXvnm/Z+c9Qe2TcLcYkiVkuI"
    "SxSBKsQlIC4BcYlmgApxCYhLGK+HlBUlP/FGNDfJMYqYlu2keIXiyAg7IiSUGb0IPjl5Qx"
    "aEHcoMOwCP0Tw/Jw2PwXsjU75aPFGwJsHrAa+nRoiC11O+1xOYOHPA128DNgRlrrnOW3DA"
    "x2z2Dq25Kps3Tny9xfF/AvfbSV4P0Yjp5SoU7un44GQPTl9xop2csBXoDfyjsvwjSAFqeg"
    "oQpKPEA5pHOoozfLIkofhFIPUk4lZCfk/xIJOZWz8t+h+UhByP6gT7IZvn+9U0ZPPET531"
    "ZLkhmwd47Sah6jr46TH1SQCiECmASEE1aFbIj6oMdx2eX/PA1OmmsZgeFhXIOfsecs5m9G"
    "vbPzESZfHutZMiLKbTKl10pdVFS0WT7pG2RkRjuiQb2ECyikSkYMPQ1J+8v/5kIK9vtNGU"
    "FTI3GBEfQWZnqaK3r1+rr8MschH9H4/7HI/z2I90rQvnGRDOKbnOODiEBRja3mhOD6pfBD"
    "DlYAqlJeHA+vPTvEUcWA9nPcSP+3pSsXAU9feo9TQEfMDoTZ1f7jeUwTYAAh7IzcpwG7mk"
    "QdP3G6i4FHnPvonw9IPTZRNvn3kIuMsDDUhXDUG88BPAA5glcGsupsf5NcHTZAqSTfXIL0"
    "qEiR7R9ZPv7z8ZiHWZgVvLrds8KLUDMCFSLZI9fXiVgHArlXADA7AIAxBozCJQBRqzAFeF"
    "ohHBM93uCVe2ypRm67dxr3s5H3Ynf3TQgyaJS0sR9f1C/TLpXl93Jx10p4vbragv1OFgOu"
    "uPBqMvHaTIBlmeiB4W6qTfvWLXKAnArkxv+t1f2SVjh8V7du3rZDBjlx51Mt7olb/NB3/v"
    "oH9b8n/Ci/SZtlHcy4pyqqY94UqrOl8Fph041VCvgh/wyer1hCut3u7bDuq+XajdC/LvxU"
    "K9JJ8vyedL8vmSfO6Rzz3yuUc+9y5OUctFCq1cxCrlIqwTCBEVGyIiTzS5NaF/mY5HcUaW"
    "JxImqmXJRP9jE0dRaLf+srZUiQKJlpaskGnGeE0f+9dWQTpIgJxClBw5CgeJ2kHymXYAka"
    "OmxxAgcvQ9aj1N5AhiHK0i3LEgY5YW1xDPBshC9Ohc0SN3LOYBra+rBoDLjSGFXt0qJR7T"
    "wEfP3kRr//pIiCTUop0UJKERB0HyGqfORXYOIvqTgdaybpjo0AV6oemscsXLYKiDBTd4ac"
    "endrVQF+qQcd5+EUmziLJp+MTAiAzNDdbJB1F1eQYWWDk88nGjKRgRR1s10YY4GZq+Txln"
    "8e2iCESastWuOTXCcinffS9Blh8vLt69+3Tx5t3HHz68//Tpww9vvEUneitp9bkcfKELUM"
    "A0g1DMuUIxlSohUDW46+uRRB1RcEmKeIEia84pfslBFDCGndDg7lXDI4Gd0JXcCR2YNnP0"
    "oxuUHXjElz4sN1VyqN16qP2HmEMjgg3aSe60d7Yp8yiLr5sqKTKtSceels3x1CTJ0nXnzO"
    "pI4l/gLjimlXRMw7qPqCI+pM0RbWB0++P7FMHtj+9jY9v0FiQQFm9mA8NSBKpVcBArtmU3"
    "b4g1y5Q0XjIRQfZ4epdPusoDuDWddSesQvXbQL3qi0Od6neHEtXvwwR/oibeXXz66CmBfk"
    "jCf3rdHQ45JWf5GZTTragosSM8LnOyzsM6DzBj8hWTwYzLU/zewYQS6fGQ5VEinRp72TEO"
    "SAHOKXB2Kp7b9c8zmBEROaiXHrEgfH52BNjkKFhIFIJgEASrvEYhQFNFRCFAAwGa84N6Wo"
    "DmPCGDoZ0/diXuW5x4ge9u++jB0uT3rcR9yry7rxvRZGU4mSBaySukqeQ/jEgfbZbaRv5A"
    "S0wT3URE135awpNet8cnLd1JjAH0HyITzcXLv/tMaXSk72MBjJWNqU/oaUf/fwi3hHIZfa"
    "f1MKNfMKzt4QNLFoQAR0UDHI6yo0YxH3yneZIhXN+pkuvbEcM2ZBAd3oOU9tBBAJyzmBxF"
    "dypJHe8JSAGsYVjtGTslmnZjADHCLcYdYZe0PDXx6LpS1qgQp+saEdl4XVfqRM6xUuAXzT"
    "j6rLP0c0VIqjFDHApgVhpVIKGAhAISqhmg1pCEsrdAtuJ5qKFXOPY4FWWnVZ2wC9T2I9s2"
    "/SOqK8QWY3aADOWP7H7bSFQU1iR5H+gpnWVimkK7LuP5pkDyXiDnDIilqhvtsKUTqmvWH1"
    "Vg9IA1qekEDKwJsCYNmDSANSkCVWBNgDUB1qQZoNaQNZlppqi04kkT+347DWdi0qYnUCai"
    "orxiDMfvNx2WQ+NdIG1WWF9q5MeiR5kMHstExAza0rQbYt7re5qGk0yh5NF5ekolzKIA71"
    "FJ3gMi72AOVhRVMAfBHARzsBmg1skctEdzTCL34WaiIegMmMxp3F7OtGO2GaGMa/RCVpFs"
    "+nKqX7ZpDOx21h91RzPhqvuHcDnv/dqfTW+Rrj0aEYuwqAct1OUe3d46Or29RQQVS9GYoc"
    "mYpDYyNPKXyraoqSbp7A4b5AEGUYq2RY+ibNLn0/YGwZx2mtLkdLJ8l5Z0j00wPOtheEIm"
    "d+ZMbmeAR1BL3op/kGqSTZTHZnyIo0FmfNVhBf8cYrw1W/Mhxgsx3gZMGkDq5YUqUFDlUF"
    "DnoUtia+SmqI1bUknc40m9bDQ5LSOVb31HHkL6bjXZBFd/Qfzjq9267aHEbYoStxT1KLjx"
    "R7e67eHcVmbOwbmt5bwF9TzBM825rWCKginaFFPUt6xgRX7Auox5xIwj+/nXCVZE98xCPt"
    "5f8XKjafdXdnf7FMBXs1ZnBPdvRZrtl6IpbWaicd/imO6Hm4nm+5I2E0zSLnWuGxNB1s7A"
    "uole3N7+mV34Mw0bGre3aGFdvLn4+BKJBgs+SqKiYB2tNUXRHuklZG50zbrbICLJnvvn/8"
    "qrb7e3vMy3Ih/F8TmSHYzMpzl+L47DM/maeJfgnvysLC6B276BLsG7ixQuwbuLWJeA3gpx"
    "jqZoWpx5m8J7vMz9Qbo8sFs7rK6cI4ozIN666Y+uBqMvHeTIL9TJfDRiV3RLVdkVXwl87y"
    "DKQ/37tSgreBWeoNLo7e3HFHp7GzZMD3qjt0KunL4XyNfmLLiapmBRjXHoDlIhhS2JWFEa"
    "866U67ddjsfDgF9wOQjREaP59WWfAP8ySM1zKGQ3Yzytze62BzY+DOVO1yRsGDjLShmQAU"
    "gjEXubEcgAqE8C4IykK+9WGeH0SQCcEThVaSOqd9kA9csApGFID4ZISjwPAgBmGMwVJp6u"
    "/JDxlQ9JAayRnDxd13SOYxEfbThIVCPeQJ8H8QaIN9Q43rCWVdnYnKT2kGgOeq8mWVt1Nb"
    "uYQFwJ4krnBrj2KU6DFd7uNPL1zAkmiBrcdKdoo3ZS7ET2mgu63T5lDGW2wWgt64aJyEyw"
    "I5hiZGpIRDfj6QxJoq7v2VEcKrq99b6StH9FxtntbZvI7BRxj1doreno4j3aRCMnRTzgeI"
    "7WPead9IGfdjL5FtlTryB88tzwCebsz0qInmDe/qwmBE8uPnxIwcKTVrE0PLv3LWxh3WF9"
    "p8u8lSEe5ZBYA9HOP3vNDjYREFf8U5lj0uODUg06xjY3V91dHYSltuLMFZeyKup7ProR0X"
    "BYaW/aWSH1QjgpquQ43J5bQEbs5WDUnfzhueeebzAcj75cchz0yz9m/W6cEjashk8m5oQn"
    "+ywOpT7qALIEyJJAu9PJEp+JmlHrQckGar0mWgauBLiSqgBce67ERr5H95UyPz+mgo7boJ"
    "2iio5kt03Jj0y0R7vgjIHu8c50TyNlNWWIqGqIdsCG5n2qNDfUYOdJ2AAarEqNpa5lhTwR"
    "rzzLJ8CQ5P+IhWqXjCTdGiarweOMP0QXTtqLSf/V1khEvfF8NHvxfy9TEisM/mcVxQEu5Z"
    "lcCvs3Amu8m++2B/8+hX//ICoWB92kvZeeSGPi7yUXdgBjCIwhMIaOG0O/aEueCUQvJxo+"
    "/9KWBeyKj0RXDnn4uqWyGEtk73vmfSuw5z3fSRc2uJzFqtiJe0UTOfjG06k+kWpkojVq53"
    "sNdxyRphZeZVRA62/z/pxuG7KleduNpvNer9+/oo0MS5IwXlV1u5Fomni7y1Rj0S/SGPM8"
    "t5gb1dcJoIbFygP2bU2AdQygCKTJDP5BCtj7SrP3iibd45VgqabM2ZCXrOSwLOS01kDTy0"
    "zZSwGhkyyEimm0aPNYEQ1TYDsvojDP8FPcgbkBqSbgnPTm9H+fJVvBgYQPt3nYNIYUA0gx"
    "cDaKnqD1oCRovSpa5yxlzreHXTjfm8UCwZQWBFMgmNI6FkwJ13njBFY4peDigyyPdmMhWI"
    "fueILJWMXIIVPoxhhHnCVtsHrG6IWmsxOWDBPtiEZe0lbsrrraaQT46JabfLrMXJTMlYZY"
    "T9VjPWwU2DBGtBDv1galIO6TwrHdYsMg0w93NY4HOigFQKcA2pnuskcGwOKJO+WmdhGy7O"
    "C26hP7gn1nBY1zRWQbjoVtlghYUAjmj6T9fPhJwjpvao5ndnmyJUbaWwVBXDa9G8OoJ1h4"
    "TSLTQzPyj2/TTMk/vo2fk+m9IMAqGcGCjk19fwKrFhEGXq3KvBrESuLftHqy5qm2YwY5jZ"
    "TmQUgK7ANeaT7GJmTlgfxSDbJmYcNFTUc0xAjKiRHw5uQcoHUY/r6vxwZg7H6BAMihNSkF"
    "zO6Bi8/E2Du4sV4zc3pgfUtSBQNc3tiOD3D5h//xAJc7kM5y0CbsNC5zp7Glc9Jb4+kDp3"
    "mVGd8T2YOLN+9/SEEf0GbxddvYzXDZ78OXywB0SKwB1FgJZM0hfJmtIHhQrBp7sRpVFdzA"
    "ko5NQZJ3ZBkw8VMmqpgr3IgZqHS2WKVA8PzxpMOcfFIlHubkLrK1PctpJRsMN0HHopFx8o"
    "+KAl2fagWg8VzyFQRDdhyWTEmwYWGg64GuB7q+WnQ9bG1omtbTbG0AOrsFdHat6Ox4RrAK"
    "B5rXBfhCTzTvP+00ncuaOnfaSWQpZm3KqLoE54JX9Fzw40mydSih1Br2u5NRfyLcTMZfJv"
    "3ptIMULOrkqwk7XaOLuOGdWD0Yj6bemdVEnNzp9maD3wazPzqInVQom2z+Of+J43a51ExE"
    "oE+kGiRgowoyUctaWOvaNqvhHhAEn7w6ZnrUO2OqMrWTNGyLgX6rrN/6bRmBomotneiYVR"
    "/neBkJiXgBMcjEOzUTD1L0C+b8gQeOR7+ejGAaHtjxQU7Te0gWbI4q2xwVOi8JtAxFbSrP"
    "ZQHDf26Gv0jSempoPbrXm8Nau7faSbS1YWhss3jK2jVdWjXmFZ0eEZVihzTTOjKWQcvNrN"
    "kxRjZWbWSYGj2eiB5iZBpo+nP31cWHjz8h/CRtRJX8GCIokUc8yuZGVsOuUXFPWqi0kbHR"
    "dBMp8ppcX7PiOKxjU7vHasqDkejXEjaiseGcOx0skwOHUJ+Jq9/pmqlJWkxO83GGwi9fac"
    "5+2r0edugBYspCHQ+ueh2kySvpFL4hTdZzfMpzJN/58JJwVRBnkPuEqoz7iX5v/tVwwOmN"
    "h765Tm+FXKGqab0mWk7lCxHL5KQENwMYjVroF3zd/GzBwFujZ8PUJwGIAntwtu3udBzmAO"
    "vc6aYBoLpfIICq73WtHCOjruW7Vhwnw262j7MytF2GmsI7yl+wkfYazTYYUT8QSYpM6//a"
    "m+aQbLhcCVYlfb8jgwK9uF1pW4Lza/LQ1/ZDb1/ySwzn/oQjJAvsBT8neULZBKKFnUDUK5"
    "v7jCVt+dINjGG/uUjjzdNm8VFsdjO0R5biR+eBjFvyw3LNQ7yorfkMOQnrpryWJYJNFPWE"
    "Tckc2SYgX/aWZIajaJIvtbRMLGzJEkm/XkQT8Um78T1ADm+yuk7I4aUksyAbhsUzWOPnqJ"
    "BYE16UcqYoBpxtcGVcjqOSzUP9w9s0uwZIq1jM2b14yJ9Vt+JoR01QSNnrxb9kk+5KeZAN"
    "8kW5K0ViLQueeIlFLbwrta1q4YFHDzil/jiDLaIE4oulCrby+yqPjPuQTRmt6fymPxG6V9"
    "eDEfEEFqrz18VCHYyms8m8NxtPOujdQnX3VPkvv/cukwenDNXaLt+7i08fPW+Pfkhy9KbX"
    "3eEwqjlRUbRHVlNkJetYMqm/kGl3VGwH1bCzGlUwCatrTedVMDlSqceTgkktw6QGwfT4Ca"
    "i5wXSoJNI0rXOCr1BJBCKFVQlq1S3PeIIJlAa3QIbvbvtYXEu3G6ZOODbICHklq8igUSZT"
    "Y4m/8sqOKiDmM6ywjkR1hVTNRHtskr+NR0zM0g5rS1MjUdcyN6rzFZEc2YhZ0GMW6ovHjW"
    "ii29sBuWqfcDTTbm/R1iL3KYYvkabb4nbSspvZzCJrt7d0hyy+vbVTl9HjhjyOfjfyHUnf"
    "tN1S1x5p3rK4NrFOtWz8RL6XLU6zpQmoGrrHeGenRqs0EZr9iJtfe31Ei80Q/espE5792b"
    "COFoV7vIf056pG8CD9+dzpz/7XhKuEmL3WQbEqY39q2PQiDdKkVXzQ9IKD9oGKyAZ3UK6B"
    "eBcVkWArShasPYEm0N0ljGm2F8JdqLMAHREEwNMBDuxPw3gA2EoBqfZA9wDdA3RPFrpnir"
    "HaNQya08Z+PI/0CbZpH6N+DNJcEN32qRkgRq14YkheIVGhK9EeiZKEaYpxG92Tf5GlmrLC"
    "+JNDa2d67iAR6XiniHtKscgmhwEq4jELVTbIhTXdi5WSZfH65GVAA7VSEWoloKUMVnlYro"
    "mu5oc0JetIq3hH80OkaB3YZ2CfgX0G9hnYZwz5LtZlacOzypw7ibaYeGhTZKl6sEjKtEge"
    "sG5kPFXSJ9JIO+RDKjvkQ4Id8iFsh9CXKou5ZzdvILpv37xJte3tTcKutzdRsls1uWdQx6"
    "eh+kTKTzw9j1WXW4ppxEYoczH79v/lLehw"
)
