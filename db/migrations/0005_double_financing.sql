CREATE TABLE "double_financing_scope" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"categories" jsonb DEFAULT '["07"]'::jsonb NOT NULL,
	"product_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "double_financing_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"first_run_id" uuid NOT NULL,
	"last_run_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"provision_id" uuid NOT NULL,
	"allocation_number" text NOT NULL,
	"provider_agb" text NOT NULL,
	"category" text,
	"product_code" text,
	"overlap_start" date NOT NULL,
	"overlap_end" date,
	"status" text DEFAULT 'new' NOT NULL,
	"phase_out_date" date,
	"reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "double_financing_signals_once" UNIQUE("participant_id","allocation_number","provider_agb")
);
--> statement-breakpoint
CREATE TABLE "matching_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"started_by" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"duration_ms" integer DEFAULT 0 NOT NULL,
	"scope" jsonb NOT NULL,
	"inputs" jsonb NOT NULL,
	"counts" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signal_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"signal_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"from_status" text,
	"to_status" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "wmo_allocations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"message_id" text,
	"person_pseudonym" text NOT NULL,
	"provider_agb" text NOT NULL,
	"allocation_number" text NOT NULL,
	"category" text,
	"product_code" text,
	"start_date" date NOT NULL,
	"end_date" date
);
--> statement-breakpoint
CREATE TABLE "wmo_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"format" text NOT NULL,
	"file_name" text NOT NULL,
	"sha256" text NOT NULL,
	"size_bytes" bigint NOT NULL,
	"status" text NOT NULL,
	"message_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"records_read" integer DEFAULT 0 NOT NULL,
	"records_imported" integer DEFAULT 0 NOT NULL,
	"refused" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"job_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "wmo_messages" (
	"message_id" text PRIMARY KEY NOT NULL,
	"import_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "double_financing_scope" ADD CONSTRAINT "double_financing_scope_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "double_financing_signals" ADD CONSTRAINT "double_financing_signals_first_run_id_matching_runs_id_fk" FOREIGN KEY ("first_run_id") REFERENCES "public"."matching_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "double_financing_signals" ADD CONSTRAINT "double_financing_signals_last_run_id_matching_runs_id_fk" FOREIGN KEY ("last_run_id") REFERENCES "public"."matching_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "double_financing_signals" ADD CONSTRAINT "double_financing_signals_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "double_financing_signals" ADD CONSTRAINT "double_financing_signals_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_runs" ADD CONSTRAINT "matching_runs_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_events" ADD CONSTRAINT "signal_events_signal_id_double_financing_signals_id_fk" FOREIGN KEY ("signal_id") REFERENCES "public"."double_financing_signals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signal_events" ADD CONSTRAINT "signal_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wmo_allocations" ADD CONSTRAINT "wmo_allocations_import_id_wmo_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."wmo_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wmo_imports" ADD CONSTRAINT "wmo_imports_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wmo_imports" ADD CONSTRAINT "wmo_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wmo_messages" ADD CONSTRAINT "wmo_messages_import_id_wmo_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."wmo_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "double_financing_signals_status_idx" ON "double_financing_signals" USING btree ("status");--> statement-breakpoint
CREATE INDEX "double_financing_signals_provider_idx" ON "double_financing_signals" USING btree ("provider_agb");--> statement-breakpoint
CREATE INDEX "signal_events_signal_idx" ON "signal_events" USING btree ("signal_id","at");--> statement-breakpoint
CREATE INDEX "wmo_allocations_person_idx" ON "wmo_allocations" USING btree ("person_pseudonym");--> statement-breakpoint
CREATE INDEX "wmo_allocations_import_idx" ON "wmo_allocations" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "wmo_imports_created_idx" ON "wmo_imports" USING btree ("created_at");