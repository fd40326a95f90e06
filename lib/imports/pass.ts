import "server-only";
import type { Database } from "@/db/client";
import type { ImportKind } from "@/db/schema";
import { organizations, regions } from "@/db/schema";
import { slugify } from "@/db/slug";
import { ENUM_FIELDS, type EnumField, IMPORT_FIELDS, type ImportField, enumValue, matchHeaders } from "./fields";
import { type PlannedRow, type References, type UnknownName, planBatch, unknownNames } from "./plan";
import type { EvidenceField } from "./evidence-fields";
import type { Table } from "./read-table";
import { type NameIndex, loadNameIndex, lookUp } from "./references";
import { type CheckedRow, checkRow } from "./rows";
import { type ImportMapping, MAPPED_VALUE_FIELDS, type MappedValueField } from "./schemas";

// One pass over a file: every row read, checked (its own fields, and its external id against the rows
// before it) and planned against the database, a batch at a time, so memory stays flat in the file's size.

export const BATCH = 1000;
const SAMPLE_ROWS = 3;

export type ImportFile = { name: string; bytes: Uint8Array };
export type ImportOptions = {
  mapping: ImportMapping;
  sheet?: string | null;
  dryRun: boolean;
  /** What the rows are; told by the columns when not given. */
  rows?: ImportKind;
  /** Told, during a commit, how many rows are written so far (after each batch) of how many. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>;
  /**
   * A connection outside the import's transaction (PostgreSQL's pool), on which a commit records its
   * progress and looks for a cancel after each batch. Not given on the embedded database: its one
   * connection is held by the transaction, so nothing else is answered until the import ends.
   */
  outside?: Database;
};

/** `cancellable`: whether a cancel asked for now would be seen (see ImportOptions.outside). */
export type ImportProgress = { importId: number; rows: number; total: number; cancellable: boolean };
export type Counts = Record<PlannedRow["action"], number>;

/** Per mapped field, the words in the file that mean no stored value (for the analyst to map). */
export type UnknownValues = Record<MappedValueField, string[]>;
const MAX_UNKNOWN_WORDS = 50;

/** Notes `word` as unknown when the value it was read as (`value`) is none of its field's values. */
export function noteUnknownValue(unknown: UnknownValues, field: MappedValueField, word: string, value: string) {
  const known = (MAPPED_VALUE_FIELDS[field] as readonly string[]).includes(value);
  if (!known && !unknown[field].includes(word) && unknown[field].length < MAX_UNKNOWN_WORDS) unknown[field].push(word);
}

export type ColumnReport = { header: string; field: ImportField | EvidenceField | null; sample: string[] };

/**
 * The field each column fills: the analyst's choice where given (a field of this kind of file), else the
 * one its header matched; each field once.
 */
