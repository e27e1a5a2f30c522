CREATE TABLE "grant_renunciations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"renounced_cents" bigint NOT NULL,
	"requested_day" date NOT NULL,
	"requested_via" text NOT NULL,
	"reason" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grant_renunciations_application_id_unique" UNIQUE("application_id")
);
--> statement-breakpoint
ALTER TABLE "grant_renunciations" ADD CONSTRAINT "grant_renunciations_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_renunciations" ADD CONSTRAINT "grant_renunciations_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_renunciations" ADD CONSTRAINT "grant_renunciations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;