-- The indexes that migrations create in hand-written SQL, which db/schema.ts does not declare and drizzle-kit
-- therefore does not know (an INCLUDE list, or an expression written before the schema could describe it),
-- as pg_indexes.indexdef prints them. tests/db-functions.test.ts checks that the database has exactly these
-- besides the schema's indexes and constraints, with these definitions; a definition may be wrapped onto
-- several lines at a space.

-- Chinese search: pairs of adjacent Han characters of the searchable text (db/searchable-text.ts),
-- which trigrams cannot answer for a two-character query. Migration 0006.
CREATE INDEX commitments_search_cjk_idx ON public.commitments
  USING gin (cjk_bigrams(((((title || ' '::text) || COALESCE(summary, ''::text)) || ' '::text) || COALESCE(source_location, ''::text))));

-- Covering: totals of stated amounts per currency and maker. Migration 0010.
CREATE INDEX commitments_amounts_idx ON public.commitments USING btree (currency, maker_id)
  INCLUDE (amount)
  WHERE (amount IS NOT NULL);

-- Covering: evidence per month and "added lately" for the commitments of a scope. Migration 0010.
CREATE INDEX evidence_live_by_commitment_idx ON public.evidence USING btree (commitment_id, published_on)
  INCLUDE (stance, added_at)
  WHERE (retracted_at IS NULL);

-- Covering: the month-by-month status history of the commitments of a scope. Migration 0010.
CREATE INDEX status_changes_spans_by_commitment_idx ON public.status_changes USING btree (commitment_id)
  INCLUDE (to_status, effective_from, superseded_on);
