-- Custom SQL migration file, put your code below! ---- 0015 named the commitments table without its schema; like every trigger function since 0013, name it
-- with the schema so the trigger works whatever the caller's search_path.
CREATE OR REPLACE FUNCTION public.status_change_effective_from() RETURNS trigger LANGUAGE plpgsql AS $$
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
$$;
