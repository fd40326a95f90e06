-- Custom SQL migration file, put your code below! --
-- Adds (delta 1) or removes (delta -1) live evidence items from the counts kept per maker and per region.
-- `owners` are the items' commitments, with the maker and region to count them under (the new ones, or
-- the old ones when a commitment moves). Rows are locked in key order, as the daily counts do.
CREATE FUNCTION public.scope_evidence_counts_add(items evidence[], owners commitments[], delta integer)
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
--> statement-breakpoint
-- The same for status spans: a span starts in the month it took effect and ends in the month it was superseded.
CREATE FUNCTION public.scope_status_counts_add(spans status_changes[], owners commitments[], delta integer)
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
--> statement-breakpoint
-- Statement-level: a statement's changed evidence rows, under the commitments they belong to. A commitment
-- being deleted is already gone here; scope_counts_move took its evidence off before it went.
CREATE FUNCTION public.scope_evidence_counts_track()
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
--> statement-breakpoint
CREATE FUNCTION public.scope_status_counts_track()
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
--> statement-breakpoint
-- Row-level on commitments, BEFORE the change: a commitment given another maker or region moves its evidence
-- and spans to the new keys; one being deleted takes them off first (while its rows are still there).
CREATE FUNCTION public.scope_counts_move()
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
--> statement-breakpoint
CREATE TRIGGER scope_evidence_counts_insert AFTER INSERT ON public.evidence
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scope_evidence_counts_track();
--> statement-breakpoint
CREATE TRIGGER scope_evidence_counts_update AFTER UPDATE ON public.evidence
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scope_evidence_counts_track();
--> statement-breakpoint
CREATE TRIGGER scope_evidence_counts_delete AFTER DELETE ON public.evidence
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION scope_evidence_counts_track();
--> statement-breakpoint
CREATE TRIGGER scope_status_counts_insert AFTER INSERT ON public.status_changes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scope_status_counts_track();
--> statement-breakpoint
CREATE TRIGGER scope_status_counts_update AFTER UPDATE ON public.status_changes
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION scope_status_counts_track();
--> statement-breakpoint
CREATE TRIGGER scope_status_counts_delete AFTER DELETE ON public.status_changes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION scope_status_counts_track();
--> statement-breakpoint
-- BEFORE, so that it moves the spans as they were: an AFTER trigger on the same update may change them
-- (commitment_announced_moves_first_status), and the counts of that change go under the new keys.
CREATE TRIGGER scope_counts_move BEFORE UPDATE OF maker_id, region_id ON public.commitments FOR EACH ROW
  WHEN (OLD.maker_id <> NEW.maker_id OR OLD.region_id <> NEW.region_id) EXECUTE FUNCTION scope_counts_move();
--> statement-breakpoint
CREATE TRIGGER scope_counts_forget BEFORE DELETE ON public.commitments FOR EACH ROW
  EXECUTE FUNCTION scope_counts_move();
--> statement-breakpoint
-- The counts of what is already there, grouped from the rows themselves.
INSERT INTO scope_evidence_counts (scope, key_id, month, stance, published)
SELECT k.scope, k.key_id, date_trunc('month', e.published_on::timestamp)::date, e.stance, count(*)
  FROM evidence e
  JOIN commitments m ON m.id = e.commitment_id
  CROSS JOIN LATERAL (VALUES ('maker', m.maker_id), ('region', m.region_id)) k(scope, key_id)
 WHERE e.retracted_at IS NULL
 GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO scope_evidence_added (scope, key_id, day, added)
SELECT k.scope, k.key_id, (e.added_at AT TIME ZONE 'UTC')::date, count(*)
  FROM evidence e
  JOIN commitments m ON m.id = e.commitment_id
  CROSS JOIN LATERAL (VALUES ('maker', m.maker_id), ('region', m.region_id)) k(scope, key_id)
 WHERE e.retracted_at IS NULL
 GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO scope_status_counts (scope, key_id, month, status, started, ended)
SELECT k.scope, k.key_id, d.month, d.status, sum(d.started), sum(d.ended) FROM (
  SELECT commitment_id, date_trunc('month', effective_from::timestamp)::date AS month, to_status AS status,
         1 AS started, 0 AS ended
    FROM status_changes WHERE effective_from IS NOT NULL
  UNION ALL
  SELECT commitment_id, date_trunc('month', superseded_on::timestamp)::date, to_status, 0, 1
    FROM status_changes WHERE superseded_on IS NOT NULL
) d
JOIN commitments m ON m.id = d.commitment_id
CROSS JOIN LATERAL (VALUES ('maker', m.maker_id), ('region', m.region_id)) k(scope, key_id)
GROUP BY 1, 2, 3, 4;
