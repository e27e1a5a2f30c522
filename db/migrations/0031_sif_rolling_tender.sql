CREATE TABLE "sif_initiatives" (
	"application_id" uuid PRIMARY KEY NOT NULL,
	"content" jsonb NOT NULL,
	"received_day" date NOT NULL,
	"decision_due_day" date NOT NULL,
	"status" text NOT NULL,
	"decision_id" uuid,
	"late_reason" text,
	"refusal_ground" text,
	"impact" jsonb,
	"impact_submitted_at" timestamp with time zone,
	"impact_submitted_by" uuid
);
--> statement-breakpoint
ALTER TABLE "rounds" ADD COLUMN "rolling" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD CONSTRAINT "sif_initiatives_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD CONSTRAINT "sif_initiatives_decision_id_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD CONSTRAINT "sif_initiatives_impact_submitted_by_users_id_fk" FOREIGN KEY ("impact_submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sif_initiatives_status_idx" ON "sif_initiatives" USING btree ("status","decision_due_day");--> statement-breakpoint
-- The Sociaal Investeringsfonds' rolling tender (docs/rules/sif-initiatives.md): its scheme and
-- the standing round that carries the initiatives' applications. No deadline applies to it; its
-- dates only satisfy the round's columns and are never shown.
WITH scheme AS (
  INSERT INTO "schemes" ("name", "definition")
  VALUES ('Sociaal Investeringsfonds', '{"kind": "sif_rolling_tender"}')
  RETURNING "id"
)
INSERT INTO "rounds" ("scheme_id", "name", "year", "period_start", "period_end", "opens_at",
  "deadline_at", "partial_grant", "lot_seed", "ceilings", "rolling")
SELECT "id", 'Sociaal Investeringsfonds: doorlopende tender', 2026, '2026-01-01', '2099-12-31',
  '2026-01-01T00:00:00Z', '2100-01-01T00:00:00Z', true, 'sif', '{}', true
FROM scheme;
