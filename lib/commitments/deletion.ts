import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, deletedCommitments, organizations, regions } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { type CommitmentDetailJson, getCommitmentDetail } from "./detail";
import { commitmentSnapshot } from "./mutations";

/**
 * Deletes a commitment recorded by mistake: its row, evidence, status history and mentions move, as they
 * are, into deleted_commitments (so every count, chart and list forgets it at once) and the audit log keeps
 * the reason. An admin can bring it back whole with restoreCommitment.
 */
export async function deleteCommitment(
  db: Database,
  id: number,
  reason: string,
  actor: AuditActor,
  today: string,
): Promise<{ id: number; deleted: true }> {
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select({ id: commitments.id })
      .from(commitments)
      .where(eq(commitments.id, id))
      .for("update");
    if (!locked) throw new DomainError("not_found", `There is no commitment ${id}.`);
    const before = (await getCommitmentDetail(tx, id, { today })) as CommitmentDetailJson;
    await tx.execute(sql`
      insert into deleted_commitments (id, title, maker_id, counterpart_id, region_id, rows, reason, deleted_by)
      select c.id, c.title, c.maker_id, c.counterpart_id, c.region_id,
             jsonb_build_object(
               'commitment', to_jsonb(c),
               'evidence', coalesce((select jsonb_agg(to_jsonb(e) order by e.id) from evidence e where e.commitment_id = c.id), '[]'::jsonb),
               'statusChanges', coalesce((select jsonb_agg(to_jsonb(s) order by s.id) from status_changes s where s.commitment_id = c.id), '[]'::jsonb),
               'mentions', coalesce((select jsonb_agg(to_jsonb(m) order by m.id) from mentions m where m.commitment_id = c.id), '[]'::jsonb)
             ),
             ${reason}, ${actor.label}
        from commitments c where c.id = ${id}`);
    await tx.delete(commitments).where(eq(commitments.id, id));
    await recordAudit(tx, {
      actor,
      action: "delete",
      entityType: "commitment",
      entityId: id,
      before: commitmentSnapshot(before),
      after: { reason },
    });
    return { id, deleted: true as const };
  });
}

/**
 * Puts a deleted commitment back with its own id, evidence, history and mentions, pointing at the
 * organizations and region it points to now (a merge since the deletion moved those references).
 */
export async function restoreCommitment(
  db: Database,
  id: number,
  actor: AuditActor,
  today: string,
): Promise<CommitmentDetailJson> {
  return db.transaction(async (tx) => {
    const [deleted] = await tx.select().from(deletedCommitments).where(eq(deletedCommitments.id, id)).for("update");
    if (!deleted) throw new DomainError("not_found", `Commitment ${id} is not among the deleted ones.`);
    // Evidence counts are kept by a trigger as the evidence comes back; the version moves on so a form
    // opened before the deletion cannot overwrite the restored commitment unseen.
    await tx.execute(sql`
      insert into commitments overriding system value
      select * from jsonb_populate_record(null::commitments,
        (select rows -> 'commitment' from deleted_commitments where id = ${id}) || jsonb_build_object(
          'maker_id', ${deleted.makerId}::integer, 'counterpart_id', ${deleted.counterpartId}::integer,
          'region_id', ${deleted.regionId}::integer, 'evidence_count', 0, 'latest_evidence_on', null,
          'version', ((select rows -> 'commitment' ->> 'version' from deleted_commitments where id = ${id})::integer + 1),
          'updated_at', now()))`);
    for (const [table, key] of [
      ["evidence", "evidence"],
      ["status_changes", "statusChanges"],
      ["mentions", "mentions"],
    ] as const) {
      await tx.execute(sql`
        insert into ${sql.identifier(table)} overriding system value
        select * from jsonb_populate_recordset(null::${sql.identifier(table)},
          (select rows -> ${key} from deleted_commitments where id = ${id}))`);
    }
    await tx.delete(deletedCommitments).where(eq(deletedCommitments.id, id));
    const after = (await getCommitmentDetail(tx, id, { today })) as CommitmentDetailJson;
    await recordAudit(tx, {
      actor,
      action: "restore",
      entityType: "commitment",
      entityId: id,
      before: { reason: deleted.reason, deletedBy: deleted.deletedBy },
      after: commitmentSnapshot(after),
    });
    return after;
  });
}

export type DeletedCommitmentJson = {
  id: number;
  title: string;
  maker: { slug: string; name: string };
  region: { slug: string; name: string };
  reason: string;
  deletedAt: string;
  deletedBy: string;
};

/** The deleted commitments, most recently deleted first. */
export async function listDeletedCommitments(db: Database, limit = 200): Promise<DeletedCommitmentJson[]> {
  const rows = await db
    .select({
      id: deletedCommitments.id,
      title: deletedCommitments.title,
      makerSlug: organizations.slug,
      makerName: organizations.name,
      regionSlug: regions.slug,
      regionName: regions.name,
      reason: deletedCommitments.reason,
      deletedAt: deletedCommitments.deletedAt,
      deletedBy: deletedCommitments.deletedBy,
    })
    .from(deletedCommitments)
    .innerJoin(organizations, eq(organizations.id, deletedCommitments.makerId))
    .innerJoin(regions, eq(regions.id, deletedCommitments.regionId))
    .orderBy(desc(deletedCommitments.deletedAt), desc(deletedCommitments.id))
    .limit(limit);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    maker: { slug: r.makerSlug, name: r.makerName },
    region: { slug: r.regionSlug, name: r.regionName },
    reason: r.reason,
    deletedAt: r.deletedAt.toISOString(),
    deletedBy: r.deletedBy,
  }));
}
