CREATE TABLE "mentions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "mentions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"commitment_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	"start" integer,
	"end" integer,
	"quote" text,
	"kind" "commitment_kind",
	"amount" numeric(20, 2),
	"currency" text,
	"jobs" integer,
	"target_on" text,
	"restatement" boolean DEFAULT false NOT NULL,
	"changed" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" text,
	CONSTRAINT "mentions_quote_has_offsets" CHECK (("mentions"."quote" is null) = ("mentions"."start" is null) and ("mentions"."start" is null) = ("mentions"."end" is null)),
	CONSTRAINT "mentions_offsets_order" CHECK ("mentions"."start" is null or ("mentions"."start" >= 0 and "mentions"."end" > "mentions"."start")),
	CONSTRAINT "mentions_target_format" CHECK ("mentions"."target_on" is null or "mentions"."target_on" ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
	CONSTRAINT "mentions_amount_has_currency" CHECK ("mentions"."amount" is null or "mentions"."currency" is not null),
	CONSTRAINT "mentions_jobs_non_negative" CHECK ("mentions"."jobs" is null or "mentions"."jobs" >= 0)
);
--> statement-breakpoint
ALTER TABLE "commitments" ADD COLUMN "jobs" integer;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "text" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "text_sha256" text;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentions" ADD CONSTRAINT "mentions_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentions_commitment_idx" ON "mentions" USING btree ("commitment_id","id");--> statement-breakpoint
CREATE INDEX "mentions_source_idx" ON "mentions" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "mentions_restatement_idx" ON "mentions" USING btree ("commitment_id") WHERE "mentions"."restatement";--> statement-breakpoint
CREATE INDEX "commitments_jobs_idx" ON "commitments" USING btree ("maker_id","region_id","jobs") WHERE "commitments"."jobs" is not null;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_jobs_non_negative" CHECK ("commitments"."jobs" is null or "commitments"."jobs" >= 0);--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_text_has_hash" CHECK (("sources"."text" is null) = ("sources"."text_sha256" is null));--> statement-breakpoint
-- A source's text is fixed once a mention quotes it: the quotes' offsets point into it, and its hash is
-- what a reader checks a copy against. (The app refuses first, with a message; this is the backstop.)
CREATE FUNCTION public.source_text_is_fixed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.text IS DISTINCT FROM OLD.text
     AND EXISTS (SELECT 1 FROM public.mentions WHERE source_id = OLD.id AND quote IS NOT NULL) THEN
    RAISE EXCEPTION 'the text of source % is quoted and cannot change; a corrected text is a new source', OLD.id
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER source_text_is_fixed
BEFORE UPDATE OF text ON public.sources
FOR EACH ROW EXECUTE FUNCTION public.source_text_is_fixed();
--> statement-breakpoint
-- Every commitment recorded so far keeps its source as its first mention, without a quote.
INSERT INTO public.mentions (commitment_id, source_id, created_at, created_by)
SELECT id, source_id, created_at, 'migration' FROM public.commitments WHERE source_id IS NOT NULL;
