ALTER TABLE "provisions" ADD COLUMN "public_description" text;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "accessibility_features" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "provisions" ADD COLUMN "hidden" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "referrals" ADD COLUMN "request_key" text;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_request_key_unique" UNIQUE("request_key");