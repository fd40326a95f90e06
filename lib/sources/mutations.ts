import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { sources } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { versionConflict } from "@/lib/commitments/mutations";
import type { SourceInput, SourceUpdateInput } from "@/lib/commitments/schemas";
import { DomainError } from "@/lib/errors";
import { type SourceJson, toSourceJson } from "./queries";

const sourceValues = (input: SourceInput) => ({
  url: input.url.url,
  title: input.title,
  publisher: input.publisher,
  publishedOn: input.publishedOn,
  eventOn: input.eventOn,
  language: input.language,
});

/** The source at this address, created (and audited) when there is none yet. Returns its id. */
export async function findOrCreateSource(db: Database, input: SourceInput, actor: AuditActor): Promise<number> {
  const [existing] = await db.select({ id: sources.id }).from(sources).where(eq(sources.url, input.url.url));
  if (existing) return existing.id;
  const values = sourceValues(input);
  const [created] = await db.insert(sources).values(values).onConflictDoNothing().returning({ id: sources.id });
  if (!created) return findOrCreateSource(db, input, actor); // created meanwhile by another request
  await recordAudit(db, { actor, action: "create", entityType: "source", entityId: created.id, after: values });
  return created.id;
}

function duplicateSource(existing: typeof sources.$inferSelect): DomainError {
  return new DomainError(
    "conflict",
    `This address is already the source “${existing.title}”.`,
    { url: `already source #${existing.id}` },
    { existing: toSourceJson(existing) },
  );
}

/**
 * Creates a source; one that already has this address is refused with 409, naming it. The insert itself
 * decides (ON CONFLICT on the unique url), so of many simultaneous creates of one address exactly one is
 * told "created" and the others get the 409.
 */
export async function createSource(db: Database, input: SourceInput, actor: AuditActor): Promise<SourceJson> {
  return db.transaction(async (tx) => {
    const values = sourceValues(input);
    const [created] = await tx.insert(sources).values(values).onConflictDoNothing().returning();
    if (!created) {
      const [existing] = await tx.select().from(sources).where(eq(sources.url, input.url.url));
      if (existing) throw duplicateSource(existing);
      throw new DomainError("conflict", "Another change got in the way; try again.");
    }
    await recordAudit(tx, { actor, action: "create", entityType: "source", entityId: created.id, after: values });
    return toSourceJson(created);
  });
}

export async function updateSource(
  db: Database,
  id: number,
  input: SourceUpdateInput,
  actor: AuditActor,
): Promise<SourceJson> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(sources).where(eq(sources.id, id)).for("update");
    if (!current) throw new DomainError("not_found", `There is no source ${id}.`);
    if (current.version !== input.version) throw versionConflict("source", current.version);
    const changes: Partial<typeof sources.$inferInsert> = {};
    if (input.url) {
      const [clash] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.url, input.url.url));
      if (clash && clash.id !== id)
        throw new DomainError("conflict", "Another source has this address.", { url: `already source #${clash.id}` });
      changes.url = input.url.url;
    }
    if (input.title !== undefined) changes.title = input.title;
    if (input.publisher !== undefined) changes.publisher = input.publisher;
    if (input.publishedOn !== undefined) changes.publishedOn = input.publishedOn;
    if (input.eventOn !== undefined) changes.eventOn = input.eventOn;
    if (input.language !== undefined) changes.language = input.language;
    const [row] = await tx
      .update(sources)
      .set({ ...changes, version: current.version + 1 })
      .where(and(eq(sources.id, id), eq(sources.version, input.version)))
      .returning();
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "source",
      entityId: id,
      before: toSourceJson(current),
      after: toSourceJson(row!),
    });
    return toSourceJson(row!);
  });
}
