import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Commitment, commitments, evidence, importRows, imports, organizations, regions } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { IMPORTED_COLUMNS } from "./plan";
import type { CreatedName } from "./queries";

// Undoing a committed import: the commitments it created go, the ones it changed get their columns
// back, and the organizations and regions it created go if nothing else uses them. Only while nothing
// was edited after it: a later edit or a new piece of evidence on one of its commitments blocks the undo,
// and the answer names the rows that do.

type Blocker = { row: number; commitmentId: number; reason: string };

async function blockers(tx: Database, importId: number): Promise<Blocker[]> {
  const rows = await tx
    .select({
      row: importRows.row,
      action: importRows.action,
      commitmentId: importRows.commitmentId,
      versionAfter: importRows.versionAfter,
      version: commitments.version,
      evidenceCount: commitments.evidenceCount,
    })
    .from(importRows)
    .leftJoin(commitments, eq(commitments.id, importRows.commitmentId))
    .where(and(eq(importRows.importId, importId), inArray(importRows.action, ["create", "update"])))
    .orderBy(importRows.row);
  return rows.flatMap((r): Blocker[] => {
    const id = r.commitmentId!;
    if (r.version === null) return [{ row: r.row, commitmentId: id, reason: "its commitment was deleted since" }];
    if (r.version !== r.versionAfter)
      return [{ row: r.row, commitmentId: id, reason: "its commitment was edited since" }];
    if (r.action === "create" && r.evidenceCount! > 0) {
      return [{ row: r.row, commitmentId: id, reason: "its commitment has evidence attached since" }];
    }
    return [];
  });
}

export async function undoImport(
  db: Database,
  importId: number,
  actor: AuditActor,
): Promise<{ id: number; undone: true }> {
  return db.transaction(async (tx) => {
    const [run] = await tx.select().from(imports).where(eq(imports.id, importId)).for("update");
    if (!run) throw new DomainError("not_found", `There is no import ${importId}.`);
    if (run.state !== "committed") {
      throw new DomainError(
        "conflict",
        run.state === "undone"
          ? "This import was already undone."
          : run.state === "running"
            ? "This import is still running: cancel it instead."
            : "This import wrote nothing to undo.",
      );
    }
    if (run.kind === "evidence") return undoEvidence(tx, importId, actor);
    refuseBlocked(await blockers(tx, importId));
    const written = await tx
      .select({ action: importRows.action, commitmentId: importRows.commitmentId, before: importRows.before })
      .from(importRows)
      .where(and(eq(importRows.importId, importId), inArray(importRows.action, ["create", "update"])));
    const createdIds = written.filter((w) => w.action === "create").map((w) => w.commitmentId!);
    for (let i = 0; i < createdIds.length; i += 1000) {
      await tx.delete(commitments).where(inArray(commitments.id, createdIds.slice(i, i + 1000)));
    }
    for (const w of written.filter((w) => w.action === "update")) {
      const before = w.before as Record<string, unknown>;
      const values = Object.fromEntries(IMPORTED_COLUMNS.map((c) => [c, before[c] ?? null])) as Partial<Commitment>;
      await tx
        .update(commitments)
        .set({ ...values, version: sql`${commitments.version} + 1`, updatedAt: new Date() })
        .where(eq(commitments.id, w.commitmentId!));
    }
    const created = run.created as { organizations: CreatedName[]; regions: CreatedName[] };
    await dropUnused(tx, created);
    return markUndone(tx, importId, actor, {
      removed: createdIds.length,
      restored: written.length - createdIds.length,
    });
  });
}

function refuseBlocked(blocking: Blocker[]) {
  if (blocking.length === 0) return;
  throw new DomainError(
    "conflict",
    `${blocking.length} of the import's rows changed since, so it cannot be undone: ${blocking
      .slice(0, 5)
      .map((b) => `row ${b.row} (commitment ${b.commitmentId}: ${b.reason})`)
      .join("; ")}${blocking.length > 5 ? "; …" : ""}.`,
    undefined,
    { blocking },
  );
}

/** An evidence import: its evidence goes, unless an item was edited or retracted since. */
async function undoEvidence(tx: Database, importId: number, actor: AuditActor) {
  const rows = await tx
    .select({
      row: importRows.row,
      commitmentId: importRows.commitmentId,
      evidenceId: importRows.evidenceId,
      version: evidence.version,
      retractedAt: evidence.retractedAt,
    })
    .from(importRows)
    .leftJoin(evidence, eq(evidence.id, importRows.evidenceId))
    .where(and(eq(importRows.importId, importId), eq(importRows.action, "create")))
    .orderBy(importRows.row);
  refuseBlocked(
    rows.flatMap((r): Blocker[] => {
      const reason =
        r.version === null
          ? "its evidence was removed since"
          : r.retractedAt !== null
            ? "its evidence was retracted since"
            : r.version !== 1
              ? "its evidence was edited since"
              : null;
      return reason ? [{ row: r.row, commitmentId: r.commitmentId!, reason }] : [];
    }),
  );
  const ids = rows.map((r) => r.evidenceId!);
  for (let i = 0; i < ids.length; i += 1000)
    await tx.delete(evidence).where(inArray(evidence.id, ids.slice(i, i + 1000)));
  return markUndone(tx, importId, actor, { removedEvidence: ids.length });
}

/** Marks the import undone and audits what the undo did. */
async function markUndone(tx: Database, importId: number, actor: AuditActor, done: Record<string, number>) {
  await tx
    .update(imports)
    .set({ state: "undone", undoneAt: new Date(), undoneBy: actor.label })
    .where(eq(imports.id, importId));
  await recordAudit(tx, { actor, action: "import_undo", entityType: "import", entityId: importId, after: done });
  return { id: importId, undone: true as const };
}

/** Removes the organizations and regions the import created, unless something points to them now. */
async function dropUnused(tx: Database, created: { organizations: CreatedName[]; regions: CreatedName[] }) {
  const slugs = (list: CreatedName[]) => list.flatMap((c) => (c.slug ? [c.slug] : []));
  const orgs = slugs(created.organizations);
  const places = slugs(created.regions);
  if (orgs.length) {
    await tx
      .delete(organizations)
      .where(
        and(
          inArray(organizations.slug, orgs),
          sql`not exists (select 1 from commitments c where c.maker_id = ${organizations.id} or c.counterpart_id = ${organizations.id})`,
          sql`not exists (select 1 from deleted_commitments d where d.maker_id = ${organizations.id} or d.counterpart_id = ${organizations.id})`,
          sql`not exists (select 1 from organizations child where child.parent_id = ${organizations.id})`,
        ),
      );
  }
  if (places.length) {
    await tx
      .delete(regions)
      .where(
        and(
          inArray(regions.slug, places),
          sql`not exists (select 1 from commitments c where c.region_id = ${regions.id})`,
          sql`not exists (select 1 from deleted_commitments d where d.region_id = ${regions.id})`,
          sql`not exists (select 1 from regions child where child.parent_id = ${regions.id})`,
        ),
      );
  }
}
