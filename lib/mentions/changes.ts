// What a restatement stated differently from the commitment it restates, and in which direction: an amount
// or a number of jobs raised or cut, a target date slipped or brought forward.

export type StatedValues = {
  amount: number | null;
  currency: string | null;
  jobs: number | null;
  targetOn: string | null;
};

export type RestatementChange =
  | { field: "amount"; from: number | null; to: number; direction: "raised" | "cut" | "stated" }
  | { field: "jobs"; from: number | null; to: number; direction: "raised" | "cut" | "stated" }
  | { field: "targetOn"; from: string | null; to: string; direction: "slipped" | "brought forward" | "stated" };

/** The last day a stated target ("2026", "2026-06" or "2026-06-15") allows, for comparing it with a date. */
export function targetDeadline(target: string): string {
  if (/^\d{4}$/.test(target)) return `${target}-12-31`;
  if (/^\d{4}-\d{2}$/.test(target)) {
    const [year, month] = target.split("-").map(Number) as [number, number];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${target}-${String(last).padStart(2, "0")}`;
  }
  return target;
}

const quantity = (from: number | null, to: number) => (from === null ? "stated" : to > from ? "raised" : "cut");

/**
 * The fields a restatement states differently from what the commitment holds. What it leaves out is not a
 * change (a restatement that names no amount does not cut it to nothing); an amount in another currency
 * cannot be compared and counts as stated anew.
 */
export function restatementChanges(current: StatedValues, stated: StatedValues): RestatementChange[] {
  const changes: RestatementChange[] = [];
  if (stated.amount !== null && (stated.amount !== current.amount || stated.currency !== current.currency)) {
    const comparable = current.currency === stated.currency ? current.amount : null;
    changes.push({
      field: "amount",
      from: current.amount,
      to: stated.amount,
      direction: quantity(comparable, stated.amount),
    });
  }
  if (stated.jobs !== null && stated.jobs !== current.jobs) {
    changes.push({
      field: "jobs",
      from: current.jobs,
      to: stated.jobs,
      direction: quantity(current.jobs, stated.jobs),
    });
  }
  if (stated.targetOn !== null) {
    const deadline = targetDeadline(stated.targetOn);
    if (deadline !== current.targetOn) {
      const direction =
        current.targetOn === null ? "stated" : deadline > current.targetOn ? "slipped" : "brought forward";
      changes.push({ field: "targetOn", from: current.targetOn, to: stated.targetOn, direction });
    }
  }
  return changes;
}
