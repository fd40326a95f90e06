import { asc, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, evidence, statusChanges } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import { type EvidenceJson, toEvidenceJson } from "@/lib/evidence/serialize";
import { type MentionJson, listMentions } from "@/lib/mentions/queries";
import type { CommitmentStatus } from "@/lib/vocabulary";
import { selectCommitments } from "./list-query";
import { type CommitmentJson, toCommitmentJson } from "./serialize";

export type { EvidenceJson } from "@/lib/evidence/serialize";

export type StatusChangeJson = {
  from: CommitmentStatus | null;
  to: CommitmentStatus;
  progress: number;
  reason: string;
  evidenceId: number | null;
  changedAt: string;
  changedBy: string | null;
};

export type CommitmentDetailJson = CommitmentJson & {
  evidence: EvidenceJson[];
  statusHistory: StatusChangeJson[];
  /** The statements that said it, oldest first: the original, then restatements. */
  mentions: MentionJson[];
};

/** One commitment with its evidence (newest first) and status history (oldest first); null if unknown. */
export async function getCommitmentDetail(
  db: Database,
  id: number,
  { today = todayIso() }: { today?: string } = {},
): Promise<CommitmentDetailJson | null> {
  const [row] = await selectCommitments(db, today).where(eq(commitments.id, id)).limit(1);
  if (!row) return null;

  const [evidenceRows, historyRows, mentionList] = await Promise.all([
    db
      .select()
      .from(evidence)
      .where(eq(evidence.commitmentId, id))
      .orderBy(desc(evidence.publishedOn), desc(evidence.id)),
    db
      .select()
      .from(statusChanges)
      .where(eq(statusChanges.commitmentId, id))
      .orderBy(asc(statusChanges.changedAt), asc(statusChanges.id)),
    listMentions(db, id),
  ]);

  return {
    ...toCommitmentJson(row),
    evidence: evidenceRows.map(toEvidenceJson),
    statusHistory: historyRows.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      progress: h.progress,
      reason: h.reason,
      evidenceId: h.evidenceId,
      changedAt: h.changedAt.toISOString(),
      changedBy: h.changedBy,
    })),
    mentions: mentionList,
  };
}
