/** The explorer's columns; each id is also a server sort key (list-spec.ts builds SORT_KEYS from them). */
export const EXPLORER_COLUMNS = [
  "title",
  "maker",
  "counterpart",
  "region",
  "kind",
  "sector",
  "status",
  "progress",
  "announcedOn",
  "targetOn",
  "amount",
  "jobs",
  "evidenceCount",
  "latestEvidenceOn",
  "updatedAt",
] as const;
export type ExplorerColumn = (typeof EXPLORER_COLUMNS)[number];

export const COLUMN_LABELS: Record<ExplorerColumn, string> = {
  title: "Commitment",
  maker: "Maker",
  counterpart: "Counterpart",
  region: "Region",
  kind: "Kind",
  sector: "Sector",
  status: "Status",
  progress: "Progress",
  announcedOn: "Announced",
  targetOn: "Target",
  amount: "Amount",
  jobs: "Jobs",
  evidenceCount: "Evidence",
  latestEvidenceOn: "Latest evidence",
  updatedAt: "Updated",
};

export const DEFAULT_COLUMNS: readonly ExplorerColumn[] = [
  "title",
  "maker",
  "region",
  "kind",
  "status",
  "progress",
  "announcedOn",
  "targetOn",
  "evidenceCount",
];

/** Reads `cols=` (the visible columns, comma-separated); the title column is always shown. */
export function parseColumns(raw: string | string[] | undefined): { columns: ExplorerColumn[]; error?: string } {
  const values = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((v) => v.split(",")).filter(Boolean);
  if (values.length === 0) return { columns: [...DEFAULT_COLUMNS] };
  const known = values.filter((v): v is ExplorerColumn => (EXPLORER_COLUMNS as readonly string[]).includes(v));
  const unknown = values.filter((v) => !known.includes(v as ExplorerColumn));
  const columns = EXPLORER_COLUMNS.filter((c) => c === "title" || known.includes(c));
  return unknown.length ? { columns, error: `unknown column ${unknown.map((u) => `"${u}"`).join(", ")}` } : { columns };
}
