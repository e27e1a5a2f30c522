CREATE TABLE "anonymous_attendance" (
	"provision_id" uuid NOT NULL,
	"day" date NOT NULL,
	"day_part" text NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "anonymous_attendance_provision_id_day_day_part_pk" PRIMARY KEY("provision_id","day","day_part")
);
--> statement-breakpoint
CREATE TABLE "attendance" (
	"participant_id" uuid NOT NULL,
	"provision_id" uuid NOT NULL,
	"day" date NOT NULL,
	"day_part" text NOT NULL,
	CONSTRAINT "attendance_participant_id_day_day_part_pk" PRIMARY KEY("participant_id","day","day_part")
);
--> statement-breakpoint
CREATE TABLE "measurements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"provision_id" uuid NOT NULL,
	"respondent" text NOT NULL,
	"measured_on" date NOT NULL,
	"bodily_functions" integer NOT NULL,
	"mental_wellbeing" integer NOT NULL,
	"meaning" integer NOT NULL,
	"quality_of_life" integer NOT NULL,
	"participation" integer NOT NULL,
	"daily_functioning" integer NOT NULL,
	"talk_about" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"satisfaction" integer,
	"satisfaction_remark" text,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participant_consents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"scope" text NOT NULL,
	"given_on" date NOT NULL,
	"method" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_on" date,
	"withdrawn_recorded_by" uuid
);
--> statement-breakpoint
CREATE TABLE "participant_outflows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"provision_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"on_date" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provision_id" uuid NOT NULL,
	"display_name" text,
	"birth_year" integer,
	"neighbourhood_code" text,
	"start_date" date NOT NULL,
	"end_date" date,
	"client_route" text NOT NULL,
	"referring_organisation" text,
	"bsn_pseudonym" text,
	"referral_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"erased_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "provision_coordinators" (
	"provision_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "provision_coordinators_provision_id_user_id_pk" PRIMARY KEY("provision_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "questionnaire_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"participant_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	CONSTRAINT "questionnaire_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provision_id" uuid NOT NULL,
	"referred_by" uuid,
	"route" text NOT NULL,
	"resident_name" text,
	"resident_contact" text,
	"birth_year" integer,
	"neighbourhood_code" text,
	"note" text,
	"consent_given_on" date NOT NULL,
	"consent_method" text DEFAULT 'verbal' NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"participant_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "anonymous_attendance" ADD CONSTRAINT "anonymous_attendance_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attendance" ADD CONSTRAINT "attendance_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "measurements" ADD CONSTRAINT "measurements_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_consents" ADD CONSTRAINT "participant_consents_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_consents" ADD CONSTRAINT "participant_consents_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_consents" ADD CONSTRAINT "participant_consents_withdrawn_recorded_by_users_id_fk" FOREIGN KEY ("withdrawn_recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_outflows" ADD CONSTRAINT "participant_outflows_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_outflows" ADD CONSTRAINT "participant_outflows_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_outflows" ADD CONSTRAINT "participant_outflows_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participants" ADD CONSTRAINT "participants_neighbourhood_code_neighbourhoods_code_fk" FOREIGN KEY ("neighbourhood_code") REFERENCES "public"."neighbourhoods"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_coordinators" ADD CONSTRAINT "provision_coordinators_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_coordinators" ADD CONSTRAINT "provision_coordinators_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_links" ADD CONSTRAINT "questionnaire_links_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_links" ADD CONSTRAINT "questionnaire_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_provision_id_provisions_id_fk" FOREIGN KEY ("provision_id") REFERENCES "public"."provisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_referred_by_users_id_fk" FOREIGN KEY ("referred_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_neighbourhood_code_neighbourhoods_code_fk" FOREIGN KEY ("neighbourhood_code") REFERENCES "public"."neighbourhoods"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "attendance_provision_day_idx" ON "attendance" USING btree ("provision_id","day");--> statement-breakpoint
CREATE INDEX "measurements_participant_idx" ON "measurements" USING btree ("participant_id","measured_on");--> statement-breakpoint
CREATE INDEX "measurements_provision_idx" ON "measurements" USING btree ("provision_id","measured_on");--> statement-breakpoint
CREATE INDEX "participant_consents_participant_idx" ON "participant_consents" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "participant_outflows_provision_idx" ON "participant_outflows" USING btree ("provision_id","on_date");--> statement-breakpoint
CREATE INDEX "participants_provision_idx" ON "participants" USING btree ("provision_id");--> statement-breakpoint
CREATE INDEX "participants_pseudonym_idx" ON "participants" USING btree ("bsn_pseudonym");--> statement-breakpoint
CREATE INDEX "provision_coordinators_user_idx" ON "provision_coordinators" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "questionnaire_links_participant_idx" ON "questionnaire_links" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "referrals_provision_idx" ON "referrals" USING btree ("provision_id","status");--> statement-breakpoint
CREATE INDEX "referrals_referred_by_idx" ON "referrals" USING btree ("referred_by");