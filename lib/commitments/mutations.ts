import "server-only";
import { and, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  type Commitment,
  type NewMention,
  commitments,
  evidence,
  mentions,
  organizations,
  regions,
  statusChanges,
} from "@/db/schema";
import { type AuditActor, recordAudit, recordAudits } from "@/lib/audit/record";
import { DomainError, invalid } from "@/lib/errors";
import { resolveOneId } from "@/lib/named-tree-write";
import { syncSourceMention } from "@/lib/mentions/mutations";
import { findOrCreateSource } from "@/lib/sources/mutations";
import { type CommitmentDetailJson, getCommitmentDetail, getCommitmentDetails } from "./detail";
import { checkedEffectiveOn } from "./effective-date";
import { progressFor } from "./status-rules";
import {
  type CreateCommitmentInput,
  type StatusChangeInput,
  type UpdateCommitmentInput,
  commitmentRuleErrors,
} from "./schemas";

/** What the audit log keeps of a commitment: its fields, with organizations and regions by slug. */
export function commitmentSnapshot(c: CommitmentDetailJson) {
  return {
    title: c.title,
    summary: c.summary,
    maker: c.maker.slug,
    counterpart: c.counterpart?.slug ?? null,
    kind: c.kind,
    sector: c.sector,
    region: c.region.slug,
    announcedOn: c.announcedOn,
    targetOn: c.targetOn,
    amount: c.amount,
    currency: c.currency,
    jobs: c.jobs,
    status: c.status,
    progress: c.progress,
    source: c.source?.url ?? null,
    sourceLocation: c.source?.location ?? null,
    version: c.version,
  };
}

export function versionConflict(kind: string, current: number): DomainError {
  return new DomainError(
    "conflict",
    `This ${kind} was changed by someone else since you opened it (it is now at version ${current}). ` +
      "Reload it to see their change, then make yours again.",
    { version: `is out of date; the current version is ${current}` },
    { currentVersion: current },
  );
}

async function detailOrThrow(db: Database, id: number, today: string): Promise<CommitmentDetailJson> {
  const detail = await getCommitmentDetail(db, id, { today });
  if (!detail) throw new DomainError("not_found", `There is no commitment ${id}.`);
  return detail;
}

/** Locks a commitment for the rest of the transaction and checks the version the change was based on. */
async function lockForChange(db: Database, id: number, version: number): Promise<Commitment> {
  const [row] = await db.select().from(commitments).where(eq(commitments.id, id)).for("update");
  if (!row) throw new DomainError("not_found", `There is no commitment ${id}.`);
  if (row.version !== version) throw versionConflict("commitment", row.version);
  return row;
}

const makerRef = (db: Database, ref: string, field: string) =>
  resolveOneId(db, organizations, ref, { field, noun: "organization" });

/** The words of a statement that made a commitment, for its first mention (statement intake). */
export type StatedWords = Pick<
  NewMention,
  "start" | "end" | "quote" | "kind" | "amount" | "currency" | "jobs" | "targetOn"
>;

/** A commitment ready to insert: validated, its names resolved to ids, its source stored. */
export type PreparedCommitment = {
  input: CreateCommitmentInput;
  makerId: number;
  counterpartId: number | null;
  regionId: number;
  sourceId: number | null;
  /** When its source's text is stored: the words that stated it. */
  words?: StatedWords;
};

/**
 * Inserts commitments with their first status, the mention of their source and their audit entries, in a
 * fixed number of statements however many there are (statement intake saves dozens at once).
 */