export function chooseFields<F extends string>(
  headers: string[],
  columns: Record<string, string | null>,
  auto: (F | null)[],
  known: readonly F[],
): (F | null)[] {
  const own = (header: string) =>
    header in columns
      ? (known as readonly string[]).includes(columns[header] ?? "")
        ? (columns[header] as F)
        : null
      : undefined;
  const chosen = new Set(headers.flatMap((h) => (own(h) ? [own(h)!] : [])));
  const taken = new Set<F>();
  return headers.map((header, i) => {
    const mine = own(header);
    const field = mine !== undefined ? mine : chosen.has(auto[i]!) ? null : auto[i]!;
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

export const fieldsFor = (headers: string[], mapping: ImportMapping): (ImportField | null)[] =>
  chooseFields(headers, mapping.columns, matchHeaders(headers), IMPORT_FIELDS);

export type Pass = {
  counts: Counts;
  columns: ColumnReport[];
  /** Words in the kind and status columns that mean nothing known: for the analyst to map. */
  unknownValues: UnknownValues;
  /** By the slug of what the rows call them. */
  toCreate: { organizations: Map<string, UnknownName>; regions: Map<string, UnknownName> };
};

export type NamesToCreate = Pass["toCreate"];

/** How a pass treats a batch: names nothing knows can be created first; then the planned rows are handled. */
export type PassHooks = {
  /** Creates the names a batch needs that nothing knows yet; answers their ids by slug. */
  create?: (names: NamesToCreate) => Promise<{ organizations: Map<string, number>; regions: Map<string, number> }>;
  handle: (planned: PlannedRow[]) => Promise<void>;
};

const register = (index: NameIndex, ids: Map<string, number>) => {
  for (const [slug, id] of ids) index.ids.set(slug, id);
};

/** Reads every row, checks and plans it in batches, and hands each planned batch to `hooks.handle`. */
export async function planAll(
  db: Database,
  table: Table,
  fields: (ImportField | null)[],
  options: ImportOptions,
  today: string,
  hooks: PassHooks,
): Promise<Pass> {
  const [orgIndex, regionIndex] = await Promise.all([loadNameIndex(db, organizations), loadNameIndex(db, regions)]);
  const stand: Map<string, number> = new Map();
  const refs: References = {
    organizations: orgIndex,
    regions: regionIndex,
    resolve: (kind, name) => {
      const known = lookUp(kind === "organization" ? orgIndex : regionIndex, name);
      if (known !== undefined) return known;
      const key = `${kind}:${slugify(name)}`;
      if (!stand.has(key)) stand.set(key, -(stand.size + 1));
      return stand.get(key)!;
    },
  };
  const mapped = new Set(fields.filter((f): f is ImportField => f !== null));
  const columns: ColumnReport[] = table.headers.map((header, i) => ({ header, field: fields[i] ?? null, sample: [] }));
  const counts: Counts = { create: 0, update: 0, unchanged: 0, refused: 0 };
  const toCreate: Pass["toCreate"] = { organizations: new Map(), regions: new Map() };
  const firstRowOf = new Map<string, number>();
  const unknownValues: UnknownValues = { kind: [], status: [], stance: [] };
  const noteUnknownValues = (cells: string[]) => {
    for (const field of Object.keys(ENUM_FIELDS) as EnumField[]) {
      const word = (cells[fields.indexOf(field)] ?? "").trim();
      if (word) noteUnknownValue(unknownValues, field, word, enumValue(field, word, options.mapping.values[field]));
    }
  };
  let batch: CheckedRow[] = [];
  let fresh: NamesToCreate = { organizations: new Map(), regions: new Map() };

  const flush = async () => {
    if (hooks.create && (fresh.organizations.size > 0 || fresh.regions.size > 0)) {
      const made = await hooks.create(fresh);
      register(orgIndex, made.organizations);
      register(regionIndex, made.regions);
      fresh = { organizations: new Map(), regions: new Map() };
    }
    const planned = await planBatch(db, batch, mapped, refs);
    for (const p of planned) counts[p.action]++;
    await hooks.handle(planned);
    batch = [];
  };
  const note = (kind: "organizations" | "regions", name: UnknownName) => {
    const slug = slugify(name.ref);
    if (toCreate[kind].has(slug)) return;
    toCreate[kind].set(slug, name);
    fresh[kind].set(slug, name);
  };
  for await (const tableRow of table.rows) {
    if (tableRow.row <= SAMPLE_ROWS + 1) columns.forEach((c, i) => c.sample.push(tableRow.cells[i] ?? ""));
    let checked = checkRow(tableRow, fields, options.mapping, today);
    noteUnknownValues(tableRow.cells);
    const external = checked.externalId;
    if (external !== null) {
      const first = firstRowOf.get(external);
      if (first !== undefined) {
        const errors = checked.ok ? {} : checked.errors;
        checked = {
          row: tableRow.row,
          ok: false,
          externalId: external,
          cells: tableRow.cells,
          errors: { ...errors, externalId: `is also on row ${first}` },
        };
      } else firstRowOf.set(external, tableRow.row);
    }
    const unknown = unknownNames(checked, refs);
    unknown.organizations.forEach((n) => note("organizations", n));
    unknown.regions.forEach((n) => note("regions", n));
    batch.push(checked);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return { counts, columns, toCreate, unknownValues };
}
