import { type CreateCommitmentInput, checkCommitmentBody, createCommitmentSchema } from "@/lib/commitments/schemas";
import { type EnumField, type ImportField, enumValue } from "./fields";
import type { TableRow } from "./read-table";
import type { ImportMapping } from "./schemas";

// One spreadsheet row → the body of a commitment, checked by the same rules as the recording form and
// the API, with each problem named by the field (and so the column) it is about.

/** What to call an organization or region the row names by an unknown slug, when it has to be created. */
export type NamesToCreate = { maker?: string; counterpart?: string; region?: string };

export type CheckedRow =
  | {
      row: number;
      ok: true;
      input: CreateCommitmentInput;
      externalId: string | null;
      id: number | null;
      names: NamesToCreate;
    }
  | { row: number; ok: false; errors: Record<string, string>; externalId: string | null; cells: string[] };

const NUMBER = /^-?\d+(\.\d+)?$/;

/** "1,234.5", "1 234.5", "€ 1.4" → a number; anything else is left as text for the field to refuse. */
function numberOf(text: string): number | string {
  const plain = text.replace(/[\s,\u00a0]/g, "").replace(/^[€$¥£]/, "");
  return NUMBER.test(plain) ? Number(plain) : text;
}

const SOURCE_FIELDS: Record<string, ImportField> = {
  "source.url": "sourceUrl",
  "source.title": "sourceTitle",
  "source.publishedOn": "sourcePublishedOn",
};

/** Checks one row; `fields` says which field each column fills (null: a column left out). */
export function checkRow(
  { row, cells, formulas }: TableRow,
  fields: (ImportField | null)[],
  mapping: ImportMapping,
  today: string,
): CheckedRow {
  const errors: Record<string, string> = {};
  if (cells.length > fields.length && cells.slice(fields.length).some((c) => c.trim() !== "")) {
    errors.row = `has ${cells.length} cells but the header names ${fields.length} columns`;
  }
  const value: Partial<Record<ImportField, string>> = {};
  fields.forEach((field, i) => {
    if (!field) return;
    if (formulas.includes(i)) errors[field] = "is a formula; paste its value instead";
    const text = (cells[i] ?? "").trim();
    if (text !== "") value[field] = text;
  });
  const enumOf = (field: EnumField) =>
    value[field] === undefined ? undefined : enumValue(field, value[field], mapping.values[field]);
  const numeric = (field: ImportField) => (value[field] === undefined ? null : numberOf(value[field]));

  const body = {
    title: value.title,
    summary: value.summary ?? null,
    maker: value.maker ?? value.makerName,
    counterpart: value.counterpart ?? value.counterpartName ?? null,
    kind: enumOf("kind"),
    sector: value.sector ?? null,
    region: value.region ?? value.regionName,
    announcedOn: value.announcedOn,
    targetOn: value.targetOn ?? null,
    amount: numeric("amount"),
    currency: value.currency ?? null,
    jobs: numeric("jobs"),
    status: enumOf("status"),
    progress: numeric("progress") ?? undefined,
    sourceLocation: value.sourceLocation ?? null,
    source:
      value.sourceUrl === undefined
        ? undefined
        : { url: value.sourceUrl, title: value.sourceTitle, publishedOn: value.sourcePublishedOn },
  };
  const checked = checkCommitmentBody(createCommitmentSchema, body, today);
  if (!checked.ok) {
    for (const [key, message] of Object.entries(checked.fields)) errors[SOURCE_FIELDS[key] ?? key] ??= message;
  }
  if (value.currency !== undefined && value.amount === undefined) {
    errors.currency ??= "is given without an amount: add the amount or leave the currency out";
  }
  const externalId = value.externalId ?? null;
  if (externalId !== null && externalId.length > 200) errors.externalId = "must be at most 200 characters";
  const id = value.id === undefined ? null : Number(value.id);
  if (id !== null && !(Number.isInteger(id) && id > 0)) errors.id = "must be a commitment id (a whole number)";
  if (Object.keys(errors).length > 0 || !checked.ok) return { row, ok: false, errors, externalId, cells };
  const names = { maker: value.makerName, counterpart: value.counterpartName, region: value.regionName };
  return { row, ok: true, input: checked.value, externalId, id, names };
}
