-- Every trigger of the database after the last migration, as pg_get_triggerdef prints it (under the default
-- search_path), ordered by table and name; the functions they run are in functions.sql.
-- tests/db-functions.test.ts compares this file with a migrated database; a definition may be wrapped onto
-- several lines at a space.

-- audit_log
CREATE TRIGGER audit_log_append_only BEFORE DELETE OR UPDATE ON public.audit_log
  FOR EACH ROW
  EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON public.audit_log
  FOR EACH STATEMENT
  EXECUTE FUNCTION audit_log_refuse_change();

-- commitments
CREATE TRIGGER commitment_announced_moves_first_status AFTER UPDATE OF announced_on ON public.commitments
  FOR EACH ROW WHEN ((old.announced_on IS DISTINCT FROM new.announced_on))
  EXECUTE FUNCTION commitment_announced_moves_first_status();
CREATE TRIGGER commitment_events AFTER INSERT ON public.commitments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION events_from_commitments();
CREATE TRIGGER scope_counts_forget BEFORE DELETE ON public.commitments
  FOR EACH ROW
  EXECUTE FUNCTION scope_counts_move();
CREATE TRIGGER scope_counts_move BEFORE UPDATE OF maker_id, region_id ON public.commitments
  FOR EACH ROW WHEN (((old.maker_id <> new.maker_id) OR (old.region_id <> new.region_id)))
  EXECUTE FUNCTION scope_counts_move();

-- evidence
CREATE TRIGGER evidence_daily_counts_delete AFTER DELETE ON public.evidence
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION evidence_daily_counts_track();
CREATE TRIGGER evidence_daily_counts_insert AFTER INSERT ON public.evidence
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION evidence_daily_counts_track();
CREATE TRIGGER evidence_daily_counts_update AFTER UPDATE ON public.evidence
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION evidence_daily_counts_track();
CREATE TRIGGER evidence_events AFTER INSERT ON public.evidence
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION events_from_evidence();
CREATE TRIGGER evidence_summary AFTER INSERT OR DELETE OR UPDATE ON public.evidence
  FOR EACH ROW
  EXECUTE FUNCTION evidence_summary_trigger();
CREATE TRIGGER scope_evidence_counts_delete AFTER DELETE ON public.evidence
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION scope_evidence_counts_track();
CREATE TRIGGER scope_evidence_counts_insert AFTER INSERT ON public.evidence
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION scope_evidence_counts_track();
CREATE TRIGGER scope_evidence_counts_update AFTER UPDATE ON public.evidence
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION scope_evidence_counts_track();

-- mentions
CREATE TRIGGER mention_events AFTER INSERT ON public.mentions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION events_from_mentions();

-- sources
CREATE TRIGGER source_text_is_fixed BEFORE UPDATE OF text ON public.sources
  FOR EACH ROW
  EXECUTE FUNCTION source_text_is_fixed();

-- status_changes
CREATE TRIGGER scope_status_counts_delete AFTER DELETE ON public.status_changes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION scope_status_counts_track();
CREATE TRIGGER scope_status_counts_insert AFTER INSERT ON public.status_changes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION scope_status_counts_track();
CREATE TRIGGER scope_status_counts_update AFTER UPDATE ON public.status_changes
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION scope_status_counts_track();
CREATE TRIGGER status_change_effective_from BEFORE INSERT ON public.status_changes
  FOR EACH ROW WHEN ((new.effective_from IS NULL))
  EXECUTE FUNCTION status_change_effective_from();
CREATE TRIGGER status_change_events AFTER INSERT ON public.status_changes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION events_from_status_changes();
CREATE TRIGGER status_change_supersede AFTER INSERT ON public.status_changes
  FOR EACH ROW WHEN ((new.from_status IS NOT NULL))
  EXECUTE FUNCTION status_change_supersede();
CREATE TRIGGER status_daily_counts_delete AFTER DELETE ON public.status_changes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
  EXECUTE FUNCTION status_daily_counts_track();
CREATE TRIGGER status_daily_counts_insert AFTER INSERT ON public.status_changes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION status_daily_counts_track();
CREATE TRIGGER status_daily_counts_update AFTER UPDATE ON public.status_changes
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION status_daily_counts_track();
