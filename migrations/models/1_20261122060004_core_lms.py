from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
CREATE TABLE IF NOT EXISTS "users" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "login" VARCHAR(191) NOT NULL,
    "email" VARCHAR(191) NOT NULL,
    "name" VARCHAR(191) NOT NULL,
    "surname" VARCHAR(191) NOT NULL,
    "password_hash" VARCHAR(255),
    "user_type" SMALLINT NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "timezone" VARCHAR(64) NOT NULL,
    "locale" VARCHAR(16) NOT NULL,
    "email_notifications" BOOL NOT NULL,
    "description" TEXT,
    "credits" DOUBLE PRECISION,
    "deactivation_date" TIMESTAMPTZ,
    "integration" VARCHAR(64),
    "integration_user_id" VARCHAR(191),
    "last_login" TIMESTAMPTZ,
    "sessions_valid_after" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_users_tenant__006f78" UNIQUE ("tenant_id", "login"),
    CONSTRAINT "uid_users_tenant__2db383" UNIQUE ("tenant_id", "email"),
    CONSTRAINT "uid_users_tenant__0fca45" UNIQUE ("tenant_id", "integration_user_id")
);
CREATE INDEX IF NOT EXISTS "idx_users_tenant__b7a83c" ON "users" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_users_tenant__21b9e8" ON "users" ("tenant_id", "updated_at");
CREATE INDEX IF NOT EXISTS "idx_users_tenant__c029df" ON "users" ("tenant_id", "status", "id");
COMMENT ON COLUMN "users"."user_type" IS 'SUPER_ADMIN: 1
ADMIN: 2
INSTRUCTOR: 3
LEARNER_INSTRUCTOR: 4
LEARNER: 5';
COMMENT ON COLUMN "users"."status" IS 'ACTIVE: active
INACTIVE: inactive';
        CREATE TABLE IF NOT EXISTS "user_fields" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(191) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "options" JSONB NOT NULL,
    "mandatory" BOOL NOT NULL,
    "position" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_fields_tenant__a81bfc" UNIQUE ("tenant_id", "name")
);
COMMENT ON COLUMN "user_fields"."type" IS 'TEXT: text
DROPDOWN: dropdown
CHECKBOX: checkbox
DATE: date';
COMMENT ON TABLE "user_fields" IS 'A custom user field defined by the tenant (``custom_field_N`` in TalentLMS terms).';
        CREATE TABLE IF NOT EXISTS "user_field_values" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "value" VARCHAR(191) NOT NULL,
    "field_id" INT NOT NULL REFERENCES "user_fields" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_field__tenant__e8733f" UNIQUE ("tenant_id", "user_id", "field_id")
);
CREATE INDEX IF NOT EXISTS "idx_user_field__tenant__117c41" ON "user_field_values" ("tenant_id", "value");
        CREATE TABLE IF NOT EXISTS "user_tokens" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "purpose" VARCHAR(16) NOT NULL,
    "token_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_user_tokens_tenant__d07c5d" UNIQUE ("tenant_id", "token_hash")
);
CREATE INDEX IF NOT EXISTS "idx_user_tokens_tenant__3e53bb" ON "user_tokens" ("tenant_id", "user_id", "purpose");
COMMENT ON COLUMN "user_tokens"."purpose" IS 'LOGIN: login
SESSION: session
PASSWORD_RESET: password_reset';
COMMENT ON TABLE "user_tokens" IS 'A one-time login link, a session, or a password-reset token; stored only as a hash.';
        CREATE TABLE IF NOT EXISTS "categories" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(191) NOT NULL,
    "parent_id" INT,
    "price" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_categories_tenant__af5b8b" UNIQUE ("tenant_id", "name")
);
CREATE INDEX IF NOT EXISTS "idx_categories_tenant__f97827" ON "categories" ("tenant_id", "id");
        CREATE TABLE IF NOT EXISTS "courses" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(191) NOT NULL,
    "code" VARCHAR(191),
    "slug" VARCHAR(191) NOT NULL,
    "description" TEXT,
    "price" DOUBLE PRECISION,
    "capacity" INT,
    "level" INT,
    "time_limit" INT,
    "start_datetime" TIMESTAMPTZ,
    "expiration_datetime" TIMESTAMPTZ,
    "is_active" BOOL NOT NULL,
    "is_published" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "category_id" INT REFERENCES "categories" ("id") ON DELETE SET NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_courses_tenant__8c801c" UNIQUE ("tenant_id", "code"),
    CONSTRAINT "uid_courses_tenant__bd6623" UNIQUE ("tenant_id", "slug")
);
CREATE INDEX IF NOT EXISTS "idx_courses_tenant__a6fea8" ON "courses" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_courses_tenant__0f755f" ON "courses" ("tenant_id", "category_id");
        CREATE TABLE IF NOT EXISTS "course_fields" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(191) NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "options" JSONB NOT NULL,
    "mandatory" BOOL NOT NULL,
    "position" INT NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_course_fiel_tenant__315312" UNIQUE ("tenant_id", "name")
);
COMMENT ON COLUMN "course_fields"."type" IS 'TEXT: text
DROPDOWN: dropdown
CHECKBOX: checkbox
DATE: date';
        CREATE TABLE IF NOT EXISTS "course_field_values" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "value" VARCHAR(191) NOT NULL,
    "course_id" INT NOT NULL REFERENCES "courses" ("id") ON DELETE CASCADE,
    "field_id" INT NOT NULL REFERENCES "course_fields" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_course_fiel_tenant__8b0536" UNIQUE ("tenant_id", "course_id", "field_id")
);
        CREATE TABLE IF NOT EXISTS "learning_paths" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(191) NOT NULL,
    "code" VARCHAR(191),
    "description" TEXT,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_learning_pa_tenant__9feb47" ON "learning_paths" ("tenant_id", "id");
        CREATE TABLE IF NOT EXISTS "learning_path_courses" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "course_id" INT NOT NULL REFERENCES "courses" ("id") ON DELETE CASCADE,
    "learning_path_id" INT NOT NULL REFERENCES "learning_paths" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learning_pa_tenant__c11cb3" UNIQUE ("tenant_id", "learning_path_id", "course_id")
);
        CREATE TABLE IF NOT EXISTS "units" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "position" INT NOT NULL,
    "type" VARCHAR(16) NOT NULL,
    "name" VARCHAR(191) NOT NULL,
    "content" TEXT,
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "course_id" INT NOT NULL REFERENCES "courses" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_units_tenant__4bdd6b" ON "units" ("tenant_id", "course_id", "position");
CREATE INDEX IF NOT EXISTS "idx_units_tenant__de1466" ON "units" ("tenant_id", "id");
COMMENT ON COLUMN "units"."type" IS 'CONTENT: content
VIDEO: video
AUDIO: audio
DOCUMENT: document
WEB: web
SCORM: scorm
TEST: test
SURVEY: survey
ASSIGNMENT: assignment
SECTION: section';
COMMENT ON TABLE "units" IS 'A unit of a course (TalentLMS''s name; Atrium''s learning content calls them lessons).';
        CREATE TABLE IF NOT EXISTS "branches" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(191) NOT NULL,
    "description" TEXT,
    "default_locale" VARCHAR(16),
    "is_active" BOOL NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_branches_tenant__1aec26" UNIQUE ("tenant_id", "name")
);
CREATE INDEX IF NOT EXISTS "idx_branches_tenant__e2be10" ON "branches" ("tenant_id", "id");
        CREATE TABLE IF NOT EXISTS "branch_courses" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT NOT NULL REFERENCES "branches" ("id") ON DELETE CASCADE,
    "course_id" INT NOT NULL REFERENCES "courses" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_branch_cour_tenant__b1dfed" UNIQUE ("tenant_id", "branch_id", "course_id")
);
        CREATE TABLE IF NOT EXISTS "branch_users" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "branch_id" INT NOT NULL REFERENCES "branches" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_branch_user_tenant__5ef500" UNIQUE ("tenant_id", "branch_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_branch_user_tenant__063ada" ON "branch_users" ("tenant_id", "user_id");
        CREATE TABLE IF NOT EXISTS "groups" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(191) NOT NULL,
    "description" TEXT,
    "key" VARCHAR(191),
    "max_key_redemptions" INT,
    "price" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_groups_tenant__029118" UNIQUE ("tenant_id", "name"),
    CONSTRAINT "uid_groups_tenant__d1b7c2" UNIQUE ("tenant_id", "key")
);
CREATE INDEX IF NOT EXISTS "idx_groups_tenant__e5ac0b" ON "groups" ("tenant_id", "id");
        CREATE TABLE IF NOT EXISTS "group_courses" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "course_id" INT NOT NULL REFERENCES "courses" ("id") ON DELETE CASCADE,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_group_cours_tenant__3d652a" UNIQUE ("tenant_id", "group_id", "course_id")
);
        CREATE TABLE IF NOT EXISTS "group_memberships" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "created_at" TIMESTAMPTZ NOT NULL,
    "group_id" INT NOT NULL REFERENCES "groups" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_group_membe_tenant__b80202" UNIQUE ("tenant_id", "group_id", "user_id")
);
CREATE INDEX IF NOT EXISTS "idx_group_membe_tenant__780db1" ON "group_memberships" ("tenant_id", "user_id");
        CREATE TABLE IF NOT EXISTS "certificates" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(191) NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ,
    "course_id" INT NOT NULL REFERENCES "courses" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_certificate_tenant__4438c2" UNIQUE ("tenant_id", "user_id", "course_id")
);
        CREATE TABLE IF NOT EXISTS "enrollments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "role" VARCHAR(16) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "progress_percent" DOUBLE PRECISION NOT NULL,
    "score" DOUBLE PRECISION,
    "time_spent_seconds" INT NOT NULL,
    "enrolled_at" TIMESTAMPTZ NOT NULL,
    "completed_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "course_id" INT NOT NULL REFERENCES "courses" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_enrollments_tenant__f875d3" UNIQUE ("tenant_id", "user_id", "course_id")
);
CREATE INDEX IF NOT EXISTS "idx_enrollments_tenant__b1c358" ON "enrollments" ("tenant_id", "course_id");
CREATE INDEX IF NOT EXISTS "idx_enrollments_tenant__155fe3" ON "enrollments" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_enrollments_tenant__117d54" ON "enrollments" ("tenant_id", "completed_at");
COMMENT ON COLUMN "enrollments"."role" IS 'LEARNER: learner
INSTRUCTOR: instructor';
COMMENT ON COLUMN "enrollments"."status" IS 'NOT_ATTEMPTED: not_attempted
IN_PROGRESS: in_progress
COMPLETED: completed
PASSED: passed
FAILED: failed';
        CREATE TABLE IF NOT EXISTS "learning_path_enrollments" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "enrolled_at" TIMESTAMPTZ NOT NULL,
    "learning_path_id" INT NOT NULL REFERENCES "learning_paths" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_learning_pa_tenant__cede8b" UNIQUE ("tenant_id", "learning_path_id", "user_id")
);
        CREATE TABLE IF NOT EXISTS "unit_progress" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "status" VARCHAR(16) NOT NULL,
    "score" DOUBLE PRECISION,
    "attempts" INT NOT NULL,
    "time_spent_seconds" INT NOT NULL,
    "started_at" TIMESTAMPTZ,
    "completed_at" TIMESTAMPTZ,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "course_id" INT NOT NULL REFERENCES "courses" ("id") ON DELETE CASCADE,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    "unit_id" INT NOT NULL REFERENCES "units" ("id") ON DELETE CASCADE,
    "user_id" INT NOT NULL REFERENCES "users" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_unit_progre_tenant__baca43" UNIQUE ("tenant_id", "user_id", "unit_id")
);
CREATE INDEX IF NOT EXISTS "idx_unit_progre_tenant__e116a0" ON "unit_progress" ("tenant_id", "user_id", "course_id");
CREATE INDEX IF NOT EXISTS "idx_unit_progre_tenant__e98b80" ON "unit_progress" ("tenant_id", "unit_id");
COMMENT ON COLUMN "unit_progress"."status" IS 'NOT_ATTEMPTED: not_attempted
IN_PROGRESS: in_progress
COMPLETED: completed
PASSED: passed
FAILED: failed';
        CREATE TABLE IF NOT EXISTS "events" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "type" VARCHAR(64) NOT NULL,
    "data" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_events_tenant__ee657a" ON "events" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_events_tenant__c6d748" ON "events" ("tenant_id", "type", "id");
        CREATE TABLE IF NOT EXISTS "batch_tasks" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(32) NOT NULL,
    "status" VARCHAR(16) NOT NULL,
    "dry_run" BOOL NOT NULL,
    "total" INT NOT NULL,
    "processed" INT NOT NULL,
    "created" INT NOT NULL,
    "updated" INT NOT NULL,
    "unchanged" INT NOT NULL,
    "failed" INT NOT NULL,
    "deactivated" INT NOT NULL,
    "errors" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_batch_tasks_tenant__0320ee" ON "batch_tasks" ("tenant_id", "id");
