CREATE TABLE "deleted_commitments" (
	"id" integer PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"maker_id" integer NOT NULL,
	"counterpart_id" integer,
	"region_id" integer NOT NULL,
	"rows" jsonb NOT NULL,
	"reason" text NOT NULL,
	"deleted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_by" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "deleted_commitments" ADD CONSTRAINT "deleted_commitments_maker_id_organizations_id_fk" FOREIGN KEY ("maker_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deleted_commitments" ADD CONSTRAINT "deleted_commitments_counterpart_id_organizations_id_fk" FOREIGN KEY ("counterpart_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deleted_commitments" ADD CONSTRAINT "deleted_commitments_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deleted_commitments_maker_idx" ON "deleted_commitments" USING btree ("maker_id");--> statement-breakpoint
CREATE INDEX "deleted_commitments_counterpart_idx" ON "deleted_commitments" USING btree ("counterpart_id");--> statement-breakpoint
CREATE INDEX "deleted_commitments_region_idx" ON "deleted_commitments" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "deleted_commitments_deleted_at_idx" ON "deleted_commitments" USING btree ("deleted_at");--> statement-breakpoint
-- A status change may say when it took effect (an analyst recording old news); only when it does not is
-- the date derived as before. A restored commitment brings its history back with the dates it had.
CREATE OR REPLACE FUNCTION status_change_effective_from() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.effective_from IS NOT NULL THEN
    RETURN NEW;
  END IF;
  IF NEW.from_status IS NULL THEN
    SELECT announced_on INTO NEW.effective_from FROM commitments WHERE id = NEW.commitment_id;
  ELSE
    NEW.effective_from := (NEW.changed_at AT TIME ZONE 'UTC')::date;
  END IF;
  RETURN NEW;
END;
$$;
