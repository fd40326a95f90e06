-- Trigram indexes find nothing for a two-character Chinese query such as 沈阳: a trigram needs three
-- characters. This indexes every pair of adjacent Han characters of the searchable text, so such a query
-- is answered from the index (lib/commitments/filter-sql.ts adds the matching condition beside ILIKE,
-- which stays the exact test). The expression must stay identical to searchableText there.
CREATE FUNCTION cjk_bigrams(t text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT pair), '{}')
    FROM (SELECT substr(t, i, 2) AS pair FROM generate_series(1, length(t) - 1) AS i) pairs
   WHERE pair ~ '^[㐀-䶿一-鿿豈-﫿]{2}$'
$$;
--> statement-breakpoint
CREATE INDEX commitments_search_cjk_idx ON commitments
  USING gin (cjk_bigrams("title" || ' ' || coalesce("summary", '') || ' ' || coalesce("source_location", '')));
