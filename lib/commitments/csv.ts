import type { CommitmentJson } from "./serialize";

type Cell = string | number | boolean | null;

/**
 * The CSV export's columns, one row per commitment. Their names and order are part of what analysts'
 * spreadsheets and scripts rely on: add new columns at the end, never rename or reorder.
 */
export const CSV_COLUMNS: { name: string; value: (c: CommitmentJson) => Cell }[] = [
  { name: "id", value: (c) => c.id },
  { name: "title", value: (c) => c.title },
  { name: "summary", value: (c) => c.summary },
  { name: "maker_slug", value: (c) => c.maker.slug },
  { name: "maker_name", value: (c) => c.maker.name },
  { name: "counterpart_slug", value: (c) => c.counterpart?.slug ?? null },
  { name: "counterpart_name", value: (c) => c.counterpart?.name ?? null },
  { name: "kind", value: (c) => c.kind },
  { name: "sector", value: (c) => c.sector },
  { name: "region_slug", value: (c) => c.region.slug },
  { name: "region_name", value: (c) => c.region.name },
  { name: "announced_on", value: (c) => c.announcedOn },
  { name: "target_on", value: (c) => c.targetOn },
  { name: "amount", value: (c) => c.amount },
  { name: "currency", value: (c) => c.currency },
  { name: "status", value: (c) => c.status },
  { name: "progress", value: (c) => c.progress },
  { name: "overdue", value: (c) => c.overdue },
  { name: "stale", value: (c) => c.stale },
  { name: "evidence_count", value: (c) => c.evidenceCount },
  { name: "latest_evidence_on", value: (c) => c.latestEvidenceOn },
  { name: "source_url", value: (c) => c.source?.url ?? null },
  { name: "source_title", value: (c) => c.source?.title ?? null },
  { name: "source_published_on", value: (c) => c.source?.publishedOn ?? null },
  { name: "source_location", value: (c) => c.source?.location ?? null },
  { name: "version", value: (c) => c.version },
  { name: "updated_at", value: (c) => c.updatedAt },
  { name: "jobs", value: (c) => c.jobs },
];

/** Excel reads this byte-order mark as "the file is UTF-8", so Chinese and German text shows correctly. */
export const UTF8_BOM = "\uFEFF";

// Text starting with one of these is run as a formula by spreadsheet programs; a leading apostrophe
// makes them show it as text instead (OWASP "CSV injection").
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Cell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

export const csvHeader = () => csvLine(CSV_COLUMNS.map((c) => c.name));
export const csvRow = (c: CommitmentJson) => csvLine(CSV_COLUMNS.map((col) => col.value(c)));