export async function insertCommitments(
  db: Database,
  prepared: PreparedCommitment[],
  actor: AuditActor,
  today: string,
): Promise<CommitmentDetailJson[]> {
  if (prepared.length === 0) return [];
  const rows = prepared.map(({ input, makerId, counterpartId, regionId, sourceId }) => {
    const status = input.status ?? "announced";
    return {
      title: input.title,
      summary: input.summary,
      makerId,
      counterpartId,
      kind: input.kind,
      sector: input.sector,
      regionId,
      announcedOn: input.announcedOn,
      targetOn: input.targetOn,
      amount: input.amount === null ? null : String(input.amount),
      currency: input.currency,
      jobs: input.jobs,
      status,
      progress: progressFor(status, 0, input.progress),
      sourceId,
      sourceLocation: input.sourceLocation,
    };
  });
  // PostgreSQL returns the rows of a multi-row insert in the order of its VALUES.
  const ids = (await db.insert(commitments).values(rows).returning({ id: commitments.id })).map((r) => r.id);
  const mentionRows = prepared.flatMap((p, i) =>
    p.sourceId === null ? [] : [{ commitmentId: ids[i]!, sourceId: p.sourceId, createdBy: actor.label, ...p.words }],
  );
  if (mentionRows.length > 0) await db.insert(mentions).values(mentionRows);
  await db.insert(statusChanges).values(
    prepared.map((p, i) => ({
      commitmentId: ids[i]!,
      fromStatus: null,
      toStatus: rows[i]!.status,
      progress: rows[i]!.progress,
      reason: p.input.source ? `Recorded from “${p.input.source.title}”.` : "Recorded.",
      changedBy: actor.label,
    })),
  );
  const created = await getCommitmentDetails(db, ids, { today });
  await recordAudits(
    db,
    created.map((c) => ({
      actor,
      action: "create" as const,
      entityType: "commitment",
      entityId: c.id,
      after: commitmentSnapshot(c),
    })),
  );
  return created;
}

export async function createCommitment(
  db: Database,
  input: CreateCommitmentInput,
  actor: AuditActor,
  today: string,
): Promise<CommitmentDetailJson> {
  const ruleErrors = commitmentRuleErrors(input, today);
  if (Object.keys(ruleErrors).length > 0) throw invalid("Some fields are invalid.", ruleErrors);
  return db.transaction(async (tx) => {
    const [makerId, counterpartId, regionId] = await Promise.all([
      makerRef(tx, input.maker, "maker"),
      input.counterpart ? makerRef(tx, input.counterpart, "counterpart") : null,
      resolveOneId(tx, regions, input.region, { field: "region", noun: "region" }),
    ]);
    const sourceId = input.source ? await findOrCreateSource(tx, input.source, actor) : null;
    const [created] = await insertCommitments(
      tx,
      [{ input, makerId, counterpartId, regionId, sourceId }],
      actor,
      today,
    );
    return created!;
  });
}

