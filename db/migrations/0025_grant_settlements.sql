CREATE TABLE "grant_settlements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"grant_id" uuid NOT NULL,
	"status" text NOT NULL,
	"settled_cents" bigint NOT NULL,
	"reasons" text DEFAULT '' NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone NOT NULL,
	"paid_cents" bigint,
	"outcome_kind" text,
	"outcome_cents" bigint,
	"reference" text,
	"document_id" uuid,
	"html" text,
	"issued_at" timestamp with time zone,
	"issued_by" uuid,
	"reclaim_due_day" date,
	"reclaim_paid_day" date,
	"reclaim_registered_by" uuid,
	"reclaim_registered_at" timestamp with time zone,
	"extra_payment_term_id" uuid,
	CONSTRAINT "grant_settlements_grant_id_unique" UNIQUE("grant_id"),
	CONSTRAINT "grant_settlements_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "grant_settlements" ADD CONSTRAINT "grant_settlements_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_settlements" ADD CONSTRAINT "grant_settlements_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_settlements" ADD CONSTRAINT "grant_settlements_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_settlements" ADD CONSTRAINT "grant_settlements_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_settlements" ADD CONSTRAINT "grant_settlements_reclaim_registered_by_users_id_fk" FOREIGN KEY ("reclaim_registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_settlements" ADD CONSTRAINT "grant_settlements_extra_payment_term_id_grant_terms_id_fk" FOREIGN KEY ("extra_payment_term_id") REFERENCES "public"."grant_terms"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grant_settlements_status_idx" ON "grant_settlements" USING btree ("status","outcome_kind");