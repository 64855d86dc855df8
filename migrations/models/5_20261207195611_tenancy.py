from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

POSTGRES_UP = """
-- The role the API and the worker use: it owns nothing, so row-level security holds it. Roles are
-- shared by every database of the server, which may be migrated at the same time.
DO $$
BEGIN
    CREATE ROLE "atrium_app" NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
-- The owner (who runs the migrations and the platform connection) switches to it at log-in.
DO $$
BEGIN
    IF NOT pg_has_role(current_user, 'atrium_app', 'MEMBER') THEN
        EXECUTE format('GRANT "atrium_app" TO %I', current_user);
    END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
GRANT USAGE ON SCHEMA public TO "atrium_app";
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "atrium_app";
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO "atrium_app";
REVOKE ALL ON "aerich" FROM "atrium_app";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "atrium_app";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO "atrium_app";
-- Every tenant-owned table shows and takes only the rows of the tenant the session is bound to
-- (the setting atrium.tenant_id); unset or empty, none.
ALTER TABLE "api_keys" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "api_keys" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "batch_tasks" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "batch_tasks" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "branch_courses" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "branch_courses" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "branch_users" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "branch_users" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "branches" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "branches" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "categories" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "categories" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "certificates" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "certificates" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "course_field_values" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "course_field_values" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "course_fields" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "course_fields" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "courses" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "courses" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "enrollments" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "enrollments" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "events" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "events" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "exports" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "exports" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "group_courses" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "group_courses" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "group_memberships" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "group_memberships" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "groups" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "groups" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "idempotent_requests" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "idempotent_requests" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "item_completions" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "item_completions" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "jobs" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "jobs" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "learner_days" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "learner_days" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "learner_lessons" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "learner_lessons" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "learner_totals" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "learner_totals" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "learning_path_courses" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "learning_path_courses" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "learning_path_enrollments" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "learning_path_enrollments" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "learning_paths" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "learning_paths" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "progress_events" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "progress_events" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "recovery_mails" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "recovery_mails" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "tenant_counters" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "tenant_counters" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "tenant_days" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "tenant_days" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "training_items" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "training_items" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "trainings" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "trainings" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "unit_progress" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "unit_progress" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "units" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "units" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "user_field_values" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "user_field_values" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "user_fields" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "user_fields" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "user_tokens" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "user_tokens" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "users" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "webhook_deliveries" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "webhook_deliveries" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
ALTER TABLE "webhook_endpoints" ENABLE ROW LEVEL SECURITY;
CREATE POLICY "tenant_isolation" ON "webhook_endpoints" USING ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int) WITH CHECK ("tenant_id" = NULLIF(current_setting('atrium.tenant_id', true), '')::int);
-- Links between tenant tables carry the tenant: no row can point at another tenant's row.
-- (tenant_id, id) is unique on every table linked to, as the keys' target.
DROP INDEX IF EXISTS "idx_webhook_end_tenant__ccaf6b";
DROP INDEX IF EXISTS "idx_events_tenant__ee657a";
DROP INDEX IF EXISTS "idx_training_it_tenant__ba59e9";
DROP INDEX IF EXISTS "idx_trainings_tenant__15d7ec";
DROP INDEX IF EXISTS "idx_groups_tenant__e5ac0b";
DROP INDEX IF EXISTS "idx_branches_tenant__e2be10";
DROP INDEX IF EXISTS "idx_units_tenant__de1466";
DROP INDEX IF EXISTS "idx_learning_pa_tenant__9feb47";
DROP INDEX IF EXISTS "idx_courses_tenant__a6fea8";
DROP INDEX IF EXISTS "idx_categories_tenant__f97827";
DROP INDEX IF EXISTS "idx_users_tenant__b7a83c";
CREATE UNIQUE INDEX IF NOT EXISTS "uid_users_tenant__b7a83c" ON "users" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_user_fields_tenant__13a0bd" ON "user_fields" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_categories_tenant__f97827" ON "categories" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_courses_tenant__a6fea8" ON "courses" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_course_fiel_tenant__dacff6" ON "course_fields" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_learning_pa_tenant__9feb47" ON "learning_paths" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_units_tenant__de1466" ON "units" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_branches_tenant__e2be10" ON "branches" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_groups_tenant__e5ac0b" ON "groups" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_trainings_tenant__15d7ec" ON "trainings" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_training_it_tenant__ba59e9" ON "training_items" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_events_tenant__ee657a" ON "events" ("tenant_id", "id");
CREATE UNIQUE INDEX IF NOT EXISTS "uid_webhook_end_tenant__ccaf6b" ON "webhook_endpoints" ("tenant_id", "id");
ALTER TABLE "user_field_values" DROP CONSTRAINT "user_field_values_field_id_fkey", ADD CONSTRAINT "user_field_values_field_id_fkey" FOREIGN KEY ("tenant_id", "field_id") REFERENCES "user_fields" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "user_field_values" DROP CONSTRAINT "user_field_values_user_id_fkey", ADD CONSTRAINT "user_field_values_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "user_tokens" DROP CONSTRAINT "user_tokens_user_id_fkey", ADD CONSTRAINT "user_tokens_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "courses" DROP CONSTRAINT "courses_category_id_fkey", ADD CONSTRAINT "courses_category_id_fkey" FOREIGN KEY ("tenant_id", "category_id") REFERENCES "categories" ("tenant_id", "id") ON DELETE SET NULL ("category_id");
ALTER TABLE "course_field_values" DROP CONSTRAINT "course_field_values_course_id_fkey", ADD CONSTRAINT "course_field_values_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "courses" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "course_field_values" DROP CONSTRAINT "course_field_values_field_id_fkey", ADD CONSTRAINT "course_field_values_field_id_fkey" FOREIGN KEY ("tenant_id", "field_id") REFERENCES "course_fields" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "learning_path_courses" DROP CONSTRAINT "learning_path_courses_course_id_fkey", ADD CONSTRAINT "learning_path_courses_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "courses" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "learning_path_courses" DROP CONSTRAINT "learning_path_courses_learning_path_id_fkey", ADD CONSTRAINT "learning_path_courses_learning_path_id_fkey" FOREIGN KEY ("tenant_id", "learning_path_id") REFERENCES "learning_paths" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "units" DROP CONSTRAINT "units_course_id_fkey", ADD CONSTRAINT "units_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "courses" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "branch_courses" DROP CONSTRAINT "branch_courses_branch_id_fkey", ADD CONSTRAINT "branch_courses_branch_id_fkey" FOREIGN KEY ("tenant_id", "branch_id") REFERENCES "branches" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "branch_courses" DROP CONSTRAINT "branch_courses_course_id_fkey", ADD CONSTRAINT "branch_courses_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "courses" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "branch_users" DROP CONSTRAINT "branch_users_branch_id_fkey", ADD CONSTRAINT "branch_users_branch_id_fkey" FOREIGN KEY ("tenant_id", "branch_id") REFERENCES "branches" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "branch_users" DROP CONSTRAINT "branch_users_user_id_fkey", ADD CONSTRAINT "branch_users_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "group_courses" DROP CONSTRAINT "group_courses_course_id_fkey", ADD CONSTRAINT "group_courses_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "courses" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "group_courses" DROP CONSTRAINT "group_courses_group_id_fkey", ADD CONSTRAINT "group_courses_group_id_fkey" FOREIGN KEY ("tenant_id", "group_id") REFERENCES "groups" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "group_memberships" DROP CONSTRAINT "group_memberships_group_id_fkey", ADD CONSTRAINT "group_memberships_group_id_fkey" FOREIGN KEY ("tenant_id", "group_id") REFERENCES "groups" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "group_memberships" DROP CONSTRAINT "group_memberships_user_id_fkey", ADD CONSTRAINT "group_memberships_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "certificates" DROP CONSTRAINT "certificates_course_id_fkey", ADD CONSTRAINT "certificates_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "courses" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "certificates" DROP CONSTRAINT "certificates_user_id_fkey", ADD CONSTRAINT "certificates_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_course_id_fkey", ADD CONSTRAINT "enrollments_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "courses" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_user_id_fkey", ADD CONSTRAINT "enrollments_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "learning_path_enrollments" DROP CONSTRAINT "learning_path_enrollments_learning_path_id_fkey", ADD CONSTRAINT "learning_path_enrollments_learning_path_id_fkey" FOREIGN KEY ("tenant_id", "learning_path_id") REFERENCES "learning_paths" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "learning_path_enrollments" DROP CONSTRAINT "learning_path_enrollments_user_id_fkey", ADD CONSTRAINT "learning_path_enrollments_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "unit_progress" DROP CONSTRAINT "unit_progress_course_id_fkey", ADD CONSTRAINT "unit_progress_course_id_fkey" FOREIGN KEY ("tenant_id", "course_id") REFERENCES "courses" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "unit_progress" DROP CONSTRAINT "unit_progress_unit_id_fkey", ADD CONSTRAINT "unit_progress_unit_id_fkey" FOREIGN KEY ("tenant_id", "unit_id") REFERENCES "units" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "unit_progress" DROP CONSTRAINT "unit_progress_user_id_fkey", ADD CONSTRAINT "unit_progress_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_endpoint_id_fkey", ADD CONSTRAINT "webhook_deliveries_endpoint_id_fkey" FOREIGN KEY ("tenant_id", "endpoint_id") REFERENCES "webhook_endpoints" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_event_id_fkey", ADD CONSTRAINT "webhook_deliveries_event_id_fkey" FOREIGN KEY ("tenant_id", "event_id") REFERENCES "events" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "trainings" DROP CONSTRAINT "trainings_lesson_id_fkey", ADD CONSTRAINT "trainings_lesson_id_fkey" FOREIGN KEY ("tenant_id", "lesson_id") REFERENCES "units" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "training_items" DROP CONSTRAINT "training_items_training_id_fkey", ADD CONSTRAINT "training_items_training_id_fkey" FOREIGN KEY ("tenant_id", "training_id") REFERENCES "trainings" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "item_completions" DROP CONSTRAINT "item_completions_training_item_id_fkey", ADD CONSTRAINT "item_completions_training_item_id_fkey" FOREIGN KEY ("tenant_id", "training_item_id") REFERENCES "training_items" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "item_completions" DROP CONSTRAINT "item_completions_user_id_fkey", ADD CONSTRAINT "item_completions_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "progress_events" DROP CONSTRAINT "progress_events_user_id_fkey", ADD CONSTRAINT "progress_events_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "learner_days" DROP CONSTRAINT "learner_days_user_id_fkey", ADD CONSTRAINT "learner_days_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "learner_lessons" DROP CONSTRAINT "learner_lessons_user_id_fkey", ADD CONSTRAINT "learner_lessons_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "learner_totals" DROP CONSTRAINT "learner_totals_user_id_fkey", ADD CONSTRAINT "learner_totals_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
ALTER TABLE "recovery_mails" DROP CONSTRAINT "recovery_mails_user_id_fkey", ADD CONSTRAINT "recovery_mails_user_id_fkey" FOREIGN KEY ("tenant_id", "user_id") REFERENCES "users" ("tenant_id", "id") ON DELETE CASCADE;
"""

