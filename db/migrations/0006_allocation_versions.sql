DROP INDEX "wmo_allocations_person_idx";--> statement-breakpoint
ALTER TABLE "wmo_allocations" ADD COLUMN "current" boolean DEFAULT true NOT NULL;--> statement-breakpoint
UPDATE "wmo_allocations" AS a SET "current" = false WHERE EXISTS (SELECT 1 FROM "wmo_allocations" AS later WHERE later."provider_agb" = a."provider_agb" AND later."allocation_number" = a."allocation_number" AND later."id" > a."id");--> statement-breakpoint
CREATE INDEX "wmo_allocations_current_person_idx" ON "wmo_allocations" USING btree ("person_pseudonym") WHERE "wmo_allocations"."current";--> statement-breakpoint
CREATE INDEX "wmo_allocations_current_version_idx" ON "wmo_allocations" USING btree ("provider_agb","allocation_number") WHERE "wmo_allocations"."current";