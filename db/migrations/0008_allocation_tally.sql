CREATE TABLE "wmo_allocation_tally" (
	"category" text,
	"product_code" text,
	"current_count" integer NOT NULL,
	CONSTRAINT "wmo_allocation_tally_key" UNIQUE NULLS NOT DISTINCT("category","product_code")
);
--> statement-breakpoint
ALTER TABLE "double_financing_signals" DROP CONSTRAINT "double_financing_signals_last_run_id_matching_runs_id_fk";
--> statement-breakpoint
CREATE INDEX "wmo_allocations_current_category_idx" ON "wmo_allocations" USING btree ("category") WHERE "wmo_allocations"."current";--> statement-breakpoint
CREATE INDEX "wmo_allocations_current_product_idx" ON "wmo_allocations" USING btree ("product_code") WHERE "wmo_allocations"."current";--> statement-breakpoint
ALTER TABLE "double_financing_signals" DROP COLUMN "last_run_id";--> statement-breakpoint
-- The tally of the allocations already imported; from now on the import keeps it.
INSERT INTO "wmo_allocation_tally" ("category", "product_code", "current_count")
SELECT "category", "product_code", count(*)::int FROM "wmo_allocations" WHERE "current" GROUP BY 1, 2;
