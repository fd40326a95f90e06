import type { CommitmentStatus, EvidenceStance } from "@/lib/vocabulary";

/** The one colour per status used by every badge, bar and chart (mirrors --color-status-* in globals.css). */
export const STATUS_COLORS: Record<CommitmentStatus, string> = {
  announced: "#94a3b8",
  in_progress: "#2563eb",
  partially_achieved: "#65a30d",
  achieved: "#15803d",
  stalled: "#d97706",
  abandoned: "#b91c1c",
};

/** Badge classes per status: tinted background, dark text with enough contrast (WCAG AA). */
export const STATUS_BADGE_CLASSES: Record<CommitmentStatus, string> = {
  announced: "bg-slate-100 text-slate-700 ring-slate-300",
  in_progress: "bg-blue-50 text-blue-800 ring-blue-300",
  partially_achieved: "bg-lime-50 text-lime-800 ring-lime-300",
  achieved: "bg-green-50 text-green-800 ring-green-300",
  stalled: "bg-amber-50 text-amber-800 ring-amber-300",
  abandoned: "bg-red-50 text-red-800 ring-red-300",
};

export const STANCE_COLORS: Record<EvidenceStance, string> = {
  supports: "#15803d",
  contradicts: "#b91c1c",
  context: "#64748b",
};

export const STANCE_BADGE_CLASSES: Record<EvidenceStance, string> = {
  supports: "bg-green-50 text-green-800 ring-green-300",
  contradicts: "bg-red-50 text-red-800 ring-red-300",
  context: "bg-slate-100 text-slate-700 ring-slate-300",
};
