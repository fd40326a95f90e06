import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

import { commitmentKind, commitmentStatus, evidenceStance, organizationKind, regionKind } from "./schema-enums";
import { searchableText } from "./searchable-text";

export * from "./schema-imports";
export type { CommitmentKind, CommitmentStatus, EvidenceStance, OrganizationKind, RegionKind } from "./vocabulary";

export * from "./schema-enums";

const createdAt = () => timestamp("created_at", { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true }).notNull().defaultNow();

export const organizations = pgTable(
  "organizations",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: organizationKind("kind").notNull(),
    /** ISO 3166-1 alpha-2 country of the organization's seat, when known. */
    country: text("country"),
    parentId: integer("parent_id").references((): AnyPgColumn => organizations.id, { onDelete: "restrict" }),
    /** Other names in any language ("BBA", "华晨宝马"); matched case-insensitively. */
    aliases: text("aliases")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("organizations_slug_key").on(t.slug),
    index("organizations_parent_idx").on(t.parentId),
    // Sorting the list by maker or counterpart name.
    index("organizations_lower_name_idx").on(sql`lower(${t.name})`),
    check("organizations_country_format", sql`${t.country} is null or ${t.country} ~ '^[A-Z]{2}$'`),
    check("organizations_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

export const regions = pgTable(
  "regions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: regionKind("kind").notNull(),
    parentId: integer("parent_id").references((): AnyPgColumn => regions.id, { onDelete: "restrict" }),
    aliases: text("aliases")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("regions_slug_key").on(t.slug),
    index("regions_parent_idx").on(t.parentId),
    check("regions_not_own_parent", sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

/** A statement (press release, joint communiqué, speech) that commitments were recorded from. */
export const sources = pgTable(
  "sources",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    url: text("url").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    publishedOn: date("published_on", { mode: "string" }).notNull(),
    /** When the meeting or event the statement reports took place, if different from publication. */
    eventOn: date("event_on", { mode: "string" }),
    /** ISO 639-1 code. */
    language: text("language").notNull().default("en"),
    /**
     * The full text the commitments were taken from, when it was pasted or uploaded. Fixed once anything
     * quotes it (a trigger refuses the change; a corrected text is a new source).
     */
    text: text("text"),
    /** Hex SHA-256 of the text's UTF-8 bytes, so a copy can be checked against what was quoted. */
    textSha256: text("text_sha256"),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("sources_url_key").on(t.url),
    check("sources_text_has_hash", sql`(${t.text} is null) = (${t.textSha256} is null)`),
  ],
);

export const commitments = pgTable(
  "commitments",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    title: text("title").notNull(),
    summary: text("summary"),
    makerId: integer("maker_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    counterpartId: integer("counterpart_id").references(() => organizations.id, { onDelete: "restrict" }),
    kind: commitmentKind("kind").notNull(),
    sector: text("sector"),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id, { onDelete: "restrict" }),
    announcedOn: date("announced_on", { mode: "string" }).notNull(),
    targetOn: date("target_on", { mode: "string" }),
    amount: numeric("amount", { precision: 20, scale: 2 }),
    /** ISO 4217 code; required whenever an amount is given. */
    currency: text("currency"),
    /** The commitment's id in the spreadsheet or tracker it was imported from; unique when given. */
    externalId: text("external_id"),
    /** Jobs the commitment announced, when it stated a number. */
    jobs: integer("jobs"),
    status: commitmentStatus("status").notNull().default("announced"),
    progress: smallint("progress").notNull().default(0),
    sourceId: integer("source_id").references(() => sources.id, { onDelete: "restrict" }),
    /** Where in the source it was said: paragraph number or a short locator. */
    sourceLocation: text("source_location"),
    /** Optimistic-concurrency counter: every edit must name the version it was based on. */
    version: integer("version").notNull().default(1),
    // Maintained by a trigger on evidence (see the evidence_summary migration), so filters on
    // staleness and sorting by latest evidence stay index-backed at scale.
    evidenceCount: integer("evidence_count").notNull().default(0),
    latestEvidenceOn: date("latest_evidence_on", { mode: "string" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    // With the status and kind, so counting commitments per maker and status (pledged apart from asked) reads
    // the index alone.
    index("commitments_maker_status_kind_idx").on(t.makerId, t.status, t.kind),
    index("commitments_counterpart_idx").on(t.counterpartId),
    index("commitments_region_status_idx").on(t.regionId, t.status),
    // With the kind, so the dashboard's counts per status (pledged apart from asked) read the index alone.
    index("commitments_status_kind_idx").on(t.status, t.kind),
    // With the id as tie-breaker, so "newest first" pages (the default) read straight off the index.
    index("commitments_announced_idx").on(t.announcedOn, t.id),
    index("commitments_target_idx").on(t.targetOn, t.id),
    // Sorting by title (case-insensitive, id as tie-breaker, either direction) reads pages off this index.
    index("commitments_title_sort_idx").on(sql`lower(${t.title})`, t.id),
    index("commitments_source_idx").on(t.sourceId),
    uniqueIndex("commitments_external_id_idx")
      .on(t.externalId)
      .where(sql`${t.externalId} is not null`),
    // Few commitments state jobs; the "jobs pledged" tile and the filter read only those.
    index("commitments_jobs_idx")
      .on(t.makerId, t.regionId, t.jobs)
      .where(sql`${t.jobs} is not null`),
    // The derived filters only ever look at open commitments (CONTRACT.md: overdue, stale).
    index("commitments_open_target_idx")
      .on(t.targetOn)
      .where(sql`${t.status} not in ('achieved', 'abandoned')`),
    index("commitments_open_latest_evidence_idx")
      .on(t.latestEvidenceOn)
      .where(sql`${t.status} not in ('achieved', 'abandoned')`),
    // Free-text search by trigrams; the Han-pair index beside it is hand-written (db/sql/indexes.sql).
    index("commitments_search_trgm_idx").using("gin", sql`${searchableText(t)} gin_trgm_ops`),
    check("commitments_progress_range", sql`${t.progress} between 0 and 100`),
    check("commitments_achieved_is_complete", sql`${t.status} <> 'achieved' or ${t.progress} = 100`),
    check("commitments_currency_format", sql`${t.currency} is null or ${t.currency} ~ '^[A-Z]{3}$'`),
    check("commitments_amount_has_currency", sql`${t.amount} is null or ${t.currency} is not null`),
    check("commitments_amount_non_negative", sql`${t.amount} is null or ${t.amount} >= 0`),
    check("commitments_target_after_announced", sql`${t.targetOn} is null or ${t.targetOn} >= ${t.announcedOn}`),
    check("commitments_jobs_non_negative", sql`${t.jobs} is null or ${t.jobs} >= 0`),
  ],
);

/**
 * Where a statement said a commitment: the source, the exact words (offsets into the source's text, as
 * JavaScript string indices, and the quote itself) and what that statement said of it. The first mention
 * is the original statement; later ones are restatements, with what they stated differently in `changed`.
 * A commitment recorded without a text has its source as a mention without a quote.
 */
export const mentions = pgTable(
  "mentions",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    commitmentId: integer("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    start: integer("start"),
    end: integer("end"),
    quote: text("quote"),
    kind: commitmentKind("kind"),
    amount: numeric("amount", { precision: 20, scale: 2 }),
    currency: text("currency"),
    jobs: integer("jobs"),
    /** The target as stated: YYYY, YYYY-MM or YYYY-MM-DD. */
    targetOn: text("target_on"),
    restatement: boolean("restatement").notNull().default(false),
    /** What a restatement stated differently from the commitment: amount, targetOn, jobs. */
    changed: text("changed")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: createdAt(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("mentions_commitment_idx").on(t.commitmentId, t.id),
    index("mentions_source_idx").on(t.sourceId),
    index("mentions_restatement_idx")
      .on(t.commitmentId)
      .where(sql`${t.restatement}`),
    check(
      "mentions_quote_has_offsets",
      sql`(${t.quote} is null) = (${t.start} is null) and (${t.start} is null) = (${t.end} is null)`,
    ),
    check("mentions_offsets_order", sql`${t.start} is null or (${t.start} >= 0 and ${t.end} > ${t.start})`),
    check("mentions_target_format", sql`${t.targetOn} is null or ${t.targetOn} ~ '^\\d{4}(-\\d{2}(-\\d{2})?)?$'`),
    check("mentions_amount_has_currency", sql`${t.amount} is null or ${t.currency} is not null`),
    check("mentions_jobs_non_negative", sql`${t.jobs} is null or ${t.jobs} >= 0`),
  ],
);

// Evidence, status changes and commitments also have covering indexes drizzle-kit cannot describe, created by
// hand-written SQL: db/sql/indexes.sql lists them.
export const evidence = pgTable(
  "evidence",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    commitmentId: integer("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    /** The url with lower-case host, no fragment and no tracking parameters; used to refuse duplicates. */
    urlNormalized: text("url_normalized").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    publishedOn: date("published_on", { mode: "string" }).notNull(),
    language: text("language").notNull().default("en"),
    stance: evidenceStance("stance").notNull(),
    note: text("note"),
    archiveUrl: text("archive_url"),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
    /** Who attached it (an email, or "demo data"). */
    addedBy: text("added_by"),
    /** Optimistic-concurrency counter for edits, as on commitments. */
    version: integer("version").notNull().default(1),
    // A retracted item stays (and shows, struck through, in the history) but no longer counts.
    retractedAt: timestamp("retracted_at", { withTimezone: true }),
    retractedBy: text("retracted_by"),
    retractionReason: text("retraction_reason"),
  },
  (t) => [
    // One live item per address and commitment; a retracted address may be attached again.
    uniqueIndex("evidence_commitment_url_key")
      .on(t.commitmentId, t.urlNormalized)
      .where(sql`${t.retractedAt} is null`),
    index("evidence_commitment_published_idx").on(t.commitmentId, t.publishedOn),
    // Evidence per month by stance, and "evidence added lately", read off these without touching the rows.
    index("evidence_live_published_stance_idx")
      .on(t.publishedOn, t.stance)
      .where(sql`${t.retractedAt} is null`),
    index("evidence_added_idx")
      .on(t.addedAt)
      .where(sql`${t.retractedAt} is null`),
  ],
);

export const statusChanges = pgTable(
  "status_changes",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    commitmentId: integer("commitment_id")
      .notNull()
      .references(() => commitments.id, { onDelete: "cascade" }),
    /** Null for the status a commitment was first recorded with. */
    fromStatus: commitmentStatus("from_status"),
    toStatus: commitmentStatus("to_status").notNull(),
    progress: smallint("progress").notNull(),
    reason: text("reason").notNull(),
    evidenceId: integer("evidence_id").references(() => evidence.id, { onDelete: "set null" }),
    changedAt: timestamp("changed_at", { withTimezone: true }).notNull().defaultNow(),
    /** Who made the change: an email (with the token's name for scripts), or "demo data". */
    changedBy: text("changed_by"),
    // When this status took effect (the commitment's announcement for its first status, else the day of the
    // change) and when the next change replaced it. Kept by triggers (migration status_spans), so the
    // month-by-month history is one aggregate without sorting the whole history.
    effectiveFrom: date("effective_from", { mode: "string" }),
    supersededOn: date("superseded_on", { mode: "string" }),
  },
  (t) => [
    index("status_changes_commitment_idx").on(t.commitmentId, t.changedAt),
    // The month-by-month history counts span starts and ends per status and day off these indexes alone.
    index("status_changes_effective_idx").on(t.toStatus, t.effectiveFrom),
    index("status_changes_superseded_idx")
      .on(t.toStatus, t.supersededOn)
      .where(sql`${t.supersededOn} is not null`),
    check("status_changes_progress_range", sql`${t.progress} between 0 and 100`),
    check("status_changes_achieved_is_complete", sql`${t.toStatus} <> 'achieved' or ${t.progress} = 100`),
  ],
);

/**
 * A commitment deleted by mistake, kept whole so an admin can restore it: its row, evidence, status history
 * and mentions as they were (`rows`), with the organizations and region it points to as real references,
 * so merging them moves these too.
 */
export const deletedCommitments = pgTable(
  "deleted_commitments",
  {
    /** The commitment's own id, which it gets back when restored. */
    id: integer("id").primaryKey(),
    title: text("title").notNull(),
    makerId: integer("maker_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    counterpartId: integer("counterpart_id").references(() => organizations.id, { onDelete: "restrict" }),
    regionId: integer("region_id")
      .notNull()
      .references(() => regions.id, { onDelete: "restrict" }),
    rows: jsonb("rows").notNull(),
    reason: text("reason").notNull(),
    deletedAt: timestamp("deleted_at", { withTimezone: true }).notNull().defaultNow(),
    deletedBy: text("deleted_by").notNull(),
  },
  (t) => [
    index("deleted_commitments_maker_idx").on(t.makerId),
    index("deleted_commitments_counterpart_idx").on(t.counterpartId),
    index("deleted_commitments_region_idx").on(t.regionId),
    index("deleted_commitments_deleted_at_idx").on(t.deletedAt),
  ],
);

// Daily counts for the unscoped dashboard, kept by statement-level triggers (migration daily_counts) so the
// whole-database charts read a few thousand rows instead of every evidence item and status change. A company's
// or a region's statistics read the same counts kept per maker and per region (./schema-scope-counts).

/** Live (not retracted) evidence per day and stance: by publication date, and by the UTC day it was attached. */
export const evidenceDailyCounts = pgTable(
  "evidence_daily_counts",
  {
    day: date("day", { mode: "string" }).notNull(),
    stance: evidenceStance("stance").notNull(),
    published: integer("published").notNull().default(0),
    added: integer("added").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.stance] })],
);

/** Status spans per status and day: how many took effect that day, and how many were superseded. */
export const statusDailyCounts = pgTable(
  "status_daily_counts",
  {
    status: commitmentStatus("status").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    started: integer("started").notNull().default(0),
    ended: integer("ended").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.status, t.day] })],
);

