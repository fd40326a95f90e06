import { demoCommitments } from "../../db/seed/demo-data";
import { demoFollowUps } from "../../db/seed/demo-follow-up";
import type { CommitmentStatus } from "../../db/vocabulary";
import { STALE_AFTER_DAYS, addDays } from "../../lib/dates";

// What the demo data says, worked out from its definition rather than from the database, for the tests that
// count it. "Stale" depends on the day the tests run (CONTRACT.md), so its expected count is computed for that
// day: as the demo's evidence ages, more of its commitments become stale.

const followUpOf = (title: string) => demoFollowUps.find((f) => f.commitment === title);

/** The status a demo commitment ends at once its follow-up is loaded. */
export function demoFinalStatus(title: string): CommitmentStatus {
  const item = demoCommitments.find((c) => c.title === title);
  if (!item) throw new Error(`No demo commitment is titled "${title}"`);
  return followUpOf(title)?.statuses.at(-1)?.to ?? item.status;
}

/** How many demo commitments end at each status. */
export function demoStatusCounts(): Partial<Record<CommitmentStatus, number>> {
  const counts: Partial<Record<CommitmentStatus, number>> = {};
  for (const c of demoCommitments) {
    const status = demoFinalStatus(c.title);
    counts[status] = (counts[status] ?? 0) + 1;
  }
  return counts;
}

/** How many demo commitments are open with no evidence dated within a year of `today`. */
export function demoStaleCount(today: string): number {
  const cutoff = addDays(today, -STALE_AFTER_DAYS);
  return demoCommitments.filter((c) => {
    const status = demoFinalStatus(c.title);
    if (status === "achieved" || status === "abandoned") return false;
    const latest = (followUpOf(c.title)?.evidence ?? [])
      .map((e) => e.publishedOn)
      .sort()
      .at(-1);
    return latest === undefined || latest < cutoff;
  }).length;
}

export const demoEvidenceCount = demoFollowUps.reduce((n, f) => n + f.evidence.length, 0);
