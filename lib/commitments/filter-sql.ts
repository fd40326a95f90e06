import "server-only";
import { type SQL, and, gte, inArray, lte, or, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, evidence, mentions, organizations, regions } from "@/db/schema";
import { searchableText } from "@/db/searchable-text";
import { intArray } from "@/db/sql";
import { STALE_AFTER_DAYS, addDays } from "@/lib/dates";
import { idsNamedLike } from "@/lib/named-tree";
import { resolveOrganizationIds } from "@/lib/organizations/queries";
import { resolveRegionIds } from "@/lib/regions/queries";
import { toSimplified } from "@/lib/text/simplified";
import { CLOSED_STATUSES } from "@/lib/vocabulary";
import type { CommitmentFilters } from "./list-spec";

/** Not achieved and not abandoned (CLOSED_STATUSES). */
export const isOpenSql = sql`${commitments.status} not in (${sql.join(
  CLOSED_STATUSES.map((s) => sql`${s}`),
  sql`, `,
)})`;

/** Derived, never stored (CONTRACT.md): target date passed and not achieved or abandoned. */
export function overdueSql(today: string): SQL<boolean> {
  return sql<boolean>`(${commitments.targetOn} < ${today} and ${isOpenSql})`;
}

/** Derived, never stored (CONTRACT.md): no evidence dated in the last 365 days, and still open. */
export function staleSql(today: string): SQL<boolean> {
  const cutoff = addDays(today, -STALE_AFTER_DAYS);
  return sql<boolean>`((${commitments.latestEvidenceOn} is null or ${commitments.latestEvidenceOn} < ${cutoff}) and ${isOpenSql})`;
}

const searched = searchableText(commitments);

const HAN = /\p{Script=Han}/u;

/** Two adjacent Han characters: the shortest Chinese search the pair index (migration 0006) can answer. */
const HAN_PAIR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}/;

const contains = (q: string): SQL => sql`${searched} ilike ${`%${escapeLike(q)}%`}`;

/** What an index can find a text by: the pair index (migration 0006) for Chinese, else the trigram index. */
const indexedContains = (q: string): SQL =>
  HAN_PAIR.test(q) ? sql`cjk_bigrams(${searched}) @> cjk_bigrams(${q})` : contains(q);

/**
 * The free-text condition: the text (or, written in traditional characters, its simplified form) in the title,
 * summary or source location, or a maker, counterpart or region among those whose names matched it. Written
 * as (index conditions or ids) and (ids or ILIKE): the first half is what the indexes answer, so the rows they
 * find need no recheck of it, and ILIKE runs only on rows that no id matched.
 */
function textSearch(q: string, named: NamedMatches | undefined): SQL {
  const texts = [...new Set([q, HAN.test(q) ? toSimplified(q) : q])];
  const byId: SQL[] = [];
  if (named?.organizationIds.length) {
    byId.push(inArray(commitments.makerId, named.organizationIds));
    byId.push(inArray(commitments.counterpartId, named.organizationIds));
  }
  if (named?.regionIds.length) byId.push(inArray(commitments.regionId, named.regionIds));
  const anyOf = (conditions: SQL[]) => sql`(${sql.join(conditions, sql` or `)})`;
  const exact = anyOf([...byId, ...texts.map(contains)]);
  if (!texts.some((t) => HAN_PAIR.test(t))) return exact;
  return sql`(${anyOf([...texts.map(indexedContains), ...byId])} and ${exact})`;
}

/** The references with the ids of the commitments the free text matches, for statements that share one search. */
export async function withSearchMatches(
  db: Database,
  filters: CommitmentFilters,
  refs: ResolvedReferences,
): Promise<ResolvedReferences> {
  if (!filters.q || refs.searchMatches) return refs;
  const rows = await db.select({ id: commitments.id }).from(commitments).where(textSearch(filters.q, refs.named));
  return { ...refs, searchMatches: rows.map((row) => row.id) };
}

