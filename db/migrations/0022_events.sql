CREATE TABLE "events" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"commitment_id" integer NOT NULL,
	"cause" text NOT NULL,
	"summary" text NOT NULL,
	CONSTRAINT "events_kind" CHECK ("events"."kind" in ('commitment_added', 'evidence_added', 'status_changed', 'restated'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "events_cause_key" ON "events" USING btree ("cause");--> statement-breakpoint
CREATE INDEX "events_commitment_at_idx" ON "events" USING btree ("commitment_id","at");--> statement-breakpoint
CREATE INDEX "events_at_idx" ON "events" USING btree ("at");