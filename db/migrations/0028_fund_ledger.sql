CREATE TABLE "fund_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fund_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"source_year" integer,
	"description" text,
	"corrects_id" uuid,
	"corrects_kind" text,
	"reason" text,
	"grant_id" uuid,
	"booked_by" uuid,
	"booked_at" timestamp with time zone NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"counts_on" date
);
--> statement-breakpoint
CREATE TABLE "funds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funds_name_unique" UNIQUE("name")
);
--> statement-breakpoint
ALTER TABLE "fund_bookings" ADD CONSTRAINT "fund_bookings_fund_id_funds_id_fk" FOREIGN KEY ("fund_id") REFERENCES "public"."funds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_bookings" ADD CONSTRAINT "fund_bookings_corrects_id_fund_bookings_id_fk" FOREIGN KEY ("corrects_id") REFERENCES "public"."fund_bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_bookings" ADD CONSTRAINT "fund_bookings_grant_id_grants_id_fk" FOREIGN KEY ("grant_id") REFERENCES "public"."grants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_bookings" ADD CONSTRAINT "fund_bookings_booked_by_users_id_fk" FOREIGN KEY ("booked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_bookings" ADD CONSTRAINT "fund_bookings_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fund_bookings_fund_idx" ON "fund_bookings" USING btree ("fund_id","approved_at");--> statement-breakpoint
CREATE INDEX "fund_bookings_grant_idx" ON "fund_bookings" USING btree ("grant_id");--> statement-breakpoint
CREATE INDEX "fund_bookings_corrects_idx" ON "fund_bookings" USING btree ("corrects_id");--> statement-breakpoint
-- The ledger is append-only (docs/rules/fund-ledger.md): a booking is never removed, and the
-- only change is the second finance user's approval of a booking that awaits it.
CREATE FUNCTION fund_bookings_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.approved_at IS NULL
     AND (to_jsonb(NEW) - 'approved_by' - 'approved_at' - 'counts_on')
       = (to_jsonb(OLD) - 'approved_by' - 'approved_at' - 'counts_on') THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'fund_bookings is append-only: % is not allowed', TG_OP;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER fund_bookings_append_only
BEFORE UPDATE OR DELETE ON fund_bookings
FOR EACH ROW EXECUTE FUNCTION fund_bookings_refuse_change();
--> statement-breakpoint
-- The one fund the council set up (docs/rules/fund-ledger.md).
INSERT INTO "funds" ("name") VALUES ('Sociaal Investeringsfonds');