export async function updateCommitment(
  db: Database,
  id: number,
  input: UpdateCommitmentInput,
  actor: AuditActor,
  today: string,
): Promise<CommitmentDetailJson> {
  return db.transaction(async (tx) => {
    const current = await lockForChange(tx, id, input.version);
    const before = await detailOrThrow(tx, id, today);

    const changes: Partial<typeof commitments.$inferInsert> = {};
    if (input.title !== undefined) changes.title = input.title;
    if (input.summary !== undefined) changes.summary = input.summary;
    if (input.kind !== undefined) changes.kind = input.kind;
    if (input.sector !== undefined) changes.sector = input.sector;
    if (input.announcedOn !== undefined) changes.announcedOn = input.announcedOn;
    if (input.targetOn !== undefined) changes.targetOn = input.targetOn;
    if (input.amount !== undefined) changes.amount = input.amount === null ? null : String(input.amount);
    if (input.currency !== undefined) changes.currency = input.currency;
    if (input.jobs !== undefined) changes.jobs = input.jobs;
    if (input.sourceLocation !== undefined) changes.sourceLocation = input.sourceLocation;
    if (input.maker !== undefined) changes.makerId = await makerRef(tx, input.maker, "maker");
    if (input.counterpart !== undefined) {
      changes.counterpartId = input.counterpart === null ? null : await makerRef(tx, input.counterpart, "counterpart");
    }
    if (input.region !== undefined) {
      changes.regionId = await resolveOneId(tx, regions, input.region, { field: "region", noun: "region" });
    }
    if (input.source !== undefined) {
      changes.sourceId = input.source === null ? null : await findOrCreateSource(tx, input.source, actor);
    }

    const merged = {
      announcedOn: changes.announcedOn ?? current.announcedOn,
      targetOn: changes.targetOn !== undefined ? changes.targetOn : current.targetOn,
      amount:
        changes.amount !== undefined
          ? changes.amount === null
            ? null
            : Number(changes.amount)
          : current.amount === null
            ? null
            : Number(current.amount),
      currency: changes.currency !== undefined ? changes.currency : current.currency,
    };
    // An edit may leave an old announcement date alone even if it is odd; only a new one must not be in the future.
    const ruleErrors = commitmentRuleErrors(merged, changes.announcedOn ? today : "9999-12-31");
    if (Object.keys(ruleErrors).length > 0) throw invalid("Some fields are invalid.", ruleErrors);

    const changed = Object.entries(changes).some(([key, value]) =>
      key === "amount"
        ? merged.amount !== (current.amount === null ? null : Number(current.amount))
        : current[key as keyof Commitment] !== value,
    );
    if (!changed) return before;

    await tx
      .update(commitments)
      .set({ ...changes, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(commitments.id, id), eq(commitments.version, input.version)));
    if (changes.sourceId !== undefined && changes.sourceId !== current.sourceId) {
      await syncSourceMention(tx, id, changes.sourceId, actor.label);
    }
    const after = await detailOrThrow(tx, id, today);
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "commitment",
      entityId: id,
      before: commitmentSnapshot(before),
      after: commitmentSnapshot(after),
    });
    return after;
  });
}

/** Sets a new status (and progress, by the contract's rules) with a reason, and records it in the history. */
export async function changeStatus(
  db: Database,
  id: number,
  input: StatusChangeInput,
  actor: AuditActor,
  today: string,
): Promise<CommitmentDetailJson> {
  return db.transaction(async (tx) => {
    const current = await lockForChange(tx, id, input.version);
    if (input.evidenceId !== null) {
      const [item] = await tx
        .select({ id: evidence.id, retractedAt: evidence.retractedAt })
        .from(evidence)
        .where(and(eq(evidence.id, input.evidenceId), eq(evidence.commitmentId, id)));
      if (!item)
        throw invalid("The linked evidence is not attached to this commitment.", {
          evidenceId: "is not evidence of this commitment",
        });
      if (item.retractedAt)
        throw invalid("The linked evidence was retracted.", { evidenceId: "was retracted; choose another item" });
    }
    const effectiveOn = await checkedEffectiveOn(tx, current, input.effectiveOn ?? today, today);
    const progress = progressFor(input.status, current.progress, input.progress);
    if (input.status === current.status && progress === current.progress) {
      throw invalid("Nothing would change: the commitment already has this status and progress.", {
        status: `is already ${current.status} at ${current.progress}%`,
      });
    }
    await tx
      .update(commitments)
      .set({ status: input.status, progress, version: current.version + 1, updatedAt: new Date() })
      .where(and(eq(commitments.id, id), eq(commitments.version, input.version)));
    await tx.insert(statusChanges).values({
      commitmentId: id,
      fromStatus: current.status,
      toStatus: input.status,
      progress,
      reason: input.reason,
      evidenceId: input.evidenceId,
      changedBy: actor.label,
      effectiveFrom: effectiveOn,
    });
    await recordAudit(tx, {
      actor,
      action: "status_change",
      entityType: "commitment",
      entityId: id,
      before: { status: current.status, progress: current.progress, version: current.version },
      after: {
        status: input.status,
        progress,
        version: current.version + 1,
        reason: input.reason,
        evidenceId: input.evidenceId,
        effectiveOn,
      },
    });
    return detailOrThrow(tx, id, today);
  });
}