export type Organization = typeof organizations.$inferSelect;
export type NewOrganization = typeof organizations.$inferInsert;
export type Region = typeof regions.$inferSelect;
export type NewRegion = typeof regions.$inferInsert;
export type Source = typeof sources.$inferSelect;
export type NewSource = typeof sources.$inferInsert;
export type Commitment = typeof commitments.$inferSelect;
export type NewCommitment = typeof commitments.$inferInsert;
export type Evidence = typeof evidence.$inferSelect;
export type NewEvidence = typeof evidence.$inferInsert;
export type StatusChange = typeof statusChanges.$inferSelect;
export type NewStatusChange = typeof statusChanges.$inferInsert;

export * from "./auth-schema";

/** Small instance-wide values, e.g. the session-signing secret created on first start. */
export const appSettings = pgTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Every write, appended: who did what to which record, with the values before and after. Rows are never
 * updated or deleted (a trigger refuses it; see the audit_log_append_only migration).
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    /** The account that acted; null for anonymous events (a failed sign-in) and system jobs. */
    actorId: text("actor_id"),
    /** Who acted, readable even if the account is deleted: an email, "token <name> of <email>", "system". */
    actorLabel: text("actor_label").notNull(),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    /** Field by field, what changed: { field: { from, to } }. */
    changes: jsonb("changes"),
    ip: text("ip"),
  },
  (t) => [
    index("audit_log_entity_idx").on(t.entityType, t.entityId, t.at),
    index("audit_log_at_idx").on(t.at),
    index("audit_log_actor_idx").on(t.actorId, t.at),
    index("audit_log_action_idx").on(t.action, t.at),
  ],
);

/**
 * What one unit of a currency is worth in the reporting currency (app_settings "reporting_currency"),
 * for the dashboard's totals of stated amounts. Edited by admins; the as-of date is shown with every total.
 */
export const currencyRates = pgTable(
  "currency_rates",
  {
    currency: text("currency").primaryKey(),
    rate: numeric("rate", { precision: 24, scale: 10 }).notNull(),
    asOf: date("as_of", { mode: "string" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("currency_rates_currency_format", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("currency_rates_positive", sql`${t.rate} > 0`),
  ],
);

export type AuditEntry = typeof auditLog.$inferSelect;
export type NewAuditEntry = typeof auditLog.$inferInsert;
export type Mention = typeof mentions.$inferSelect;
export type NewMention = typeof mentions.$inferInsert;
export * from "./schema-follows";
export * from "./schema-events";
export * from "./schema-inbox";
export * from "./schema-jobs";
export * from "./schema-links";
export * from "./schema-scope-counts";
