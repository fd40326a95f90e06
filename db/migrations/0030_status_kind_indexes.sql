DROP INDEX "commitments_maker_status_idx";--> statement-breakpoint
DROP INDEX "commitments_status_idx";--> statement-breakpoint
CREATE INDEX "commitments_maker_status_kind_idx" ON "commitments" USING btree ("maker_id","status","kind");--> statement-breakpoint
CREATE INDEX "commitments_status_kind_idx" ON "commitments" USING btree ("status","kind");