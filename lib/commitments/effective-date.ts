import "server-only";
import { desc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Commitment, statusChanges } from "@/db/schema";
import { invalid } from "@/lib/errors";
import { STATUS_LABELS } from "@/lib/vocabulary";

/**
 * The day a new status takes effect, refused when it is in the future or before the current status took
 * effect (for a commitment still in its first status, its announcement). History is appended in order:
 * a change cannot slip in before the one it replaces.
 */
export async function checkedEffectiveOn(
  db: Database,
  current: Pick<Commitment, "id" | "status" | "announcedOn">,
  effectiveOn: string,
  today: string,
): Promise<string> {
  if (effectiveOn > today) {
    throw invalid("The date a status took effect cannot be in the future.", {
      effectiveOn: `must be today (${today}) or earlier`,
    });
  }
  const [latest] = await db
    .select({ from: statusChanges.effectiveFrom, first: statusChanges.fromStatus })
    .from(statusChanges)
    .where(eq(statusChanges.commitmentId, current.id))
    .orderBy(desc(statusChanges.id))
    .limit(1);
  const since = latest?.from ?? current.announcedOn;
  if (effectiveOn < since) {
    const what =
      !latest || latest.first === null
        ? "the commitment was announced"
        : `its current status (${STATUS_LABELS[current.status].toLowerCase()}) took effect`;
    throw invalid(`A status change cannot take effect before ${what}, on ${since}.`, {
      effectiveOn: `must be ${since} or later: ${what} then`,
    });
  }
  return effectiveOn;
}
