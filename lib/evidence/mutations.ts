import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Evidence, commitments, evidence } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { versionConflict } from "@/lib/commitments/mutations";
import { DomainError, invalid } from "@/lib/errors";
import { type NormalizedUrl, pageKey, publisherFromUrl } from "./normalize-url";
import type { AddEvidenceInput, EditEvidenceInput, RetractEvidenceInput } from "./schemas";
import { type EvidenceJson, toEvidenceJson } from "./serialize";
import { type StatusSuggestion, suggestStatus } from "./suggest";

/** A write's answer: the evidence item, and the status its commitment's evidence now suggests (if any). */
export type EvidenceWriteResult = EvidenceJson & { suggestion: StatusSuggestion | null };

const snapshot = (e: Evidence) => ({
  commitmentId: e.commitmentId,
  url: e.url,
  title: e.title,
  publisher: e.publisher,
  publishedOn: e.publishedOn,
  language: e.language,
  stance: e.stance,
  note: e.note,
  archiveUrl: e.archiveUrl,
  version: e.version,
});

function notInFuture(publishedOn: string | undefined, today: string) {
  if (publishedOn && publishedOn > today)
    throw invalid("Some fields are invalid.", { publishedOn: "must not be in the future" });
}

/**
 * Refuses a link already attached (and not retracted) to the same commitment, naming the existing item: the
 * same page however its address is written (pageKey). Keys are compared as pageKey reads them today, so
 * items stored under an older, stricter key still count.
 */
async function refuseDuplicate(db: Database, commitmentId: number, url: NormalizedUrl, exceptId?: number) {
  const attached = await db
    .select({ id: evidence.id, url: evidence.url, title: evidence.title, key: evidence.urlNormalized })
    .from(evidence)
    .where(and(eq(evidence.commitmentId, commitmentId), isNull(evidence.retractedAt)));
  const existing = attached.find((e) => e.id !== exceptId && pageKey(e.key) === url.key);
  if (existing) {
    throw new DomainError(
      "conflict",
      `This link is already attached to this commitment as “${existing.title}”.`,
      { url: `already attached as evidence #${existing.id}` },
      {
        existing: {
          id: existing.id,
          url: existing.url,
          title: existing.title,
        },
      },
    );
  }
}

async function suggestionFor(db: Database, commitmentId: number): Promise<StatusSuggestion | null> {
  const [owner] = await db
    .select({ status: commitments.status })
    .from(commitments)
    .where(eq(commitments.id, commitmentId));
  const items = await db.select().from(evidence).where(eq(evidence.commitmentId, commitmentId));
  return owner
    ? suggestStatus(
        owner.status,
        items.map((e) => ({
          id: e.id,
          title: e.title,
          publishedOn: e.publishedOn,
          stance: e.stance,
          retracted: e.retractedAt !== null,
        })),
      )
    : null;
}

async function lockEvidence(
  db: Database,
  commitmentId: number,
  evidenceId: number,
  version: number,
): Promise<Evidence> {
  const [row] = await db
    .select()
    .from(evidence)
    .where(and(eq(evidence.id, evidenceId), eq(evidence.commitmentId, commitmentId)))
    .for("update");
  if (!row) throw new DomainError("not_found", `Commitment ${commitmentId} has no evidence ${evidenceId}.`);
  if (row.version !== version) throw versionConflict("evidence item", row.version);
  if (row.retractedAt) throw new DomainError("conflict", "This evidence was retracted; it can no longer be changed.");
  return row;
}

/** The row a new evidence item is stored as (the publisher defaults to the link's host). */
export function evidenceValues(commitmentId: number, input: AddEvidenceInput, actor: AuditActor) {
  return {
    commitmentId,
    url: input.url.url,
    urlNormalized: input.url.key,
    title: input.title,
    publisher: input.publisher ?? publisherFromUrl(input.url.url),
    publishedOn: input.publishedOn,
    language: input.language,
    stance: input.stance,
    note: input.note,
    archiveUrl: input.archiveUrl?.url ?? null,
    addedBy: actor.label,
  };
}

export async function addEvidence(
  db: Database,
  commitmentId: number,
  input: AddEvidenceInput,
  actor: AuditActor,
  today: string,
): Promise<EvidenceWriteResult> {
  notInFuture(input.publishedOn, today);
  return db.transaction(async (tx) => {
    const [owner] = await tx.select({ id: commitments.id }).from(commitments).where(eq(commitments.id, commitmentId));
    if (!owner) throw new DomainError("not_found", `There is no commitment ${commitmentId}.`);
    await refuseDuplicate(tx, commitmentId, input.url);
    const [row] = await tx
      .insert(evidence)
      .values(evidenceValues(commitmentId, input, actor))
      .returning();
    await recordAudit(tx, {
      actor,
      action: "create",
      entityType: "evidence",
      entityId: row!.id,
      after: snapshot(row!),
    });
    return { ...toEvidenceJson(row!), suggestion: await suggestionFor(tx, commitmentId) };
  });
}

export async function editEvidence(
  db: Database,
  commitmentId: number,
  evidenceId: number,
  input: EditEvidenceInput,
  actor: AuditActor,
  today: string,
): Promise<EvidenceWriteResult> {
  notInFuture(input.publishedOn, today);
  return db.transaction(async (tx) => {
    const current = await lockEvidence(tx, commitmentId, evidenceId, input.version);
    if (input.url) await refuseDuplicate(tx, commitmentId, input.url, evidenceId);
    const changes: Partial<typeof evidence.$inferInsert> = {};
    if (input.url) Object.assign(changes, { url: input.url.url, urlNormalized: input.url.key });
    if (input.title !== undefined) changes.title = input.title;
    if (input.publisher !== undefined)
      changes.publisher = input.publisher ?? publisherFromUrl(input.url?.url ?? current.url);
    if (input.publishedOn !== undefined) changes.publishedOn = input.publishedOn;
    if (input.language !== undefined) changes.language = input.language;
    if (input.stance !== undefined) changes.stance = input.stance;
    if (input.note !== undefined) changes.note = input.note;
    if (input.archiveUrl !== undefined) changes.archiveUrl = input.archiveUrl?.url ?? null;
    const [row] = await tx
      .update(evidence)
      .set({ ...changes, version: current.version + 1 })
      .where(and(eq(evidence.id, evidenceId), eq(evidence.version, input.version)))
      .returning();
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "evidence",
      entityId: evidenceId,
      before: snapshot(current),
      after: snapshot(row!),
    });
    return { ...toEvidenceJson(row!), suggestion: await suggestionFor(tx, commitmentId) };
  });
}

/** Retracts an item: it stays in the history with the reason, and stops counting as evidence. */
export async function retractEvidence(
  db: Database,
  commitmentId: number,
  evidenceId: number,
  input: RetractEvidenceInput,
  actor: AuditActor,
): Promise<EvidenceWriteResult> {
  return db.transaction(async (tx) => {
    const current = await lockEvidence(tx, commitmentId, evidenceId, input.version);
    const [row] = await tx
      .update(evidence)
      .set({
        retractedAt: new Date(),
        retractedBy: actor.label,
        retractionReason: input.reason,
        version: current.version + 1,
      })
      .where(and(eq(evidence.id, evidenceId), eq(evidence.version, input.version)))
      .returning();
    await recordAudit(tx, {
      actor,
      action: "retract",
      entityType: "evidence",
      entityId: evidenceId,
      before: { ...snapshot(current), retracted: false },
      after: { ...snapshot(row!), retracted: true, reason: input.reason },
    });
    return { ...toEvidenceJson(row!), suggestion: await suggestionFor(tx, commitmentId) };
  });
}
