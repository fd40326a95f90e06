import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organizations } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { versionConflict } from "@/lib/commitments/mutations";
import { DomainError } from "@/lib/errors";
import type { CreateOrganizationInput, UpdateOrganizationInput } from "@/lib/named-tree-schemas";
import { refuseNamesHeldElsewhere } from "@/lib/named-tree-names";
import { aliasesAfterRename, freeSlug, resolveParent } from "@/lib/named-tree-write";
import { type OrganizationSummary, organizationById } from "./queries";

const snapshot = (o: OrganizationSummary) => ({ ...o, parent: o.parent?.slug ?? null });

export async function createOrganization(
  db: Database,
  input: CreateOrganizationInput,
  actor: AuditActor,
): Promise<OrganizationSummary> {
  return db.transaction(async (tx) => {
    await refuseNamesHeldElsewhere(tx, organizations, { name: input.name, aliases: input.aliases }, "organization");
    const slug = await freeSlug(tx, organizations, input.name, "organization");
    const parentId = await resolveParent(tx, organizations, input.parent, null, "organization");
    const [row] = await tx
      .insert(organizations)
      .values({ name: input.name, slug, kind: input.kind, country: input.country, parentId, aliases: input.aliases })
      .returning();
    const created = await organizationById(tx, row!.id);
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "organization",
      entityId: slug,
      after: snapshot(created),
    });
    return created;
  });
}

export async function updateOrganization(
  db: Database,
  slug: string,
  input: UpdateOrganizationInput,
  actor: AuditActor,
): Promise<OrganizationSummary> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(organizations).where(eq(organizations.slug, slug)).for("update");
    if (!current) throw new DomainError("not_found", `There is no organization “${slug}”.`);
    if (current.version !== input.version) throw versionConflict("organization", current.version);
    const added = (input.aliases ?? []).filter((a) => !current.aliases.includes(a));
    await refuseNamesHeldElsewhere(
      tx,
      organizations,
      { name: input.name !== undefined && input.name !== current.name ? input.name : undefined, aliases: added },
      "organization",
      current.id,
    );
    const before = await organizationById(tx, current.id);

    const changes: Partial<typeof organizations.$inferInsert> = {};
    if (input.name !== undefined && input.name !== current.name) {
      changes.name = input.name;
      changes.slug = await freeSlug(tx, organizations, input.name, "organization", current.id);
    }
    if (input.kind !== undefined) changes.kind = input.kind;
    if (input.country !== undefined) changes.country = input.country;
    if (input.parent !== undefined)
      changes.parentId = await resolveParent(tx, organizations, input.parent, current.id, "organization");
    const aliases = input.aliases ?? current.aliases;
    changes.aliases = changes.name ? aliasesAfterRename(aliases, current.name, changes.name) : aliases;

    const [row] = await tx
      .update(organizations)
      .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(organizations.id, current.id), eq(organizations.version, input.version)))
      .returning();
    const after = await organizationById(tx, row!.id);
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "organization",
      entityId: row!.slug,
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
