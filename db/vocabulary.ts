// The stored vocabularies of CONTRACT.md, as plain tuples so that browser code can use them without
// loading the database schema. db/schema.ts builds its enums from these; nothing else lists them.
export const ORGANIZATION_KINDS = ["company", "joint_venture", "government", "agency", "other"] as const;
export const REGION_KINDS = ["country", "province", "city", "zone", "other"] as const;
export const COMMITMENT_KINDS = ["pledge", "request", "intent"] as const;
export const COMMITMENT_STATUSES = [
  "announced",
  "in_progress",
  "partially_achieved",
  "achieved",
  "stalled",
  "abandoned",
] as const;
export const EVIDENCE_STANCES = ["supports", "contradicts", "context"] as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];
export type RegionKind = (typeof REGION_KINDS)[number];
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];
export type CommitmentStatus = (typeof COMMITMENT_STATUSES)[number];
export type EvidenceStance = (typeof EVIDENCE_STANCES)[number];

/** Statuses after which a commitment is no longer tracked for being overdue or stale. */
export const CLOSED_STATUSES = ["achieved", "abandoned"] as const satisfies readonly CommitmentStatus[];
