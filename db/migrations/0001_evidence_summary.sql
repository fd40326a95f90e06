-- Keeps commitments.evidence_count and commitments.latest_evidence_on equal to what the evidence
-- table says, whatever writes it (the app, the seed, the synthetic generator, a manual fix).
CREATE FUNCTION refresh_commitment_evidence_summary(target_id integer) RETURNS void
LANGUAGE sql AS $$
  UPDATE commitments c
     SET evidence_count = s.n,
         latest_evidence_on = s.latest
    FROM (SELECT count(*)::integer AS n, max(published_on) AS latest
            FROM evidence WHERE commitment_id = target_id) s
   WHERE c.id = target_id;
$$;
--> statement-breakpoint
CREATE FUNCTION evidence_summary_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.commitment_id <> OLD.commitment_id) THEN
    PERFORM refresh_commitment_evidence_summary(OLD.commitment_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM refresh_commitment_evidence_summary(NEW.commitment_id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER evidence_summary
AFTER INSERT OR UPDATE OR DELETE ON evidence
FOR EACH ROW EXECUTE FUNCTION evidence_summary_trigger();
