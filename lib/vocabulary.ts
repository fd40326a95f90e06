import type { CommitmentKind, CommitmentStatus, EvidenceStance, OrganizationKind, RegionKind } from "@/db/vocabulary";

export {
  CLOSED_STATUSES,
  COMMITMENT_KINDS,
  COMMITMENT_STATUSES,
  EVIDENCE_STANCES,
  ORGANIZATION_KINDS,
  REGION_KINDS,
} from "@/db/vocabulary";
export type { CommitmentKind, CommitmentStatus, EvidenceStance, OrganizationKind, RegionKind } from "@/db/vocabulary";

export const STATUS_LABELS: Record<CommitmentStatus, string> = {
  announced: "Announced",
  in_progress: "In progress",
  partially_achieved: "Partially achieved",
  achieved: "Achieved",
  stalled: "Stalled",
  abandoned: "Abandoned",
};

export const STATUS_DESCRIPTIONS: Record<CommitmentStatus, string> = {
  announced: "Stated; no action seen yet",
  in_progress: "Concrete action seen (signing, groundbreaking, hiring, trial production)",
  partially_achieved: "Delivered in part, or in reduced form",
  achieved: "Delivered as stated",
  stalled: "Delayed, paused, or no sign of progress for a long time",
  abandoned: "Cancelled, reversed, or definitively contradicted",
};

export const KIND_LABELS: Record<CommitmentKind, string> = {
  pledge: "Pledge",
  request: "Request",
  intent: "Intent",
};

export const KIND_DESCRIPTIONS: Record<CommitmentKind, string> = {
  pledge: "The maker says it will do it",
  request: "The counterpart asks the maker to do it",
  intent: "A stated willingness with nothing concrete",
};

export const STANCE_LABELS: Record<EvidenceStance, string> = {
  supports: "Supports",
  contradicts: "Contradicts",
  context: "Context",
};

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  company: "Company",
  joint_venture: "Joint venture",
  government: "Government",
  agency: "Agency",
  other: "Other",
};

export const REGION_KIND_LABELS: Record<RegionKind, string> = {
  country: "Country",
  province: "Province",
  city: "City",
  zone: "Zone",
  other: "Other",
};
