import "server-only";
import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type Commitment, commitments } from "@/db/schema";
import type { CreateCommitmentInput } from "@/lib/commitments/schemas";
import { progressFor } from "@/lib/commitments/status-rules";
import type { ImportField } from "./fields";
import { type NameIndex, lookUp } from "./references";
import type { CheckedRow } from "./rows";

// What each checked row will do: create a commitment, update the one it names (by external id, else by
// this tracker's id), leave it as it is, or nothing because it is refused.

/** The columns of a commitment an import writes, as stored. */
export type CommitmentColumns = Pick<
  Commitment,
  | "title"
  | "summary"
  | "makerId"
  | "counterpartId"
  | "kind"
  | "sector"
  | "regionId"
  | "announcedOn"
  | "targetOn"
  | "amount"
  | "currency"
  | "jobs"
  | "status"
  | "progress"
  | "sourceLocation"
  | "externalId"
>;

export type PlannedRow =
  | { row: number; action: "refused"; errors: Record<string, string>; cells: string[] }
  | { row: number; action: "create"; values: CommitmentColumns; input: CreateCommitmentInput }
  | {
      row: number;
      action: "update";
      id: number;
      before: Commitment;
      changes: Partial<CommitmentColumns>;
      input: CreateCommitmentInput;
    }
  | { row: number; action: "unchanged"; id: number };

/** Which stored column each file field writes (a field the file lacks is left as it is on update). */
const COLUMN_OF: Partial<Record<ImportField, keyof CommitmentColumns>> = {
  title: "title",
  summary: "summary",
  maker: "makerId",
  counterpart: "counterpartId",
  kind: "kind",
  sector: "sector",
  region: "regionId",
  announcedOn: "announcedOn",
  targetOn: "targetOn",
  amount: "amount",
  currency: "currency",
  jobs: "jobs",
  status: "status",
  progress: "progress",
  sourceLocation: "sourceLocation",
  externalId: "externalId",
};

/** The stored columns an import may write: what an undo puts back (with the source, which rows may set). */
export const IMPORTED_COLUMNS = [...new Set(Object.values(COLUMN_OF)), "sourceId"] as const;

export type References = {
  organizations: NameIndex;
  regions: NameIndex;
  /** Ids stand-ins for names that will be created, so rows naming them plan as they will commit. */
  resolve: (kind: "organization" | "region", name: string) => number;
};

function columnsOf(input: CreateCommitmentInput, externalId: string | null, refs: References): CommitmentColumns {
  const status = input.status ?? "announced";
  return {
    title: input.title,
    summary: input.summary,
    makerId: refs.resolve("organization", input.maker),
    counterpartId: input.counterpart ? refs.resolve("organization", input.counterpart) : null,
    kind: input.kind,
    sector: input.sector,
    regionId: refs.resolve("region", input.region),
    announcedOn: input.announcedOn,
    targetOn: input.targetOn,
    amount: input.amount === null ? null : input.amount.toFixed(2),
    currency: input.currency,
    jobs: input.jobs,
    status,
    progress: progressFor(status, 0, input.progress),
    sourceLocation: input.sourceLocation,
    externalId,
  };
}

const normalized = (column: keyof CommitmentColumns, value: unknown) =>
  column === "amount" && value !== null ? Number(value).toFixed(2) : (value ?? null);

/** Plans a batch of checked rows against what is stored; `mapped` are the fields the file has columns for. */
export async function planBatch(
  db: Database,
  batch: CheckedRow[],
  mapped: Set<ImportField>,
  refs: References,
): Promise<PlannedRow[]> {
  const externalIds = batch.flatMap((r) => (r.ok && r.externalId ? [r.externalId] : []));
  const ids = batch.flatMap((r) => (r.ok && !r.externalId && r.id ? [r.id] : []));
  const [byExternal, byId] = await Promise.all([
    externalIds.length ? db.select().from(commitments).where(inArray(commitments.externalId, externalIds)) : [],
    ids.length ? db.select().from(commitments).where(inArray(commitments.id, ids)) : [],
  ]);
  const external = new Map(byExternal.map((c) => [c.externalId!, c]));
  const own = new Map(byId.map((c) => [c.id, c]));

  return batch.map((checked): PlannedRow => {
    if (!checked.ok) return { row: checked.row, action: "refused", errors: checked.errors, cells: checked.cells };
    const values = columnsOf(checked.input, checked.externalId, refs);
    const existing = checked.externalId
      ? external.get(checked.externalId)
      : checked.id
        ? own.get(checked.id)
        : undefined;
    if (!existing) return { row: checked.row, action: "create", values, input: checked.input };
    const changes: Partial<CommitmentColumns> = {};
    for (const field of mapped) {
      const column = COLUMN_OF[field];
      if (!column || (column === "externalId" && values.externalId === null)) continue;
      if (normalized(column, existing[column]) !== normalized(column, values[column])) {
        (changes as Record<string, unknown>)[column] = values[column];
      }
    }
    if (Object.keys(changes).length === 0) return { row: checked.row, action: "unchanged", id: existing.id };
    return { row: checked.row, action: "update", id: existing.id, before: existing, changes, input: checked.input };
  });
}

/** A name the rows refer to that nothing known goes by: what the rows call it, and the name to create it under. */
export type UnknownName = { ref: string; name: string };

/** Names a row refers to that nothing known goes by, so the import will create them. */
export function unknownNames(checked: CheckedRow, refs: Pick<References, "organizations" | "regions">) {
  if (!checked.ok) return { organizations: [], regions: [] };
  const { maker, counterpart, region } = checked.input;
  const { names } = checked;
  const organizations: UnknownName[] = [];
  if (lookUp(refs.organizations, maker) === undefined) organizations.push({ ref: maker, name: names.maker ?? maker });
  if (counterpart && lookUp(refs.organizations, counterpart) === undefined) {
    organizations.push({ ref: counterpart, name: names.counterpart ?? counterpart });
  }
  const regions = lookUp(refs.regions, region) === undefined ? [{ ref: region, name: names.region ?? region }] : [];
  return { organizations, regions };
}
