-- Covering indexes (INCLUDE, which drizzle-kit cannot describe; see the notes in db/schema.ts), so the
-- statistics of one company or region read only index pages instead of visiting a row per item.

-- Evidence per month and "added lately" for the commitments of a scope.
CREATE INDEX evidence_live_by_commitment_idx ON evidence (commitment_id, published_on)
  INCLUDE (stance, added_at) WHERE retracted_at IS NULL;
--> statement-breakpoint
-- The month-by-month status history of the commitments of a scope.
CREATE INDEX status_changes_spans_by_commitment_idx ON status_changes (commitment_id)
  INCLUDE (to_status, effective_from, superseded_on);
--> statement-breakpoint
-- Totals of stated amounts, per currency and per maker.
CREATE INDEX commitments_amounts_idx ON commitments (currency, maker_id)
  INCLUDE (amount) WHERE amount IS NOT NULL;
