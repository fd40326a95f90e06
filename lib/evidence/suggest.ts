import type { CommitmentStatus, EvidenceStance } from "@/lib/vocabulary";

export type EvidenceForSuggestion = {
  id: number;
  title: string;
  publishedOn: string;
  stance: EvidenceStance;
  retracted: boolean;
};

export type StatusSuggestion = {
  status: CommitmentStatus;
  /** The evidence that decided it. */
  evidenceId: number;
  reason: string;
};

function newest(items: EvidenceForSuggestion[]): EvidenceForSuggestion | undefined {
  return [...items].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.id - a.id)[0];
}

/**
 * A status to propose after evidence changes; the analyst accepts or ignores it, nothing changes by itself.
 * The rule (docs/status-suggestion.md), over evidence that is not retracted, compared by publication date:
 *  1. achieved and abandoned commitments get no suggestion;
 *  2. a `contradicts` item newer than every `supports` item (or with none) suggests `stalled`;
 *  3. a `supports` item newer than every `contradicts` item suggests `in_progress`, for a commitment
 *     still `announced` or `stalled`;
 *  otherwise (and when the commitment already has the suggested status) nothing is suggested.
 * `context` items never count.
 */
export function suggestStatus(current: CommitmentStatus, evidence: EvidenceForSuggestion[]): StatusSuggestion | null {
  if (current === "achieved" || current === "abandoned") return null;
  const live = evidence.filter((e) => !e.retracted);
  const supports = newest(live.filter((e) => e.stance === "supports"));
  const contradicts = newest(live.filter((e) => e.stance === "contradicts"));

  if (contradicts && (!supports || contradicts.publishedOn > supports.publishedOn)) {
    if (current === "stalled") return null;
    return {
      status: "stalled",
      evidenceId: contradicts.id,
      reason: `“${contradicts.title}” (${contradicts.publishedOn}) contradicts it and is newer than any evidence of progress.`,
    };
  }
  if (supports && (!contradicts || supports.publishedOn > contradicts.publishedOn)) {
    if (current !== "announced" && current !== "stalled") return null;
    return {
      status: "in_progress",
      evidenceId: supports.id,
      reason: `“${supports.title}” (${supports.publishedOn}) shows progress, and nothing newer contradicts it.`,
    };
  }
  return null;
}
