DROP INDEX "evidence_commitment_url_key";--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "added_by" text;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "retracted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "retracted_by" text;--> statement-breakpoint
ALTER TABLE "evidence" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "regions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "evidence_commitment_url_key" ON "evidence" USING btree ("commitment_id","url_normalized") WHERE "evidence"."retracted_at" is null;--> statement-breakpoint
ALTER TABLE "status_changes" ADD CONSTRAINT "status_changes_achieved_is_complete" CHECK ("status_changes"."to_status" <> 'achieved' or "status_changes"."progress" = 100);--> statement-breakpoint
-- Retracted evidence no longer counts towards a commitment's evidence count or its latest evidence date.
CREATE OR REPLACE FUNCTION refresh_commitment_evidence_summary(target_id integer) RETURNS void
LANGUAGE sql AS $$
  UPDATE commitments c
     SET evidence_count = s.n,
         latest_evidence_on = s.latest
    FROM (SELECT count(*)::integer AS n, max(published_on) AS latest
            FROM evidence WHERE commitment_id = target_id AND retracted_at IS NULL) s
   WHERE c.id = target_id;
$$;
