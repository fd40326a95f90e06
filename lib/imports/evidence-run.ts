import "server-only";
import { and, inArray, isNull, or } from "drizzle-orm";
import type { Database } from "@/db/client";
import { insertMany } from "@/db/insert-many";
import { commitments, evidence, importRows } from "@/db/schema";
import { type AuditActor, recordAudits } from "@/lib/audit/record";
import { evidenceValues } from "@/lib/evidence/mutations";
import { pageKey } from "@/lib/evidence/normalize-url";
import { type AddEvidenceInput, addEvidenceSchema } from "@/lib/evidence/schemas";
import { zodFieldErrors } from "@/lib/validation";
import { type EvidenceField, EVIDENCE_FIELDS, matchEvidenceHeaders, stanceValue } from "./evidence-fields";
import { BATCH, type ColumnReport, type Counts, type UnknownValues, chooseFields, noteUnknownValue } from "./pass";
import type { Table, TableRow } from "./read-table";
import type { ImportMapping } from "./schemas";

// Evidence rows: each names its commitment (external id, else this tracker's id) and carries the fields of
// POST /api/v1/commitments/{id}/evidence. A link already attached to that commitment is left as it is, so a
// second import of the file changes nothing; the same link twice for one commitment in a file is refused.

type Planned =
  | { row: number; action: "refused"; errors: Record<string, string>; cells: string[] }
  | { row: number; action: "create"; commitmentId: number; input: AddEvidenceInput }
  | { row: number; action: "unchanged"; commitmentId: number };

type Checked = {
  row: number;
  cells: string[];
  ref: { externalId?: string; id?: number };
  parsed: ReturnType<typeof parse>;
};

export type EvidencePass = { counts: Counts; columns: ColumnReport[]; unknownValues: UnknownValues };

function parse(value: Partial<Record<EvidenceField, string>>, today: string, stances: Record<string, string>) {
  const result = addEvidenceSchema.safeParse({
    url: value.url,
    title: value.title,
    publisher: value.publisher ?? null,
    publishedOn: value.publishedOn,
    language: value.language,
    stance: value.stance === undefined ? undefined : stanceValue(value.stance, stances),
    note: value.note ?? null,
    archiveUrl: value.archiveUrl ?? null,
  });
  const errors = result.success ? {} : zodFieldErrors(result.error);
  if (value.publishedOn && value.publishedOn > today) errors.publishedOn ??= "must not be in the future";
  return Object.keys(errors).length === 0 && result.success
    ? { ok: true as const, input: result.data }
    : { ok: false as const, errors };
}

function check(
  { row, cells }: TableRow,
  fields: (EvidenceField | null)[],
  today: string,
  stances: Record<string, string>,
): Checked {
  const value: Partial<Record<EvidenceField, string>> = {};
  fields.forEach((field, i) => {
    const text = (cells[i] ?? "").trim();
    if (field && text) value[field] = text;
  });
  const id = value.commitmentId === undefined ? undefined : Number(value.commitmentId);
  return { row, cells, ref: { externalId: value.commitmentExternalId, id }, parsed: parse(value, today, stances) };
}

async function planBatch(db: Database, batch: Checked[], seen: Map<string, number>): Promise<Planned[]> {
  const externalIds = batch.flatMap((c) => (c.ref.externalId ? [c.ref.externalId] : []));
  const ids = batch.flatMap((c) => (!c.ref.externalId && Number.isInteger(c.ref.id) ? [c.ref.id!] : []));
  const found =
    externalIds.length || ids.length
      ? await db
          .select({ id: commitments.id, externalId: commitments.externalId })
          .from(commitments)
          .where(
            or(
              externalIds.length ? inArray(commitments.externalId, externalIds) : undefined,
              ids.length ? inArray(commitments.id, ids) : undefined,
            ),
          )
      : [];
  const byExternal = new Map(found.flatMap((c) => (c.externalId ? [[c.externalId, c.id] as const] : [])));
  const byId = new Set(found.map((c) => c.id));
  const owners = [...new Set(found.map((c) => c.id))];
  const attached = owners.length
    ? await db
        .select({ commitmentId: evidence.commitmentId, key: evidence.urlNormalized })
        .from(evidence)
        .where(and(inArray(evidence.commitmentId, owners), isNull(evidence.retractedAt)))
    : [];
  const live = new Set(attached.map((a) => `${a.commitmentId} ${pageKey(a.key)}`));

  return batch.map((c): Planned => {
    const errors: Record<string, string> = c.parsed.ok ? {} : { ...c.parsed.errors };
    const commitmentId = c.ref.externalId
      ? byExternal.get(c.ref.externalId)
      : c.ref.id !== undefined && byId.has(c.ref.id)
        ? c.ref.id
        : undefined;
    if (c.ref.externalId === undefined && c.ref.id === undefined)
      errors.commitmentExternalId = "is required: the commitment's external id (or its id here)";
    else if (commitmentId === undefined) {
      errors[c.ref.externalId ? "commitmentExternalId" : "commitmentId"] = "names no recorded commitment";
    }
    if (Object.keys(errors).length > 0 || !c.parsed.ok || commitmentId === undefined) {
      return { row: c.row, action: "refused", errors, cells: c.cells };
    }
    const key = `${commitmentId} ${c.parsed.input.url.key}`;
    if (live.has(key)) return { row: c.row, action: "unchanged", commitmentId };
    const first = seen.get(key);
    if (first !== undefined)
      return {
        row: c.row,
        action: "refused",
        errors: { url: `is also on row ${first} for this commitment` },
        cells: c.cells,
      };
    seen.set(key, c.row);
    return { row: c.row, action: "create", commitmentId, input: c.parsed.input };
  });
}

