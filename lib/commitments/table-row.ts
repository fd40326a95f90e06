import type { CommitmentJson } from "./serialize";

type Shown =
  | "id"
  | "title"
  | "kind"
  | "sector"
  | "announcedOn"
  | "targetOn"
  | "amount"
  | "currency"
  | "jobs"
  | "status"
  | "progress"
  | "overdue"
  | "stale"
  | "evidenceCount"
  | "latestEvidenceOn"
  | "updatedAt";

/**
 * What the commitments table shows of a commitment, and nothing more: the page hands these rows to the
 * browser, where every row's summary, source and slugs would only add weight.
 */
export type TableRow = Pick<CommitmentJson, Shown> & {
  maker: { name: string };
  counterpart: { name: string } | null;
  region: { name: string };
};

export function toTableRow(c: CommitmentJson): TableRow {
  return {
    id: c.id,
    title: c.title,
    maker: { name: c.maker.name },
    counterpart: c.counterpart && { name: c.counterpart.name },
    region: { name: c.region.name },
    kind: c.kind,
    sector: c.sector,
    announcedOn: c.announcedOn,
    targetOn: c.targetOn,
    amount: c.amount,
    currency: c.currency,
    jobs: c.jobs,
    status: c.status,
    progress: c.progress,
    overdue: c.overdue,
    stale: c.stale,
    evidenceCount: c.evidenceCount,
    latestEvidenceOn: c.latestEvidenceOn,
    updatedAt: c.updatedAt,
  };
}
