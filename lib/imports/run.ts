import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import crypto from "node:crypto";
import type { Database } from "@/db/client";
import { type ImportKind, imports, organizations, regions } from "@/db/schema";
import { slugify } from "@/db/slug";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { DomainError, conflict } from "@/lib/errors";
import { isEvidenceFile } from "./evidence-fields";
import { RefusedEvidence, evidencePass } from "./evidence-run";
import { FIELD_LABELS, type ImportField, REQUIRED_FIELDS } from "./fields";
import {
  type ColumnReport,
  type ImportFile,
  type ImportOptions,
  type NamesToCreate,
  type Pass,
  fieldsFor,
  planAll,
} from "./pass";
import type { UnknownName } from "./plan";
import { type ImportReport, reportOf } from "./queries";
import { type Table, countRows, readTable } from "./read-table";
import { ImportCancelled, endRun, holdRunLock, recordProgress } from "./live";
import { nearMisses } from "./references";
import { type ImportMapping, MAX_IMPORT_BYTES, importMappingSchema } from "./schemas";
import { type ImportContext, recordRows, writeBatch } from "./write";

// An import, start to end: read the file, match its columns, check and plan every row, and either keep
// the plan as a dry run's report or write it all in one transaction (nothing at all if a row is refused).

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
 * Creates the organizations and regions rows name but nothing knows (kind "other", to be sorted out
 * later), under the slug of what the rows call them, so those rows find them. Answers their ids by slug.
 */
async function createNames(tx: Database, names: NamesToCreate, made: CreatedNames) {
  const valuesOf = (unknown: Map<string, UnknownName>) =>
    [...unknown.entries()].map(([slug, { ref, name }]) => ({
      slug,
      name: name.trim(),
      kind: "other" as const,
      aliases: ref.trim() !== name.trim() && slugify(ref) !== ref.trim() ? [ref.trim()] : [],
    }));
  const orgs = valuesOf(names.organizations);
  const places = valuesOf(names.regions);
  const returning = { id: organizations.id, slug: organizations.slug, name: organizations.name };
  const newOrgs = orgs.length ? await tx.insert(organizations).values(orgs).returning(returning) : [];
  const newPlaces = places.length
    ? await tx.insert(regions).values(places).returning({ id: regions.id, slug: regions.slug, name: regions.name })
    : [];
  made.organizations.push(...newOrgs.map(({ slug, name }) => ({ slug, name })));
  made.regions.push(...newPlaces.map(({ slug, name }) => ({ slug, name })));
  return {
    organizations: new Map(newOrgs.map((o) => [o.slug, o.id])),
    regions: new Map(newPlaces.map((r) => [r.slug, r.id])),
  };
}

type CreatedNames = { organizations: { slug: string; name: string }[]; regions: { slug: string; name: string }[] };

/** Thrown inside the commit's transaction when a row is refused, to roll back everything written so far. */
class RefusedRows extends Error {}

const sha256Of = (file: ImportFile) => crypto.createHash("sha256").update(file.bytes).digest("hex");

/** What the audit log keeps of the file an import read. */
const fileFacts = (file: ImportFile) => ({
  fileName: file.name,
  fileSize: file.bytes.byteLength,
  fileSha256: sha256Of(file),
});

