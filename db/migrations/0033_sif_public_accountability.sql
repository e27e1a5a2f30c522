ALTER TABLE "sif_initiatives" ADD COLUMN "public_draft" jsonb;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD COLUMN "public_text" jsonb;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD COLUMN "public_approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD COLUMN "public_approved_by" uuid;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD COLUMN "public_withdrawn_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD COLUMN "public_withdrawn_by" uuid;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD COLUMN "public_withdrawn_reason" text;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD CONSTRAINT "sif_initiatives_public_approved_by_users_id_fk" FOREIGN KEY ("public_approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sif_initiatives" ADD CONSTRAINT "sif_initiatives_public_withdrawn_by_users_id_fk" FOREIGN KEY ("public_withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;