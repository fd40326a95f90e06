-- Custom SQL migration file, put your code below! --
-- Events (db/schema-events.ts) written by statement-level triggers, one per table that can cause one:
-- a batch of rows (an import) costs one INSERT … SELECT. ON CONFLICT keeps an event once when its row is
-- written again (a restored commitment's rows).
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
$function$;--> statement-breakpoint
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
$function$;--> statement-breakpoint
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
$function$;--> statement-breakpoint
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
$function$;--> statement-breakpoint
CREATE TRIGGER commitment_events AFTER INSERT ON public.commitments
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION public.events_from_commitments();--> statement-breakpoint
CREATE TRIGGER evidence_events AFTER INSERT ON public.evidence
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION public.events_from_evidence();--> statement-breakpoint
CREATE TRIGGER mention_events AFTER INSERT ON public.mentions
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION public.events_from_mentions();--> statement-breakpoint
CREATE TRIGGER status_change_events AFTER INSERT ON public.status_changes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION public.events_from_status_changes();
