-- Custom SQL migration file, put your code below! --
-- A commitment's first status (from_status null) has nothing before it to supersede, and one given its
-- effective date needs none looked up: the row triggers now fire only when they have work, so recording
-- thousands of commitments at once (imports) does not run an UPDATE per row for nothing.
DROP TRIGGER IF EXISTS status_change_supersede ON public.status_changes;--> statement-breakpoint
CREATE TRIGGER status_change_supersede AFTER INSERT ON public.status_changes
  FOR EACH ROW WHEN (NEW.from_status IS NOT NULL)
  EXECUTE FUNCTION public.status_change_supersede();--> statement-breakpoint
DROP TRIGGER IF EXISTS status_change_effective_from ON public.status_changes;--> statement-breakpoint
CREATE TRIGGER status_change_effective_from BEFORE INSERT ON public.status_changes
  FOR EACH ROW WHEN (NEW.effective_from IS NULL)
  EXECUTE FUNCTION public.status_change_effective_from();
