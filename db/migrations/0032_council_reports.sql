CREATE TABLE "council_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"version" integer NOT NULL,
	"scenario_id" text NOT NULL,
	"scenario_name" text NOT NULL,
	"status" text NOT NULL,
	"job_id" uuid,
	"pdf_document_id" uuid,
	"xlsx_document_id" uuid,
	"pdf_pages" integer,
	"requested_by" uuid,
	"requested_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	CONSTRAINT "council_reports_year_version" UNIQUE("year","version")
);
--> statement-breakpoint
ALTER TABLE "council_reports" ADD CONSTRAINT "council_reports_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_reports" ADD CONSTRAINT "council_reports_pdf_document_id_documents_id_fk" FOREIGN KEY ("pdf_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_reports" ADD CONSTRAINT "council_reports_xlsx_document_id_documents_id_fk" FOREIGN KEY ("xlsx_document_id") REFERENCES "public"."documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "council_reports" ADD CONSTRAINT "council_reports_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;