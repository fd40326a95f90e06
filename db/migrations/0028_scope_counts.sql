CREATE TABLE "scope_evidence_added" (
	"scope" text NOT NULL,
	"key_id" integer NOT NULL,
	"day" date NOT NULL,
	"added" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "scope_evidence_added_scope_key_id_day_pk" PRIMARY KEY("scope","key_id","day"),
	CONSTRAINT "scope_evidence_added_scope" CHECK ("scope_evidence_added"."scope" in ('maker', 'region'))
);
--> statement-breakpoint
CREATE TABLE "scope_evidence_counts" (
	"scope" text NOT NULL,
	"key_id" integer NOT NULL,
	"month" date NOT NULL,
	"stance" "evidence_stance" NOT NULL,
	"published" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "scope_evidence_counts_scope_key_id_month_stance_pk" PRIMARY KEY("scope","key_id","month","stance"),
	CONSTRAINT "scope_evidence_counts_scope" CHECK ("scope_evidence_counts"."scope" in ('maker', 'region'))
);
--> statement-breakpoint
CREATE TABLE "scope_status_counts" (
	"scope" text NOT NULL,
	"key_id" integer NOT NULL,
	"month" date NOT NULL,
	"status" "commitment_status" NOT NULL,
	"started" integer DEFAULT 0 NOT NULL,
	"ended" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "scope_status_counts_scope_key_id_month_status_pk" PRIMARY KEY("scope","key_id","month","status"),
	CONSTRAINT "scope_status_counts_scope" CHECK ("scope_status_counts"."scope" in ('maker', 'region'))
);
