import type { ReactNode } from "react";
import { KIND_DESCRIPTIONS, KIND_LABELS, STANCE_LABELS, STATUS_DESCRIPTIONS, STATUS_LABELS } from "@/lib/vocabulary";
import type { CommitmentKind, CommitmentStatus, EvidenceStance } from "@/lib/vocabulary";
import { STANCE_BADGE_CLASSES, STATUS_BADGE_CLASSES } from "./status-palette";

export function Badge({
  className = "",
  title,
  children,
}: {
  className?: string;
  title?: string;
  children: ReactNode;
}) {
  return (
    <span title={title} className={`badge ${className}`}>
      {children}
    </span>
  );
}

export function StatusBadge({ status }: { status: CommitmentStatus }) {
  return (
    <Badge className={STATUS_BADGE_CLASSES[status]} title={STATUS_DESCRIPTIONS[status]}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: CommitmentKind }) {
  return (
    <Badge className="bg-white text-slate-700 ring-slate-300" title={KIND_DESCRIPTIONS[kind]}>
      {KIND_LABELS[kind]}
    </Badge>
  );
}

export function StanceBadge({ stance }: { stance: EvidenceStance }) {
  return <Badge className={STANCE_BADGE_CLASSES[stance]}>{STANCE_LABELS[stance]}</Badge>;
}

export function OverdueBadge() {
  return (
    <Badge
      className="bg-red-600 text-white ring-red-700"
      title="The target date has passed and it is neither achieved nor abandoned"
    >
      Overdue
    </Badge>
  );
}

export function StaleBadge() {
  return (
    <Badge className="bg-amber-100 text-amber-900 ring-amber-400" title="No evidence dated in the last 365 days">
      Stale
    </Badge>
  );
}
