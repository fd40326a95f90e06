CREATE TABLE "currency_rates" (
	"currency" text PRIMARY KEY NOT NULL,
	"rate" numeric(24, 10) NOT NULL,
	"as_of" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "currency_rates_currency_format" CHECK ("currency_rates"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "currency_rates_positive" CHECK ("currency_rates"."rate" > 0)
);
--> statement-breakpoint
DROP INDEX "evidence_published_idx";--> statement-breakpoint
CREATE INDEX "evidence_live_published_stance_idx" ON "evidence" USING btree ("published_on","stance") WHERE "evidence"."retracted_at" is null;--> statement-breakpoint
CREATE INDEX "evidence_added_idx" ON "evidence" USING btree ("added_at");