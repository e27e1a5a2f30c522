CREATE TABLE "grant_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"grant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"explanation" text,
	"requested_by" uuid,
	"requested_at" timestamp with time zone,
	"status" text NOT NULL,
	"ground" text,
	"reasons" text,
	"previous_cents" bigint,
	"new_cents" bigint,
	"excess_cents" bigint,
	"reclaim_due_day" date,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"document_id" uuid,
	"html" text,
	CONSTRAINT "grant_changes_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "grant_changes" ADD CONSTRAINT "grant_changes_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_changes" ADD CONSTRAINT "grant_changes_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_changes" ADD CONSTRAINT "grant_changes_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grant_changes" ADD CONSTRAINT "grant_changes_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grant_changes_grant_idx" ON "grant_changes" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "grant_changes_status_idx" ON "grant_changes" USING btree ("status");