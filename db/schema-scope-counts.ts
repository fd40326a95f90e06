import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { commitmentStatus, evidenceStance } from "./schema-enums";

// The dashboard's counts kept per maker and per region, so a company's or a region's statistics add up a few
// hundred rows for the organizations or regions in scope instead of reading every evidence item and status
// change of their commitments. Kept by triggers on evidence, status_changes and commitments (migration
// 0029; db/sql/functions.sql), and checked against a recount by db/summaries.ts.
// `scope` says which column of the commitment `key_id` is: its maker_id or its region_id.

const SCOPES = sql`('maker', 'region')`;

/** Live evidence per maker or region, month of publication and stance. */
export const scopeEvidenceCounts = pgTable(
  "scope_evidence_counts",
  {
    scope: text("scope").notNull(),
    keyId: integer("key_id").notNull(),
    /** The first day of the month the items were published in. */
    month: date("month", { mode: "string" }).notNull(),
    stance: evidenceStance("stance").notNull(),
    published: integer("published").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.keyId, t.month, t.stance] }),
    check("scope_evidence_counts_scope", sql`${t.scope} in ${SCOPES}`),
  ],
);

/** Live evidence per maker or region and the UTC day it was attached. */
export const scopeEvidenceAdded = pgTable(
  "scope_evidence_added",
  {
    scope: text("scope").notNull(),
    keyId: integer("key_id").notNull(),
    day: date("day", { mode: "string" }).notNull(),
    added: integer("added").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.keyId, t.day] }),
    check("scope_evidence_added_scope", sql`${t.scope} in ${SCOPES}`),
  ],
);

/** Status spans per maker or region, month and status: how many took effect that month, how many were superseded. */
export const scopeStatusCounts = pgTable(
  "scope_status_counts",
  {
    scope: text("scope").notNull(),
    keyId: integer("key_id").notNull(),
    /** The first day of the month. */
    month: date("month", { mode: "string" }).notNull(),
    status: commitmentStatus("status").notNull(),
    started: integer("started").notNull().default(0),
    ended: integer("ended").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.scope, t.keyId, t.month, t.status] }),
    check("scope_status_counts_scope", sql`${t.scope} in ${SCOPES}`),
  ],
);
