DROP INDEX "commitments_maker_idx";--> statement-breakpoint
CREATE INDEX "commitments_maker_status_idx" ON "commitments" USING btree ("maker_id","status");