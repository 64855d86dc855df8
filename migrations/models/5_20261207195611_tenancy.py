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
ALTER TABLE "branches" ADD CONSTRAINT "branches_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "categories" ADD CONSTRAINT "categories_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "course_fields" ADD CONSTRAINT "course_fields_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "courses" ADD CONSTRAINT "courses_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "events" ADD CONSTRAINT "events_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "groups" ADD CONSTRAINT "groups_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "learning_paths" ADD CONSTRAINT "learning_paths_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "training_items" ADD CONSTRAINT "training_items_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "units" ADD CONSTRAINT "units_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "user_fields" ADD CONSTRAINT "user_fields_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "users" ADD CONSTRAINT "users_tenant_id_id_key" UNIQUE ("tenant_id", "id");
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_tenant_id_id_key" UNIQUE ("tenant_id", "id");
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
ALTER TABLE "branches" DROP CONSTRAINT "branches_tenant_id_id_key";
ALTER TABLE "categories" DROP CONSTRAINT "categories_tenant_id_id_key";
ALTER TABLE "course_fields" DROP CONSTRAINT "course_fields_tenant_id_id_key";
ALTER TABLE "courses" DROP CONSTRAINT "courses_tenant_id_id_key";
ALTER TABLE "events" DROP CONSTRAINT "events_tenant_id_id_key";
ALTER TABLE "groups" DROP CONSTRAINT "groups_tenant_id_id_key";
ALTER TABLE "learning_paths" DROP CONSTRAINT "learning_paths_tenant_id_id_key";
ALTER TABLE "training_items" DROP CONSTRAINT "training_items_tenant_id_id_key";
ALTER TABLE "trainings" DROP CONSTRAINT "trainings_tenant_id_id_key";
ALTER TABLE "units" DROP CONSTRAINT "units_tenant_id_id_key";
ALTER TABLE "user_fields" DROP CONSTRAINT "user_fields_tenant_id_id_key";
ALTER TABLE "users" DROP CONSTRAINT "users_tenant_id_id_key";
ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "webhook_endpoints_tenant_id_id_key";
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
    "eJztXf1z2zbS/lcw+qXJO2oucdK0dW9uRpKZVK0s+SS5ae/UoSkKtnimSB0/7Pju8r+/AP"
    "hNghQpkxTJ7EynsUgsKD0LArvPLhb/7e30DVbNV0usSZrVO0f/7WnSDpM/Ynf6qCft98F1"
    "esGS1iprarE27Jq0Ni1DkmlXt5JqYnJpg03ZUPaWomvkqmarKr2oy6Shot0Fl2xN+beNRU"
    "u/w9YWG+TGP/8klxVtgz9j0/u4vxdvFaxuIt9V2dBns+ui9bRn18aa9YE1pE9bi7Ku2jst"
    "aLx/sra65rdWnN94hzVsSBam3VuGTb8+/XbuD/V+kfNNgybOVwzJbPCtZKtW6OeuxeBaTx"
    "Sns6W4EJai2CsAkKxrFFyFQk1//R39Ct+evXn3/bsf3r5/9wNpwr6mf+X7L86jA2AcQQbP"
    "dNn7wu5LluS0YBgHoMoGpkiIkpUE94LcsZQd5iMclYwhvXFFX3l/xHH3UM4C3rsQIB+Mtj"
    "qgJz9wM9PUJ1flGTgvx5fCYjm4vKKP25nmv1WG32Ap0Dtn7OpT7OqL9y/pdZ28SM4L5neC"
    "Po2XPyP6Ef1jNhUYvLpp3RnsiUG75T969DtJtqWLmv4oSpvQ6PSueqiRloHW7f3mSK1HJU"
    "HrTdG6h1FI7e63D7RuqvZdUt+jrWTwde21j2mZoHWMXk87je6kz6KKtTtrSz6+f5uh1d8G"
    "89HPg/mL929jmpq6d87YrS8RaNm/BaD12pcD7alfmQi4b358kwNd0ioVXnYviu9elTQ+vo"
    "Jm7xjGY/KdJE3GCaw92fqwJgAZ3vfIi3ZvNJsL54hKrrTF5WAyOUfmTlLVlTYcLMajc7SW"
    "TEVeaR/ns0/n6M7QH1fa1Xx2jvaGTv6aXC/In6pt0qvC5fj6kt7BO8XerbTR9WI5Ixdk27"
    "T0Xe8Yrb7Po9T45BbS6fu4Som2LNs8VqmBdI1qJSav8lBYsYPRcvwbUa0jTZR7vbgSphfC"
    "BVGwbe4xeeKmGSqR9opIrHwCEcfUHuq6iiWNP5/FJGM6WRPRqpTirSIVzGsZ8A5ns0lk1R"
    "+OlzGcry+HAsGfwU8aKZbjsLgWecgCZ++kuNVtQ30SVWWncIyyVD8nRfqw48PB34WyMctK"
    "Ka5PADQ1SP+ja4XW6bBMjRPN9XJUcJY51hJ6l8cSepduCb2jcwh12W/vQ/4lvbCW5PtHyd"
    "iIkTvRyeYeP3FWgKEr+eHXOVYl9gOT8LvMxWCv/IqfWmg0ffGGmne1x7HY8QN2KZfjERJo"
    "H10F6F/6+pnw/KKvuwrOI15vdf2ePF0lhoeh4GdC9cnp78LprrMvnQcbMcz2uvLs989FTX"
    "B76ypq+PNeN549V7FOugQRXQn1Mz1tbUze2p3t4lckTbpjP4k+mz4puvZx+PxgVUzn88Pr"
    "b7mE/j/dWIHokvAGvlU+9/6M8fyxVuT/fwL1Xyf1D5xVxZyVM+4LIBxIdBHj0ukKMnuJW8"
    "ncFoE4LNNBkMvx5yI0nazveYbjL4vZNCVs4EvEw0OKbKH/IVUxK1vie3+9tTWZYojWtqJa"
    "ima+os/7W1XudAbcFKEIR+TB/OJy8HtcA6PJbBgP+dAOhnG2COK1HYvc5YnXqpJpibZ5lN"
    "7jsiVovmFEYUsUzQnRJjVt4Af9/ig9RyVBy03WcsTzyenWRH2qY/j9xk3YJTg4Ceo5DnIS"
    "4Q+6gZU7jTjIiRAjn5UIsuNaBnAaK0EuG9Kj72dHhxb5/eRXYydcNRosRoMLofclndGvku"
    "GYY1mnVOOlpKg9Ds8Rud/PYjsMt6W4I03zcR69gYYkWdZtzfrWE0dUHBHl2niDbnUDSYgs"
    "rcZPiDUjukDWFu+QLO1NtNUfSXPtCekaZq3QHbbMV/FQb4WPOZxsGSNhqLj75z1pRf8NmY"
    "3Az9TKz3gaOCY9wpNtsovbuxosFp9m8wtxLpAm52gvmeajTuYMstJia6VdL4T5dHApnLNh"
    "7dFPp+cdwAdLh767PhjYbOVNeqFM5GDFyYlpSAIQBSu4Vis4PnJLgPXa7aYDoHpfIIJq6H"
    "VtkmfBYOd4FJ460j0J+oOqD5qq+p2i9chPiF3H1DPgXCcawHcGC6+LHuQ5Iq6JfkL7O5I3"
    "g6RbiNbW7Q04A4LrDqTwvp5Ak32AJsVrnVerAMK+ACCcD2HIOKgWX9M2ikIcEgGUc+Z1eD"
    "RF0dyDhOBRiDcsLBMF/Oy773IATlqlAs7ucXxEBhLPrDhMhkXk6/MZvyuGeG9xfSXMxcHF"
    "5XhKRu5Kc/86W2nj6WI5vx4tZ/Nz9HalTYTBfEqahi+/8y+TB+ekyRyL5e3Z9+99Y4V+yL"
    "JT2Ma0pBf/1e7lGk+9K4oW6vHkFCXsdUmiXH5ulKrLkloI40CiRoSxVg/A5Q9jZmGLmm4p"
    "t4rMnFtegnnWxsSUHmCDYv4NiuEvlwB/iT+nOPYxsS7YOlnRDOH3ZQTvRLKfH8yYzKYfve"
    "bxDMBEoGmj8PZUfFB1KW1DaCATg/yWCnUK9IvZ9XAioKu5MBovxm62pR8zYjejg3suDCaJ"
    "0c3WbYc5o9xX0ZgetwNIv2py+lWILC2yeMfEujCjVW0h8Wjp4xAX0+N+HUC+EqKCZf6m8M"
    "Y5cobTCGSYzBo1mZnYNKlZKz5IqrIRpVuLF5fM1ndaH6D5Jmse8pDSZ9fu5iFB7b6uaZ3z"
    "sie210P2WQ9ypVqVK5WnBpADMzE67OfWJqF5O0w5v9HOOoR8dBbQ7zGXAi2I1JL201WQ1g"
    "Z5ObfiDu/W2DC3yv6ZgA1Zfx3K00sgdmfo9r48wD7S7i793rqKmowNN6rw3MlrFPTUVbCw"
    "ZuiquiuhnJnfUZegqjrV9UMiSTNxs38o6dV7Xj/X3jm31qyzI41JIgKnouENWj/R7WvIsS"
    "HQi5sbt4ilMyimNzdI0dBSUomOJ5cL0s7YmS85++YqecTh1FyGYDy3FpJhoXRRd5hjfrJV"
    "vmyelESrKhMcLPzZ6hVDmwVsyUtBJFfaxXx2dTH7ND1HG0Pfb/RHbaWNfhZGvw5nv58jeY"
    "vl+7X+mbQbLAXSxl2mT58eoe9TUiLSi/OERKA6T4T7KaM6D1mDyejQndqYBbJUInI15qb4"
    "V1qbnEI0ovDjuKmLbFikPlbsdaOXWggqdJdehs3NQC83BOCa6WUglk/OOTioZREPPq552I"
    "dQrKDS7beJXKXD22nZN4NdsfUSAQ/e4MnLBPgCQAXkowL84Z9/8IZFwC7gnUQD1haUkmko"
    "omC/QimZ04PqfYFipWQS61ZJoPqzR1eRDa/YTavS4+SqpHgQfiLLAechSJzJE7rUNfwt5a"
    "gQS4FHqqLd95GE3CzpPmIFOb3d/N+yaoWIPeEnZFpkgG1ID+oTkkzSjO7158UuK3nGYceG"
    "deEUIDjgz4QXR9vY6yY4NzU7Nx7sCWRznnsbiDfZ2elNZh9pnQP2Hqy0hbCgW/nOvTdhpW"
    "WXCW1GJC70WnG1lWLTR6SarKQjPdLyN5RBeCId+u6GJ/DnvUJ6O0LrUckOar0lWubscUiq"
    "+cgTTuBwk5boF3iv8sxG4L2A9wLeC3iv05EzIwL1Hc1Z43Az/r1+FjUjO62UGgK63KRtOI"
    "IW8rhPuGrVUarUwEUNrojMUeZBwyzosu2tvaHInFGbUZPLl4CKXDkqcgHFkz6Uu0vxQFmL"
    "rmmdQwlAWQvwX5vialWYdyzrtmE+e1M466S11kG9+cYuWDxP1Icxww8N9FWpEyqTR/OO1V"
    "Htu6MO63H95ycRPFfwXLvlubJXpQC+XnsoDZrvpBg65RSA12sPwzcfvlAz/VQ104GdSQe8"
    "FHZG2kuyYnF2uKfaFGERIBSThKKKHzDn4LlUPP32ACZnb42yw6Kq7BSOw5tOKUSEAFbuCU"
    "+GJYZJtCIUXVIaEnWaw8ql5NsFJ1oco/KULkDvTda7YorBKWYx6iqrfk1EDs5Wyl++hgC3"
    "t9eqYm4xh6U5hHlEFMoGFcAdYozplkM7o00QY/watZ4nxhhmyfO7BDEp8AmgjAEEbxsVUO"
    "w/L/nYe8FLgDac7dquKSF3DnJsOozAS74Eml5PJnWf+eCEdpmOOlecK2K2aNxDQAtVMdOU"
    "Lr36UbICSsufNu3iQyLlgHO7fzgBo0iB+dL3AkD6BKRPdCf+zADi4gsF3KGA+/GKggLufK"
    "1AAXco4N4QVgao7XSo20lyQgF34OIaAnDNGymAJWqEb59axJ2HbT4vv65C7u4zD5RyB+e/"
    "TucfirZXv3siMeoPBzzDMmANcCxrf/rID2pYBDCFGDLYrc2yoI6wW5PzbBkR5LybfdsALD"
    "+AHF5e6ivfHgtBdRXd8DrTpBphEywZGvmFVxIzdhIOROR+P8t5UN2W4p40rcBvOLz9GpwE"
    "iBB2yUWADdawAbiDG4BhDwvspWjK2O9wwAn2UnRN63n2UgBd0wO6plV0TZ4wI3UpxVKKto"
    "X92U5xOtVlXYchgwzs5xAs6UXw+MMyJ9ki1lUeL/rUePwWYrYnPYsO0vTKDXxBiLYKVHlT"
    "SE5weaKAMYRswQdoljl1hA+QOkOUgG88gtUBlLkRRt70CAHyegPkp4nhsr3DHKfC21Occf"
    "S2t3E5z6HbtDHSb5GEHCTQi6WkEk9wcrn4xkT02T+hAcHa3pGP3mgkbTUyAVhIllTVRMSx"
    "2JF7pknQfsk7dbuahxQOJ0cNOc9O/jNR4BvCzuDntNO0afFmVPdt7xVDtzeaTZfCdHnuzR"
    "Yr7bfxhTA7Rw/KBusrbXB9MSafJHujkE8Xs9H1JWtO9GHvWPtPwvAcPeL1SluMZvPLc2TK"
    "urFbaUthwXa6mqTN4nr+m/AHuWUbD/iJ9LpYjD9OnZ4k0yRrqtPXQhgt3WPUZW9wnn6/Ky"
    "R1VJ3U4Q/dvBkHIRHINoBsg2qgh2wDiDtDtgFovWjlRuDIgb9tMKrA38KWm2YAWz6jGD5R"
    "R6dzegkVCK9CPXUA9GR2HL1DenkmVEu3my7BVCVBPTTIm87dXuTe6WeR1GvWpob0Fm7ZQS"
    "B8YZ/RCY0g2AjTXWrK/QGiqsuSWmiMJyW7gH/V5DZQgUAFNmast5MUAirwa9R6HioQSKse"
    "kFatIq3yUCuO71nO1iPH1+0Uq5WYBVy8bBMbpaB1TTrqElbVsyzpe4zi4+8Q41LbtiL3cb"
    "CfqO6Vpp9Bu4Dt3jUrLo/tHnkVc75RERmw4mArGYTJW4YqeBz1h8nXfuTrmcAGIbQOAMsN"
    "k0cWGEhAaEoCQvW+DPP+Uj0Zzzc86Mf43mh9Xgx9JM+HiclEmoFvA77NyacO8G3AtwEr/O"
    "SoegtDfkxDEoAo+DXg1zQK2DL8Gtu1d5+Ja4dCKlxUQxNhkzyaj4Zu73scZ8a50c/yY+5o"
    "k7ryXxM1Du7xE2TFNs2FgaxYyIrtZlYsnW4KDGy3eReQrmFY0ycQxEQDb/Au7Wzz1Mk5Rf"
    "oof6Np2JfswO0NReZx0KoupVWp8SRicN5SkfYBmoHWxex6OBHQ1VwYjRdj95B4nyliN+ml"
    "ILN4LgwmkFoMFB6kFndO65BaDIRYQwCuObWYOfXlZBYzCqFT0erEHLDDuzU2zK2yLwOrS7"
    "+3LuFVOX2VnlscG4EHqKzaMoudp0Ficd3rTB+C71+RDZfHcocU2PLerbgNUQjUsAhgCgkN"
    "4G00y4rrPy/8fudFE5+Jqx+V7ACs3DBxeB6EnOKvIac47vmluTFR5/CQKxNzTGtzZyDD+N"
    "TLWx+cHHBywBwHc7yFqEJ+MTg44OCAgwPJxZ1ILh5hw1JuFVmyuNGZ8O1+lksjBw2r92ZC"
    "WEJsphluC2QVV5t+qZimfZRXGBEEp7BNTiH+vFdIb0coPSpZgtbbkyLaJCVzUtQgvgnOf3"
    "tRBecfnP92Ov/gpZbjpUJos1uhTUEzdFWlBwv3OO5/6G4/y/vHfruGOP+ph7InNylzL8r6"
    "bk81xBwniIDWSiWQoXT0meKebI1niqtYMjRnVSiAdm8iDOZTYX6OXPmVNp4ulvPr0XJGLi"
    "oUcVu2dKffkx+AQuC2bE7+fD6tBNI16kXTLfLyWnS7Kd4U1Q69N1guBeLZCRcE9HBfVFPi"
    "1Xz2cS4sFlRVoneM3kobzS6vJgKT8aeQlXY1WCzopb1kmvTzh8F4Qj/fSorqfreTa9j7De"
    "IeGzL3oPHMHahJ4SM3ox6l7NfVru88kMvYimrKxFIqBLQvAVt9c+BLyS3R3JMBKZqYPHpT"
    "ZMs6X7g+J7aqMV02J+DYfkdx0zFRYKebQlzm25cRMpELKj4uCwx1kxlq2Dvftfebo/bEvl"
    "mIS1SxWkJcogpUIS4BcQmIS3QDVIhLQFzCfDWhrCj5iVeStc2OUaS07GfFK1RXRtwTIbHO"
    "6EX0ydkbsiDsUGfYAXiM7vk5eXgM3huZ89XiiYI1CV4PeD0tQhS8nvq9nsjEWQK+YRuwIy"
    "hzzXXeggM+Zrd3aF1rinXlxtd7HP8ncr+f5fUQjVh+rkLlnk4ITvbg/BUn+tkJW5HewD+q"
    "yz+CFKCupwBBOko6oGWko7jDp0gSSlgEUk8SbiXk91QPMpm5jeOi/1FJyPFoTrAfsnm+Xk"
    "1DNk/61NlOlhuyeYDX7hKqnoOfH9OQBCAKkQKIFDSDZoX8qMZw1/H5tQxM3W46i2mwqEDO"
    "2deQc7akX9v5iYkoi3+vnxVhsdxW+aIrvQFaq7p8j/RbRDRmyIqJTaRoSEIqNk1d+8n/6x"
    "sT+X2jra5ukLXFiPgICjtLFb159Up7FWeRq+ifE/fJDuo4/XumhNthyjZ8COjUGdABl7AK"
    "U9sf4vlBDYsAphxMobgkHFl/eqK3iiPr4bSH9HHfTjIWDqP+GrWeh4KPWMK5M8zD1jPYBk"
    "DBA73ZGHajlERo+n4DGZcj8zk0ER5/dLpi4d0zjwH3mKAx6aojiFd+BngEswx2zcP0MMMm"
    "+prMQbNpPv1FqTDJp7p+Cv39jYlYlwXYtdK6LUyqBSgcotWC9wYot9NTbmACVmECApFZBa"
    "pAZFbgrFA0Enjm20HhyTaZ1Oz9NhsNhteTwfyPc/Sgy9LaViXjaaV9nA8uLwfzc3RnSLud"
    "ZKy0yXixFKbj6cdzpComWZeIHlbaXBhcsGuUBmBXFlfC4Fd2ydxj6Z5d+zQfL9mlR4OMN3"
    "rl79fjf5yjf9vKf+LL9Im2Utwrqnqspn3hRqu6XAXmHTjNUK+KH/DR6vWFG63ewZtzNHiz"
    "0gZn5N+zlTYkn4fk85B8HpLPI/J5RD6PyOfR2TFqOcuhlbNUpZzFdQJBomqDROSJFrcu9C"
    "+L2TTNyPJF4lS1Ilvof2ziqArt3l9vbU2mQKK1rahkmjFf0cf+rVeRDjIgpxBlx47iYaJ+"
    "lH6mHUDsqOtRBIgdfY1azxM7gihHrwp3LEqj5cU1Rr4BshA/OlX8yBuLZUAb6qoD4HKjSL"
    "FXt0nJxzT0MXI20jq/PhEkibXoZ4VJaMxBlP3GufOR3cOIvjHRrWKYFgq6QC90g1WveBkN"
    "drDwBi/1+NiuVtpKmzDOOywi6zZRNg2gmBiRobnFBvkgaR7PwEIrwSMft7qKEXG0NQttiZ"
    "OhG09pkZb0IjSRWFOx+jWhsEuhCMtQuftagiw/np29ffv92eu373/47t3333/3w2t/0Une"
    "ylp9huOPdAGKmGYQijlVKKZRZQSaBnd7PZKkIwouSRUvUGLNOcYvCUQBY9gNDe5eMzwS2A"
    "3dyN3QkWmzRD+6Q/mBB3zpYLlpkkPt1UQVHlIOjog26Ge50/75psyjrL52qqwqtC4de1ox"
    "x1OXZdsw3HOrExl/kbvgmDbSMY3rPqGK9JA2R7SD0e3373IEt9+/S41t01uQQFi9mQ0MSx"
    "WoNsFBbNim3bIh1m1L1nnJRATZw+ldIekmD+DeYjmYsyrVbyI1q8+CWtVvgzLV7+IEf6Ym"
    "3p59/95XAv2Qhf/icjCZcMrO8jMoFztJVVNHeFrmZJuHdRlgpuQrZoOZlqf4tYMJZdLTIS"
    "ujTDo19opjHJECnHPg7FY9d2qgFzAjEnJQMz1hQYT87ASw2VGwmCgEwSAI1niNQoCmiYhC"
    "gAYCNKcH9bgAzWlCBhMnf+xCeupx4gWhu/2Dh0uT37eRnnLm3X3aShYrxckE0UbZIF0j/2"
    "FE+uiz1DbyB1pjmugmIbr20zKe9LozPmn5TmIMoP8QmWQuXvndF0qjI30fCmBsHExDQp/3"
    "9P9BuCWWyxg6sYcZ/aJp74IPLFkQAhwNDXC4yk4axXzw3eZZhnB7p0qub0cM25hBFLwHOe"
    "2hQACcs5QcRW8qyR3viUgBrHFYnRk7J5pOYwAxwS2mHWOXtTx18fi6WtaoGKfrGRHFeF1P"
    "6kjOsVHgV804hqyz/HNFTKozQxxKYDYaVSChgIQCEqoboLaQhHK2QPbSeaiJXzr2MBXlpF"
    "UdsQvU8SP7Dv0jaRvEFmN2iAzlj5x++0hSVdYkex/oMZ0VYppiuy7T+aZI8l4k5wyIpaYb"
    "7bClE6prth9VYPSANWnpBAysCbAmHZg0gDWpAlVgTYA1AdakG6C2kDVZ6pak9tJJE+d+Pw"
    "9nYtGmR1Amkqp+yxiO36/OWQ6Nf4G02WBjrZMfix4VMnhsCxEzaEfTboh5bzzRNJxsCqWM"
    "zvNTKnEWBXiPRvIeEHkHc7ChqII5COYgmIPdALVN5qAzmlMSuYObmYagO2AKp3H7OdOu2W"
    "bGMq7RC0VDihXKqX7ZpzGwm6UwHUyX4sXgD3F4PfpVWC5ukKE/mgmLsKoHrbT1E7q5cXV6"
    "c4MIKraqM0OTMUl9ZOrkL41tUdMs0tkdNskDTKIUfYceJcWiz6ftTYI57TSnyelm+a5t+R"
    "5bYHi2w/CETO7CmdzuAE+glr0VP5Dqkk1UxmZ8iKNBZnzTYQX/HGK8LVvzIcYLMd4OTBpA"
    "6pWFKlBQ9VBQp6FLUmvk5qiNW1VJ3OwMXu6B9mw8pd0MHXoICbzN5BM8/UXxT69367WHIr"
    "c5itxS1JPgph/e6rWHk1uZQQcnt9bzFrTzDM88J7eCMQrGaFeM0dCyglXlARsK5lEzruyH"
    "X+dYlbxTC/l4f8Lrra7fXzjdPeUAvpnVOhO4f6nScB9KlrxdSuZ9j2O8BzczDfg1bSZapF"
    "3ubDcmguy9iQ0Lvbi5+Qu78BcaODRvbtDKPnt99v4lkkwWfpQlVcUGutVVVX+kl5C1NXT7"
    "bouIJHvuX/6rbL7c3PBy36p81FFeRyHf4WtxHJ7J2KS7BPfkZxVxCbz2HXQJ3p7lcAnenq"
    "W6BPRWjHW0JMvmzNsU3sOF7gPp+sDu7bG2cQ8pLoB470qYXoynH8+RK7/S5tfTKbti2JrG"
    "roSK4PtHUQYV8G8lRcWb+ASVR29v3ufQ25u4YRrojd6KuXLGk0i+NmfB1XUVS1qKQxdIxR"
    "S2JmJVacy/Uq/fNpzNJhG/YDiO0RHT68uhQIB/GSXnOSSylzOe12b32gMfH4dyb+gyNk1c"
    "ZKWMyACkiZi9wwgUADQkAXAmEpb3m4JwhiQAzgScmryVtLtigIZlANI4pIEhkhPPQADAjI"
    "O5wcTTVR4KvvIxKYA1kZVnGLrBcSzSow2BRDPiDfR5EG+AeEOL4w23iqaY26PUHhMtQe/N"
    "JGubrmYPE4grQVzp1AC3PslpvMG7vU6+njXHBFGTm/CUbNTPip0ofnPRcNrnjKEstxjdKo"
    "ZpITIT7AmmGFk6ktDVbLFEsmQYT+wwDg3d3PhfSX76loyzm5s+kdmr0hPeoFvdQGfv0DYZ"
    "OaniAYe3cd1j3lkf+PNeId+ieOoVhE+eGz7BnB1aGdETzNuh1YXgydl33+Vg4UmrVBqe3f"
    "sSt7DusLE3FN7KkI5yTKyDaJefveYEmwiIG/65zCkJ8lGpDh1kW5qr7q0O4lrfcOaKoaJJ"
    "xhMf3YRoPKz0ZDlZIe1COCuq5DrcvltARuxwPB3M//Ddc983mMymH4ccB334x1IYpClhy6"
    "r4FGJOeLLP4lDaow4gS4AsibQ7niwJmagFtR6V7KDWW6Jl4EqAK2kKwK3nShzkR3RnKfPz"
    "U2roeA36OeroyE7bnPzIXH90Ss6Y6B7vLe88UlZVhohqpuQEbGjep0ZzQ012ooQDoMnq1N"
    "jaraKSJ+KNb/lEGJLyH7HSnKKRpFvTYlV43PGH6MJJe7Hov/otktBodj1dvvi/lzmJFQb/"
    "s8riAJfyTC6F/ZuANd3N99qDf5/Dv3+QVJuDbtbeS1+kM/H3mks7gDEExhAYQ4eNoV/0Nc"
    "8EopczDZ9/6es69sUHefiGrbEYS2Lve+F9K7DnvdxJFza4nMSq2EtPqi5x8E2nU0MizchE"
    "69TO9xbuOCJNbbwpqIDe36+Fa7ptyJHmbTdaXI9GgnBBG5m2LGO8aep2I8my8G5fqMpiWK"
    "Qz5nlpMTeqryNAjYvVB+yblgDrGkAJSLMZ/EAK2PtGs/eqLt/jjWhrlsLZkJet5Lgs5LS2"
    "QNPrQtlLEaGjLISGabRq81iVTEtkOy+SMC/x57QjcyNSXcA5680Rfl9mW8GRhA+vedw0hh"
    "QDSDFwN4oeofWoJGi9KVrnLGXut4ddOF+bxQLBlB4EUyCY0jsUTInXeeMEVjil4NKDLI9O"
    "YzFah+5wgslMw8glU+jGGFecJW2wisbohW6wM5ZMC+2JRl7SVuyuttnrBPjklptyuixclM"
    "yThlhP02M9bBQ4MCa0kO7WRqUg7pPDsd1h0yTTD3c1Tgc6KgVA5wDane6KRwbA4kk756Z1"
    "EbLi4PbaE/uCfWcVjXNVYhuOxV2RCFhUCOaPrP18+LOMDd7UnM7s8mRrjLT3KoK4bno3hV"
    "HPsPC6RKbHZuQf3+SZkn98kz4n03tRgDUygkUDW8bTEaxaQhh4tSbzahArSX/T2sma59qO"
    "GeU0cpoHMSmwD3il+RibUJQHCkt1yJqFDRctHdEQI6gnRsCbk0uA1mX4hVCPHcDY+wIRkG"
    "NrUg6YvSMXn4mxf3Rju2bm/MCGlqQGBrj8sZ0e4AoP/8MBLm8gneSoTdhpXOdOY9vgpLem"
    "0wdu8yYzvkeyB2ev3/2Qgz6gzdLrtrGb8bLfwZcrAHRMrAPUWA1kTRC+LFYQPCrWjL1Yna"
    "oKbmLZwJYoK3uyDFj4cyGqmCvciRmodrZYo0Dw/PGsw5xCUjUe5uQtsq09y2mjmAw30cCS"
    "WXDyT4oCXZ9rBaDxXPIVRFNxHZZCSbBxYaDrga4Hur5ZdD1sbeia1vNsbQA6uwd0dqvo7H"
    "RGsAkHmrcF+EpPNBc+73WDy5q6d/pZZClmbYAi7TxFml426XCSbBtKKPUmwmA+Febi1Xz2"
    "cS4sFudIxZJBvpq4N3S6iJv+idXj2XThn1lNxMmdwWg5/m28/OMcsZMKFYvNP6c/cdwpl1"
    "qICAyJNIME7FRBJmpZi7eGvitquEcEwSdvjpme9M6Yqiz9KA07YqDfJuu3fVtGoKhazyA6"
    "ZtXHOV5GRiJeRAwy8Y7NxIMU/Yo5f+CB09FvJyOYhwd2fZDj9B6TBZujyTZHg85LAi1DUZ"
    "vGc1nA8J+a4a+StB5gQ5G3PQ5p7d7pZ5HWUtCmSs4aCOo6CeoHbJgF00tDIk2mpo/N5a3i"
    "BGb6UhVA2G3eQXTfvH6dx4l7/TrdiaP3Yk6crlnczSjpbH1IpH62/jRWXWm8fMJGqHMx+/"
    "L/5EnRVw=="
)