COMMENT ON COLUMN "batch_tasks"."status" IS 'PENDING: pending
RUNNING: running
COMPLETED: completed
FAILED: failed';
COMMENT ON TABLE "batch_tasks" IS 'A batch upsert (``/batch/users`` …) as its caller follows it through ``/tasks/{id}``.';
        CREATE TABLE IF NOT EXISTS "idempotent_requests" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(255) NOT NULL,
    "fingerprint" VARCHAR(64) NOT NULL,
    "status_code" INT,
    "response_body" BYTEA,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_idempotent__tenant__a48683" UNIQUE ("tenant_id", "key")
);
CREATE INDEX IF NOT EXISTS "idx_idempotent__expires_8b3e61" ON "idempotent_requests" ("expires_at");
COMMENT ON TABLE "idempotent_requests" IS 'The first response to a POST carrying an ``Idempotency-Key``, replayed for 24 h.';
        CREATE TABLE IF NOT EXISTS "tenant_counters" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "value" BIGINT NOT NULL,
    "tenant_id" INT NOT NULL REFERENCES "tenants" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_tenant_coun_tenant__63ca37" UNIQUE ("tenant_id", "name")
);
COMMENT ON TABLE "tenant_counters" IS 'Row counts kept in the same transaction as inserts and deletes, so unfiltered list';
"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
DROP TABLE IF EXISTS "user_fields";
        DROP TABLE IF EXISTS "group_memberships";
        DROP TABLE IF EXISTS "user_field_values";
        DROP TABLE IF EXISTS "users";
        DROP TABLE IF EXISTS "branch_courses";
        DROP TABLE IF EXISTS "batch_tasks";
        DROP TABLE IF EXISTS "learning_path_enrollments";
        DROP TABLE IF EXISTS "branch_users";
        DROP TABLE IF EXISTS "categories";
        DROP TABLE IF EXISTS "course_fields";
        DROP TABLE IF EXISTS "courses";
        DROP TABLE IF EXISTS "learning_path_courses";
        DROP TABLE IF EXISTS "events";
        DROP TABLE IF EXISTS "idempotent_requests";
        DROP TABLE IF EXISTS "user_tokens";
        DROP TABLE IF EXISTS "group_courses";
        DROP TABLE IF EXISTS "certificates";
        DROP TABLE IF EXISTS "course_field_values";
        DROP TABLE IF EXISTS "unit_progress";
        DROP TABLE IF EXISTS "groups";
        DROP TABLE IF EXISTS "learning_paths";
        DROP TABLE IF EXISTS "enrollments";
        DROP TABLE IF EXISTS "tenant_counters";
        DROP TABLE IF EXISTS "units";
        DROP TABLE IF EXISTS "branches";
