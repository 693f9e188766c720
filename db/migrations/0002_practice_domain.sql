CREATE TYPE "public"."screening_status" AS ENUM('in_progress', 'complete');--> statement-breakpoint
CREATE TYPE "public"."success_entry_status" AS ENUM('draft', 'complete');--> statement-breakpoint
CREATE TYPE "public"."assignment_status" AS ENUM('active', 'paused', 'ended', 'completed');--> statement-breakpoint
CREATE TYPE "public"."ladder_status" AS ENUM('draft', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "public"."attempt_outcome" AS ENUM('success', 'setback');--> statement-breakpoint
CREATE TYPE "public"."attempt_status" AS ENUM('prepared', 'recorded');--> statement-breakpoint
CREATE TYPE "public"."reflection_source" AS ENUM('attempt', 'inventory');--> statement-breakpoint
CREATE TABLE "client_profiles" (
	"membership_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"goals" text,
	"intake_completed_at" timestamp with time zone,
	"attribution_nudge_enabled" boolean DEFAULT true NOT NULL,
	"capability_statement" text,
	"anchor_cue" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "client_profiles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "journal_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"client_membership_id" uuid NOT NULL,
	"client_key" text NOT NULL,
	"text" text NOT NULL,
	"occurred_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journal_entries_text" CHECK (char_length("journal_entries"."text") between 1 and 280)
);
--> statement-breakpoint
ALTER TABLE "journal_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "reliving_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"client_membership_id" uuid NOT NULL,
	"success_entry_id" uuid NOT NULL,
	"step_index" integer DEFAULT 0 NOT NULL,
	"anchor_cue" text,
	"capability_statement" text,
	"completed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reliving_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"client_membership_id" uuid NOT NULL,
	"status" "screening_status" DEFAULT 'in_progress' NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result" jsonb,
	"safety" boolean DEFAULT false NOT NULL,
	"referral_suggested" boolean DEFAULT false NOT NULL,
	"requested_by_user_id" text,
	"completed_at" timestamp with time zone,
	"acknowledged_at" timestamp with time zone,
	"acknowledged_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "screenings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "success_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"client_membership_id" uuid NOT NULL,
	"title" text NOT NULL,
	"domain" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "success_entry_status" DEFAULT 'draft' NOT NULL,
	"pinned_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "success_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"client_membership_id" uuid NOT NULL,
	"ladder_id" uuid NOT NULL,
	"ladder_version_id" uuid NOT NULL,
	"current_level_id" uuid,
	"current_since" timestamp with time zone DEFAULT now() NOT NULL,
	"start_position" integer DEFAULT 0 NOT NULL,
	"cadence_per_week" integer,
	"due_on" date,
	"status" "assignment_status" DEFAULT 'active' NOT NULL,
	"assigned_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "assignments_cadence" CHECK ("assignments"."cadence_per_week" is null or "assignments"."cadence_per_week" between 1 and 14)
);
--> statement-breakpoint
ALTER TABLE "assignments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "ladder_levels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"ladder_version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"instructions" text NOT NULL,
	"success_criteria" text NOT NULL,
	"difficulty" integer NOT NULL,
	"mastery_count" integer DEFAULT 1 NOT NULL,
	"coach_confirms" boolean DEFAULT false NOT NULL,
	CONSTRAINT "ladder_levels_difficulty" CHECK ("ladder_levels"."difficulty" between 1 and 10),
	CONSTRAINT "ladder_levels_mastery_count" CHECK ("ladder_levels"."mastery_count" between 1 and 20)
);
--> statement-breakpoint
ALTER TABLE "ladder_levels" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "ladder_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"ladder_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"status" "ladder_status" DEFAULT 'draft' NOT NULL,
	"title" text NOT NULL,
	"skill" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by_user_id" text,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ladder_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "ladders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"template_key" text,
	"created_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ladders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "level_masteries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"level_id" uuid NOT NULL,
	"mastered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "level_masteries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "attempt_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"attempt_id" uuid NOT NULL,
	"author_membership_id" uuid NOT NULL,
	"client_key" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "attempt_comments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "attempts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"assignment_id" uuid NOT NULL,
	"level_id" uuid NOT NULL,
	"client_membership_id" uuid NOT NULL,
	"client_key" text NOT NULL,
	"status" "attempt_status" DEFAULT 'prepared' NOT NULL,
	"confidence_before" integer NOT NULL,
	"planned_at" timestamp with time zone,
	"planned_where" text,
	"outcome" "attempt_outcome",
	"confidence_after" integer,
	"effort" integer,
	"recorded_at" timestamp with time zone,
	"coach_confirmed_at" timestamp with time zone,
	"coach_confirmed_by_user_id" text,
	"last_activity_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "attempts_confidence_before" CHECK ("attempts"."confidence_before" between 0 and 100),
	CONSTRAINT "attempts_confidence_after" CHECK ("attempts"."confidence_after" is null or "attempts"."confidence_after" between 0 and 100),
	CONSTRAINT "attempts_effort" CHECK ("attempts"."effort" is null or "attempts"."effort" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "attempts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "reflections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"client_membership_id" uuid NOT NULL,
	"source" "reflection_source" NOT NULL,
	"attempt_id" uuid,
	"success_entry_id" uuid,
	"outcome" "attempt_outcome" NOT NULL,
	"text" text NOT NULL,
	"answers" jsonb,
	"tag" jsonb,
	"tagger_version" text,
	"coach_causes" jsonb,
	"coach_flags" jsonb,
	"coach_note" text,
	"corrected_by_user_id" text,
	"corrected_at" timestamp with time zone,
	"attribution_prompted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reflections_one_source" CHECK (("reflections"."attempt_id" is null) <> ("reflections"."success_entry_id" is null))
);
--> statement-breakpoint
ALTER TABLE "reflections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "client_profiles" ADD CONSTRAINT "client_profiles_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_profiles" ADD CONSTRAINT "client_profiles_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journal_entries" ADD CONSTRAINT "journal_entries_client_membership_id_memberships_id_fk" FOREIGN KEY ("client_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliving_sessions" ADD CONSTRAINT "reliving_sessions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliving_sessions" ADD CONSTRAINT "reliving_sessions_client_membership_id_memberships_id_fk" FOREIGN KEY ("client_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reliving_sessions" ADD CONSTRAINT "reliving_sessions_success_entry_id_success_entries_id_fk" FOREIGN KEY ("success_entry_id") REFERENCES "public"."success_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_client_membership_id_memberships_id_fk" FOREIGN KEY ("client_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_requested_by_user_id_users_id_fk" FOREIGN KEY ("requested_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_acknowledged_by_user_id_users_id_fk" FOREIGN KEY ("acknowledged_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "success_entries" ADD CONSTRAINT "success_entries_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "success_entries" ADD CONSTRAINT "success_entries_client_membership_id_memberships_id_fk" FOREIGN KEY ("client_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_client_membership_id_memberships_id_fk" FOREIGN KEY ("client_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_ladder_version_id_ladder_versions_id_fk" FOREIGN KEY ("ladder_version_id") REFERENCES "public"."ladder_versions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_current_level_id_ladder_levels_id_fk" FOREIGN KEY ("current_level_id") REFERENCES "public"."ladder_levels"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_assigned_by_user_id_users_id_fk" FOREIGN KEY ("assigned_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_levels" ADD CONSTRAINT "ladder_levels_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_levels" ADD CONSTRAINT "ladder_levels_ladder_version_id_ladder_versions_id_fk" FOREIGN KEY ("ladder_version_id") REFERENCES "public"."ladder_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_versions" ADD CONSTRAINT "ladder_versions_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_versions" ADD CONSTRAINT "ladder_versions_ladder_id_ladders_id_fk" FOREIGN KEY ("ladder_id") REFERENCES "public"."ladders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladder_versions" ADD CONSTRAINT "ladder_versions_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladders" ADD CONSTRAINT "ladders_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ladders" ADD CONSTRAINT "ladders_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_masteries" ADD CONSTRAINT "level_masteries_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_masteries" ADD CONSTRAINT "level_masteries_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "level_masteries" ADD CONSTRAINT "level_masteries_level_id_ladder_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."ladder_levels"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_comments" ADD CONSTRAINT "attempt_comments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_comments" ADD CONSTRAINT "attempt_comments_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempt_comments" ADD CONSTRAINT "attempt_comments_author_membership_id_memberships_id_fk" FOREIGN KEY ("author_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_assignment_id_assignments_id_fk" FOREIGN KEY ("assignment_id") REFERENCES "public"."assignments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_level_id_ladder_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."ladder_levels"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_client_membership_id_memberships_id_fk" FOREIGN KEY ("client_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attempts" ADD CONSTRAINT "attempts_coach_confirmed_by_user_id_users_id_fk" FOREIGN KEY ("coach_confirmed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_client_membership_id_memberships_id_fk" FOREIGN KEY ("client_membership_id") REFERENCES "public"."memberships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_attempt_id_attempts_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."attempts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_success_entry_id_success_entries_id_fk" FOREIGN KEY ("success_entry_id") REFERENCES "public"."success_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reflections" ADD CONSTRAINT "reflections_corrected_by_user_id_users_id_fk" FOREIGN KEY ("corrected_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_profiles_org_idx" ON "client_profiles" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "journal_entries_client_idx" ON "journal_entries" USING btree ("org_id","client_membership_id","occurred_on");--> statement-breakpoint
CREATE UNIQUE INDEX "journal_entries_client_key_idx" ON "journal_entries" USING btree ("org_id","client_key");--> statement-breakpoint
CREATE INDEX "reliving_sessions_client_idx" ON "reliving_sessions" USING btree ("org_id","client_membership_id");--> statement-breakpoint
CREATE INDEX "screenings_client_idx" ON "screenings" USING btree ("org_id","client_membership_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "screenings_open_idx" ON "screenings" USING btree ("client_membership_id") WHERE status = 'in_progress';--> statement-breakpoint
CREATE INDEX "success_entries_client_idx" ON "success_entries" USING btree ("org_id","client_membership_id","created_at");--> statement-breakpoint
CREATE INDEX "assignments_client_idx" ON "assignments" USING btree ("org_id","client_membership_id");--> statement-breakpoint
CREATE INDEX "ladder_levels_version_idx" ON "ladder_levels" USING btree ("ladder_version_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "ladder_versions_ladder_version_idx" ON "ladder_versions" USING btree ("ladder_id","version");--> statement-breakpoint
CREATE INDEX "ladder_versions_org_idx" ON "ladder_versions" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "ladders_org_idx" ON "ladders" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "level_masteries_assignment_level_idx" ON "level_masteries" USING btree ("assignment_id","level_id");--> statement-breakpoint
CREATE INDEX "attempt_comments_attempt_idx" ON "attempt_comments" USING btree ("attempt_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "attempt_comments_client_key_idx" ON "attempt_comments" USING btree ("org_id","client_key");--> statement-breakpoint
CREATE UNIQUE INDEX "attempts_client_key_idx" ON "attempts" USING btree ("org_id","client_key");--> statement-breakpoint
CREATE INDEX "attempts_assignment_idx" ON "attempts" USING btree ("assignment_id","created_at");--> statement-breakpoint
CREATE INDEX "attempts_client_idx" ON "attempts" USING btree ("org_id","client_membership_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "reflections_attempt_idx" ON "reflections" USING btree ("attempt_id");--> statement-breakpoint
CREATE UNIQUE INDEX "reflections_success_entry_idx" ON "reflections" USING btree ("success_entry_id");--> statement-breakpoint
CREATE INDEX "reflections_client_idx" ON "reflections" USING btree ("org_id","client_membership_id","created_at");--> statement-breakpoint
CREATE INDEX "reflections_org_created_idx" ON "reflections" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE POLICY "client_profiles_tenant" ON "client_profiles" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "journal_entries_tenant" ON "journal_entries" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "reliving_sessions_tenant" ON "reliving_sessions" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "screenings_tenant" ON "screenings" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "success_entries_tenant" ON "success_entries" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "assignments_tenant" ON "assignments" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "ladder_levels_tenant" ON "ladder_levels" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "ladder_versions_tenant" ON "ladder_versions" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "ladders_tenant" ON "ladders" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "level_masteries_tenant" ON "level_masteries" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "attempt_comments_tenant" ON "attempt_comments" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "attempts_tenant" ON "attempts" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "reflections_tenant" ON "reflections" AS PERMISSIVE FOR ALL TO public USING (org_id = nullif(current_setting('app.org_id', true), '')::uuid) WITH CHECK (org_id = nullif(current_setting('app.org_id', true), '')::uuid);