CREATE TABLE "rate_limits" (
	"id" text PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"count" integer NOT NULL,
	"last_request" bigint NOT NULL,
	CONSTRAINT "rate_limits_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE INDEX "rate_limits_last_request_idx" ON "rate_limits" USING btree ("last_request");--> statement-breakpoint
-- Trigger functions name every table, type and function with its schema. pg_restore runs with an empty
-- search_path, so unqualified names inside them fail there ("relation "commitments" does not exist").
CREATE OR REPLACE FUNCTION public.refresh_commitment_evidence_summary(target_id integer) RETURNS void
LANGUAGE sql AS $$
  UPDATE public.commitments c
     SET evidence_count = s.n,
         latest_evidence_on = s.latest
    FROM (SELECT count(*)::integer AS n, max(published_on) AS latest
            FROM public.evidence WHERE commitment_id = target_id AND retracted_at IS NULL) s
   WHERE c.id = target_id;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.evidence_summary_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.commitment_id <> OLD.commitment_id) THEN
    PERFORM public.refresh_commitment_evidence_summary(OLD.commitment_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM public.refresh_commitment_evidence_summary(NEW.commitment_id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.status_change_effective_from() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.from_status IS NULL THEN
    SELECT announced_on INTO NEW.effective_from FROM public.commitments WHERE id = NEW.commitment_id;
  ELSE
    NEW.effective_from := (NEW.changed_at AT TIME ZONE 'UTC')::date;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.status_change_supersede() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.status_changes SET superseded_on = NEW.effective_from
   WHERE commitment_id = NEW.commitment_id AND id < NEW.id AND superseded_on IS NULL;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.commitment_announced_moves_first_status() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE public.status_changes SET effective_from = NEW.announced_on
   WHERE commitment_id = NEW.id AND from_status IS NULL;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.evidence_daily_counts_add(items public.evidence[], delta integer) RETURNS void
LANGUAGE sql AS $$
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
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.evidence_daily_counts_track() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM public.evidence_daily_counts_add(array(SELECT ROW(o.*)::public.evidence FROM old_rows o), -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM public.evidence_daily_counts_add(array(SELECT ROW(n.*)::public.evidence FROM new_rows n), 1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.status_daily_counts_add(spans public.status_changes[], delta integer) RETURNS void
LANGUAGE sql AS $$
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
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION public.status_daily_counts_track() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM public.status_daily_counts_add(array(SELECT ROW(o.*)::public.status_changes FROM old_rows o), -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM public.status_daily_counts_add(array(SELECT ROW(n.*)::public.status_changes FROM new_rows n), 1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
-- The audit log refuses TRUNCATE too (a statement-level trigger; the row-level one cannot see it). The
-- test suite's reset switches it off inside its own transaction (db/reset.ts).
CREATE TRIGGER audit_log_no_truncate
BEFORE TRUNCATE ON public.audit_log
FOR EACH STATEMENT EXECUTE FUNCTION public.audit_log_refuse_change();
