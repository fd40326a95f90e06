import "server-only";
import { asc, desc, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, evidence, statusChanges } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import { type EvidenceJson, toEvidenceJson } from "@/lib/evidence/serialize";
import { type MentionJson, listMentionsOf } from "@/lib/mentions/queries";
import type { CommitmentStatus } from "@/lib/vocabulary";
import { selectCommitments } from "./queries";
import { type CommitmentJson, toCommitmentJson } from "./serialize";

export type { EvidenceJson } from "@/lib/evidence/serialize";

export type StatusChangeJson = {
  from: CommitmentStatus | null;
  to: CommitmentStatus;
  progress: number;
  reason: string;
  evidenceId: number | null;
  /** The day the status took effect (the announcement for the first one); may precede changedAt. */
  effectiveOn: string;
  changedAt: string;
  changedBy: string | null;
};

export type CommitmentDetailJson = CommitmentJson & {
  evidence: EvidenceJson[];
  statusHistory: StatusChangeJson[];
  /** The statements that said it, oldest first: the original, then restatements. */
  mentions: MentionJson[];
};

const historyJson = (h: typeof statusChanges.$inferSelect): StatusChangeJson => ({
  from: h.fromStatus,
  to: h.toStatus,
  progress: h.progress,
  reason: h.reason,
  evidenceId: h.evidenceId,
  effectiveOn: h.effectiveFrom ?? h.changedAt.toISOString().slice(0, 10),
  changedAt: h.changedAt.toISOString(),
  changedBy: h.changedBy,
});

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/**
 * Commitments with their evidence (newest first), status history and statements (oldest first), in the
 * order of `ids`; unknown ids are left out. Four queries however many commitments.
 */
export async function getCommitmentDetails(
  db: Database,
  ids: number[],
  { today = todayIso() }: { today?: string } = {},
): Promise<CommitmentDetailJson[]> {
  if (ids.length === 0) return [];
  const [rows, evidenceRows, historyRows, mentionLists] = await Promise.all([
    selectCommitments(db, today).where(inArray(commitments.id, ids)),
    db
      .select()
      .from(evidence)
      .where(inArray(evidence.commitmentId, ids))
      .orderBy(desc(evidence.publishedOn), desc(evidence.id)),
    db
      .select()
      .from(statusChanges)
      .where(inArray(statusChanges.commitmentId, ids))
      .orderBy(asc(statusChanges.changedAt), asc(statusChanges.id)),
    listMentionsOf(db, ids),
  ]);
  const byId = new Map(rows.map((row) => [row.id, row]));
  const evidenceOf = groupBy(evidenceRows, (e) => e.commitmentId);
  const historyOf = groupBy(historyRows, (h) => h.commitmentId);
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    return [
      {
        ...toCommitmentJson(row),
        evidence: (evidenceOf.get(id) ?? []).map(toEvidenceJson),
        statusHistory: (historyOf.get(id) ?? []).map(historyJson),
        mentions: mentionLists.get(id) ?? [],
      },
    ];
  });
}

/** One commitment with its evidence, status history and statements; null if unknown. */
export async function getCommitmentDetail(
  db: Database,
  id: number,
  options: { today?: string } = {},
): Promise<CommitmentDetailJson | null> {
  return (await getCommitmentDetails(db, [id], options))[0] ?? null;
}
