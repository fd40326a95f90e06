import type { CommitmentKind, CommitmentStatus } from "@/lib/vocabulary";
import type { CommitmentRow } from "./queries";

/** A commitment as the API and the pages read it (CONTRACT.md, "Read shapes"). */
export type CommitmentJson = {
  id: number;
  title: string;
  summary: string | null;
  maker: { slug: string; name: string };
  counterpart: { slug: string; name: string } | null;
  kind: CommitmentKind;
  sector: string | null;
  region: { slug: string; name: string };
  announcedOn: string;
  targetOn: string | null;
  amount: number | null;
  currency: string | null;
  /** Jobs the commitment announced. */
  jobs: number | null;
  status: CommitmentStatus;
  progress: number;
  version: number;
  overdue: boolean;
  stale: boolean;
  evidenceCount: number;
  latestEvidenceOn: string | null;
  source: {
    url: string;
    title: string;
    publisher: string | null;
    publishedOn: string;
    eventOn: string | null;
    language: string;
    /** Where in the source the commitment was stated. */
    location: string | null;
  } | null;
  createdAt: string;
  updatedAt: string;
};

const iso = (value: Date | string) => (value instanceof Date ? value.toISOString() : new Date(value).toISOString());

export function toCommitmentJson(row: CommitmentRow): CommitmentJson {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    maker: { slug: row.makerSlug, name: row.makerName },
    counterpart:
      row.counterpartSlug && row.counterpartName ? { slug: row.counterpartSlug, name: row.counterpartName } : null,
    kind: row.kind,
    sector: row.sector,
    region: { slug: row.regionSlug, name: row.regionName },
    announcedOn: row.announcedOn,
    targetOn: row.targetOn,
    amount: row.amount === null ? null : Number(row.amount),
    currency: row.currency,
    jobs: row.jobs,
    status: row.status,
    progress: row.progress,
    version: row.version,
    overdue: Boolean(row.overdue),
    stale: Boolean(row.stale),
    evidenceCount: row.evidenceCount,
    latestEvidenceOn: row.latestEvidenceOn,
    source:
      row.sourceUrl && row.sourceTitle && row.sourcePublishedOn
        ? {
            url: row.sourceUrl,
            title: row.sourceTitle,
            publisher: row.sourcePublisher,
            publishedOn: row.sourcePublishedOn,
            eventOn: row.sourceEventOn,
            language: row.sourceLanguage ?? "en",
            location: row.sourceLocation,
          }
        : null,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}