async function startImport(
  db: Database,
  file: ImportFile,
  table: Table,
  options: ImportOptions,
  actor: AuditActor,
  state: "dry_run" | "running" | "committed",
  kind: ImportKind = "commitments",
  rowsTotal = 0,
) {
  const [row] = await db
    .insert(imports)
    .values({
      state,
      kind,
      fileName: file.name,
      fileSize: file.bytes.byteLength,
      fileSha256: sha256Of(file),
      sheet: table.sheet,
      headers: table.headers,
      mapping: options.mapping,
      counts: {},
      rowsTotal,
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
    const limit =
      MAX_IMPORT_BYTES >= 1024 * 1024
        ? `${(MAX_IMPORT_BYTES / 1024 / 1024).toLocaleString("en", { maximumFractionDigits: 1 })} MB`
        : `${MAX_IMPORT_BYTES.toLocaleString("en")} bytes`;
    throw new DomainError(
      "too_large",
      `The file is larger than ${limit}, the most an import reads (IMPORT_MAX_BYTES).`,
    );
  }
  const table = await readTable(file.bytes, { sheet: options.sheet });
  const saved = isEmptyMapping(options.mapping) ? await savedMappingFor(db, table.headers) : null;
  if (saved) options = { ...options, mapping: saved.mapping };
  const fields = fieldsFor(table.headers, options.mapping);
  if (options.rows === "evidence" || (options.rows === undefined && isEvidenceFile(table.headers, fields))) {
    return runEvidenceImport(db, file, table, { ...options, mappingFrom: saved?.id ?? null }, actor, today);
  }
  refuseMissingColumns(
    fields,
    table.headers.map((header, i) => ({ header, field: fields[i] ?? null, sample: [] })),
  );

  const found = { mapping: options.mapping, mappingFrom: saved?.id ?? null };
  if (!options.dryRun) {
    const committed = await commit(db, file, table, fields, options, actor, today);
    if (committed) return reportOf(db, committed.id, { ...found, ...committed.found });
  }

  // A dry run (asked for, or the report of a commit that a refused row stopped): every row's verdict.
  const again = options.dryRun ? table : await readTable(file.bytes, { sheet: options.sheet });
  const planId = await startImport(db, file, again, options, actor, "dry_run");
  const plan = await planAll(db, again, fields, options, today, {
    handle: (planned) => recordRows(db, planId, planned),
  });
  const created = {
    organizations: await withNearMisses(db, "organization", plan.toCreate.organizations),
    regions: await withNearMisses(db, "region", plan.toCreate.regions),
  };
  await db.update(imports).set({ counts: plan.counts, created }).where(eq(imports.id, planId));
  const report = await reportOf(db, planId, { ...found, columns: plan.columns, unknownValues: plan.unknownValues });
  if (options.dryRun) return report;
  throw refusedRows(plan.counts.refused, planId);
}

/**
 * Writes the whole file in one transaction, planning each batch as it goes; null (and nothing written)
 * when a row is refused. The import's record is kept first, as "running", so that its progress can be
 * read and a cancel asked for meanwhile (lib/imports/live.ts).
 */
async function commit(
  db: Database,
  file: ImportFile,
  table: Table,
  fields: (ImportField | null)[],
  options: ImportOptions,
  actor: AuditActor,
  today: string,
): Promise<{ id: number; found: Pick<Pass, "columns" | "unknownValues"> } | null> {
  const { onProgress, outside } = options;
  const total = onProgress || outside ? await countRows(file.bytes, { sheet: options.sheet }) : 0;
  const importId = await startImport(db, file, table, options, actor, "running", "commitments", total);
  try {
    return await db.transaction(async (tx) => {
      await holdRunLock(tx, importId);
      const made: CreatedNames = { organizations: [], regions: [] };
      let written = 0;
      const context: ImportContext = {
        importId,
        label: `${file.name} (import ${importId})`,
        actor,
        sources: new Map(),
      };
      const pass = await planAll(tx, table, fields, options, today, {
        create: (names) => createNames(tx, names, made),
        handle: async (planned) => {
          if (planned.some((p) => p.action === "refused")) throw new RefusedRows();
          await writeBatch(tx, planned, context);
          written += planned.length;
          if (outside) await recordProgress(outside, importId, written);
          await onProgress?.({ importId, rows: written, total, cancellable: Boolean(outside) });
        },
      });
      await tx
        .update(imports)
        .set({ state: "committed", counts: pass.counts, created: made, rowsDone: written })
        .where(eq(imports.id, importId));
      await recordAudit(tx, {
        actor,
        action: "import",
        entityType: "import",
        entityId: importId,
        after: { ...fileFacts(file), counts: pass.counts, created: made },
      });
      return { id: importId, found: { columns: pass.columns, unknownValues: pass.unknownValues } };
    });
  } catch (error) {
    if (error instanceof RefusedRows) {
      // Its rows are reported by the dry run that follows, under an import of its own.
      await db.delete(imports).where(eq(imports.id, importId));
      return null;
    }
    if (error instanceof ImportCancelled) {
      await endRun(db, importId, "cancelled");
      throw conflict(`Import ${importId} was cancelled: nothing of it was written.`, undefined, { importId });
    }
    // The first error is the one to answer; failing to record it leaves the import to read as interrupted.
    await endRun(db, importId, "failed", (error as Error).message).catch((recording: unknown) =>
      console.error(`Import ${importId} failed and its state could not be recorded:`, recording),
    );
    throw error;
  }
}

/** An evidence file: a dry run's report, or every row written in one transaction (nothing if one is refused). */
async function runEvidenceImport(
  db: Database,
  file: ImportFile,
  table: Table,
  options: ImportOptions & { mappingFrom: number | null },
  actor: AuditActor,
  today: string,
): Promise<ImportReport> {
  const found = { mapping: options.mapping, mappingFrom: options.mappingFrom };
  if (!options.dryRun) {
    try {
      const done = await db.transaction(async (tx) => {
        const importId = await startImport(tx, file, table, options, actor, "committed", "evidence");
        const pass = await evidencePass(tx, table, options.mapping, importId, today, { actor });
        await tx.update(imports).set({ counts: pass.counts }).where(eq(imports.id, importId));
        await recordAudit(tx, {
          actor,
          action: "import",
          entityType: "import",
          entityId: importId,
          after: { ...fileFacts(file), rows: "evidence", counts: pass.counts },
        });
        return { importId, columns: pass.columns, unknownValues: pass.unknownValues };
      });
      return reportOf(db, done.importId, { ...found, columns: done.columns, unknownValues: done.unknownValues });
    } catch (error) {
      if (!(error instanceof RefusedEvidence)) throw error;
    }
  }
  const again = options.dryRun ? table : await readTable(file.bytes, { sheet: options.sheet });
  const planId = await startImport(db, file, again, options, actor, "dry_run", "evidence");
  const plan = await evidencePass(db, again, options.mapping, planId, today, null);
  await db.update(imports).set({ counts: plan.counts }).where(eq(imports.id, planId));
  const report = await reportOf(db, planId, { ...found, columns: plan.columns, unknownValues: plan.unknownValues });
  if (options.dryRun) return report;
  throw refusedRows(plan.counts.refused, planId);
}

function refusedRows(count: number, importId: number) {
  return new DomainError(
    "invalid",
    `${count} row${count === 1 ? " is" : "s are"} refused, so nothing was imported. Fix them and import the file again.`,
    { file: "has refused rows" },
    { importId },
  );
}

const isEmptyMapping = (m: ImportMapping) =>
  Object.keys(m.columns).length === 0 && Object.values(m.values).every((words) => Object.keys(words).length === 0);

/** The mapping an analyst chose for a file with these very columns last time, to use again. */
async function savedMappingFor(db: Database, headers: string[]) {
  const [last] = await db
    .select({ id: imports.id, mapping: imports.mapping })
    .from(imports)
    .where(
      and(
        sql`${imports.headers} = ${JSON.stringify(headers)}::jsonb`,
        // Chosen by the analyst: a column or a word mapped (older mappings have no stance).
        sql`(${imports.mapping}->'columns' <> '{}'::jsonb or exists (
          select 1 from jsonb_each(${imports.mapping}->'values') as mapped(field, words) where words <> '{}'::jsonb
        ))`,
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
