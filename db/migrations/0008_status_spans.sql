DROP INDEX "evidence_added_idx";--> statement-breakpoint
ALTER TABLE "status_changes" ADD COLUMN "effective_from" date;--> statement-breakpoint
ALTER TABLE "status_changes" ADD COLUMN "superseded_on" date;--> statement-breakpoint
CREATE INDEX "evidence_added_idx" ON "evidence" USING btree ("added_at") WHERE "evidence"."retracted_at" is null;--> statement-breakpoint
-- A status takes effect on the commitment's announcement date when it is the first one, else on the day
-- (UTC) it was recorded; it is superseded on the day the next one (the next appended) takes effect.
CREATE FUNCTION status_change_effective_from() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.from_status IS NULL THEN
    SELECT announced_on INTO NEW.effective_from FROM commitments WHERE id = NEW.commitment_id;
  ELSE
    NEW.effective_from := (NEW.changed_at AT TIME ZONE 'UTC')::date;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER status_change_effective_from
BEFORE INSERT ON status_changes
FOR EACH ROW EXECUTE FUNCTION status_change_effective_from();
--> statement-breakpoint
CREATE FUNCTION status_change_supersede() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE status_changes SET superseded_on = NEW.effective_from
   WHERE commitment_id = NEW.commitment_id AND id < NEW.id AND superseded_on IS NULL;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER status_change_supersede
AFTER INSERT ON status_changes
FOR EACH ROW EXECUTE FUNCTION status_change_supersede();
--> statement-breakpoint
-- An edited announcement date moves the start of the commitment's first status with it.
CREATE FUNCTION commitment_announced_moves_first_status() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  UPDATE status_changes SET effective_from = NEW.announced_on
   WHERE commitment_id = NEW.id AND from_status IS NULL;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER commitment_announced_moves_first_status
AFTER UPDATE OF announced_on ON commitments
FOR EACH ROW WHEN (OLD.announced_on IS DISTINCT FROM NEW.announced_on)
EXECUTE FUNCTION commitment_announced_moves_first_status();
--> statement-breakpoint
-- Fill both for the history recorded so far.
UPDATE status_changes sc SET effective_from = spans.effective_from, superseded_on = spans.superseded_on
  FROM (
    SELECT s.id,
           CASE WHEN s.from_status IS NULL THEN c.announced_on ELSE (s.changed_at AT TIME ZONE 'UTC')::date END AS effective_from,
           lead(CASE WHEN s.from_status IS NULL THEN c.announced_on ELSE (s.changed_at AT TIME ZONE 'UTC')::date END)
             OVER (PARTITION BY s.commitment_id ORDER BY s.id) AS superseded_on
      FROM status_changes s JOIN commitments c ON c.id = s.commitment_id
  ) spans
 WHERE sc.id = spans.id;
