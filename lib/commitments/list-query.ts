import { type AnyColumn, type SQL, and, asc, count, desc, eq, gte, inArray, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { commitments, organizations, regions, sources } from "@/db/schema";
import { STALE_AFTER_DAYS, addDays, todayIso } from "@/lib/dates";
import { resolveOrganizationIds } from "@/lib/organizations/queries";
import { resolveRegionIds } from "@/lib/regions/queries";
import { CLOSED_STATUSES } from "@/lib/vocabulary";
import type { CommitmentFilters, CommitmentListParams, SortKey } from "./list-params";
import { type CommitmentJson, toCommitmentJson } from "./serialize";

const maker = alias(organizations, "maker");
const counterpart = alias(organizations, "counterpart");

const isOpen = sql`${commitments.status} not in (${sql.join(
  CLOSED_STATUSES.map((s) => sql`${s}`),
  sql`, `,
)})`;

/** Derived, never stored (CONTRACT.md): target date passed and not achieved or abandoned. */
export function overdueSql(today: string): SQL<boolean> {
  return sql<boolean>`(${commitments.targetOn} < ${today} and ${isOpen})`;
}

/** Derived, never stored (CONTRACT.md): no evidence dated in the last 365 days, and still open. */
export function staleSql(today: string): SQL<boolean> {
  const cutoff = addDays(today, -STALE_AFTER_DAYS);
  return sql<boolean>`((${commitments.latestEvidenceOn} is null or ${commitments.latestEvidenceOn} < ${cutoff}) and ${isOpen})`;
}

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

/** The joined commitment rows, before filtering: maker, counterpart, region, source. */
export function selectCommitments(db: Database, today: string) {
  return db
    .select(commitmentSelection(today))
    .from(commitments)
    .innerJoin(maker, eq(commitments.makerId, maker.id))
    .leftJoin(counterpart, eq(commitments.counterpartId, counterpart.id))
    .innerJoin(regions, eq(commitments.regionId, regions.id))
    .leftJoin(sources, eq(commitments.sourceId, sources.id));
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
  evidenceCount: commitments.evidenceCount,
  latestEvidenceOn: commitments.latestEvidenceOn,
  updatedAt: commitments.updatedAt,
};

export function orderByFor(sort: CommitmentListParams["sort"]): SQL[] {
  const expression = SORT_EXPRESSIONS[sort.key];
  // Empty values go last in both directions; the id keeps the order stable across pages.
  const primary = sort.desc ? sql`${expression} desc nulls last` : sql`${expression} asc nulls last`;
  return sort.key === "id" ? [primary] : [primary, sort.desc ? desc(commitments.id) : asc(commitments.id)];
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Names in the filters that match nothing (an unknown company or region). */
export type UnresolvedFilters = Partial<Record<"company" | "region", string>>;

/**
 * Turns filters into one SQL condition on `commitments`. Organization and region names are resolved
 * first (with subsidiaries and sub-regions), so the condition itself needs no joins.
 */
export async function buildCommitmentWhere(
  db: Database,
  filters: CommitmentFilters,
  today: string,
): Promise<{ where: SQL | undefined; unresolved: UnresolvedFilters }> {
  const conditions: (SQL | undefined)[] = [];
  const unresolved: UnresolvedFilters = {};

  if (filters.company) {
    const ids = await resolveOrganizationIds(db, filters.company, { includeSubsidiaries: filters.subsidiaries });
    if (ids.length === 0) {
      unresolved.company = `no organization is named "${filters.company}" (by slug, name or alias)`;
      conditions.push(sql`false`);
    } else if (filters.companyRole === "maker") {
      conditions.push(inArray(commitments.makerId, ids));
    } else if (filters.companyRole === "counterpart") {
      conditions.push(inArray(commitments.counterpartId, ids));
    } else {
      conditions.push(or(inArray(commitments.makerId, ids), inArray(commitments.counterpartId, ids)));
    }
  }
  if (filters.region) {
    const ids = await resolveRegionIds(db, filters.region);
    if (ids.length === 0) {
      unresolved.region = `no region is named "${filters.region}" (by slug, name or alias)`;
      conditions.push(sql`false`);
    } else {
      conditions.push(inArray(commitments.regionId, ids));
    }
  }
  if (filters.status.length) conditions.push(inArray(commitments.status, filters.status));
  if (filters.kind.length) conditions.push(inArray(commitments.kind, filters.kind));
  if (filters.sector.length) {
    conditions.push(
      inArray(
        sql`lower(${commitments.sector})`,
        filters.sector.map((s) => s.toLowerCase()),
      ),
    );
  }
  if (filters.q) {
    const pattern = `%${escapeLike(filters.q)}%`;
    conditions.push(
      sql`(${commitments.title} ilike ${pattern} or ${commitments.summary} ilike ${pattern} or ${commitments.sourceLocation} ilike ${pattern})`,
    );
  }
  if (filters.overdue) conditions.push(overdueSql(today));
  if (filters.stale) conditions.push(staleSql(today));
  if (filters.announcedFrom) conditions.push(gte(commitments.announcedOn, filters.announcedFrom));
  if (filters.announcedTo) conditions.push(lte(commitments.announcedOn, filters.announcedTo));
  if (filters.targetFrom) conditions.push(gte(commitments.targetOn, filters.targetFrom));
  if (filters.targetTo) conditions.push(lte(commitments.targetOn, filters.targetTo));

  return { where: and(...conditions), unresolved };
}

export type CommitmentPage = {
  data: CommitmentJson[];
  page: number;
  perPage: number;
  total: number;
  unresolved: UnresolvedFilters;
};

/**
 * The two queries behind one page: its rows and the count of the whole filtered view. Exposed apart from
 * listCommitments so that benchmarks can EXPLAIN exactly what the list runs (`.toSQL()`).
 */
export async function buildListQueries(db: Database, params: CommitmentListParams, today: string) {
  const { where, unresolved } = await buildCommitmentWhere(db, params, today);
  return {
    rows: selectCommitments(db, today)
      .where(where)
      .orderBy(...orderByFor(params.sort))
      .limit(params.perPage)
      .offset((params.page - 1) * params.perPage),
    count: db.select({ n: count() }).from(commitments).where(where),
    unresolved,
  };
}

/** One page of the filtered, sorted list, with the total count of the whole filtered view. */
export async function listCommitments(
  db: Database,
  params: CommitmentListParams,
  { today = todayIso() }: { today?: string } = {},
): Promise<CommitmentPage> {
  const queries = await buildListQueries(db, params, today);
  const [rows, totals] = await Promise.all([queries.rows, queries.count]);
  return {
    data: rows.map(toCommitmentJson),
    page: params.page,
    perPage: params.perPage,
    total: totals[0]?.n ?? 0,
    unresolved: queries.unresolved,
  };
}
