import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, deletedCommitments, organizations, regions } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { type AuditActor, recordAudits } from "@/lib/audit/record";
import { DomainError, invalid } from "@/lib/errors";
import type { NamedTreeTable } from "./named-tree";
import { resolveOneId, wouldCycle } from "./named-tree-write";

type Noun = "organization" | "region";

// Every column that points at an organization or a region, so a merge leaves nothing behind.
const REFERENCES = {
  organization: [
    { table: commitments, column: "maker_id", versioned: true },
    { table: commitments, column: "counterpart_id", versioned: true },
    { table: deletedCommitments, column: "maker_id", versioned: false },
    { table: deletedCommitments, column: "counterpart_id", versioned: false },
  ],
  region: [
    { table: commitments, column: "region_id", versioned: true },
    { table: deletedCommitments, column: "region_id", versioned: false },
  ],
} as const;

const TABLES: Record<Noun, NamedTreeTable> = { organization: organizations, region: regions };

/** The names `into` goes by after the merge: its aliases, then the merged one's name and aliases, once each. */
function mergedAliases(
  into: { name: string; aliases: string[] },
  merged: { name: string; aliases: string[] },
): string[] {
  const seen = new Set([into.name.toLowerCase()]);
  const result: string[] = [];
  for (const alias of [...into.aliases, merged.name, ...merged.aliases]) {
    const key = alias.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(alias);
  }
  return result;
}

export type MergeResult = { intoId: number; moved: { commitments: number; deleted: number; children: number } };

/**
 * Merges the organization (or region) `slug` into the one `intoRef` names, in one transaction: every
 * commitment (deleted ones too) and every child moves to it, its name and aliases become aliases of it,
 * it is removed, and both sides are audited. Commitments that move get a new version, so a form opened
 * before the merge cannot silently put the old name back.
 */
export async function mergeNamed(
  db: Database,
  noun: Noun,
  slug: string,
  intoRef: string,
  actor: AuditActor,
): Promise<MergeResult> {
  const table = TABLES[noun];
  return db.transaction(async (tx) => {
    const [merged] = await tx.select().from(table).where(eq(table.slug, slug)).for("update");
    if (!merged) throw new DomainError("not_found", `There is no ${noun} “${slug}”.`);
    const intoId = await resolveOneId(tx, table, intoRef, { field: "into", noun });
    if (intoId === merged.id)
      throw invalid(`A ${noun} cannot be merged into itself.`, { into: `is ${merged.name} itself` });
    const [into] = await tx.select().from(table).where(eq(table.id, intoId)).for("update");
    if (await wouldCycle(tx, table, merged.id, intoId)) {
      throw invalid(`${into!.name} lies inside ${merged.name}, so it cannot take its place.`, {
        into: `lies inside ${merged.name}; merge the other way, or move it out first`,
      });
    }

    const moved = { commitments: 0, deleted: 0, children: 0 };
    for (const ref of REFERENCES[noun]) {
      const column = sql.identifier(ref.column);
      const rows = await queryRows<{ id: number }>(
        tx,
        ref.versioned
          ? sql`update ${ref.table} set ${column} = ${intoId}, version = version + 1, updated_at = now()
                where ${column} = ${merged.id} returning id`
          : sql`update ${ref.table} set ${column} = ${intoId} where ${column} = ${merged.id} returning id`,
      );
      if (ref.versioned) moved.commitments += rows.length;
      else moved.deleted += rows.length;
    }
    const children = await tx
      .update(table)
      .set({ parentId: intoId })
      .where(eq(table.parentId, merged.id))
      .returning({ id: table.id });
    moved.children = children.length;

    // Followers of the merged one follow `into` now (unless they already did: theirs goes with it).
    const followColumn = sql.raw(noun === "organization" ? "organization_id" : "region_id");
    await tx.execute(sql`update follows f set ${followColumn} = ${intoId} where ${followColumn} = ${merged.id}
      and not exists (select 1 from follows g where g.user_id = f.user_id and g.${followColumn} = ${intoId})`);

    const aliases = mergedAliases(into!, merged);
    await tx.delete(table).where(eq(table.id, merged.id));
    await tx
      .update(table)
      .set({ aliases, version: into!.version + 1, updatedAt: new Date() })
      .where(eq(table.id, intoId));

    const plain = (row: typeof merged) => ({ slug: row.slug, name: row.name, aliases: row.aliases });
    await recordAudits(tx, [
      {
        actor,
        action: "merge",
        entityType: noun,
        entityId: merged.slug,
        before: plain(merged),
        after: { into: into!.slug, moved },
      },
      {
        actor,
        action: "merge",
        entityType: noun,
        entityId: into!.slug,
        before: { ...plain(into!), version: into!.version },
        after: { ...plain(into!), aliases, version: into!.version + 1, mergedFrom: merged.slug },
      },
    ]);
    return { intoId, moved };
  });
}
