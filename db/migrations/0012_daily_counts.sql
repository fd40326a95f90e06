CREATE TABLE "evidence_daily_counts" (
	"day" date NOT NULL,
	"stance" "evidence_stance" NOT NULL,
	"published" integer DEFAULT 0 NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "evidence_daily_counts_day_stance_pk" PRIMARY KEY("day","stance")
);
--> statement-breakpoint
CREATE TABLE "status_daily_counts" (
	"status" "commitment_status" NOT NULL,
	"day" date NOT NULL,
	"started" integer DEFAULT 0 NOT NULL,
	"ended" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "status_daily_counts_status_day_pk" PRIMARY KEY("status","day")
);
--> statement-breakpoint
-- Adds (delta 1) or removes (delta -1) evidence items from the daily counts. Only live items count; groups
-- whose changes cancel out (an edit of the title, say) are not written, and rows are locked in key order
-- so that concurrent writers cannot deadlock on them.
CREATE FUNCTION evidence_daily_counts_add(items evidence[], delta integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO evidence_daily_counts AS c (day, stance, published, added)
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
-- Once per statement, with the rows it changed (transition tables), so a batch of a thousand items is one
-- upsert of a few rows. PL/pgSQL plans each statement on first use, so an insert never touches old_rows.
CREATE FUNCTION evidence_daily_counts_track() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM evidence_daily_counts_add(array(SELECT ROW(o.*)::evidence FROM old_rows o), -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM evidence_daily_counts_add(array(SELECT ROW(n.*)::evidence FROM new_rows n), 1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER evidence_daily_counts_insert AFTER INSERT ON evidence
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evidence_daily_counts_track();
--> statement-breakpoint
CREATE TRIGGER evidence_daily_counts_update AFTER UPDATE ON evidence
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION evidence_daily_counts_track();
--> statement-breakpoint
CREATE TRIGGER evidence_daily_counts_delete AFTER DELETE ON evidence
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION evidence_daily_counts_track();
--> statement-breakpoint
-- The same for status spans: a span starts on effective_from and ends on superseded_on.
CREATE FUNCTION status_daily_counts_add(spans status_changes[], delta integer) RETURNS void
LANGUAGE sql AS $$
  INSERT INTO status_daily_counts AS c (status, day, started, ended)
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
CREATE FUNCTION status_daily_counts_track() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    PERFORM status_daily_counts_add(array(SELECT ROW(o.*)::status_changes FROM old_rows o), -1);
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    PERFORM status_daily_counts_add(array(SELECT ROW(n.*)::status_changes FROM new_rows n), 1);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER status_daily_counts_insert AFTER INSERT ON status_changes
REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION status_daily_counts_track();
--> statement-breakpoint
CREATE TRIGGER status_daily_counts_update AFTER UPDATE ON status_changes
REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION status_daily_counts_track();
--> statement-breakpoint
CREATE TRIGGER status_daily_counts_delete AFTER DELETE ON status_changes
REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION status_daily_counts_track();
--> statement-breakpoint
-- Counts for what is already recorded.
INSERT INTO evidence_daily_counts (day, stance, published, added)
SELECT day, stance, sum(published), sum(added) FROM (
  SELECT published_on AS day, stance, 1 AS published, 0 AS added FROM evidence WHERE retracted_at IS NULL
  UNION ALL
  SELECT (added_at AT TIME ZONE 'UTC')::date, stance, 0, 1 FROM evidence WHERE retracted_at IS NULL
) d
GROUP BY day, stance;
--> statement-breakpoint
INSERT INTO status_daily_counts (status, day, started, ended)
SELECT status, day, sum(started), sum(ended) FROM (
  SELECT to_status AS status, effective_from AS day, 1 AS started, 0 AS ended FROM status_changes
   WHERE effective_from IS NOT NULL
  UNION ALL
  SELECT to_status, superseded_on, 0, 1 FROM status_changes WHERE superseded_on IS NOT NULL
) d
GROUP BY status, day;
