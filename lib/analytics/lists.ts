import "server-only";
import { type SQL, and, desc, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, evidence, organizations } from "@/db/schema";
import { intArray } from "@/db/sql";
import { overdueSql } from "@/lib/commitments/filter-sql";
import { commitmentsByIds } from "@/lib/commitments/queries";
import type { CommitmentJson } from "@/lib/commitments/serialize";
import type { EvidenceStance } from "@/lib/vocabulary";

/** Overdue commitments in scope, the longest overdue first. */
export async function overdueCommitments(
  db: Database,
  where: SQL | undefined,
  today: string,
  limit = 8,
): Promise<CommitmentJson[]> {
  const ids = await db
    .select({ id: commitments.id })
    .from(commitments)
    .where(and(where, overdueSql(today)))
    .orderBy(commitments.targetOn, commitments.id)
    .limit(limit);
  return commitmentsByIds(
    db,
    ids.map((r) => r.id),
    today,
  );
}

export type RecentEvidence = {
  id: number;
  title: string;
  url: string;
  publisher: string | null;
  publishedOn: string;
  stance: EvidenceStance;
  commitment: { id: number; title: string; maker: string };
};

/**
 * The commitments in scope that can hold one of the `limit` newest evidence items: those whose newest item
 * (latest_evidence_on, kept by a trigger) is no older than the `limit`-th newest commitment's. Each of those
 * commitments has an item at least that new, so no item of the others can be among the newest.
 */
async function newestCandidates(db: Database, where: SQL, limit: number): Promise<number[]> {
  const latest = commitments.latestEvidenceOn;
  const rows = await db
    .select({ id: commitments.id })
    .from(commitments)
    .where(
      and(
        where,
        sql`${latest} >= coalesce((
          select ${latest} from ${commitments} where ${where} and ${latest} is not null
           order by ${latest} desc offset ${limit - 1} limit 1), '-infinity'::date)`,
      ),
    );
  return rows.map((r) => r.id);
}

/** The newest evidence (by publication date) on commitments in scope. */
export async function recentEvidence(db: Database, where: SQL | undefined, limit = 8): Promise<RecentEvidence[]> {
  // In a scope, the candidates first: read through their own index, their items are few.
  const candidates = where ? await newestCandidates(db, where, limit) : undefined;
  if (candidates?.length === 0) return [];
  const rows = await db
    .select({
      id: evidence.id,
      title: evidence.title,
      url: evidence.url,
      publisher: evidence.publisher,
      publishedOn: evidence.publishedOn,
      stance: evidence.stance,
      commitmentId: commitments.id,
      commitmentTitle: commitments.title,
      maker: organizations.name,
    })
    .from(evidence)
    .innerJoin(commitments, eq(evidence.commitmentId, commitments.id))
    .innerJoin(organizations, eq(commitments.makerId, organizations.id))
    .where(
      and(
        isNull(evidence.retractedAt),
        // Many commitments can tie for the newest: their ids go as one parameter.
        candidates ? sql`${evidence.commitmentId} = any(${intArray(candidates)})` : undefined,
      ),
    )
    .orderBy(desc(evidence.publishedOn), desc(evidence.id))
    .limit(limit);
  return rows.map(({ commitmentId, commitmentTitle, maker, ...e }) => ({
    ...e,
    commitment: { id: commitmentId, title: commitmentTitle, maker },
  }));
}
