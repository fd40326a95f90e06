import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import crypto from "node:crypto";
import type { Database } from "@/db/client";
import { imports, organizations, regions } from "@/db/schema";
import { slugify } from "@/db/slug";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { DomainError, invalid } from "@/lib/errors";
import {
  ENUM_FIELDS,
  type EnumField,
  FIELD_LABELS,
  type ImportField,
  REQUIRED_FIELDS,
  enumValue,
  matchHeaders,
} from "./fields";
import { type PlannedRow, type References, type UnknownName, planBatch, unknownNames } from "./plan";
import { type ImportReport, reportOf } from "./queries";
import { type Table, readTable } from "./read-table";
import { loadNameIndex, lookUp, nearMisses } from "./references";
import { type CheckedRow, checkRow } from "./rows";
import { type ImportMapping, MAX_IMPORT_BYTES, importMappingSchema } from "./schemas";
import { type ImportContext, recordRows, writeBatch } from "./write";

// An import, start to end: read the file, match its columns, check and plan every row, and either keep
// the plan as a dry run's report or write it all in one transaction (nothing at all if a row is refused).

const BATCH = 1000;
const SAMPLE_ROWS = 3;

export type ImportFile = { name: string; bytes: Uint8Array };
export type ImportOptions = { mapping: ImportMapping; sheet?: string | null; dryRun: boolean };
export type Counts = Record<PlannedRow["action"], number>;

export type ColumnReport = { header: string; field: ImportField | null; sample: string[] };

