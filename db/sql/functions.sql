-- Every function of the database after the last migration, as pg_get_functiondef prints it (under the default
-- search_path), in alphabetical order. Extension functions (pg_trgm's) are not ours and are not listed.
--
-- Migrations are history and cannot change; this file is where the current definition is read. A change is
-- a new custom migration (README, "Hand-written SQL"), and its final definition is copied here.
-- tests/db-functions.test.ts compares this file with a migrated database line by line, ignoring only the
-- indentation and blank lines.

-- The audit log is append-only: refuses UPDATE, DELETE and TRUNCATE. Migration 0003.
CREATE OR REPLACE FUNCTION public.audit_log_refuse_change()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$function$;

-- Every pair of adjacent Han characters of a text, for the Han-pair search index (indexes.sql). Migrations 0006, 0031.
CREATE OR REPLACE FUNCTION public.cjk_bigrams(t text)
 RETURNS text[]
 LANGUAGE sql
 IMMUTABLE PARALLEL SAFE
AS $function$
  SELECT coalesce(array_agg(DISTINCT substr(run[1], i, 2)), '{}')
    FROM regexp_matches(t, '[㐀-䶿一-鿿豈-﫿]{2,}', 'g') AS run,
         generate_series(1, length(run[1]) - 1) AS i
$function$;

-- An edited announcement date moves the start of the commitment's first status. Migrations 0008, 0013.
CREATE OR REPLACE FUNCTION public.commitment_announced_moves_first_status()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  UPDATE public.status_changes SET effective_from = NEW.announced_on
   WHERE commitment_id = NEW.id AND from_status IS NULL;
  RETURN NULL;
END;
$function$;

-- Adds (delta 1) or removes (delta -1) live evidence items from evidence_daily_counts, locking rows in key
-- order. Migrations 0012, 0013.
CREATE OR REPLACE FUNCTION public.evidence_daily_counts_add(items evidence[], delta integer)
 RETURNS void
 LANGUAGE sql
AS $function$
  INSERT INTO public.evidence_daily_counts AS c (day, stance, published, added)
  SELECT day, stance, sum(published), sum(added) FROM (
    SELECT e.published_on AS day, e.stance, delta AS published, 0 AS added
      FROM unnest(items) e WHERE e.retracted_at IS NULL
    UNION ALL
    SELECT (e.added_at AT TIME ZONE 'UTC')::date, e.stance, 0, delta
      FROM unnest(items) e WHERE e.retracted_at IS NULL
  ) d
  GROUP BY day, stance
  HAVING sum(published) <> 0 OR sum(added) <> 0
  ORDER BY day, stance
  ON CONFLICT (day, stance) DO UPDATE
    SET published = c.published + excluded.published, added = c.added + excluded.added
$function$;

-- Statement-level: passes a statement's changed evidence rows (transition tables) to the function above.
-- Migrations 0012, 0013.
CREATE OR REPLACE FUNCTION public.evidence_daily_counts_track()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM public.evidence_daily_counts_add(array(SELECT ROW(o.*)::public.evidence FROM old_rows o), -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM public.evidence_daily_counts_add(array(SELECT ROW(n.*)::public.evidence FROM new_rows n), 1);
  END IF;
  RETURN NULL;
END;
$function$;

-- Keeps the evidence summary of the commitments a changed evidence row belongs (or belonged) to. Migrations
-- 0001, 0013.
CREATE OR REPLACE FUNCTION public.evidence_summary_trigger()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.commitment_id <> OLD.commitment_id) THEN
    PERFORM public.refresh_commitment_evidence_summary(OLD.commitment_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM public.refresh_commitment_evidence_summary(NEW.commitment_id);
  END IF;
  RETURN NULL;
END;
$function$;

-- Events (db/schema-events.ts), one statement-level trigger function per table that causes them. Migration
-- 0023.
CREATE OR REPLACE FUNCTION public.events_from_commitments()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO public.events (kind, commitment_id, cause, summary)
  SELECT 'commitment_added', n.id, 'commitment:' || n.id, 'Recorded: ' || n.title FROM new_rows n
  ON CONFLICT (cause) DO NOTHING;
  RETURN NULL;
END;
$function$;

CREATE OR REPLACE FUNCTION public.events_from_evidence()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO public.events (kind, commitment_id, cause, summary)
  SELECT 'evidence_added', n.commitment_id, 'evidence:' || n.id, 'Evidence (' || n.stance || '): ' || n.title
  FROM new_rows n
  ON CONFLICT (cause) DO NOTHING;
  RETURN NULL;
END;
$function$;

CREATE OR REPLACE FUNCTION public.events_from_mentions()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO public.events (kind, commitment_id, cause, summary)
  SELECT 'restated', n.commitment_id, 'mention:' || n.id,
    'Announced again' || CASE WHEN cardinality(n.changed) > 0 THEN ', with a different ' || array_to_string(n.changed, ', ') ELSE '' END
  FROM new_rows n WHERE n.restatement
  ON CONFLICT (cause) DO NOTHING;
  RETURN NULL;
END;
$function$;

CREATE OR REPLACE FUNCTION public.events_from_status_changes()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  INSERT INTO public.events (kind, commitment_id, cause, summary)
  SELECT 'status_changed', n.commitment_id, 'status_change:' || n.id,
    'Status: ' || replace(n.from_status::text, '_', ' ') || ' → ' || replace(n.to_status::text, '_', ' ')
    || coalesce(' (' || n.reason || ')', '')
  FROM new_rows n WHERE n.from_status IS NOT NULL
  ON CONFLICT (cause) DO NOTHING;
  RETURN NULL;
END;
$function$;

-- Recounts one commitment's live evidence and its latest publication date. Migrations 0001, 0004, 0013.
CREATE OR REPLACE FUNCTION public.refresh_commitment_evidence_summary(target_id integer)
 RETURNS void
 LANGUAGE sql
AS $function$
  UPDATE public.commitments c
     SET evidence_count = s.n,
         latest_evidence_on = s.latest
    FROM (SELECT count(*)::integer AS n, max(published_on) AS latest
            FROM public.evidence WHERE commitment_id = target_id AND retracted_at IS NULL) s
   WHERE c.id = target_id;
$function$;

-- Before a commitment is given another maker or region, moves its evidence and spans to the new keys of the
-- counts kept per maker and per region (as they are before any AFTER trigger of the same update changes
-- them); before one is deleted, takes them off. Migration 0029.
CREATE OR REPLACE FUNCTION public.scope_counts_move()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
DECLARE
  items public.evidence[] := array(SELECT e FROM public.evidence e WHERE e.commitment_id = OLD.id);
  spans public.status_changes[] := array(SELECT s FROM public.status_changes s WHERE s.commitment_id = OLD.id);
BEGIN
  PERFORM public.scope_evidence_counts_add(items, ARRAY[OLD], -1);
  PERFORM public.scope_status_counts_add(spans, ARRAY[OLD], -1);
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  PERFORM public.scope_evidence_counts_add(items, ARRAY[NEW], 1);
  PERFORM public.scope_status_counts_add(spans, ARRAY[NEW], 1);
  RETURN NEW;
END;
$function$;

-- Adds (delta 1) or removes (delta -1) live evidence items from the counts kept per maker and per region,
-- under the makers and regions of `owners`, locking rows in key order. Migration 0029.
CREATE OR REPLACE FUNCTION public.scope_evidence_counts_add(items evidence[], owners commitments[], delta integer)
 RETURNS void
 LANGUAGE sql
AS $function$
  INSERT INTO public.scope_evidence_counts AS c (scope, key_id, month, stance, published)
  SELECT k.scope, k.key_id, date_trunc('month', e.published_on::timestamp)::date, e.stance, count(*) * delta
    FROM unnest(items) e
    JOIN unnest(owners) m ON m.id = e.commitment_id
    CROSS JOIN LATERAL (VALUES ('maker', m.maker_id), ('region', m.region_id)) k(scope, key_id)
   WHERE e.retracted_at IS NULL
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4
  ON CONFLICT (scope, key_id, month, stance) DO UPDATE SET published = c.published + excluded.published;
  INSERT INTO public.scope_evidence_added AS c (scope, key_id, day, added)
  SELECT k.scope, k.key_id, (e.added_at AT TIME ZONE 'UTC')::date, count(*) * delta
    FROM unnest(items) e
    JOIN unnest(owners) m ON m.id = e.commitment_id
    CROSS JOIN LATERAL (VALUES ('maker', m.maker_id), ('region', m.region_id)) k(scope, key_id)
   WHERE e.retracted_at IS NULL
   GROUP BY 1, 2, 3
   ORDER BY 1, 2, 3
  ON CONFLICT (scope, key_id, day) DO UPDATE SET added = c.added + excluded.added;
$function$;

-- Statement-level, as evidence_daily_counts_track, under the commitments the rows belong to. Migration 0029.
CREATE OR REPLACE FUNCTION public.scope_evidence_counts_track()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM public.scope_evidence_counts_add(
      array(SELECT ROW(o.*)::public.evidence FROM old_rows o),
      array(SELECT c FROM public.commitments c WHERE c.id IN (SELECT o.commitment_id FROM old_rows o)), -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM public.scope_evidence_counts_add(
      array(SELECT ROW(n.*)::public.evidence FROM new_rows n),
      array(SELECT c FROM public.commitments c WHERE c.id IN (SELECT n.commitment_id FROM new_rows n)), 1);
  END IF;
  RETURN NULL;
END;
$function$;

-- The same for status spans, by the months they started and ended in. Migration 0029.
CREATE OR REPLACE FUNCTION public.scope_status_counts_add(spans status_changes[], owners commitments[], delta integer)
 RETURNS void
 LANGUAGE sql
AS $function$
  INSERT INTO public.scope_status_counts AS c (scope, key_id, month, status, started, ended)
  SELECT k.scope, k.key_id, d.month, d.status, sum(d.started), sum(d.ended) FROM (
    SELECT s.commitment_id, date_trunc('month', s.effective_from::timestamp)::date AS month, s.to_status AS status,
           delta AS started, 0 AS ended
      FROM unnest(spans) s WHERE s.effective_from IS NOT NULL
    UNION ALL
    SELECT s.commitment_id, date_trunc('month', s.superseded_on::timestamp)::date, s.to_status, 0, delta
      FROM unnest(spans) s WHERE s.superseded_on IS NOT NULL
  ) d
  JOIN unnest(owners) m ON m.id = d.commitment_id
  CROSS JOIN LATERAL (VALUES ('maker', m.maker_id), ('region', m.region_id)) k(scope, key_id)
  GROUP BY 1, 2, 3, 4
  HAVING sum(d.started) <> 0 OR sum(d.ended) <> 0
  ORDER BY 1, 2, 3, 4
  ON CONFLICT (scope, key_id, month, status) DO UPDATE
    SET started = c.started + excluded.started, ended = c.ended + excluded.ended;
$function$;

-- Statement-level, as status_daily_counts_track. Migration 0029.
CREATE OR REPLACE FUNCTION public.scope_status_counts_track()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM public.scope_status_counts_add(
      array(SELECT ROW(o.*)::public.status_changes FROM old_rows o),
      array(SELECT c FROM public.commitments c WHERE c.id IN (SELECT o.commitment_id FROM old_rows o)), -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM public.scope_status_counts_add(
      array(SELECT ROW(n.*)::public.status_changes FROM new_rows n),
      array(SELECT c FROM public.commitments c WHERE c.id IN (SELECT n.commitment_id FROM new_rows n)), 1);
  END IF;
  RETURN NULL;
END;
$function$;

-- Refuses a change to a source's text once a mention quotes it. Migration 0014.
CREATE OR REPLACE FUNCTION public.source_text_is_fixed()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF NEW.text IS DISTINCT FROM OLD.text
     AND EXISTS (SELECT 1 FROM public.mentions WHERE source_id = OLD.id AND quote IS NOT NULL) THEN
    RAISE EXCEPTION 'the text of source % is quoted and cannot change; a corrected text is a new source', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$function$;

-- When a status took effect, unless the change says so itself. Migrations 0008, 0013, 0015, 0016 (which
-- restored the schema-qualified table name that 0015 had dropped).
CREATE OR REPLACE FUNCTION public.status_change_effective_from()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF NEW.effective_from IS NOT NULL THEN
    RETURN NEW;
  END IF;
  IF NEW.from_status IS NULL THEN
    SELECT announced_on INTO NEW.effective_from FROM public.commitments WHERE id = NEW.commitment_id;
  ELSE
    NEW.effective_from := (NEW.changed_at AT TIME ZONE 'UTC')::date;
  END IF;
  RETURN NEW;
END;
$function$;

-- Ends the span of the previous status of the commitment when a new one is appended. Migrations 0008, 0013.
CREATE OR REPLACE FUNCTION public.status_change_supersede()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  UPDATE public.status_changes SET superseded_on = NEW.effective_from
   WHERE commitment_id = NEW.commitment_id AND id < NEW.id AND superseded_on IS NULL;
  RETURN NULL;
END;
$function$;

-- Adds or removes status spans from status_daily_counts, as evidence_daily_counts_add does. Migrations
-- 0012, 0013.
CREATE OR REPLACE FUNCTION public.status_daily_counts_add(spans status_changes[], delta integer)
 RETURNS void
 LANGUAGE sql
AS $function$
  INSERT INTO public.status_daily_counts AS c (status, day, started, ended)
  SELECT status, day, sum(started), sum(ended) FROM (
    SELECT s.to_status AS status, s.effective_from AS day, delta AS started, 0 AS ended
      FROM unnest(spans) s WHERE s.effective_from IS NOT NULL
    UNION ALL
    SELECT s.to_status, s.superseded_on, 0, delta
      FROM unnest(spans) s WHERE s.superseded_on IS NOT NULL
  ) d
  GROUP BY status, day
  HAVING sum(started) <> 0 OR sum(ended) <> 0
  ORDER BY status, day
  ON CONFLICT (status, day) DO UPDATE
    SET started = c.started + excluded.started, ended = c.ended + excluded.ended
$function$;

-- Statement-level, as evidence_daily_counts_track. Migrations 0012, 0013.
CREATE OR REPLACE FUNCTION public.status_daily_counts_track()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM public.status_daily_counts_add(array(SELECT ROW(o.*)::public.status_changes FROM old_rows o), -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM public.status_daily_counts_add(array(SELECT ROW(n.*)::public.status_changes FROM new_rows n), 1);
  END IF;
  RETURN NULL;
END;
$function$;
