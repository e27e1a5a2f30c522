DROP INDEX "wmo_allocations_current_version_idx";--> statement-breakpoint
ALTER TABLE "wmo_allocations" ALTER COLUMN "current" SET DEFAULT false;--> statement-breakpoint
ALTER TABLE "wmo_allocations" ADD COLUMN "version_at" timestamp;--> statement-breakpoint
-- Allocations imported before versions were read: the moment of their import, so that the
-- order of imports stays what it was (the latest import's version counts).
UPDATE "wmo_allocations" AS a SET "version_at" = (i."created_at" AT TIME ZONE 'Europe/Amsterdam')
  FROM "wmo_imports" AS i WHERE i."id" = a."import_id";--> statement-breakpoint
ALTER TABLE "wmo_allocations" ALTER COLUMN "version_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "wmo_allocations" ADD COLUMN "change_reason" text;--> statement-breakpoint
ALTER TABLE "wmo_imports" ADD COLUMN "versions_superseded" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "wmo_imports" ADD COLUMN "allocations_removed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "wmo_allocations_version_idx" ON "wmo_allocations" USING btree ("provider_agb","allocation_number","version_at");