/** Has live (not retracted) evidence of the given stances, published within the given dates. */
function hasEvidence(filters: CommitmentFilters): SQL {
  const e = sql.raw("e");
  const parts = [sql`${e}.commitment_id = ${commitments.id}`, sql`${e}.retracted_at is null`];
  if (filters.evidenceStance.length) {
    parts.push(
      sql`${e}.stance in (${sql.join(
        filters.evidenceStance.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  if (filters.evidenceFrom) parts.push(sql`${e}.published_on >= ${filters.evidenceFrom}`);
  if (filters.evidenceTo) parts.push(sql`${e}.published_on <= ${filters.evidenceTo}`);
  return sql`exists (select 1 from ${evidence} ${e} where ${sql.join(parts, sql` and `)})`;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Names in the filters that match nothing (an unknown company or region), with a message each. */
export type UnresolvedFilters = Partial<Record<"company" | "region", string>>;

/**
 * The organizations and regions (with their subsidiaries and sub-regions) whose name, slug or an alias holds
 * the free text: found in the small tables first, so the search of the commitments filters by id.
 */
export type NamedMatches = { organizationIds: number[]; regionIds: number[] };

/** Company and region names resolved to ids once per request (with subsidiaries and sub-regions). */
export type ResolvedReferences = {
  companyIds?: number[];
  regionIds?: number[];
  /** What the free text `q` names, when there is one. */
  named?: NamedMatches;
  /**
   * The ids of the commitments the free text matches, when they were found beforehand (`withSearchMatches`):
   * statements that share one search then filter by id instead of each searching again.
   */
  searchMatches?: number[];
  unresolved: UnresolvedFilters;
};

async function namedMatches(db: Database, q: string): Promise<NamedMatches> {
  const [organizationIds, regionIds] = await Promise.all([
    idsNamedLike(db, organizations, q),
    idsNamedLike(db, regions, q),
  ]);
  return { organizationIds, regionIds };
}

export async function resolveReferences(db: Database, filters: CommitmentFilters): Promise<ResolvedReferences> {
  const [companyIds, regionIds, named] = await Promise.all([
    filters.company
      ? resolveOrganizationIds(db, filters.company, { includeSubsidiaries: filters.subsidiaries })
      : undefined,
    filters.region ? resolveRegionIds(db, filters.region) : undefined,
    filters.q ? namedMatches(db, filters.q) : undefined,
  ]);
  const unresolved: UnresolvedFilters = {};
  if (companyIds?.length === 0)
    unresolved.company = `no organization is named "${filters.company}" (by slug, name or alias)`;
  if (regionIds?.length === 0) unresolved.region = `no region is named "${filters.region}" (by slug, name or alias)`;
  return { companyIds, regionIds, named, unresolved };
}

/** A filter dimension that facet counts leave out, to count the values of that dimension. */
export type FacetDimension = "company" | "region" | "status" | "kind" | "sector" | "overdue" | "stale" | "restated";

/** Whether the filters narrow the list by this dimension (so its counts need a pass of their own). */
export function filtersBy(filters: CommitmentFilters, refs: ResolvedReferences, dimension: FacetDimension): boolean {
  switch (dimension) {
    case "company":
      return refs.companyIds !== undefined;
    case "region":
      return refs.regionIds !== undefined;
    case "status":
    case "kind":
    case "sector":
      return filters[dimension].length > 0;
    case "overdue":
    case "stale":
    case "restated":
      return filters[dimension];
  }
}

/**
 * Whether a filter asks of the commitments what no small index holds (text, dates, evidence, amounts, jobs,
 * the derived flags): then every count must read the filtered rows themselves.
 */
export function filtersReadRows(filters: CommitmentFilters): boolean {
  return Boolean(
    filters.q ||
    filters.overdue ||
    filters.stale ||
    filters.restated ||
    filters.announcedFrom ||
    filters.announcedTo ||
    filters.targetFrom ||
    filters.targetTo ||
    filters.evidenceStance.length ||
    filters.evidenceFrom ||
    filters.evidenceTo ||
    filters.hasAmount ||
    filters.hasJobs,
  );
}

/** Stated again by a later statement: it has a mention marked as a restatement. */
export const restatedSql = sql`exists (select 1 from ${mentions} where ${mentions.commitmentId} = ${commitments.id} and ${mentions.restatement})`;

/** One SQL condition on `commitments` for all filters (but the omitted dimension); needs no joins. */
export function filterConditions(
  filters: CommitmentFilters,
  refs: ResolvedReferences,
  today: string,
  omit?: FacetDimension,
): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  const by = (dimension: FacetDimension) => dimension !== omit && filtersBy(filters, refs, dimension);
  const ids = refs.companyIds;
  if (ids && by("company")) {
    if (ids.length === 0) conditions.push(sql`false`);
    else if (filters.companyRole === "maker") conditions.push(inArray(commitments.makerId, ids));
    else if (filters.companyRole === "counterpart") conditions.push(inArray(commitments.counterpartId, ids));
    else conditions.push(or(inArray(commitments.makerId, ids), inArray(commitments.counterpartId, ids)));
  }
  if (refs.regionIds && by("region")) {
    conditions.push(refs.regionIds.length === 0 ? sql`false` : inArray(commitments.regionId, refs.regionIds));
  }
  if (by("status")) conditions.push(inArray(commitments.status, filters.status));
  if (by("kind")) conditions.push(inArray(commitments.kind, filters.kind));
  if (by("sector")) {
    conditions.push(
      inArray(
        sql`lower(${commitments.sector})`,
        filters.sector.map((s) => s.toLowerCase()),
      ),
    );
  }
  if (filters.q)
    conditions.push(
      refs.searchMatches
        ? sql`${commitments.id} in (select unnest(${intArray(refs.searchMatches)}))`
        : textSearch(filters.q, refs.named),
    );
  if (by("overdue")) conditions.push(overdueSql(today));
  if (by("stale")) conditions.push(staleSql(today));
  if (filters.announcedFrom) conditions.push(gte(commitments.announcedOn, filters.announcedFrom));
  if (filters.announcedTo) conditions.push(lte(commitments.announcedOn, filters.announcedTo));
  if (filters.targetFrom) conditions.push(gte(commitments.targetOn, filters.targetFrom));
  if (filters.targetTo) conditions.push(lte(commitments.targetOn, filters.targetTo));
  if (filters.evidenceStance.length || filters.evidenceFrom || filters.evidenceTo)
    conditions.push(hasEvidence(filters));
  if (filters.hasAmount) conditions.push(sql`${commitments.amount} is not null`);
  if (filters.hasJobs) conditions.push(sql`${commitments.jobs} is not null`);
  if (by("restated")) conditions.push(restatedSql);
  return and(...conditions);
}