POSTGRES_DOWN = """
ALTER TABLE "user_field_values" DROP CONSTRAINT "user_field_values_field_id_fkey", ADD CONSTRAINT "user_field_values_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "user_fields" ("id") ON DELETE CASCADE;
ALTER TABLE "user_field_values" DROP CONSTRAINT "user_field_values_user_id_fkey", ADD CONSTRAINT "user_field_values_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "user_tokens" DROP CONSTRAINT "user_tokens_user_id_fkey", ADD CONSTRAINT "user_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "courses" DROP CONSTRAINT "courses_category_id_fkey", ADD CONSTRAINT "courses_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories" ("id") ON DELETE SET NULL;
ALTER TABLE "course_field_values" DROP CONSTRAINT "course_field_values_course_id_fkey", ADD CONSTRAINT "course_field_values_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE CASCADE;
ALTER TABLE "course_field_values" DROP CONSTRAINT "course_field_values_field_id_fkey", ADD CONSTRAINT "course_field_values_field_id_fkey" FOREIGN KEY ("field_id") REFERENCES "course_fields" ("id") ON DELETE CASCADE;
ALTER TABLE "learning_path_courses" DROP CONSTRAINT "learning_path_courses_course_id_fkey", ADD CONSTRAINT "learning_path_courses_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE CASCADE;
ALTER TABLE "learning_path_courses" DROP CONSTRAINT "learning_path_courses_learning_path_id_fkey", ADD CONSTRAINT "learning_path_courses_learning_path_id_fkey" FOREIGN KEY ("learning_path_id") REFERENCES "learning_paths" ("id") ON DELETE CASCADE;
ALTER TABLE "units" DROP CONSTRAINT "units_course_id_fkey", ADD CONSTRAINT "units_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE CASCADE;
ALTER TABLE "branch_courses" DROP CONSTRAINT "branch_courses_branch_id_fkey", ADD CONSTRAINT "branch_courses_branch_id_fkey" FOREIGN KEY ("branch_id") REFERENCES "branches" ("id") ON DELETE CASCADE;
ALTER TABLE "branch_courses" DROP CONSTRAINT "branch_courses_course_id_fkey", ADD CONSTRAINT "branch_courses_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE CASCADE;
ALTER TABLE "branch_users" DROP CONSTRAINT "branch_users_branch_id_fkey", ADD CONSTRAINT "branch_users_branch_id_fkey" FOREIGN KEY ("branch_id") REFERENCES "branches" ("id") ON DELETE CASCADE;
ALTER TABLE "branch_users" DROP CONSTRAINT "branch_users_user_id_fkey", ADD CONSTRAINT "branch_users_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "group_courses" DROP CONSTRAINT "group_courses_course_id_fkey", ADD CONSTRAINT "group_courses_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE CASCADE;
ALTER TABLE "group_courses" DROP CONSTRAINT "group_courses_group_id_fkey", ADD CONSTRAINT "group_courses_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups" ("id") ON DELETE CASCADE;
ALTER TABLE "group_memberships" DROP CONSTRAINT "group_memberships_group_id_fkey", ADD CONSTRAINT "group_memberships_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups" ("id") ON DELETE CASCADE;
ALTER TABLE "group_memberships" DROP CONSTRAINT "group_memberships_user_id_fkey", ADD CONSTRAINT "group_memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "certificates" DROP CONSTRAINT "certificates_course_id_fkey", ADD CONSTRAINT "certificates_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE CASCADE;
ALTER TABLE "certificates" DROP CONSTRAINT "certificates_user_id_fkey", ADD CONSTRAINT "certificates_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_course_id_fkey", ADD CONSTRAINT "enrollments_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE CASCADE;
ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_user_id_fkey", ADD CONSTRAINT "enrollments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "learning_path_enrollments" DROP CONSTRAINT "learning_path_enrollments_learning_path_id_fkey", ADD CONSTRAINT "learning_path_enrollments_learning_path_id_fkey" FOREIGN KEY ("learning_path_id") REFERENCES "learning_paths" ("id") ON DELETE CASCADE;
ALTER TABLE "learning_path_enrollments" DROP CONSTRAINT "learning_path_enrollments_user_id_fkey", ADD CONSTRAINT "learning_path_enrollments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "unit_progress" DROP CONSTRAINT "unit_progress_course_id_fkey", ADD CONSTRAINT "unit_progress_course_id_fkey" FOREIGN KEY ("course_id") REFERENCES "courses" ("id") ON DELETE CASCADE;
ALTER TABLE "unit_progress" DROP CONSTRAINT "unit_progress_unit_id_fkey", ADD CONSTRAINT "unit_progress_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units" ("id") ON DELETE CASCADE;
ALTER TABLE "unit_progress" DROP CONSTRAINT "unit_progress_user_id_fkey", ADD CONSTRAINT "unit_progress_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_endpoint_id_fkey", ADD CONSTRAINT "webhook_deliveries_endpoint_id_fkey" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints" ("id") ON DELETE CASCADE;
ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "webhook_deliveries_event_id_fkey", ADD CONSTRAINT "webhook_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON DELETE CASCADE;
ALTER TABLE "trainings" DROP CONSTRAINT "trainings_lesson_id_fkey", ADD CONSTRAINT "trainings_lesson_id_fkey" FOREIGN KEY ("lesson_id") REFERENCES "units" ("id") ON DELETE CASCADE;
ALTER TABLE "training_items" DROP CONSTRAINT "training_items_training_id_fkey", ADD CONSTRAINT "training_items_training_id_fkey" FOREIGN KEY ("training_id") REFERENCES "trainings" ("id") ON DELETE CASCADE;
ALTER TABLE "item_completions" DROP CONSTRAINT "item_completions_training_item_id_fkey", ADD CONSTRAINT "item_completions_training_item_id_fkey" FOREIGN KEY ("training_item_id") REFERENCES "training_items" ("id") ON DELETE CASCADE;
ALTER TABLE "item_completions" DROP CONSTRAINT "item_completions_user_id_fkey", ADD CONSTRAINT "item_completions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "progress_events" DROP CONSTRAINT "progress_events_user_id_fkey", ADD CONSTRAINT "progress_events_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "learner_days" DROP CONSTRAINT "learner_days_user_id_fkey", ADD CONSTRAINT "learner_days_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "learner_lessons" DROP CONSTRAINT "learner_lessons_user_id_fkey", ADD CONSTRAINT "learner_lessons_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "learner_totals" DROP CONSTRAINT "learner_totals_user_id_fkey", ADD CONSTRAINT "learner_totals_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
ALTER TABLE "recovery_mails" DROP CONSTRAINT "recovery_mails_user_id_fkey", ADD CONSTRAINT "recovery_mails_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;
DROP INDEX IF EXISTS "uid_webhook_end_tenant__ccaf6b";
DROP INDEX IF EXISTS "uid_events_tenant__ee657a";
DROP INDEX IF EXISTS "uid_training_it_tenant__ba59e9";
DROP INDEX IF EXISTS "uid_trainings_tenant__15d7ec";
DROP INDEX IF EXISTS "uid_groups_tenant__e5ac0b";
DROP INDEX IF EXISTS "uid_branches_tenant__e2be10";
DROP INDEX IF EXISTS "uid_units_tenant__de1466";
DROP INDEX IF EXISTS "uid_learning_pa_tenant__9feb47";
DROP INDEX IF EXISTS "uid_course_fiel_tenant__dacff6";
DROP INDEX IF EXISTS "uid_courses_tenant__a6fea8";
DROP INDEX IF EXISTS "uid_categories_tenant__f97827";
DROP INDEX IF EXISTS "uid_user_fields_tenant__13a0bd";
DROP INDEX IF EXISTS "uid_users_tenant__b7a83c";
CREATE INDEX IF NOT EXISTS "idx_users_tenant__b7a83c" ON "users" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_categories_tenant__f97827" ON "categories" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_courses_tenant__a6fea8" ON "courses" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_learning_pa_tenant__9feb47" ON "learning_paths" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_units_tenant__de1466" ON "units" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_branches_tenant__e2be10" ON "branches" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_groups_tenant__e5ac0b" ON "groups" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_trainings_tenant__15d7ec" ON "trainings" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_training_it_tenant__ba59e9" ON "training_items" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_events_tenant__ee657a" ON "events" ("tenant_id", "id");
CREATE INDEX IF NOT EXISTS "idx_webhook_end_tenant__ccaf6b" ON "webhook_endpoints" ("tenant_id", "id");
DROP POLICY "tenant_isolation" ON "api_keys";
ALTER TABLE "api_keys" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "batch_tasks";
ALTER TABLE "batch_tasks" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "branch_courses";
ALTER TABLE "branch_courses" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "branch_users";
ALTER TABLE "branch_users" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "branches";
ALTER TABLE "branches" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "categories";
ALTER TABLE "categories" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "certificates";
ALTER TABLE "certificates" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "course_field_values";
ALTER TABLE "course_field_values" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "course_fields";
ALTER TABLE "course_fields" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "courses";
ALTER TABLE "courses" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "enrollments";
ALTER TABLE "enrollments" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "events";
ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "exports";
ALTER TABLE "exports" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "group_courses";
ALTER TABLE "group_courses" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "group_memberships";
ALTER TABLE "group_memberships" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "groups";
ALTER TABLE "groups" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "idempotent_requests";
ALTER TABLE "idempotent_requests" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "item_completions";
ALTER TABLE "item_completions" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "jobs";
ALTER TABLE "jobs" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "learner_days";
ALTER TABLE "learner_days" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "learner_lessons";
ALTER TABLE "learner_lessons" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "learner_totals";
ALTER TABLE "learner_totals" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "learning_path_courses";
ALTER TABLE "learning_path_courses" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "learning_path_enrollments";
ALTER TABLE "learning_path_enrollments" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "learning_paths";
ALTER TABLE "learning_paths" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "progress_events";
ALTER TABLE "progress_events" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "recovery_mails";
ALTER TABLE "recovery_mails" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "tenant_counters";
ALTER TABLE "tenant_counters" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "tenant_days";
ALTER TABLE "tenant_days" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "training_items";
ALTER TABLE "training_items" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "trainings";
ALTER TABLE "trainings" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "unit_progress";
ALTER TABLE "unit_progress" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "units";
ALTER TABLE "units" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "user_field_values";
ALTER TABLE "user_field_values" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "user_fields";
ALTER TABLE "user_fields" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "user_tokens";
ALTER TABLE "user_tokens" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "users";
ALTER TABLE "users" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "webhook_deliveries";
ALTER TABLE "webhook_deliveries" DISABLE ROW LEVEL SECURITY;
DROP POLICY "tenant_isolation" ON "webhook_endpoints";
ALTER TABLE "webhook_endpoints" DISABLE ROW LEVEL SECURITY;
-- The role stays: other databases of the server may use it.
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM "atrium_app";
ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM "atrium_app";
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM "atrium_app";
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM "atrium_app";
REVOKE USAGE ON SCHEMA public FROM "atrium_app";
"""


