import "server-only";
import { and, eq, inArray, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auditLog } from "@/db/schema";
import { type ReadableNames, loadReadableNames } from "@/lib/audit/readable-names";
import type { FieldChanges } from "@/lib/audit/record";
import type { RestatementChange } from "@/lib/mentions/changes";
import type { CommitmentStatus, EvidenceStance } from "@/lib/vocabulary";
import type { CommitmentDetailJson } from "./detail";

/** One thing that happened to a commitment, for its history. */
export type TimelineEvent = { key: string; when: string; by: string | null } & (
  | { type: "source"; title: string; url: string; publisher: string | null; location: string | null }
  | { type: "recorded"; status: CommitmentStatus; progress: number; reason: string }
  | { type: "evidence"; evidenceId: number; title: string; url: string; stance: EvidenceStance; retracted: boolean }
  | { type: "retraction"; evidenceId: number; title: string; reason: string | null }
  | {
      type: "status";
      /** When it was recorded, shown when that is not the day it took effect (`when`). */
      recordedAt: string;
      from: CommitmentStatus;
      to: CommitmentStatus;
      progress: number;
      reason: string;
      evidence: { id: number; title: string } | null;
    }
  | { type: "edit"; changes: FieldChanges }
  | {
      type: "restatement";
      source: { id: number; title: string; url: string };
      quote: string | null;
      changes: RestatementChange[];
    }
  | { type: "evidence_edit"; evidenceId: number; title: string; changes: FieldChanges }
);

type AuditRow = {
  id: number;
  at: Date;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: unknown;
  after: unknown;
};

// Bookkeeping that every edit changes; the history shows what the analyst changed.
const HIDDEN = new Set(["version"]);
const visible = (changes: unknown): FieldChanges | null => {
  const entries = Object.entries((changes ?? {}) as FieldChanges).filter(([field]) => !HIDDEN.has(field));
  return entries.length ? Object.fromEntries(entries) : null;
};

/**
 * The commitment's history, newest first: its source, when it was recorded, evidence by publication date,
 * retractions, status changes, and edits of the commitment and of its evidence (from the audit log).
 */
export function buildTimeline(c: CommitmentDetailJson, audit: AuditRow[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const evidenceTitle = new Map(c.evidence.map((e) => [e.id, e.title]));
  if (c.source) {
    events.push({ key: "source", type: "source", when: c.source.publishedOn, by: null, ...c.source });
  }
  c.statusHistory.forEach((h, i) => {
    const common = { key: `status-${i}`, when: h.changedAt, by: h.changedBy };
    if (h.from === null)
      events.push({ ...common, type: "recorded", status: h.to, progress: h.progress, reason: h.reason });
    else {
      const linked =
        h.evidenceId === null
          ? null
          : { id: h.evidenceId, title: evidenceTitle.get(h.evidenceId) ?? `evidence #${h.evidenceId}` };
      events.push({
        ...common,
        when: h.effectiveOn,
        recordedAt: h.changedAt,
        type: "status",
        from: h.from,
        to: h.to,
        progress: h.progress,
        reason: h.reason,
        evidence: linked,
      });
    }
  });
  for (const e of c.evidence) {
    events.push({
      key: `evidence-${e.id}`,
      type: "evidence",
      when: e.publishedOn,
      by: e.addedBy,
      evidenceId: e.id,
      title: e.title,
      url: e.url,
      stance: e.stance,
      retracted: e.retracted !== null,
    });
    if (e.retracted) {
      events.push({
        key: `retraction-${e.id}`,
        type: "retraction",
        when: e.retracted.at,
        by: e.retracted.by,
        evidenceId: e.id,
        title: e.title,
        reason: e.retracted.reason,
      });
    }
  }
  const mentionById = new Map(c.mentions.map((m) => [m.id, m]));
  for (const entry of audit) {
    if (entry.action === "restatement") {
      const after = entry.after as { mention?: number; changes?: RestatementChange[] } | null;
      const mention = after?.mention !== undefined ? mentionById.get(after.mention) : undefined;
      if (!mention) continue;
      events.push({
        key: `audit-${entry.id}`,
        type: "restatement",
        when: mention.source.publishedOn,
        by: entry.actorLabel,
        source: { id: mention.source.id, title: mention.source.title, url: mention.source.url },
        quote: mention.quote,
        changes: after?.changes ?? [],
      });
      continue;
    }
    if (entry.action !== "update") continue;
    const changes = visible(entry.changes);
    if (!changes) continue;
    const common = { key: `audit-${entry.id}`, when: entry.at.toISOString(), by: entry.actorLabel };
    if (entry.entityType === "commitment") events.push({ ...common, type: "edit", changes });
    else {
      const evidenceId = Number(entry.entityId);
      events.push({
        ...common,
        type: "evidence_edit",
        evidenceId,
        title: evidenceTitle.get(evidenceId) ?? `evidence #${evidenceId}`,
        changes,
      });
    }
  }
  return events.sort((a, b) => b.when.localeCompare(a.when) || a.key.localeCompare(b.key));
}

/** The audit entries about a commitment and its evidence, for buildTimeline. */
export async function timelineAudit(db: Database, c: CommitmentDetailJson): Promise<AuditRow[]> {
  const evidenceIds = c.evidence.map((e) => String(e.id));
  const aboutCommitment = and(eq(auditLog.entityType, "commitment"), eq(auditLog.entityId, String(c.id)));
  const aboutEvidence = evidenceIds.length
    ? and(eq(auditLog.entityType, "evidence"), inArray(auditLog.entityId, evidenceIds))
    : undefined;
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorLabel: auditLog.actorLabel,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      changes: auditLog.changes,
      after: auditLog.after,
    })
    .from(auditLog)
    .where(aboutEvidence ? or(aboutCommitment, aboutEvidence) : aboutCommitment)
    .orderBy(auditLog.at);
}

/** The names of the people and records a timeline mentions, so that it reads "by Ana Lyst", "Maker: BMW Group". */
export function timelineNames(db: Database, events: TimelineEvent[]): Promise<ReadableNames> {
  const changed = events.flatMap((e) =>
    e.type === "edit"
      ? [{ entityType: "commitment", changes: e.changes }]
      : e.type === "evidence_edit"
        ? [{ entityType: "evidence", changes: e.changes }]
        : [],
  );
  return loadReadableNames(
    db,
    events.map((e) => e.by),
    changed,
  );
}
