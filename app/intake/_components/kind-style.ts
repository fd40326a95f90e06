import type { Decision } from "@/lib/intake/draft";
import type { CommitmentKind } from "@/lib/vocabulary";

/** Highlight colours of candidates in the statement, by kind; a decision makes them stronger or grey. */
const KIND_MARKS: Record<CommitmentKind, { pending: string; accepted: string; swatch: string }> = {
  pledge: { pending: "bg-sky-100", accepted: "bg-sky-300", swatch: "bg-sky-200" },
  request: { pending: "bg-amber-100", accepted: "bg-amber-300", swatch: "bg-amber-200" },
  intent: { pending: "bg-violet-100", accepted: "bg-violet-300", swatch: "bg-violet-200" },
};

export function markClasses(kind: CommitmentKind, decision: Decision): string {
  if (decision === "rejected") return "bg-slate-100 text-slate-500 line-through";
  return decision === "accepted" ? KIND_MARKS[kind].accepted : KIND_MARKS[kind].pending;
}

export const kindSwatch = (kind: CommitmentKind) => KIND_MARKS[kind].swatch;

export const DECISION_LABELS: Record<Decision, string> = {
  pending: "To review",
  accepted: "Accepted",
  rejected: "Rejected",
};
