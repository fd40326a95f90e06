import { asc, desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, evidence, statusChanges } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import type { CommitmentStatus, EvidenceStance } from "@/lib/vocabulary";
import { selectCommitments } from "./list-query";
import { type CommitmentJson, toCommitmentJson } from "./serialize";

export type EvidenceJson = {
  id: number;
  url: string;
  title: string;
  publisher: string | null;
  publishedOn: string;
  language: string;
  stance: EvidenceStance;
  note: string | null;
  archiveUrl: string | null;
  addedAt: string;
};

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
};

/** One commitment with its evidence (newest first) and status history (oldest first); null if unknown. */
export async function getCommitmentDetail(
  db: Database,
  id: number,
  { today = todayIso() }: { today?: string } = {},
): Promise<CommitmentDetailJson | null> {
  const [row] = await selectCommitments(db, today).where(eq(commitments.id, id)).limit(1);
  if (!row) return null;

  const [evidenceRows, historyRows] = await Promise.all([
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
  ]);

  return {
    ...toCommitmentJson(row),
    evidence: evidenceRows.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      publisher: e.publisher,
      publishedOn: e.publishedOn,
      language: e.language,
      stance: e.stance,
      note: e.note,
      archiveUrl: e.archiveUrl,
      addedAt: e.addedAt.toISOString(),
    })),
    statusHistory: historyRows.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      progress: h.progress,
      reason: h.reason,
      evidenceId: h.evidenceId,
      changedAt: h.changedAt.toISOString(),
      changedBy: h.changedBy,
    })),
  };
}
