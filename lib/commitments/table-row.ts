import type { CommitmentJson } from "./serialize";

/**
 * What the commitments table shows of a commitment, and nothing more: the page hands these rows to the
 * browser, where every row's summary, source and slugs would only add weight.
 */
export type TableRow = Omit<
  CommitmentJson,
  "summary" | "source" | "version" | "createdAt" | "maker" | "counterpart" | "region"
> & {
  maker: { name: string };
  counterpart: { name: string } | null;
  region: { name: string };
};

export function toTableRow(commitment: CommitmentJson): TableRow {
  const {
    summary: _summary,
    source: _source,
    version: _version,
    createdAt: _createdAt,
    maker,
    counterpart,
    region,
    ...shown
  } = commitment;
  return {
    ...shown,
    maker: { name: maker.name },
    counterpart: counterpart && { name: counterpart.name },
    region: { name: region.name },
  };
}
