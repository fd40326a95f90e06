CREATE TABLE "follows" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "follows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"target" text NOT NULL,
	"organization_id" integer,
	"region_id" integer,
	"commitment_id" integer,
	"view_name" text,
	"view_query" text,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follows_one_target" CHECK (("follows"."target" = 'company' and "follows"."organization_id" is not null and num_nonnulls("follows"."region_id", "follows"."commitment_id", "follows"."view_query") = 0)
        or ("follows"."target" = 'region' and "follows"."region_id" is not null and num_nonnulls("follows"."organization_id", "follows"."commitment_id", "follows"."view_query") = 0)
        or ("follows"."target" = 'commitment' and "follows"."commitment_id" is not null and num_nonnulls("follows"."organization_id", "follows"."region_id", "follows"."view_query") = 0)
        or ("follows"."target" = 'view' and "follows"."view_query" is not null and "follows"."view_name" is not null and num_nonnulls("follows"."organization_id", "follows"."region_id", "follows"."commitment_id") = 0))
);
--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follows" ADD CONSTRAINT "follows_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "follows_user_company_key" ON "follows" USING btree ("user_id","organization_id") WHERE "follows"."organization_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "follows_user_region_key" ON "follows" USING btree ("user_id","region_id") WHERE "follows"."region_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "follows_user_commitment_key" ON "follows" USING btree ("user_id","commitment_id") WHERE "follows"."commitment_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "follows_user_view_key" ON "follows" USING btree ("user_id","view_query") WHERE "follows"."view_query" is not null;--> statement-breakpoint
CREATE INDEX "follows_organization_idx" ON "follows" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "follows_region_idx" ON "follows" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "follows_commitment_idx" ON "follows" USING btree ("commitment_id");