import "server-only";
import { type SQL, and, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, evidence, organizations } from "@/db/schema";
import { overdueSql } from "@/lib/commitments/filter-sql";
import { commitmentsByIds } from "@/lib/commitments/queries";
import type { CommitmentJson } from "@/lib/commitments/serialize";
import type { EvidenceStance } from "@/lib/vocabulary";
import { evidenceInScope } from "./scope";

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

/** The newest evidence (by publication date) on commitments in scope. */
export async function recentEvidence(db: Database, where: SQL | undefined, limit = 8): Promise<RecentEvidence[]> {
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
    .where(and(isNull(evidence.retractedAt), evidenceInScope(where)))
    .orderBy(desc(evidence.publishedOn), desc(evidence.id))
    .limit(limit);
  return rows.map(({ commitmentId, commitmentTitle, maker, ...e }) => ({
    ...e,
    commitment: { id: commitmentId, title: commitmentTitle, maker },
  }));
}
