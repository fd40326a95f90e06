import "server-only";
import { type AnyColumn, type SQL, asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { commitments, organizations, regions, sources } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import {
  type ResolvedReferences,
  type UnresolvedFilters,
  filterConditions,
  overdueSql,
  resolveReferences,
  staleSql,
} from "./filter-sql";
import type { CommitmentListParams, SortKey } from "./list-spec";
import { type PageWindow, pageWindow } from "./page-window";
import { type CommitmentJson, toCommitmentJson } from "./serialize";

const maker = alias(organizations, "maker");
const counterpart = alias(organizations, "counterpart");

export const commitmentSelection = (today: string) => ({
  id: commitments.id,
  title: commitments.title,
  summary: commitments.summary,
  kind: commitments.kind,
  sector: commitments.sector,
  announcedOn: commitments.announcedOn,
  targetOn: commitments.targetOn,
  amount: commitments.amount,
  currency: commitments.currency,
  jobs: commitments.jobs,
  status: commitments.status,
  progress: commitments.progress,
  version: commitments.version,
  evidenceCount: commitments.evidenceCount,
  latestEvidenceOn: commitments.latestEvidenceOn,
  sourceLocation: commitments.sourceLocation,
  createdAt: commitments.createdAt,
  updatedAt: commitments.updatedAt,
  makerSlug: maker.slug,
  makerName: maker.name,
  counterpartSlug: counterpart.slug,
  counterpartName: counterpart.name,
  regionSlug: regions.slug,
  regionName: regions.name,
  sourceUrl: sources.url,
  sourceTitle: sources.title,
  sourcePublisher: sources.publisher,
  sourcePublishedOn: sources.publishedOn,
  sourceEventOn: sources.eventOn,
  sourceLanguage: sources.language,
  overdue: overdueSql(today),
  stale: staleSql(today),
});

/** The joined commitment rows, before filtering, in the read shape's columns. */
export function selectCommitments(db: Database, today: string) {
  return db
    .select(commitmentSelection(today))
    .from(commitments)
    .innerJoin(maker, eq(commitments.makerId, maker.id))
    .leftJoin(counterpart, eq(commitments.counterpartId, counterpart.id))
    .innerJoin(regions, eq(commitments.regionId, regions.id))
    .leftJoin(sources, eq(commitments.sourceId, sources.id));
}

/** Only the ids, with the joins that sorting by a maker, counterpart or region name needs. */
export function selectCommitmentIds(db: Database) {
  return db
    .select({ id: commitments.id })
    .from(commitments)
    .innerJoin(maker, eq(commitments.makerId, maker.id))
    .leftJoin(counterpart, eq(commitments.counterpartId, counterpart.id))
    .innerJoin(regions, eq(commitments.regionId, regions.id));
}

export type CommitmentRow = Awaited<ReturnType<typeof selectCommitments>>[number];

// Text sorts ignore case, so "eBay" sits among the e's whatever the database's collation.
const SORT_EXPRESSIONS: Record<SortKey, AnyColumn | SQL> = {
  id: commitments.id,
  title: sql`lower(${commitments.title})`,
  maker: sql`lower(${maker.name})`,
  counterpart: sql`lower(${counterpart.name})`,
  region: sql`lower(${regions.name})`,
  kind: commitments.kind,
  sector: sql`lower(${commitments.sector})`,
  status: commitments.status,
  progress: commitments.progress,
  announcedOn: commitments.announcedOn,
  targetOn: commitments.targetOn,
  amount: commitments.amount,
  jobs: commitments.jobs,
  evidenceCount: commitments.evidenceCount,
  latestEvidenceOn: commitments.latestEvidenceOn,
  updatedAt: commitments.updatedAt,
};

/** Sort keys whose column may be empty; their empty values go last in both directions. */
const NULLABLE_SORT_KEYS = new Set<SortKey>([
  "counterpart",
  "sector",
  "targetOn",
  "amount",
  "jobs",
  "latestEvidenceOn",
]);

/**
 * The list's order; `reversed` is the same order backwards, nulls and all, so that reading it from the start
 * reads the list from its end.
 */
export function orderByFor(sort: CommitmentListParams["sort"], { reversed = false } = {}): SQL[] {
  const expression = SORT_EXPRESSIONS[sort.key];
  const descending = sort.desc !== reversed;
  // PostgreSQL puts nulls last when ascending and first when descending. The list keeps empty values last in
  // both directions, so its reverse puts them first; saying so only where a column can be empty keeps the
  // other sorts readable straight off their (key, id) indexes, in either direction.
  const nullable = NULLABLE_SORT_KEYS.has(sort.key);
  const nulls = !nullable ? sql`` : reversed === descending ? sql`` : descending ? sql` nulls last` : sql` nulls first`;
  const primary = descending ? sql`${expression} desc${nulls}` : sql`${expression} asc${nulls}`;
  // The id keeps the order stable across pages.
  return sort.key === "id" ? [primary] : [primary, descending ? desc(commitments.id) : asc(commitments.id)];
}

export type CommitmentPage = {
  data: CommitmentJson[];
  page: number;
  perPage: number;
  total: number;
  unresolved: UnresolvedFilters;
};

/**
 * The rows of one window of the filtered, sorted list. The window's ids are picked first (filtered, sorted,
 * offset, with only the joins a sort by name needs), then all columns are joined for those rows only, which
 * keeps deep pages cheap. A reversed window comes back in the reversed order.
 */
function windowRows(
  db: Database,
  where: SQL | undefined,
  sort: CommitmentListParams["sort"],
  today: string,
  window: PageWindow,
) {
  const order = orderByFor(sort, { reversed: window.reversed });
  const ids = selectCommitmentIds(db)
    .where(where)
    .orderBy(...order)
    .limit(window.limit)
    .offset(window.offset);
  return selectCommitments(db, today)
    .where(inArray(commitments.id, ids))
    .orderBy(...order);
}

/**
 * The statements behind one page: the page's rows (read forward unless a window says otherwise) and the
 * count of the whole filtered view. Exposed for benchmarks (`.toSQL()`).
 */
export async function buildListQueries(
  db: Database,
  params: CommitmentListParams,
  today: string,
  refs?: ResolvedReferences,
  window: PageWindow = { offset: (params.page - 1) * params.perPage, limit: params.perPage, reversed: false },
) {
  const resolved = refs ?? (await resolveReferences(db, params));
  const where = filterConditions(params, resolved, today);
  return {
    rows: windowRows(db, where, params.sort, today, window),
    count: db.select({ n: count() }).from(commitments).where(where),
    where,
    unresolved: resolved.unresolved,
  };
}

/** The read-shape rows for these ids, in the order given (ids that no longer exist are skipped). */
export async function commitmentsByIds(db: Database, ids: number[], today: string): Promise<CommitmentJson[]> {
  if (ids.length === 0) return [];
  const rows = await selectCommitments(db, today).where(inArray(commitments.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCommitmentJson(row)] : [];
  });
}

