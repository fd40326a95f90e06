CREATE TYPE "public"."commitment_kind" AS ENUM('pledge', 'request', 'intent');--> statement-breakpoint
CREATE TYPE "public"."commitment_status" AS ENUM('announced', 'in_progress', 'partially_achieved', 'achieved', 'stalled', 'abandoned');--> statement-breakpoint
CREATE TYPE "public"."evidence_stance" AS ENUM('supports', 'contradicts', 'context');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('company', 'joint_venture', 'government', 'agency', 'other');--> statement-breakpoint
CREATE TYPE "public"."region_kind" AS ENUM('country', 'province', 'city', 'zone', 'other');--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "commitments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"title" text NOT NULL,
	"summary" text,
	"maker_id" integer NOT NULL,
	"counterpart_id" integer,
	"kind" "commitment_kind" NOT NULL,
	"sector" text,
	"region_id" integer NOT NULL,
	"announced_on" date NOT NULL,
	"target_on" date,
	"amount" numeric(20, 2),
	"currency" text,
	"status" "commitment_status" DEFAULT 'announced' NOT NULL,
	"progress" smallint DEFAULT 0 NOT NULL,
	"source_id" integer,
	"source_location" text,
	"version" integer DEFAULT 1 NOT NULL,
	"evidence_count" integer DEFAULT 0 NOT NULL,
	"latest_evidence_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "commitments_progress_range" CHECK ("commitments"."progress" between 0 and 100),
	CONSTRAINT "commitments_achieved_is_complete" CHECK ("commitments"."status" <> 'achieved' or "commitments"."progress" = 100),
	CONSTRAINT "commitments_currency_format" CHECK ("commitments"."currency" is null or "commitments"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "commitments_amount_has_currency" CHECK ("commitments"."amount" is null or "commitments"."currency" is not null),
	CONSTRAINT "commitments_amount_non_negative" CHECK ("commitments"."amount" is null or "commitments"."amount" >= 0),
	CONSTRAINT "commitments_target_after_announced" CHECK ("commitments"."target_on" is null or "commitments"."target_on" >= "commitments"."announced_on")
);
--> statement-breakpoint
CREATE TABLE "evidence" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evidence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"url" text NOT NULL,
	"url_normalized" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"published_on" date NOT NULL,
	"language" text DEFAULT 'en' NOT NULL,
	"stance" "evidence_stance" NOT NULL,
	"note" text,
	"archive_url" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organizations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"country" text,
	"parent_id" integer,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organizations_country_format" CHECK ("organizations"."country" is null or "organizations"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "organizations_not_own_parent" CHECK ("organizations"."parent_id" is null or "organizations"."parent_id" <> "organizations"."id")
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "regions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "region_kind" NOT NULL,
	"parent_id" integer,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_not_own_parent" CHECK ("regions"."parent_id" is null or "regions"."parent_id" <> "regions"."id")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"url" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"published_on" date NOT NULL,
	"event_on" date,
	"language" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "status_changes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "status_changes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"from_status" "commitment_status",
	"to_status" "commitment_status" NOT NULL,
	"progress" smallint NOT NULL,
	"reason" text NOT NULL,
	"evidence_id" integer,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" text,
	CONSTRAINT "status_changes_progress_range" CHECK ("status_changes"."progress" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_maker_id_organizations_id_fk" FOREIGN KEY ("maker_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_counterpart_id_organizations_id_fk" FOREIGN KEY ("counterpart_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence" ADD CONSTRAINT "evidence_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions" ADD CONSTRAINT "regions_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_evidence_id_evidence_id_fk" FOREIGN KEY ("evidence_id") REFERENCES "public"."evidence"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitments_maker_idx" ON "commitments" USING btree ("maker_id");--> statement-breakpoint
CREATE INDEX "commitments_counterpart_idx" ON "commitments" USING btree ("counterpart_id");--> statement-breakpoint
CREATE INDEX "commitments_region_idx" ON "commitments" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "commitments_status_idx" ON "commitments" USING btree ("status");--> statement-breakpoint
CREATE INDEX "commitments_announced_idx" ON "commitments" USING btree ("announced_on");--> statement-breakpoint
CREATE INDEX "commitments_target_idx" ON "commitments" USING btree ("target_on");--> statement-breakpoint
CREATE INDEX "commitments_source_idx" ON "commitments" USING btree ("source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_commitment_url_key" ON "evidence" USING btree ("commitment_id","url_normalized");--> statement-breakpoint
CREATE INDEX "evidence_commitment_published_idx" ON "evidence" USING btree ("commitment_id","published_on");--> statement-breakpoint
CREATE INDEX "evidence_published_idx" ON "evidence" USING btree ("published_on");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_slug_key" ON "organizations" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "organizations_parent_idx" ON "organizations" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "regions_slug_key" ON "regions" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "regions_parent_idx" ON "regions" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_url_key" ON "sources" USING btree ("url");--> statement-breakpoint
CREATE INDEX "status_changes_commitment_idx" ON "status_changes" USING btree ("commitment_id","changed_at");