/** The field each column fills: the analyst's choice where given, else matched by its header; each field once. */
function fieldsFor(headers: string[], mapping: ImportMapping): (ImportField | null)[] {
  const auto = matchHeaders(headers);
  const chosen = new Set(
    headers.flatMap((h) => (h in mapping.columns && mapping.columns[h] ? [mapping.columns[h]] : [])),
  );
  const taken = new Set<ImportField>();
  return headers.map((header, i) => {
    const field = header in mapping.columns ? mapping.columns[header]! : chosen.has(auto[i]!) ? null : auto[i]!;
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

type Pass = {
  counts: Counts;
  columns: ColumnReport[];
  /** Words in the kind and status columns that mean nothing known: for the analyst to map. */
  unknownValues: Record<EnumField, string[]>;
  /** By the slug of what the rows call them. */
  toCreate: { organizations: Map<string, UnknownName>; regions: Map<string, UnknownName> };
};

/** Reads every row, checks and plans it in batches, and hands each planned batch to `handle`. */
async function planAll(
  db: Database,
  table: Table,
  fields: (ImportField | null)[],
  options: ImportOptions,
  today: string,
  handle: (planned: PlannedRow[]) => Promise<void>,
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
  const unknownValues: Pass["unknownValues"] = { kind: [], status: [] };
  const noteUnknownValues = (cells: string[]) => {
    for (const field of Object.keys(ENUM_FIELDS) as EnumField[]) {
      const word = (cells[fields.indexOf(field)] ?? "").trim();
      const known = (ENUM_FIELDS[field] as readonly string[]).includes(
        enumValue(field, word, options.mapping.values[field]),
      );
      if (word && !known && !unknownValues[field].includes(word) && unknownValues[field].length < 50) {
        unknownValues[field].push(word);
      }
    }
  };
  let batch: CheckedRow[] = [];

  const flush = async () => {
    const planned = await planBatch(db, batch, mapped, refs);
    for (const p of planned) counts[p.action]++;
    await handle(planned);
    batch = [];
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
    for (const n of unknown.organizations)
      if (!toCreate.organizations.has(slugify(n.ref))) toCreate.organizations.set(slugify(n.ref), n);
    for (const n of unknown.regions) if (!toCreate.regions.has(slugify(n.ref))) toCreate.regions.set(slugify(n.ref), n);
    batch.push(checked);
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return { counts, columns, toCreate, unknownValues };
}

function refuseMissingColumns(fields: (ImportField | null)[], columns: ColumnReport[]) {
  const missing = REQUIRED_FIELDS.filter((f) => !fields.includes(f));
  if (missing.length === 0) return;
  throw new DomainError(
    "invalid",
    `No column gives ${missing.map((f) => FIELD_LABELS[f].toLowerCase()).join(", ")}. Choose the columns that do (mapping).`,
    { mapping: `needs a column for: ${missing.join(", ")}` },
    { columns },
  );
}

/**
 * Creates the organizations and regions the rows name but nothing knows (kind "other", to be sorted out
 * later), under the slug of what the rows call them, so those rows find them.
 */
async function createMissing(tx: Database, toCreate: Pass["toCreate"]) {
  const valuesOf = (unknown: Map<string, UnknownName>) =>
    [...unknown.entries()].map(([slug, { ref, name }]) => ({
      slug,
      name: name.trim(),
      kind: "other" as const,
      aliases: ref.trim() !== name.trim() && slugify(ref) !== ref.trim() ? [ref.trim()] : [],
    }));
  const orgs = valuesOf(toCreate.organizations);
  const places = valuesOf(toCreate.regions);
  if (orgs.length) await tx.insert(organizations).values(orgs);
  if (places.length) await tx.insert(regions).values(places);
  const named = (list: { slug: string; name: string }[]) => list.map(({ slug, name }) => ({ slug, name }));
  return { organizations: named(orgs), regions: named(places) };
}

async function startImport(
  db: Database,
  file: ImportFile,
  table: Table,
  options: ImportOptions,
  actor: AuditActor,
  state: "dry_run" | "committed",
) {
  const [row] = await db
    .insert(imports)
    .values({
      state,
      fileName: file.name,
      fileSize: file.bytes.byteLength,
      fileSha256: crypto.createHash("sha256").update(file.bytes).digest("hex"),
      sheet: table.sheet,
      headers: table.headers,
      mapping: options.mapping,
      counts: {},
      actorId: actor.id,
      actorLabel: actor.label,
    })
    .returning({ id: imports.id });
  return row!.id;
}

export async function runImport(
  db: Database,
  file: ImportFile,
  options: ImportOptions,
  actor: AuditActor,
  today: string,
): Promise<ImportReport> {
  if (file.bytes.byteLength > MAX_IMPORT_BYTES) {
    throw new DomainError("too_large", `The file is larger than ${Math.round(MAX_IMPORT_BYTES / 1024 / 1024)} MB.`);
  }
  const table = await readTable(file.bytes, { sheet: options.sheet });
  const saved = isEmptyMapping(options.mapping) ? await savedMappingFor(db, table.headers) : null;
  if (saved) options = { ...options, mapping: saved.mapping };
  const fields = fieldsFor(table.headers, options.mapping);
  refuseMissingColumns(
    fields,
    table.headers.map((header, i) => ({ header, field: fields[i] ?? null, sample: [] })),
  );

  // The plan, kept as a dry run: every row's verdict, and what will be created.
  const planId = await startImport(db, file, table, options, actor, "dry_run");
  const plan = await planAll(db, table, fields, options, today, (planned) => recordRows(db, planId, planned));
  const created = {
    organizations: await withNearMisses(db, "organization", plan.toCreate.organizations),
    regions: await withNearMisses(db, "region", plan.toCreate.regions),
  };
  await db.update(imports).set({ counts: plan.counts, created }).where(eq(imports.id, planId));
  const found = {
    columns: plan.columns,
    unknownValues: plan.unknownValues,
    mapping: options.mapping,
    mappingFrom: saved?.id ?? null,
  };
  if (options.dryRun) return reportOf(db, planId, found);
  if (plan.counts.refused > 0) {
    throw new DomainError(
      "invalid",
      `${plan.counts.refused} row${plan.counts.refused === 1 ? " is" : "s are"} refused, so nothing was imported. Fix them and import the file again.`,
      { file: "has refused rows" },
      { importId: planId },
    );
  }

  const id = await db.transaction(async (tx) => {
    const again = await readTable(file.bytes, { sheet: options.sheet });
    const importId = await startImport(tx, file, again, options, actor, "committed");
    const made = await createMissing(tx, plan.toCreate);
    const context: ImportContext = { importId, label: `${file.name} (import ${importId})`, actor, sources: new Map() };
    const pass = await planAll(tx, again, fields, options, today, (planned) => writeBatch(tx, planned, context));
    if (pass.counts.refused > 0) throw invalid("The file changed while it was imported; nothing was imported.");
    await tx.update(imports).set({ counts: pass.counts, created: made }).where(eq(imports.id, importId));
    await recordAudit(tx, {
      actor,
      action: "import",
      entityType: "import",
      entityId: importId,
      after: { fileName: file.name, fileSize: file.bytes.byteLength, counts: pass.counts, created: made },
    });
    return importId;
  });
  return reportOf(db, id, found);
}

const isEmptyMapping = (m: ImportMapping) =>
  Object.keys(m.columns).length === 0 &&
  Object.keys(m.values.kind).length === 0 &&
  Object.keys(m.values.status).length === 0;

/** The mapping an analyst chose for a file with these very columns last time, to use again. */
async function savedMappingFor(db: Database, headers: string[]) {
  const [last] = await db
    .select({ id: imports.id, mapping: imports.mapping })
    .from(imports)
    .where(
      and(
        sql`${imports.headers} = ${JSON.stringify(headers)}::jsonb`,
        sql`${imports.mapping} <> '{"columns":{},"values":{"kind":{},"status":{}}}'::jsonb`,
      ),
    )
    .orderBy(desc(imports.id))
    .limit(1);
  return last ? { id: last.id, mapping: importMappingSchema.parse(last.mapping) } : null;
}

async function withNearMisses(db: Database, kind: "organization" | "region", unknown: Map<string, UnknownName>) {
  const table = kind === "organization" ? organizations : regions;
  const names = [...unknown.values()].map((n) => n.name.trim());
  // Looking alike is checked for the first names only: a file that creates thousands is a new data set.
  return Promise.all(
    names.map(async (name, i) => ({ name, nearMisses: i < 200 ? await nearMisses(db, table, name) : [] })),
  );
}
