import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { imports } from "@/db/schema";
import { DomainError, conflict } from "@/lib/errors";

// An import being written. Its record is committed before its transaction opens, so that other requests
// can read how far it has got and ask it to stop; its transaction holds an advisory lock named after it,
// so a record still "running" without that lock was left by a server that stopped mid-import (its
// transaction rolled back: nothing of it was kept) and reads as "interrupted".

/** The first key of the advisory locks that mark running imports (the second is the import's id). */
const RUN_LOCK = 7301;

/** Taken inside the import's transaction; released when it commits or rolls back. */
export async function holdRunLock(tx: Database, importId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${sql.raw(String(RUN_LOCK))}, ${importId}::int)`);
}

/** The state to show: a "running" import whose transaction is gone is "interrupted". */
export const shownState = sql<
  (typeof imports.$inferSelect)["state"]
>`case when ${imports.state} = 'running' and not exists (
  select 1 from pg_locks where locktype = 'advisory' and classid = ${sql.raw(String(RUN_LOCK))}
    and objid = ${imports.id} and objsubid = 2
) then 'interrupted' else ${imports.state} end`;

/** Thrown inside an import's transaction when a cancel was asked for, to roll back what it wrote. */
export class ImportCancelled extends Error {}

/**
 * Records how many rows a running import has written, on a connection outside its transaction, and
 * stops it (throws ImportCancelled) when someone asked to cancel it.
 */
export async function recordProgress(outside: Database, importId: number, rows: number): Promise<void> {
  const [run] = await outside
    .update(imports)
    .set({ rowsDone: rows })
    .where(eq(imports.id, importId))
    .returning({ cancelRequestedAt: imports.cancelRequestedAt });
  if (run?.cancelRequestedAt) throw new ImportCancelled();
}

/** Marks how a running import ended when its transaction did not commit. */
export async function endRun(db: Database, importId: number, state: "cancelled" | "failed", error?: string) {
  await db
    .update(imports)
    .set({ state, error: error ?? null })
    .where(and(eq(imports.id, importId), eq(imports.state, "running")));
}

/** Asks a running import to stop; it rolls back at the end of the batch it is writing. */
export async function requestCancel(db: Database, importId: number): Promise<{ id: number; cancelling: true }> {
  const [asked] = await db
    .update(imports)
    .set({ cancelRequestedAt: sql`coalesce(${imports.cancelRequestedAt}, now())` })
    .where(and(eq(imports.id, importId), sql`${shownState} = 'running'`))
    .returning({ id: imports.id });
  if (asked) return { id: asked.id, cancelling: true };
  const [run] = await db.select({ state: shownState }).from(imports).where(eq(imports.id, importId));
  if (!run) throw new DomainError("not_found", `There is no import ${importId}.`);
  throw conflict(`Import ${importId} is not running (${run.state.replace("_", " ")}): there is nothing to cancel.`);
}