/** Writes a batch's new evidence (when `write` is given) and records every row under the import. */
async function recordBatch(
  db: Database,
  importId: number,
  planned: Planned[],
  write: { actor: AuditActor } | null,
): Promise<void> {
  const creates = planned.filter((p) => p.action === "create");
  const made = new Map<number, number>();
  if (write && creates.length > 0) {
    const rows = await insertMany(
      db,
      evidence,
      creates.map(({ commitmentId, input }) => evidenceValues(commitmentId, input, write.actor)),
      ["id"],
    );
    creates.forEach((p, i) => made.set(p.row, rows[i]!.id));
    await recordAudits(
      db,
      creates.map((p, i) => ({
        actor: write.actor,
        action: "import" as const,
        entityType: "evidence",
        entityId: rows[i]!.id,
        after: { importId, row: p.row, commitmentId: p.commitmentId, url: p.input.url.url, stance: p.input.stance },
      })),
    );
  }
  if (planned.length === 0) return;
  await insertMany(
    db,
    importRows,
    planned.map((p) =>
      p.action === "refused"
        ? { importId, row: p.row, action: p.action, errors: p.errors, cells: p.cells }
        : {
            importId,
            row: p.row,
            action: p.action,
            commitmentId: p.commitmentId,
            evidenceId: made.get(p.row) ?? null,
          },
    ),
  );
}

export class RefusedEvidence extends Error {}

/**
 * One pass over an evidence file: every row checked and planned, recorded under `importId`, and (when
 * `write` is given) its new evidence written; a refused row then stops the pass (the caller rolls back).
 */
export async function evidencePass(
  db: Database,
  table: Table,
  mapping: ImportMapping,
  importId: number,
  today: string,
  write: { actor: AuditActor } | null,
): Promise<EvidencePass> {
  const fields = chooseFields(table.headers, mapping.columns, matchEvidenceHeaders(table.headers), EVIDENCE_FIELDS);
  const columns: ColumnReport[] = table.headers.map((header, i) => ({ header, field: fields[i] ?? null, sample: [] }));
  const counts: Counts = { create: 0, update: 0, unchanged: 0, refused: 0 };
  const seen = new Map<string, number>();
  const unknownValues: UnknownValues = { kind: [], status: [], stance: [] };
  const stanceColumn = fields.indexOf("stance");
  let batch: Checked[] = [];
  const flush = async () => {
    const planned = await planBatch(db, batch, seen);
    for (const p of planned) counts[p.action]++;
    if (write && counts.refused > 0) throw new RefusedEvidence();
    await recordBatch(db, importId, planned, write);
    batch = [];
  };
  for await (const tableRow of table.rows) {
    if (tableRow.row <= 4) columns.forEach((c, i) => c.sample.push(tableRow.cells[i] ?? ""));
    const word = (tableRow.cells[stanceColumn] ?? "").trim();
    if (word) noteUnknownValue(unknownValues, "stance", word, stanceValue(word, mapping.values.stance));
    batch.push(check(tableRow, fields, today, mapping.values.stance));
    if (batch.length >= BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return { counts, columns, unknownValues };
}
