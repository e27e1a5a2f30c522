CREATE TABLE "login_known_addresses" (
	"email" text NOT NULL,
	"address_hash" text NOT NULL,
	"last_success_at" timestamp with time zone NOT NULL,
	CONSTRAINT "login_known_addresses_email_address_hash_pk" PRIMARY KEY("email","address_hash")
);
--> statement-breakpoint
ALTER TABLE "login_failures" ADD COLUMN "address_hash" text;--> statement-breakpoint
CREATE INDEX "login_failures_address_at_idx" ON "login_failures" USING btree ("address_hash","at");