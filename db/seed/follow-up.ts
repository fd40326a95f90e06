import { eq } from "drizzle-orm";
// The one module of lib/ the seed uses: the demo links must be stored exactly as the app stores an attached
// link, or a duplicate check against them would miss. It is pure (no database, no React).
import { normalizeUrl } from "../../lib/evidence/normalize-url";
import type { Database } from "../client";
import { commitments, evidence, statusChanges } from "../schema";
import type { CommitmentStatus } from "../schema";
import { type DemoFollowUp, type DemoStatusChange, demoFollowUps } from "./demo-follow-up";

/** Who the demo's evidence and status changes are attributed to. */
export const DEMO_ACTOR = "demo data";

const at = (isoDate: string, hour: number) => new Date(`${isoDate}T${String(hour).padStart(2, "0")}:00:00Z`);

function dayAfter(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function storedUrl(raw: string) {
  const checked = normalizeUrl(raw);
  if (!checked.ok) throw new Error(`Demo evidence has an unusable link ${raw}: ${checked.message}`);
  return checked.value;
}

/**
 * Records one status change as an analyst would have: after the evidence it cites, with that evidence linked.
 * The one place the demo writes status history, so a new column (an effective date, say) is set here.
 */
async function recordStatusChange(
  tx: Database,
  commitmentId: number,
  from: CommitmentStatus,
  change: DemoStatusChange,
  evidenceId: number,
) {
  await tx.insert(statusChanges).values({
    commitmentId,
    fromStatus: from,
    toStatus: change.to,
    progress: change.progress,
    reason: change.reason,
    evidenceId,
    changedAt: at(change.recordedOn, 10),
    changedBy: DEMO_ACTOR,
  });
}

/** Attaches a commitment's evidence and replays its status changes, leaving it at the last one. */
async function seedOne(tx: Database, commitmentId: number, followUp: DemoFollowUp) {
  const evidenceIds = new Map<string, number>();
  for (const item of followUp.evidence) {
    const url = storedUrl(item.url);
    const [row] = await tx
      .insert(evidence)
      .values({
        commitmentId,
        url: url.url,
        urlNormalized: url.key,
        title: item.title,
        publisher: item.publisher,
        publishedOn: item.publishedOn,
        language: item.language,
        stance: item.stance,
        note: item.note,
        // Attached the day after it was published.
        addedAt: at(dayAfter(item.publishedOn), 9),
        addedBy: DEMO_ACTOR,
      })
      .returning({ id: evidence.id });
    evidenceIds.set(item.url, row!.id);
  }

  const [current] = await tx
    .select({ status: commitments.status, version: commitments.version })
    .from(commitments)
    .where(eq(commitments.id, commitmentId));
  let status = current!.status;
  for (const change of followUp.statuses) {
    const evidenceId = evidenceIds.get(change.evidence);
    if (evidenceId === undefined)
      throw new Error(`"${followUp.commitment}": a status cites unattached ${change.evidence}`);
    await recordStatusChange(tx, commitmentId, status, change, evidenceId);
    status = change.to;
  }
  const last = followUp.statuses.at(-1);
  if (last) {
    await tx
      .update(commitments)
      .set({
        status: last.to,
        progress: last.progress,
        // Every status change is an edit of the commitment, as through the app.
        version: current!.version + followUp.statuses.length,
        updatedAt: at(last.recordedOn, 10),
      })
      .where(eq(commitments.id, commitmentId));
  }
}

/** Loads the follow-up of the demo commitments, given their ids by title. */
export async function seedDemoFollowUp(tx: Database, commitmentIds: Map<string, number>) {
  for (const followUp of demoFollowUps) {
    const id = commitmentIds.get(followUp.commitment);
    if (id === undefined) throw new Error(`Demo follow-up refers to unknown commitment "${followUp.commitment}"`);
    await seedOne(tx, id, followUp);
  }
}
