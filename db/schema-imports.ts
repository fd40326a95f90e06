import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

// Imports of commitments from spreadsheets (lib/imports). Re-exported by schema.ts; kept apart so the
// main schema stays readable. The commitment a row touched is a plain id: an undone import deletes what
// it created, and its rows stay as the record of what happened.

/**
 * "running": being written (its record is kept before its transaction starts, so its progress can be read
 * and a cancel asked for); it ends "committed", "cancelled" or "failed". A "running" record whose
 * transaction is gone (the server stopped) reads as "interrupted" (lib/imports/live.ts).
 */
export const IMPORT_STATES = [
  "dry_run",
  "running",
  "committed",
  "undone",
  "cancelled",
  "failed",
  "interrupted",
] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** What a file's rows are: commitments, or evidence for commitments already recorded. */
export const IMPORT_KINDS = ["commitments", "evidence"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_ACTIONS = ["create", "update", "unchanged", "refused"] as const;
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

export const imports = pgTable(
  "imports",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    state: text("state").$type<ImportState>().notNull(),
    kind: text("kind").$type<ImportKind>().notNull().default("commitments"),
    fileName: text("file_name").notNull(),
    fileSize: integer("file_size").notNull(),
    fileSha256: text("file_sha256").notNull(),
    /** The sheet read, for a workbook. */
    sheet: text("sheet"),
    /** The file's header row, for the report of refused rows to download, fix and import again. */
    headers: jsonb("headers")
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Column → field, and per enumerated field its values → stored values, as used. */
    mapping: jsonb("mapping").notNull(),
    /** { create, update, unchanged, refused } */
    counts: jsonb("counts").notNull(),
    /** Organizations and regions the import created (slugs), so an undo can remove them. */
    created: jsonb("created")
      .notNull()
      .default(sql`'{"organizations":[],"regions":[]}'::jsonb`),
    actorId: text("actor_id"),
    actorLabel: text("actor_label").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
    /** Rows written so far by a running import, of all its rows. */
    rowsDone: integer("rows_done").notNull().default(0),
    rowsTotal: integer("rows_total").notNull().default(0),
    cancelRequestedAt: timestamp("cancel_requested_at", { withTimezone: true }),
    /** Why a failed import stopped. */
    error: text("error"),
    undoneBy: text("undone_by"),
  },
  (t) => [
    check(
      "imports_state",
      sql`${t.state} in ('dry_run', 'running', 'committed', 'undone', 'cancelled', 'failed', 'interrupted')`,
    ),
    check("imports_kind", sql`${t.kind} in ('commitments', 'evidence')`),
    index("imports_created_at_idx").on(t.createdAt),
  ],
);

export const importRows = pgTable(
  "import_rows",
  {
    importId: integer("import_id")
      .notNull()
      .references(() => imports.id, { onDelete: "cascade" }),
    /** The row's number in the file, counting the header as row 1 (as a spreadsheet shows it). */
    row: integer("row").notNull(),
    action: text("action").$type<ImportAction>().notNull(),
    /** Field → message, for a refused row. */
    errors: jsonb("errors"),
    /** A refused row's cells as the file had them. */
    cells: jsonb("cells"),
    /** Field → { from, to }, for an update. */
    changes: jsonb("changes"),
    commitmentId: integer("commitment_id"),
    /** The evidence item a row of an evidence import created. */
    evidenceId: integer("evidence_id"),
    /** The commitment's columns before an update, to restore on undo. */
    before: jsonb("before"),
    /** The commitment's version once the import wrote it: a later edit makes it differ, which blocks undo. */
    versionAfter: integer("version_after"),
  },
  (t) => [
    primaryKey({ columns: [t.importId, t.row] }),
    check("import_rows_action", sql`${t.action} in ('create', 'update', 'unchanged', 'refused')`),
    index("import_rows_commitment_idx").on(t.commitmentId),
  ],
);
