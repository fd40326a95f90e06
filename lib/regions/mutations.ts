import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { regions } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { versionConflict } from "@/lib/commitments/mutations";
import { DomainError } from "@/lib/errors";
import type { CreateRegionInput, UpdateRegionInput } from "@/lib/named-tree-schemas";
import { refuseNamesHeldElsewhere } from "@/lib/named-tree-names";
import { aliasesAfterRename, freeSlug, resolveParent } from "@/lib/named-tree-write";
import { type RegionSummary, regionById } from "./queries";

const snapshot = (r: RegionSummary) => ({ ...r, parent: r.parent?.slug ?? null });

export async function createRegion(db: Database, input: CreateRegionInput, actor: AuditActor): Promise<RegionSummary> {
  return db.transaction(async (tx) => {
    await refuseNamesHeldElsewhere(tx, regions, { name: input.name, aliases: input.aliases }, "region");
    const slug = await freeSlug(tx, regions, input.name, "region");
    const parentId = await resolveParent(tx, regions, input.parent, null, "region");
    const [row] = await tx
      .insert(regions)
      .values({ name: input.name, slug, kind: input.kind, parentId, aliases: input.aliases })
      .returning();
    const created = await regionById(tx, row!.id);
    await recordAudit(tx, { actor, action: "create", entityType: "region", entityId: slug, after: snapshot(created) });
    return created;
  });
}

export async function updateRegion(
  db: Database,
  slug: string,
  input: UpdateRegionInput,
  actor: AuditActor,
): Promise<RegionSummary> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(regions).where(eq(regions.slug, slug)).for("update");
    if (!current) throw new DomainError("not_found", `There is no region “${slug}”.`);
    if (current.version !== input.version) throw versionConflict("region", current.version);
    const added = (input.aliases ?? []).filter((a) => !current.aliases.includes(a));
    await refuseNamesHeldElsewhere(
      tx,
      regions,
      { name: input.name !== undefined && input.name !== current.name ? input.name : undefined, aliases: added },
      "region",
      current.id,
    );
    const before = await regionById(tx, current.id);

    const changes: Partial<typeof regions.$inferInsert> = {};
    if (input.name !== undefined && input.name !== current.name) {
      changes.name = input.name;
      changes.slug = await freeSlug(tx, regions, input.name, "region", current.id);
    }
    if (input.kind !== undefined) changes.kind = input.kind;
    if (input.parent !== undefined)
      changes.parentId = await resolveParent(tx, regions, input.parent, current.id, "region");
    const aliases = input.aliases ?? current.aliases;
    changes.aliases = changes.name ? aliasesAfterRename(aliases, current.name, changes.name) : aliases;

    const [row] = await tx
      .update(regions)
      .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(regions.id, current.id), eq(regions.version, input.version)))
      .returning();
    const after = await regionById(tx, row!.id);
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "region",
      entityId: row!.slug,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
