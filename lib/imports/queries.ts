import "server-only";
import { and, asc, count, eq, getTableColumns, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type ImportAction, type ImportKind, type ImportState, importRows, imports } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import type { EvidenceField } from "./evidence-fields";
import { shownState } from "./live";
import type { ImportField } from "./fields";
import type { UnknownValues } from "./pass";
import type { ImportMapping } from "./schemas";

/** Rows in a report or a page of one; the rest are read page by page. */
export const REPORT_ROWS = 500;

export type ImportRowReport = {
  row: number;
  action: ImportAction;
  errors?: Record<string, string>;
  changes?: Record<string, { from: unknown; to: unknown }>;
  commitmentId: number | null;
  evidenceId: number | null;
};

export type ImportReport = {
  id: number;
  dryRun: boolean;
  state: ImportState;
  fileName: string;
  fileSize: number;
  fileSha256: string;
  sheet: string | null;
  createdAt: string;
  createdBy: string;
  undoneAt: string | null;
  /** Rows written of all, while it runs (and where a cancelled or failed one stopped). */
  progress: { rows: number; total: number; cancelRequested: boolean };
  counts: Record<ImportAction, number>;
  kind: ImportKind;
  columns?: { header: string; field: ImportField | EvidenceField | null; sample: string[] }[];
  unknownValues?: UnknownValues;
  /** The mapping used, and the earlier import of a file with the same columns it was taken from, if any. */
  mapping?: ImportMapping;
  mappingFrom?: number | null;
  /** What the import creates (a dry run: with known names that look alike) or created (with slugs). */
  created: { organizations: CreatedName[]; regions: CreatedName[] };
  rows: ImportRowReport[];
  rowsTotal: number;
  page: number;
  perPage: number;
};

export type CreatedName = { name: string; slug?: string; nearMisses?: string[] };

export type RowFilter = { action?: ImportAction; page?: number };

/** An import with one page of its rows (refused and updated rows first, then in file order). */
export async function reportOf(
  db: Database,
  id: number,
  /** What only the reading of the file knows (on the answer to POST, not stored). */
  found?: Pick<ImportReport, "columns" | "unknownValues" | "mapping" | "mappingFrom">,
  { action, page = 1 }: RowFilter = {},
): Promise<ImportReport> {
  const [run] = await db
    .select({ ...getTableColumns(imports), state: shownState })
    .from(imports)
    .where(eq(imports.id, id));
  if (!run) throw new DomainError("not_found", `There is no import ${id}.`);
  const where = and(eq(importRows.importId, id), action ? eq(importRows.action, action) : undefined);
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(importRows)
      .where(where)
      .orderBy(
        sql`case ${importRows.action} when 'refused' then 0 when 'update' then 1 else 2 end`,
        asc(importRows.row),
      )
      .limit(REPORT_ROWS)
      .offset((page - 1) * REPORT_ROWS),
    db.select({ n: count() }).from(importRows).where(where),
  ]);
  return {
    id: run.id,
    dryRun: run.state === "dry_run",
    kind: run.kind,
    state: run.state,
    fileName: run.fileName,
    fileSize: run.fileSize,
    fileSha256: run.fileSha256,
    sheet: run.sheet,
    createdAt: run.createdAt.toISOString(),
    createdBy: run.actorLabel,
    undoneAt: run.undoneAt?.toISOString() ?? null,
    progress: progressOf(run),
    counts: {
      create: 0,
      update: 0,
      unchanged: 0,
      refused: 0,
      ...(run.counts as Partial<Record<ImportAction, number>>),
    },
    ...found,
    created: run.created as ImportReport["created"],
    rows: rows.map((r) => ({
      row: r.row,
      action: r.action,
      ...(r.errors ? { errors: r.errors as Record<string, string> } : {}),
      ...(r.changes ? { changes: r.changes as ImportRowReport["changes"] } : {}),
      commitmentId: r.commitmentId,
      evidenceId: r.evidenceId,
    })),
    rowsTotal: Number(total?.n ?? 0),
    page,
    perPage: REPORT_ROWS,
  };
}

const progressOf = (run: Pick<typeof imports.$inferSelect, "rowsDone" | "rowsTotal" | "cancelRequestedAt">) => ({
  rows: run.rowsDone,
  total: run.rowsTotal,
  cancelRequested: run.cancelRequestedAt !== null,
});

export type ImportListItem = Pick<
  ImportReport,
  "id" | "state" | "fileName" | "createdAt" | "createdBy" | "counts" | "progress"
>;

/** The latest imports that wrote something (dry runs are not listed), newest first. */
export async function listImports(db: Database, limit = 20): Promise<ImportListItem[]> {
  const rows = await db
    .select({ ...getTableColumns(imports), state: shownState })
    .from(imports)
    .where(sql`${imports.state} <> 'dry_run'`)
    .orderBy(sql`${imports.id} desc`)
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    state: r.state,
    fileName: r.fileName,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.actorLabel,
    progress: progressOf(r),
    counts: { create: 0, update: 0, unchanged: 0, refused: 0, ...(r.counts as Partial<Record<ImportAction, number>>) },
  }));
}
