import "server-only";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { insertMany } from "@/db/insert-many";
import { commitments, importRows, mentions, statusChanges } from "@/db/schema";
import { type AuditActor, recordAudits } from "@/lib/audit/record";
import { progressFor } from "@/lib/commitments/status-rules";
import type { SourceInput } from "@/lib/commitments/schemas";
import { findOrCreateSource } from "@/lib/sources/mutations";
import type { PlannedRow } from "./plan";

// The writes of a committed import, a batch at a time inside the import's one transaction: new
// commitments (with their first status, the mention of their source and their audit entries), updates
// (with a status change when the status moved), and the import's own record of every row.

export type ImportContext = { importId: number; label: string; actor: AuditActor; sources: Map<string, number> };

async function sourceIdFor(tx: Database, source: SourceInput | null | undefined, context: ImportContext) {
  if (!source) return null;
  const known = context.sources.get(source.url.url);
  if (known !== undefined) return known;
  const id = await findOrCreateSource(tx, source, context.actor);
  context.sources.set(source.url.url, id);
  return id;
}

async function createAll(tx: Database, planned: Extract<PlannedRow, { action: "create" }>[], context: ImportContext) {
  if (planned.length === 0) return new Map<number, { id: number; version: number }>();
  const sourceIds: (number | null)[] = [];
  for (const p of planned) sourceIds.push(await sourceIdFor(tx, p.input.source, context));
  const created = await insertMany(
    tx,
    commitments,
    planned.map((p, i) => ({ ...p.values, sourceId: sourceIds[i] })),
    ["id", "version"],
  );
  const mentionRows = planned.flatMap((_, i) =>
    sourceIds[i] == null
      ? []
      : [{ commitmentId: created[i]!.id, sourceId: sourceIds[i]!, createdBy: context.actor.label }],
  );
  await insertMany(tx, mentions, mentionRows);
  await insertMany(
    tx,
    statusChanges,
    planned.map((p, i) => ({
      commitmentId: created[i]!.id,
      fromStatus: null,
      toStatus: p.values.status,
      progress: p.values.progress,
      // The first status holds from the announcement (the trigger would look the date up, row by row).
      effectiveFrom: p.values.announcedOn,
      reason: `Imported from ${context.label}.`,
      changedBy: context.actor.label,
    })),
  );
  await recordAudits(
    tx,
    planned.map((p, i) => ({
      actor: context.actor,
      action: "import" as const,
      entityType: "commitment",
      entityId: created[i]!.id,
      after: { importId: context.importId, row: p.row, ...p.values, sourceId: sourceIds[i] },
    })),
  );
  return new Map(planned.map((p, i) => [p.row, created[i]!]));
}

async function updateOne(tx: Database, p: Extract<PlannedRow, { action: "update" }>, context: ImportContext) {
  const changes = { ...p.changes };
  if (changes.status && changes.progress === undefined)
    changes.progress = progressFor(changes.status, p.before.progress);
  const [updated] = await tx
    .update(commitments)
    .set({ ...changes, version: p.before.version + 1, updatedAt: new Date() })
    .where(eq(commitments.id, p.id))
    .returning({ id: commitments.id, version: commitments.version });
  if (changes.status && changes.status !== p.before.status) {
    await tx.insert(statusChanges).values({
      commitmentId: p.id,
      fromStatus: p.before.status,
      toStatus: changes.status,
      progress: changes.progress ?? p.before.progress,
      reason: `Imported from ${context.label}.`,
      changedBy: context.actor.label,
    });
  }
  const before = Object.fromEntries(Object.keys(changes).map((k) => [k, p.before[k as keyof typeof p.before]]));
  await recordAudits(tx, [
    {
      actor: context.actor,
      action: "import",
      entityType: "commitment",
      entityId: p.id,
      before: { importId: context.importId, ...before },
      after: { importId: context.importId, row: p.row, ...changes },
    },
  ]);
  return updated!;
}

/** Applies one planned batch and records its rows under the import. */
export async function writeBatch(tx: Database, planned: PlannedRow[], context: ImportContext): Promise<void> {
  const created = await createAll(
    tx,
    planned.filter((p) => p.action === "create"),
    context,
  );
  const updated = new Map<number, { id: number; version: number }>();
  for (const p of planned) if (p.action === "update") updated.set(p.row, await updateOne(tx, p, context));
  await recordRows(tx, context.importId, planned, { created, updated });
}

/** Records what each row did (or, for a dry run, would do). */
export async function recordRows(
  db: Database,
  importId: number,
  planned: PlannedRow[],
  written: {
    created?: Map<number, { id: number; version: number }>;
    updated?: Map<number, { id: number; version: number }>;
  } = {},
): Promise<void> {
  if (planned.length === 0) return;
  await insertMany(
    db,
    importRows,
    planned.map((p) => {
      const base = { importId, row: p.row, action: p.action };
      if (p.action === "refused") return { ...base, errors: p.errors, cells: p.cells };
      if (p.action === "unchanged") return { ...base, commitmentId: p.id };
      if (p.action === "create") {
        const done = written.created?.get(p.row);
        return { ...base, commitmentId: done?.id ?? null, versionAfter: done?.version ?? null };
      }
      const done = written.updated?.get(p.row);
      const changes = Object.fromEntries(
        Object.entries(p.changes).map(([k, to]) => [k, { from: p.before[k as keyof typeof p.before] ?? null, to }]),
      );
      return { ...base, commitmentId: p.id, changes, before: p.before, versionAfter: done?.version ?? null };
    }),
  );
}
