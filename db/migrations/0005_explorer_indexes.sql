-- Trigram matching for the free-text filter (in PGlite it is loaded with the database; see db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
DROP INDEX "commitments_region_idx";--> statement-breakpoint
DROP INDEX "commitments_announced_idx";--> statement-breakpoint
DROP INDEX "commitments_target_idx";--> statement-breakpoint
CREATE INDEX "commitments_region_status_idx" ON "commitments" USING btree ("region_id","status");--> statement-breakpoint
CREATE INDEX "commitments_open_target_idx" ON "commitments" USING btree ("target_on") WHERE "commitments"."status" not in ('achieved', 'abandoned');--> statement-breakpoint
CREATE INDEX "commitments_open_latest_evidence_idx" ON "commitments" USING btree ("latest_evidence_on") WHERE "commitments"."status" not in ('achieved', 'abandoned');--> statement-breakpoint
CREATE INDEX "commitments_search_trgm_idx" ON "commitments" USING gin (("title" || ' ' || coalesce("summary", '') || ' ' || coalesce("source_location", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organizations_lower_name_idx" ON "organizations" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "commitments_announced_idx" ON "commitments" USING btree ("announced_on","id");--> statement-breakpoint
CREATE INDEX "commitments_target_idx" ON "commitments" USING btree ("target_on","id");