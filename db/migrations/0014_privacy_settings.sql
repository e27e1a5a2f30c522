ALTER TABLE "municipality" ADD COLUMN "privacy_controller" text;--> statement-breakpoint
ALTER TABLE "municipality" ADD COLUMN "data_protection_officer" text;--> statement-breakpoint
ALTER TABLE "municipality" ADD COLUMN "data_protection_officer_email" text;