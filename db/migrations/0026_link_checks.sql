CREATE TABLE "link_checks" (
	"url" text PRIMARY KEY NOT NULL,
	"ok" boolean NOT NULL,
	"status" integer,
	"note" text,
	"checked_at" timestamp with time zone NOT NULL,
	"failing_since" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "events" DROP CONSTRAINT "events_kind";--> statement-breakpoint
CREATE INDEX "link_checks_checked_at_idx" ON "link_checks" USING btree ("checked_at");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_kind" CHECK ("events"."kind" in ('commitment_added', 'evidence_added', 'status_changed', 'restated', 'due_in_90_days', 'due_in_30_days', 'overdue', 'stale', 'link_broken'));