/** Pages this many rows or more into the list are read once the total is known, from the nearer end. */
const READ_FROM_NEARER_END_AFTER = 1_000;

/** Whether a page is deep enough to wait for the total and be read from the nearer end of the list. */
export function waitsForTotal(
  params: Pick<CommitmentListParams, "page" | "perPage">,
  after = READ_FROM_NEARER_END_AFTER,
): boolean {
  return (params.page - 1) * params.perPage >= after;
}

/**
 * One page of the filtered, sorted list, with the total count of the whole filtered view. The first pages
 * are read at once with the count; deeper ones wait for it, so that a page in the second half is read from
 * the end (`readFromNearerEndAfter` lowers the depth, for tests).
 */
export async function listCommitments(
  db: Database,
  params: CommitmentListParams,
  {
    today = todayIso(),
    refs,
    readFromNearerEndAfter = READ_FROM_NEARER_END_AFTER,
  }: { today?: string; refs?: ResolvedReferences; readFromNearerEndAfter?: number } = {},
): Promise<CommitmentPage> {
  const queries = await buildListQueries(db, params, today, refs);
  let rows: CommitmentRow[];
  let total: number;
  if (!waitsForTotal(params, readFromNearerEndAfter)) {
    const [forward, totals] = await Promise.all([queries.rows, queries.count]);
    rows = forward;
    total = totals[0]?.n ?? 0;
  } else {
    total = (await queries.count)[0]?.n ?? 0;
    const window = pageWindow(total, params.page, params.perPage);
    rows = window.limit === 0 ? [] : await windowRows(db, queries.where, params.sort, today, window);
    if (window.reversed) rows.reverse();
  }
  return {
    data: rows.map(toCommitmentJson),
    page: params.page,
    perPage: params.perPage,
    total,
    unresolved: queries.unresolved,
  };
}
