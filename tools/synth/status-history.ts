// The status of a commitment and how it got there: current status and progress by age, and the history of
// status changes that leads to them, drawn backwards through plausible predecessors.

import { COMMITMENT_STATUSES, type CommitmentStatus } from "../../db/vocabulary";
import type { statusChanges } from "../../db/schema";
import { PHRASES, WEIGHTS } from "./data";
import { type Rng, WeightedPicker, timestampOn } from "./random";
import type { InsertRow } from "./write";

export type StatusChangeRow = InsertRow<typeof statusChanges>;

const CHANGED_BY = "synth";

export function drawStatus(rng: Rng, ageYears: number): CommitmentStatus {
  const a = ageYears;
  const weights = [Math.max(4, 60 - 10 * a), 30, 3 + 2 * a, 1 + 3 * a, 3 + 2 * a, 1 + 1.2 * a];
  return new WeightedPicker(COMMITMENT_STATUSES, weights).pick(rng);
}

export function drawProgress(rng: Rng, status: CommitmentStatus): number {
  switch (status) {
    case "announced":
      return rng.chance(0.85) ? 0 : rng.int(1, 9);
    case "in_progress":
      return rng.int(10, 90);
    case "partially_achieved":
      return rng.chance(0.9) ? rng.int(50, 95) : rng.int(30, 49);
    case "achieved":
      return 100;
    case "stalled":
      return rng.int(0, 60);
    case "abandoned":
      return rng.chance(0.5) ? 0 : rng.int(0, 40);
  }
}

/** The initial status row and up to four later changes, ending at the current status and progress. */
export function statusHistory(
  rng: Rng,
  commitment: { id: number; announcedDay: number; status: CommitmentStatus; progress: number },
  today: number,
): StatusChangeRow[] {
  const { id, announcedDay, status, progress } = commitment;
  const path: CommitmentStatus[] = [status];
  // Most histories walk back to "announced"; an announced commitment rarely has a history at all
  // (stalled, then announced again), and a few were first recorded when already under way.
  const wanted = status === "announced" ? (rng.chance(0.05) ? 2 : 0) : rng.chance(0.15) ? 0 : rng.int(1, 4);
  while (path.length - 1 < wanted) {
    const first = path[0]!;
    if (first === "announced" && path.length > 1) break;
    // Drawn backwards from the current status, through plausible predecessors.
    path.unshift(WEIGHTS.statusPredecessors[first].pick(rng));
  }

  const recordedDay = Math.min(today, announcedDay + rng.int(0, 20));
  const days = [recordedDay];
  for (let k = 1; k < path.length; k++) days.push(rng.int(recordedDay, today));
  days.sort((a, b) => a - b);
  const stamps = days.map((d) => timestampOn(d, rng, today)).sort((a, b) => a.getTime() - b.getTime());

  let previous = 0;
  return path.map((to, k) => {
    const last = k === path.length - 1;
    const value = last ? progress : progressOnTheWay(to, previous, progress, (k + 1) / path.length);
    previous = value;
    return {
      commitmentId: id,
      fromStatus: k === 0 ? null : path[k - 1]!,
      toStatus: to,
      progress: value,
      reason: k === 0 ? rng.pick(PHRASES.initialStatusReasons) : rng.pick(PHRASES.statusChangeReasons[to]),
      changedAt: stamps[k]!,
      changedBy: CHANGED_BY,
    };
  });
}

function progressOnTheWay(status: CommitmentStatus, previous: number, final: number, share: number): number {
  switch (status) {
    case "announced":
      return 0;
    case "in_progress":
      return Math.min(90, Math.max(10, previous, Math.round(final * share)));
    case "partially_achieved":
      return Math.min(95, Math.max(50, previous, Math.round(final * share)));
    case "achieved":
      return 100;
    default:
      return previous; // stalled or abandoned: progress stays where it was
  }
}
