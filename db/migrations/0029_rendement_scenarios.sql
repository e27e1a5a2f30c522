CREATE TABLE "rendement_scenarios" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"share_numerator" integer NOT NULL,
	"share_denominator" integer NOT NULL,
	"persons_per_place_hundredths" integer NOT NULL,
	"cost_per_place_cents" bigint NOT NULL,
	"hours_per_application_hundredths" integer NOT NULL,
	"productive_hours_per_fte_hundredths" integer NOT NULL,
	"monthly_contribution_cents" bigint NOT NULL,
	"sources" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rendement_scenarios_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "rendement_scenarios" ADD CONSTRAINT "rendement_scenarios_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rendement_scenarios" ADD CONSTRAINT "rendement_scenarios_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;