"""


MODELS_STATE = (
    "eJztXWtz2kjW/itdfNlki8lkbMeZ9W5tFWDFww4GF5dkZpcpWYgGVBYtVhc7vLP572+3bu"
    "jSAglLQijny0zc6iOJ57Sk8zzndPefjbU2x6rxboyJRMzGDfqzQaQ1pv+IHGmihrTZ7NpZ"
    "gynNVLurafex26SZYeqSzE61kFQD06Y5NmRd2ZiKRmgrsVSVNWoy7aiQ5a7JIsp/LSya2h"
    "KbK6zTA//5gzYrZI6/YsP7c/MkLhSszkP3qszZte120dxu7LYuMT/ZHdnVZqKsqdaa7Dpv"
    "tuZKI35vxfmNS0ywLpmYnd7ULXb77O7cH+r9IudOd12cWwzYzPFCslQz8HNn4q6tIYr9wV"
    "gcCWNRbGQASNYIA1dhULNfv2S38MPFT1cfr36+vL76mXaxb9Nv+fjNufQOGMfQhqc/bnyz"
    "j0um5PSwMd6BKuuYISFKZhzcW3rEVNaYj3DYMoL03DV95/0jiruH8j7gvYYd8rvRVgb09A"
    "fOB0Tdui7fg/O4ey+Mxq37B3a5tWH8V7Xxa40FduTCbt1GWt9cv2XtGn2QnAfMPwn60h3/"
    "gtif6N+DvmDDqxnmUrevuOs3/neD3ZNkmZpItBdRmgdGp9fqoUZ77rxubeZHej1sCV6vit"
    "c9jAJud+9+53VDtZZxf3dWks73tdc/4mWK1jF+Pe1rdC19FVVMluaK/nl9ucern1vDzi+t"
    "4Zvry4in+u6RC/vQtxC09v8zQOv1zwfaUz8yIXB/+ttPKdClvRLhtY+F8d2oEuHjKxBrbW"
    "PcpfckERnHsPZsy8OaAqR795EW7UZnMBRuELOcktF9q9e7QcZaUtUpabdG3c4NmkmGIk/J"
    "3XDw5QYtde1lSh6Ggxu00TX6r95kRP+pWgZrFe67k3t2BK8Vaz0lncloPKANsmWY2rpxjF"
    "ev0zg1+nIL+PQ66lLqLdMyjnXqzrpEt9KQV3nO7NhWZ9z9TF3rWFPnTkYPQv9WuKUOtowN"
    "plecV8Ml0kYRaZRPIeKE2m1NU7FE+O+ziGXEJzNqWpRTvK9IAe+1PfC2B4Ne6Kvf7o4jOE"
    "/u2wLF34afdlJMh7C4EXkgArefSXGlWbq6FVVlrXCCskSek2B9mPhw8HehrMxnJQfqw8jk"
    "4inAfFjDTJKfXiR9LoaOhB+DJ7zlvJvaruWnX4dYlewfFAfb5dStjfIr3p7h5/ybN8a8Vi"
    "+WZNhpF1oSmvFD64t1tEUi0tL+Seza7EphtDjaxA7HZG0i6LF8xYn/uLqH6AoKOl4oXxt/"
    "RDSLSC/63z9AxihTxoD4u+D42xn3GRDeWdQR49xDL/r2EleSscoCcdCmhiBfX6Vh6VfJLP"
    "0qRjlkjZ0jBvG/RoN+ggTiW0SlLkU20f+QqhhpIqvj6MY/FhaRGYZoZimqqRDjHbvePzMS"
    "kDziXYZQKN71YH5z3/ot6oFOb9COylfsBO1o5Avac81UyDTasyoZpmgZR/k9apuD5ytGes"
    "7E0Ry5Oe5pHT9rT0f5OWwJXq6yl0PMJyWtCXOqY7SKyr2wixAroiDHEf6k6VhZEkqQY3Ip"
    "X5XYZfrPDOAkVYI269KLz7PDQ4v+fvqrsSO9dVqjTutWaHxL1oCKVDgmhq0oxPQNu725T9"
    "2gHzy9eGlD1ZYKadCfEGnHa0lROe3UBXip2yIY+yTroqd67NdFYucJZJTjB3cyP2gqZWsq"
    "zoCI4ZrMR32DGpLRQlQV59HKgLBvAAinQxh0wWLxNSw9K8QBE0A5pfoqGcaLRgOQrAphzP"
    "AoxCtGnsKAX3z4kAJw2isRcPtYGHA7nrFB4oUVh6sTQvbl8ZsP2RBvjCYPwlBs3d53+3Tk"
    "Ton7r4sp6fZH4+GkMx4Mb9DllPSE1rBPuwabr/xmeuFGlojl8uLjtR+ssD/2xSl2KUw8a/"
    "7dVo90+16LQgJnPHkCgwkx/6eRTJ+CoE2JjpiMO0VJ6EVnMFRNltRMGO8sSkQYk3IAzn8Y"
    "2xG2SDRTWSiyTW55ZSD7SqESzgAlUelLooI3FwN/jL8mEPuIWR1inX1CsfDbeH9KzteJe4"
    "P+ndc9mqeLpeTmiskZ8p9UTUoqQdvZRCBfMKNagX47mLR7AnoYCp3uqOvmRH053j4YHtxD"
    "odWLjW77u+0oZ0z7ypod4Z4AkiRVTpIExNIsH++IWR3eaEVHSDxZ+jjEg+b1Q74QocLOzy"
    "foxiky+0kCMrzMKvUyM7BhsLBWfJZUZS5KC9PJYGXxd9I5wPNV9jxUbCW/XetbsQWzhevm"
    "dc7DHpstDHU9DajrqUldzw5wB2YadFi8QvAs87tY3Y7tnM/sZDVCPvwW0J4wVwLNiNSYna"
    "euIM10+nCuxDVez7BurJTNKwFr2+fzCsPqiNhS16xNfoDdsdPd+2erK2oy1t2swmtfXp3d"
    "meoKFia6pqprTHhydhasBP9EdYKq6FLXT7EizdjB5qGiV+96zRSlr42Wu7oFYpbItkQUTo"
    "XgOZptkbnCyIkh0JvHR3favDMo+o+PSCFoLKnUx737Ee2nr4237xoRhAu6xOHSXBvBaG0t"
    "FMPCBOP6KMf8Yqt01TwJhVZFFjiY+KvZyIa2nbClDwW1nJLb4eDhdvClf4PmuraZay9kSj"
    "q/CJ1f24PfbpC8wvLTTPtK+7XGAu3jfqZPXx6hbRJKIpKn0AZMYA5tSPvJYw4t/QbT0aHp"
    "W06Ms69KJWRXYm2K33K2xSnUIwo/j5v4kQ2alKeKva/0pxaSCvWVl9MkFUBezutZAnm5Ov"
    "IyCMsn1xwc1PYJDz6uadSHQK6g0Om3sVqlw9Np7TuDWbHlCgHP3uBJqwT4BiAFpJMC/OGf"
    "fvAGTSAu4MTYEG0VgWpifWkipsklpd8vohC/lhO/RkduDrDWLEUdBTXwtB6GdOE98Dlg6r"
    "88agps8HtdtTV6nEqVBP7gl7EcoA67spk0iUuN4B+YQoXsAnikKuSpiSTk1kg3kabTv7y5"
    "/D/o2MAmsq/wd2SYdHzN6RnULZIM2o3N9OdlLgu5xmFaY5/CWX7gAJsJfhotfaMZQG1Kpj"
    "Ye7DFkU+6zsTOvMtVp9AZ3bJUD+zmYkpEwYhP5brwnYUoeWqPRl8HwVhwK9BQ3/kMh2g9F"
    "NfJwgceK662EiD5kVWUnHclH859OBsmJZOjrm5zAXzcKPdsRXg9b1tDrZ+JlzgwHzsSW41"
    "YhhgWIz8S/oHrlFzaC6gWqV+V0BFC9TqF6nUab6VCkl6xgjSPN+Mea+5QZ2emllJDN5VZs"
    "wy5RUMR9wo9WGeuU6jhrvBWygW0LOfWmuiJzRu2eBbl8C1iOK8VyXKDwJA/l+io8sKZF3b"
    "zOUQRgTQugr1VmWjkVHcuapRuvnhFun+Rso4Nyi41dsHhM1IdxDw/d+atQEirTS/P21FGt"
    "5VE79bj8eSsCcwXmWi/maj8qGfD1+sO6oOm2iWGvnAzwev1h+KbDFxZMP9WC6aDOJAOeiz"
    "ojbSRZMTnT2xNjiqAJCIpxQVHFz5iz61winn5/AJMzsUZZY1FV1gqH8CZLCiEjgJW7vZNu"
    "ikERLYtEF7eGOp3qqHIJ5Xa77SyOcXnCKcDvVfa7Yoi7Lcwi0tW+xWtCdrCxUvq1ayhwG2"
    "umKsYKc1SaQ5iHTGHNoAy4Q44xOXI4z2wT5Bi/R6+nyTEGVfL0lCBiBZwA1jCA5G2lEorN"
    "19Ueew94DtAGq13P65WQFtvI2zCELr0H1J/0emXv9+Bkdm0X1W5hrlDUQrgbgGZawYwodX"
    "ryw1oFLCt/2qqLT7GKA87h5uH6iyyLy+c+FQCqJ6B6oj7pZxsgLr6weDss3n68o2Dxdr5X"
    "YPF2WLy9IqIMKNvJUJ+nxgmLt4MUVxGAS55HASpRJbh94gLuPGzTsfyyFnF3r3lgGXcg/2"
    "WSf1iwvfjJE7FRfzjfGbSBaIATWfuvj/SgBk0AU0ghQ9xarQjqiLg1/p7NI4Gcdq7vuQIb"
    "+rqUt3R7JANVU3CDX5kqLRDWw5JO6A98kOxQJ0YfQseb+6iD6vYUN7RrAazh8NxroAiQH6"
    "wTQYDZ1TD7t4azf2ECC0ykqMrYr3G6CSZS1M3raSZSgFjTALGmOrQ3pyQjo5RiLiu2Bfls"
    "7RSdYmqug5BB/fVrBJbkFfD4wzKl2CKWtTZe+KrR7C1kbE+6Dx0U6eWb9oIEbRGo8l4hKc"
    "HlmQLGkLAFDlCtcOoIDpD4hsgB32gGq6Yo896OkB0vNTt+mgyuPW+YQym8+cR7Nt32Ji2n"
    "2W6bdUbaAknIQQK9GUsq5YG9+9FfDMSu/XfUolBba/qnNxhpX0IffxPJkqoaiNKKNT1mGB"
    "Tst7z9tou5SOZkcjiM86LkP2Jre0PSGVjOeQY2ZzwR1X3aG9nQbXQG/bHQH994b4sp+dy9"
    "FQY36FmZY21KWpPbLv1LsuYK/et20Jnc292pP6y13f+L0L5BL3g2JaPOYHh/gwxZ09dTMh"
    "ZG9ixXg/YZTYafhd/pIUt/xlt61tGoe9d3ziQZBv2kOucaCZ2xu4G67A3O0891hZKOoks6"
    "/KGbtt4gYAK1BlBrUAz0UGsAWWeoNQCvZ120ERRyUG8rjCqotzDdprrAvkpQDO6lo7FXeg"
    "6LDz4EzlQTzAut7GjrdARzJ824R5r7xNeZ3aeEog3uUnogZMLsmRN+3GF6R30lF/cHiKom"
    "S2qmMR63rAP+RYu2IHGBxFWZsX6eYgdIXN+j12E6DYgxFQG45Ok0DvfMZ0KNw3Vrp9aE3g"
    "IuXpaB9VzQmtAT1Qmr4lWW5Jkz0fF3SHEpbbKMezmYJVP2l6a5R3aB2L1uUVya2D30KKZ8"
    "okI2EMXBBClI/54ZqsA4yk//zvzM1yuB3aXQagps6PsCefWK5NWLZzI290vkMR4zPMhifC"
    "5aHodhl+QxmIhNqBswG2A2J39zALMBZgMx+MlR9T4M6TENWACiwGqA1VQe2IysxnLD3VfC"
    "WrN8ShTUwGuwSnzmTtesTYNDZZwDzX0sZsm6lFX7Gpu3/4S3UBFbNQIDFbFQEVvPilj2us"
    "kwsN3udUC6hGHNrkARE3U8x+ukvboTX84J1kexjaphnzN92+iKzBOgVU1KWnnFs4jAuWAm"
    "5wfoHrRuB5N2T0APQ6HTHXXdTc99ncg+yJp2VcVDodWDsmIQ8KCsuHZeh7JikMMqAnDJZc"
    "U2qc+nqtiWEGqXqg4Hrng9w7qxUjZ5YHXvn61OeBUuXyXXFUdG4AEpq7SqYudqUFRc9nem"
    "Can37yiGSxO5Q/lrfs9WNIbIBGrQBDCFcgZgG9WK4pqvS74vvWziK3H1s5I1hTX4GoR64u"
    "+gnjjK+5JITJgaHiIyEVpaGpmB6uJTf9yaQHGA4kAwDsH4GaIKtcVAbyoSLwK9qQC9gcLi"
    "My4s7mDdVBaKLJnczEzwcHMfoZF3HYvnMgEsIS9TDdICFcXFll4qhmEdxQlDhkAJz4kS4q"
    "8bhZ7tCKeHLXPw+vmUh1bJyZzyNMhtAvU/X1SB+gP1rwifykj9gaTmQlIhrVmrtKZAdE1V"
    "2Ta5DQ75Dxxt7uP+2O9XEeqfuMV4fHoyt1HW1hvmIZs2QfazVCGBDqWjd8j2bEvcIVvFkk"
    "6cb0IGtBs9oTXsC8Mb5NpPSbc/Gg8nnfGANioMcUs2Nee8J9/2hMJtWpzK+XRe2VmX6Bei"
    "mfThNdlEUzzP6h12rDUeC5TXCbcU9OC5mKfEh+HgbiiMRsxVorcr3JR0BvcPPcG28V8hU/"
    "LQGo1Y00YyDPb3p1a3x/5eSIrq3tvJPez9BnGDdZm7bfbeuadx4yOnoR7l7PfFft55IOcx"
    "CZVtaZ9tkq9vAZN8U+DLpC3R2NABKRqYXnqeZbI637g8ClvUmM5bEXBiv6OU6YgpaNNVkS"
    "3TzcgIhMgZHR+1BX26yvo0zJqv2/PNcTvsNw9ZibNFFbISkJWoiNILWQnISpwLrJXNSvSY"
    "Jkp/4YNkrvZnKBJ6NvdlK1TXRtxQI7HM3EX4yvunYkHSocykA6gY9WM5aVQM3hOZ8tHimU"
    "IsCZwHOM8ZIQqcp3zOE3px5oBvMAasMcq87w0QzFrPzZoQxXxwc+sNDvsJHW/u4zzUIaZf"
    "p1A4zwnAaV84/UoTzf3FWqGzATsqix1B+U/dy3+gFCUZ0DxKUdzhk6UAJWgCZScxUgm1Pc"
    "WDTN/c+nGZ/7Al1HdUJ9EPlTzfr6ehkif51XmeGjdU8oCqXSdUPYKfHtOABSAKeQLIE1RX"
    "ZYXaqFPXRrGXZR6QuqepK6S7TwqUm30H5WbCc9L89+fDU9+fi6kc258u4SZH7PHkHsyUH2"
    "kry+8lRfK3i4vLy48X7y+vf/5w9fHjh5/f+9FA/NC+sKDdvWORQTPI6Q4nUjwXxdMoCYTB"
    "7V/DRfKur1LkMK6vEnMY7FBkz22Kehzcf40GfT64Xv+omqHIJvofUhWjsG9c4x8Li8gMPz"
    "SzFNVUiPGOXfafGRNVeYhYDJ+QkBHbhDu633YzrFCwE0Q34YYV7JOfgvMUmtIUU4Ik0gC6"
    "WZ1481UbrRYZb7YlU16NJeOJF3PuDu6NO2esm2jSfumCz0YL2SbI2lDCaKI3j48/2g0/Mg"
    "JpPD6iqXXx/uL6LZIMpJgGkiVVxTpaaKqqvbAmZK50zVquELW0r/vjn8r82+Pju0bEawVf"
    "6qhgGeqFyqwXeqI/K0uY6/WvYZh7eZEizL28SAxz2aGzX4tpg8mcQZYN8caD0L/t9u9ukG"
    "s/JcNJv2+36BYhdgu/5KqKJVZzfSvS2+bQb01TsUQSSMrOKuKwGTUrymN+S7lcpD0Y9EKx"
    "brsbodj9yX1boMDbuO8qrjjpOc2U1CxxqNcfqoCiUG50TcasdDEDnCEbgDQKqctyMwAasA"
    "A4YzlOpzolS45zZwFwxpPw8koiy2yABm0A0iiku0AkJZ47AwAzCuYcU6arPGd85CNWAGts"
    "JT9d13QOsUhW0HcW1dDQ2fVAQwcN/Yw19IVCFGN1lNsjplCKXZ2aXMiVQK4EciXH5Eq6c7"
    "zeaPT2zCGmiBrcOp14p+a+3Inidxd1p3/KHMp4hdFC0Q0T0TfBhmKKkakhCT0MRmMkS7q+"
    "pb5AEkGPj/4tydsf6Dh7fGxSm40qbfEcLTQdXVyhVTxzUsQFDk/XfsJbzvzswBZykD4pN3"
    "1C/RFDdU/2xOlew+TJxYcPKVR42itRhrePfYtGWEusb3SF92VIRjliVkO086/IcpJNFMQ5"
    "p+ot8TURsToq0KlY5Jo3Vfe+DuJMm3PeFW2FSPqWj27MNJpW2robOJ8XwvuySi7h9mkBHb"
    "Htbr81/N2n5z436A36d20OQW//PhZaQNCBoFdpT96qef1MvAz8HPh5VQA+e37uIN/RLGLa"
    "3DLGzcMdmvt4ufsjZadvSk4+1F6QbWGgJ7wxkUIQpbnIoHdBkZSIITlJAlZrSFg9okH58x"
    "w5ABpNZGjIIgtFpVekzNnLWIRYef6XmBK73sSgp6VcXyMYueMPsQ+nvf0f+7+2oNy/M5j0"
    "x2/++jYlmbfhh8WkT8nf7f/HYE2mll5/4JQpOOWzpFocdPfNYfNNapPzLWUaGwRDEAxBMJ"
    "QlGGphXZFXvCjIPbI3/JF2fYqcSgyxQJmxwDMNZNktZQgHAiY1jAgK0fTZQ5UBYbd7DdH9"
    "6f37NPMW3r9PnrjAjkWETo2Y3C2hkyvDAibll4adRuLKrQgsFiOU+TH79v8UUFwi"
)