async def upgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_UP


async def downgrade(db: BaseDBAsyncClient) -> str:
    return POSTGRES_DOWN


MODELS_STATE = (
    "eJztXf1z27jR/lcw+uWSd3Rp4nzcna/TGUlmUt3JkivJl7tWHZqiYIs1Rar8sOO2+d9fAP"
    "wmQYqUSYpkdubmYpFYUHoWBHafXSz+29vpG6yar5ZYkzSrd47+29OkHSZ/xO70UU/a74Pr"
    "9IIlrVXW1GJt2DVpbVqGJNOubiXVxOTSBpuyoewtRdfIVc1WVXpRl0lDRbsLLtma8m8bi5"
    "Z+h60tNsiNf/yTXFa0Df6CTe/j/l68VbC6iXxXZUOfza6L1tOeXRtr1kfWkD5tLcq6au+0"
    "oPH+ydrqmt9acX7jHdawIVmYdm8ZNv369Nu5P9T7Rc43DZo4XzEks8G3kq1aoZ+7FoNrPV"
    "GczpbiQliKYq8AQLKuUXAVCjX99Xf0K3x/9ubdD+9+fPvh3Y+kCfua/pUfvjqPDoBxBBk8"
    "02XvK7svWZLTgmEcgCobmCIhSlYS3Atyx1J2mI9wVDKG9MYVfeX9EcfdQzkLeO9CgHww2u"
    "qAnvzAzUxTn1yVZ+C8HF8Ki+Xg8oo+bmea/1YZfoOlQO+csatPsasvPryk13XyIjkvmN8J"
    "+jxe/hXRj+jvs6nA4NVN685gTwzaLf/eo99Jsi1d1PRHUdqERqd31UONtAy0bu83R2o9Kg"
    "lab4rWPYxCane/faB1U7XvkvoebSWDr2uvfUzLBK1j9HraaXQnfRFVrN1ZW/Lxw9sMrf42"
    "mI/+Opi/+PA2pqmpe+eM3foagZb9WwBar3050J76lYmA++anNznQJa1S4WX3ovjuVUnj4y"
    "to9o5hPCbfSdJknMDak60PawKQ4X2PvGj3RrO5cI6o5EpbXA4mk3Nk7iRVXWnDwWI8Okdr"
    "yVTklfZpPvt8ju4M/XGlXc1n52hv6OSvyfWC/KnaJr0qXI6vL+kdvFPs3UobXS+WM3JBtk"
    "1L3/WO0eqHPEqNT24hnX6Iq5Roy7LNY5UaSNeoVmLyKg+FFTsYLce/EdU60kS514srYXoh"
    "XBAF2+YekydumqESaa+IxMonEHFM7aGuq1jS+PNZTDKmkzURrUop3ipSwbyWAe9wNptEVv"
    "3heBnD+fpyKBD8GfykkWI5DotrkYcscPZOilvdNtQnUVV2CscoS/VzUqQPOz4c/F0oG7Os"
    "lOL6BEBTg/Q/ulZonQ7L1DjRXC9HBWeZYy2hd3ksoXfpltA7OodQl/32PuRf0gtrSb5/lI"
    "yNGLkTnWzu8RNnBRi6kh9/nWNVYj8wCb/LXAz2yq/4qYVG01dvqHlXexyLHT9gl3I5HiGB"
    "9tFVgP6lr58Jzy/6uqvgPOL1VtfvydNVYngYCn4mVJ+d/i6c7jr70nmwEcNsryvPfv9c1A"
    "S3t66ihr/sdePZcxXrpEsQ0ZVQP9PT1sbkrd3ZLn5F0qQ79pPos+mTomsfh88PVsV0Pj+8"
    "/pZL6P/DjRWILglv4FvlS++fMZ4/1or8/59A/ddJ/QNnVTFn5Yz7AggHEl3EuHS6gsxe4l"
    "Yyt0UgDst0EORy/LkITSfre57h+MtiNk0JG/gS8fCQIlvof0hVzMqW+N6fb21Nphiita2o"
    "lqKZr+jz/lKVO50BN0UowhF5ML+4HPwe18BoMhvGQz60g2GcLYJ4bccid3nitapkWqJtHq"
    "X3uGwJmm8YUdgSRXNCtElNG/hBvz9Kz1FJ0HKTtRzxfHK6NVGf6hh+v3ETdgkOToJ6joOc"
    "RPijbmDlTiMOciLEyGclguy4lgGcxkqQy4b06PvZ0aFFfj/51dgJV40Gi9HgQuh9TWf0q2"
    "Q45ljWKdV4KSlqj8NzRO73s9gOw20p7kjTfJxHb6AhSZZ1W7O+98QRFUdEuTbeoFvdQBIi"
    "S6vxM2LNiC6QtcU7JEt7E231R9Jce0K6hlkrdIct81U81FvhYw4nW8ZIGCru/nlPWtF/Q2"
    "Yj8DO18jOeBo5Jj/Bkm+zi9q4Gi8Xn2fxCnAukyTnaS6b5qJM5g6y02Fpp1wthPh1cCuds"
    "WHv00+l5B/DB0qHvrg8GNlt5k14oEzlYcXJiGpIARMEKrtUKjo/cEmC9drvpAKjeF4igGn"
    "pdm+RZMNg5HoWnjnRPgv6g6oOmqn6naD3yE2LXMfUMONeJBvCdwcLrogc5p9XmUBg2tL8j"
    "KR4k3UK0tm5vwBkQXHcghff1BJrsAzQpXuu8WgUQ9gUA4XwIQ8ZBtfiatlEU4pAIoJwzr8"
    "OjKYrmHiQEj0K8YWGZKOBn79/nAJy0SgWc3eP4iAwknllxmAyLyNfnM74vhnhvcX0lzMXB"
    "xeV4SkbuSnP/Oltp4+liOb8eLWfzc/R2pU2EwXxKmoYvv/MvkwfnpMkci+Xt2Q8ffGOFfs"
    "iyU9jGtKQX/83u5RpPvSuKFurx5BQl7HVJolx+bpSqy5JaCONAokaEsVYPwOUPY2Zhi5pu"
    "KbeKzJxbXoJ51sbElB5gg2L+DYrhL5cAf4m/pDj2MbEu2DpZ0Qzh92UE70Synx/MmMymn7"
    "zm8QzARKBpo/D2VHxUdSltQ2ggE4P8lgp1CvSL2fVwIqCruTAaL8ZutqUfM2I3o4N7Lgwm"
    "idHN1m2HOaPcV9GYHrcDSL9qcvpViCwtsnjHxLowo1VtIfFo6eMQF9Pjfh1AvhKigmX+pv"
    "DGOXKG0whkmMwaNZmZ2DSpWSs+SKqyEaVbixeXzNZ3Wh+g+SZrHvKQ0mfX7uYhQe2+rmmd"
    "87InttdD9lkPcqValSuVpwaQAzMxOuzn1iaheTtMOb/RzjqEfHQW0O8xlwItiNSS9tNVkN"
    "YGeTm34g7v1tgwt8r+mYANWX8dytNLIHZn6Pa+PMA+0e4u/d66ipqMDTeq8NzJaxT01FWw"
    "sGboqroroZyZ31GXoKo61fVjIkkzcbN/KOnVe14/1945t9assyONSSICp6LhDVo/0e1ryL"
    "Eh0IubG7eIpTMopjc3SNHQUlKJjieXC9LO2JkvOfvmKnnE4dRchmCu3FrIkIV6Rt2hk/kZ"
    "WPlSfFKyr6rMerDwF6tXDG0WxSUvBZFcaRfz2dXF7PP0HG0Mfb/RH7WVNvqrMPp1OPv9HM"
    "lbLN+v9S+k3WApkDbu2n36nAl9n5InkV6xJyQCJXsihFAZJXvIwkxGh+4UzCyQuhKRqzFh"
    "xb/S2owVohGFH9xNXWTDIvVRZa8bvdRCpKG7nDPseAbOuSEA18w5A9t8ciLCQS2LjfBxzU"
    "NJhAIIle7JTSQwHd5Oy74ZbJWtlwh48AZPXibAFwAqIB8V4A///IM3LAJ2Ae94GrC2oL5M"
    "QxEF+xXqy5weVO8LFKsvk1i3SgLVnz26imx4xW5a6R4ngSXFg/CzWw44D0E2TZ54pq7h7y"
    "lHhVhePFIV7b6PJOSmTvcRq9LpbfH/npUwROwJPyPTIgNsQ3pQn5Bkkma0AAAvoFnJMw47"
    "NqwLpyrBofJAocXRNva6Cc5Nzc6NB3sC2ZyH4QbiTXZ2epPZJ1r8gL0HK20hLOj+vnPvTV"
    "hp2bVDmxGJC71WXG2l2PQRqSYr6UiPtPxdZhCeSIe+u+EJ/GWvkN6O0HpUsoNab4mWORsf"
    "kmo+8tgTOPGkJfoF3qs8sxF4L+C9gPcC3ut05MyIQH1Hc9Y43Ix/r59FzchOK6WGgC5kcj"
    "eT44BM7qormBq4qMkVkTnKQGiYDV22xbU3FJkzajNKdfkSUKgrR6EuIHnSh3J3SR6odtE1"
    "rXNIAah2AR5sU5ytCjOPZd02zGfvFWedtNY6qDfj2AWL54v6MGZ4ooG+KnVDZfJo3mk7qn"
    "131Bk+rgf95Ocng+cKnms3PFf2qhTA12sPFUPzHSBDp5wC8HrtYfjmwxdKqZ+qlDqwM+mA"
    "l8LOSHtJVizOHvdUmyIsAoRiklBU8QPmnEeXiqffHsDk7K5RdlhUlZ3CcXjTKYWIEMDKPf"
    "jJsMQwiVaEoktKQ6pOc1i5lIy74KCLY1Se0gXovcl6V0wxONwsRl1lVbCJyMGRS/kL2BDg"
    "9vZaVcwt5rA0hzCPiELhoAK4Q4wx3XJoZ7QJYozfotbzxBjDLHl+lyAmBT4BFDKA4G2jAo"
    "r956Ufey94CdCG813bNSXkzkKOTYcReMmXQNPryaTuoyCc0C7TUefKc0XMFo17NmihOmaa"
    "0qVXP0pWQMX506ZdfEykHHBu9w8nYBSpOw+7ASCnAnIqoK471HWPiUBd9wgtAXXd20jPQl"
    "13qOte28LbTuYT6roDQdcQgGveXQHUUSMc/tTa7jxs87n+ddV3d595oMI7OP91Ov9Qy736"
    "LRWJUX84ChqWAWuAY1n700d+UMMigCkElsFubZYFdYTdmpxnywgr590B3AZg+VHl8PJSX1"
    "X3WFyqq+iG15kmlQ6bYMnQyC+8kpixk3AgIvf7Wc6D6rYU96Rp9X4DOAkQITyhPQC7rlsO"
    "L+wKPtWuYNjYAhssmjL2Oxxwgg0WXdN6ng0WQNf0gK5pFV2TJ8xIXUqxlEpuYX+2U5xOda"
    "nYYcggLfs5BEt6ZTz+sMxJtoh11cyLPjUevwU65qRH1EGaXrmBLwjRVoEqbwrJCS5PFDCG"
    "kC34AM0yp47wAVJniBLwjUewOoAyN8LImx4hQF5vgPw0MVy2oZjjVHgbjTNO5PZ2M+c5i5"
    "s2RvotkpCDBHqxlFTiCU4uF9+ZiD77ZzQgWNs78tEbjaStRiYAC8mSqpqIOBY7cs80Cdov"
    "eYdxV/OQo8LJWYmqvukMpb7By2mhYdPirajuu94rhm5vNJsuheny3JsrVtpv4wthdo4elA"
    "3WV9rg+mJMPkn2RiGfLmaj60vWnOjD3rH2n4XhOXrE65W2GM3ml+fIlHVjt9KWwoLtczVJ"
    "m8X1/DfhD3LLNh7wE+l1sRh/mjo9SaZJVlSnr4UwWrpnq8ve4Dz9bldI6ag6pcMfunnzDU"
    "IikGsAuQbVQA+5BhB1hlwD0HrRYo7AkAN722BUgb2FDTfNALZ8PjF8yI5O5/QSihJehXrq"
    "AOjJ3Dh6h/TyTKiWbjddgqlKenpokDedu7nIvdPPoqjXrE0NyS1QibCZlC+QUrARppvklP"
    "sDRFWXJbXQGE9KdgH/qultIAOBDGzMWG8nLQRk4Leo9TxkINBWPaCtWkVb5SFXHO+znK1H"
    "jrfbKV4rMQu4eNkmNkpB65p01CWsqudZ0vcYxcffIc6ltm1F7uNgP1HdK00/g3YB271rVl"
    "we2z3yKuZ8oyIyYMXBVjIIlLcMVfA46g+Ur/3Y1zOBDYJoHQCWGyiPLDCQgtCUFITqfRnm"
    "/aV6Mp5veNCP8b3R+rwY+kieDxOTiTQD3wZ8m5NPHeDbgG8DVvjJUfUWhvyYhiQAUfBrwK"
    "9pFLBl+DW2a+8+E9cOhVS4qIYmwiZ5NJ8M3d73OM6Mc6Of5cfc0SYny4C9x0+QF9s8Jwby"
    "YiEvtpt5sXTCKTCw3eZdQLqGYU2fQBATDbzBu7TTzVMn5xTpozyOpmFfsgu3NxSZx0Krup"
    "RWqcaTiMF5S0XaB2gGWhez6+FEQFdzYTRejN1j4n2uiN2kl4Lc4rkwmEByMZB4kFzcOa1D"
    "cjFQYg0BuObkYubWl5NbzEiETsWrE3PADu/W2DC3yr4MrC793rqEV+UEVnp2cWwEHiCzas"
    "stdp4GqcV1rzN9CL9/QzZcHssdkmDLe7fiNkQhUMMigCmkNIC30Swrrv+8APydF098Jq5+"
    "XLIDsHIDxeF5ELKKv4Ws4rjnl+bGRJ3DQ65MzDGtzZ2BHONTL299cHLAyQFzHMzxFqIKGc"
    "bg4ICDAw4OpBd3Ir14hA1LuVVkyeJGZ8K3+1kujRw0rN6bCWEJsZlmuC2QVVxt+qVimvZR"
    "XmFEEJzCNjmF+MteIb0dofSoZAlab0+KaJOUzElRg/gmOP/tRRWcf3D+2+n8g5dajpcKoc"
    "1uhTYFzdBVlR4u3OO4/6G7/SzvH/vtGuL8p57Bzt+QnLgo67s91RBznCACWiuVQIbS0eeK"
    "e7I1niuuYsnQnFWhANq9iTCYT4X5OXLlV9p4uljOr0fLGbmoUMRt2dKdfk9+BAqB27I5+f"
    "P5tBJI16gXTbfIy2vR7aZ4U1Q79N5guRSIZydcENDDfVFNiVfz2ae5sFhQVYneUXorbTS7"
    "vJoITMafQlba1WCxoJf2kmnSzx8H4wn9fCspqvvdTq5h7zeIe2zI3MPGM3egJoWP3Ix6lL"
    "JfV7u+80AuYyuqKRNLqRDQvgRs9c2BLyW3RHNPBqRoYvLoTZEt63zh+pzYqsZ02ZyAY/sd"
    "xU3HRIGdbgpxmW9fRshELqj4uCww1E1mqGHvfNfeb47aE/tmIS5RxWoJcYkqUIW4BMQlIC"
    "7RDVAhLgFxCfPVhLKi5CdeSdY2O0aR0rKfFa9QXRlxT4TEOqMX0Sdnb8iCsEOdYQfgMbrn"
    "5+ThMXhvZM5XiycK1iR4PeD1tAhR8Hrq93oiE2cJ+IZtwI6gzDXXeQsO+Jjd3qF1rSnWlR"
    "tf73H8n8j9fpbXQzRi+bkKlXs6ITjZg/NXnOhnJ2xFegP/qC7/CFKAup4CBOko6YCWkY7i"
    "Dp8iSShhEUg9SbiVkN9TPchk5jaOi/5HJSHHoznBfsjm+XY1Ddk86VNnO1luyOYBXrtLqH"
    "oOfn5MQxKAKEQKIFLQDJoV8qMaw13H59cyMHW76SymwaICOWffQs7Zkn5t5ycmoiz+vX5W"
    "hMVyW+WLrvQGaK3q8j3SbxHRmCErJjaRoiEJqdg0de1n/6/vTOT3jba6ukHWFiPiIyjsLF"
    "X05tUr7VWcRa6i/8Nxn8NxHueRnnXhPgPCOTXXGQeHsAJD2x/N+UENiwCmHEyhtCQcWH96"
    "mreKA+vhrIf0cd9OKhaOov4WtZ6HgI8Yvbnzy8OGMtgGQMADudkYbqOUNGj6fgMVlyPvOT"
    "QRHn9wumLh3TMPAfd4oDHpqiOIV34CeASzDG7Nw/Qwvyb6msxBsmk++UWJMMknun4O/f2d"
    "iViXBbi10rotg1ILgImRaons6eBVAsKtVsINDMAqDECgMatAFWjMClwVikYCz3y7JzzZJl"
    "Oavd9mo8HwejKY/3GOHnRZWtuqZDyttE/zweXlYH6O7gxpt5OMlTYZL5bCdDz9dI5UxSTL"
    "E9HDSpsLgwt2jZIA7MriShj8yi6Zeyzds2uf5+Mlu/RokPFGr/ztevz3c/RvW/lPfJE+0T"
    "aKe0VVj9W0L9xoVZerwLwDpxnqVfEDPlq9vnCj1Tt4c44Gb1ba4Iz8e7bShuTzkHweks9D"
    "8nlEPo/I5xH5PDo7Ri1nObRylqqUs7hOIERUbYiIPNHi1oT+ZTGbphlZvkicqFZkC/2PTR"
    "xVod37862tyRRItLYVlUwz5iv62L/0KtJBBuQUouzIUTxI1I+Sz7QDiBx1PYYAkaNvUet5"
    "IkcQ4+hV4Y5FGbO8uMZ4NkAWokenih55Y7EMaENddQBcbgwp9uo2KfGYBj5GziZa59cnQi"
    "SxFv2sIAmNOIiy3zh3LrJ7ENF3JrpVDNNCQRfohW6wyhUvo6EOFtzgpR0f29VKW2kTxnmH"
    "RWTdJsqm4RMTIzI0t9ggHyTN4xlYYCV45ONWVzEijrZmoS1xMnTjKWecJbSLIhJpKla75t"
    "gIy1C5+1aCLD+dnb19+8PZ67cffnz/7ocf3v/42l90kreyVp/h+BNdgCKmGYRiThWKaVQJ"
    "gabB3V6PJOmIgktSxQuUWHOO8UsCUcAYdkKDu9cMjwR2QjdyJ3Rk2izRj+5QduABXzpYbp"
    "rkUHv1UIWHlEMjog36We60f7Yp8yirr5sqqwqtSceeVszx1GXZNgz3zOpE4l/kLjimjXRM"
    "47pPqCI9pM0R7WB0+8O7HMHtD+9SY9v0FiQQVm9mA8NSBapNcBAbtmW3bIh125J1XjIRQf"
    "ZweldIuskDuLdYDuasQvWbSL3qs6BO9dugRPW7OMGfqYm3Zz988JVAP2Thv7gcTCackrP8"
    "DMrFTlLV1BGeljnZ5mFdBpgp+YrZYKblKX7rYEKJ9HTIyiiRTo294hhHpADnHDi7Fc+d+u"
    "cFzIiEHNRLT1gQIT87AWx2FCwmCkEwCII1XqMQoGkiohCggQDN6UE9LkBzmpDBxMkfu5Ce"
    "epx4Qehu/+DB0uT3baSnnHl3n7eSxcpwMkG0UTZI18h/GJE++iy1jfyB1pgmukmIrv20hC"
    "e97oxPWrqTGAPoP0QmmYtXfveF0uhI34cCGBsH05DQlz39fxBuieUyhk7rYUa/aNq74ANL"
    "FoQAR0MDHK6yk0YxH3y3eZYh3N6pkuvbEcM2ZhAF70FOeygQAOcsJUfRm0pyx3siUgBrHF"
    "Znxs6JptMYQExwi2lH2GUtT108uq6WNSrG6XpGRDFe15M6knNsFPhVM44h6yz/XBGT6swQ"
    "hwKYjUYVSCggoYCE6gaoLSShnC2QvXQeauIXjj1MRTlpVUfsAnX8yL5D/0jaBrHFmB0gQ/"
    "kjp98+klSVNcneB3pMZ4WYptiuy3S+KZK8F8k5A2Kp6UY7bOmE6prtRxUYPWBNWjoBA2sC"
    "rEkHJg1gTapAFVgTYE2ANekGqC1kTZa6Jam9dNLEud/Pw5lYtOkRlImkqt8zhuP3q3OWQ+"
    "NfIG022Fjr5MeiR4UMHttCxAza0bQbYt4bTzQNJ5tCKaPz/JRKnEUB3qORvAdE3sEcbCiq"
    "YA6COQjmYDdAbZM56IzmlETu4GamIegOmMJp3H7OtGu2mbGMa/RC0ZBihXKqX/ZpDOxmKU"
    "wH06V4MfhDHF6PfhWWixtk6I9mwiKs6kErbf2Ebm5cnd7cIIKKrerM0GRMUh+ZOvlLY1vU"
    "NIt0dodN8gCTKEXfoUdJsejzaXuTYE47zWlyulm+a1u+xxYYnu0wPCGTu3AmtzvAE6hlb8"
    "UPpLpkE5WxGR/iaJAZ33RYwT+HGG/L1nyI8UKMtwOTBpB6ZaEKFFQ9FNRp6JLUGrk5auPW"
    "VBL3cFIvG01uy0Tl29CRh5C+20w2wdNfFP/0ardeeyhxm6PELUU9CW760a1eezi3lZlzcG"
    "5rPW9BO0/wzHNuK5iiYIp2xRQNLStYVR6woWAeMePKfvx1jlXJO7OQj/dnvN7q+v2F091T"
    "DuCbWaszgfvXKs32oWTJ26Vk3vc4pntwM9N8X9NmokXa5c51YyLI3pvYsNCLm5s/sQt/om"
    "FD8+YGreyz12cfXiLJZMFHWVJVbKBbXVX1R3oJWVtDt++2iEiy5/7pv8rm680NL/Otykdx"
    "fI5sB6PwaY7fiuPwTL4m3SW4Jz+riEvgte+gS/D2LIdL8PYs1SWgt2KcoyVZNmfepvAeLn"
    "MfSNcHdm+PtY17RHEBxHtXwvRiPP10jlz5lTa/nk7ZFcPWNHYlVALfP4gyqH9/Kykq3sQn"
    "qDx6e/Mhh97exA3TQG/0VsyVM55E8rU5C66uq1jSUhy6QCqmsDURq0pj/pV6/bbhbDaJ+A"
    "XDcYyOmF5fDgUC/MsoNc+hkL2M8bw2u9ce2Pg4lHtDl7Fp4iIrZUQGIE1E7B1GoACgIQmA"
    "M5GuvN8UhDMkAXAm4NTkraTdFQM0LAOQxiENDJGceAYCAGYczA0mnq7yUPCVj0kBrImcPM"
    "PQDY5jkR5tCCSaEW+gz4N4A8QbWhxvuFU0xdwepfaYaAl6byZZ23Q1e5hAXAniSqcGuPUp"
    "TuMN3u118vWsOSaImtx0p2SjflbsRPGbi4bTPmcMZbnF6FYxTAuRmWBPMMXI0pGErmaLJZ"
    "Ilw3hiR3Fo6ObG/0ry0/dknN3c9InMXpWe8Abd6gY6e4e2ychJFQ84nKN1j3knfeAve4V8"
    "i+KpVxA+eW74BHP2Z2VETzBvf1YXgidn79/nYOFJq1Qant37Grew7rCxNxTeypCOckysg2"
    "iXn73mBJsIiBv+qcwp6fFRqQ4dY1uaq+6tDuJa33DmiqGiScYTH92EaDys9GQ5WSHtQjgr"
    "quQ63L5bQEbscDwdzP/w3XPfN5jMpp+GHAd9+MdSGKQpYctq+BRiTniyz+JQ2qMOIEuALI"
    "m0O54sCZmoBbUeleyg1luiZeBKgCtpCsCt50oc5Ed0Xynz81Mq6HgN+jmq6MhO25z8yFx/"
    "dArOmOge7y3vNFJWU4aIaqbkBGxo3qdGc0NNdp6EA6DJqtTY2q2ikifijW/5RBiS8h+x0p"
    "ySkaRb02I1eNzxh+jCSXux6L/6LZLQaHY9Xb74v5c5iRUG/7OK4gCX8kwuhf2bgDXdzffa"
    "g3+fw79/kFSbg27W3ktfpDPx95oLO4AxBMYQGEOHjaFf9DXPBKKXMw2ff+nrCnbFJ6IrQR"
    "6+YWssxpLY+1543wrseS930oUNLiexKvbSk6pLHHzT6dSQSDMy0Tq1872FO45IUxtvCiqg"
    "97dr4ZpuG3KkeduNFtejkSBc0EamLcsYb5q63UiyLLzbF6qxGBbpjHleWsyN6usIUONi9Q"
    "H7piXAugZQAtJsBj+QAva+0ey9qsv3eCPamqVwNuRlKzkuCzmtLdD0ulD2UkToKAuhYRqt"
    "2jxWJdMS2c6LJMxL/CXtwNyIVBdwznpzhN+X2VZwJOHDax43jSHFAFIM3I2iR2g9Kglab4"
    "rWOUuZ++1hF863ZrFAMKUHwRQIpvQOBVPidd44gRVOKbj0IMuj01iM1qE7nGAy0zByyRS6"
    "McYVZ0kbrJ4xeqEb7IQl00J7opGXtBW7q232OgE+ueWmnC4LFyXzpCHW0/RYDxsFDowJLa"
    "S7tVEpiPvkcGx32DTJ9MNdjdOBjkoB0DmAdqe74pEBsHjSTrlpXYSsOLi99sS+YN9ZReNc"
    "ldiGY3FXJAIWFYL5I2s/H/4iY4M3NaczuzzZGiPtvYogrpveTWHUMyy8LpHpsRn5pzd5pu"
    "Sf3qTPyfReFGCNjGDRwJbxdASrlhAGXq3JvBrEStLftHay5rm2Y0Y5jZzmQUwK7ANeaT7G"
    "JhTlgcJSHbJmYcNFS0c0xAjqiRHw5uQSoHUZfiHUYwcw9r5ABOTYmpQDZu/AxWdi7B/c2K"
    "6ZOT+woSWpgQEuf2ynB7jCw/9wgMsbSCc5aBN2Gte509g2OOmt6fSB27zJjO+R7MHZ63c/"
    "5qAPaLP0um3sZrzsd/DlCgAdE+sANVYDWROEL4sVBI+KNWMvVqeqgptYNrAlysqeLAMW/l"
    "KIKuYKd2IGqp0t1igQPH886zCnkFSNhzl5i2xrz3LaKCbDTTSwZBac/JOiQNfnWgFoPJd8"
    "BdFUXIelUBJsXBjoeqDrga5vFl0PWxu6pvU8WxuAzu4Bnd0qOjudEWzCgeZtAb7SE82FL3"
    "vd4LKm7p1+FlmKWZs6qi7BueANPRf8cJJsG0oo9SbCYD4V5uLVfPZpLiwW50jFkkG+mrg3"
    "dLqIm/6J1ePZdOGfWU3EyZ3BaDn+bbz84xyxkwoVi80/pz9x3CmXWogIDIk0gwTsVEEmal"
    "mLt4a+K2q4RwTBJ2+OmZ70zpiqLP0oDTtioN8m67d9W0agqFrPIDpm1cc5XkZGIl5EDDLx"
    "js3EgxT9ijl/4IHT0W8nI5iHB3Z9kOP0HpMFm6PJNkeDzksCLUNRm8ZzWcDwn5rhr5K0Hm"
    "BDkbc9Dmnt3ulnkdZS0KZKzhoI6joJ6gdsmAXTS0MiTaamj83lreIEZvpSFUDYbd5BdN+8"
    "fp3HiXv9Ot2Jo/diTpyuWdzNKOlsfUikfrb+NFZdabx8wkaoczH7+v9Ldd3B"
)
