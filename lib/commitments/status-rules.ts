import type { CommitmentStatus } from "@/lib/vocabulary";

/**
 * The progress a commitment gets when its status is set (CONTRACT.md): achieved is always 100; otherwise
 * an analyst's value wins, and without one: announced 0, in progress at least 10, partially achieved 50 if
 * lower, stalled and abandoned keep what they had.
 */
export function progressFor(next: CommitmentStatus, current: number, requested?: number): number {
  if (next === "achieved") return 100;
  if (requested !== undefined) return requested;
  switch (next) {
    case "announced":
      return 0;
    case "in_progress":
      return Math.max(current, 10);
    case "partially_achieved":
      return current < 50 ? 50 : current;
    case "stalled":
    case "abandoned":
      return current;
  }
}
