import "server-only";
import { type SQL, count, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments } from "@/db/schema";
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, type CommitmentKind, type CommitmentStatus } from "@/lib/vocabulary";
import { type FacetRow, type GroupedFacet, facetPass } from "./facet-pass";
import {
  type FacetDimension,
  type ResolvedReferences,
  filterConditions,
  filtersBy,
  filtersReadRows,
  overdueSql,
  restatedSql,
  staleSql,
  withSearchMatches,
} from "./filter-sql";
import type { CommitmentFilters } from "./list-spec";

export type FacetValue = { value: string; label: string; count: number };

/** How many commitments each filter value would give, under all the other filters. */
export type Facets = {
  status: Record<CommitmentStatus, number>;
  kind: Record<CommitmentKind, number>;
  sectors: FacetValue[];
  /**
   * The organizations with most commitments (slug as value), each counted as choosing it would: in the role
   * chosen (maker, counterpart or either), with its subsidiaries when they are included.
   */
  makers: FacetValue[];
  /** Every region with commitments, counting its sub-regions too (slug as value). */
  regions: (FacetValue & { parent: string | null })[];
  overdue: number;
  stale: number;
  /** Commitments stated again by a later statement. */
  restated: number;
};

const GROUPED_FACETS: readonly GroupedFacet[] = ["status", "kind", "sector", "company", "region"];

const where = (condition: SQL | undefined) => condition ?? sql`true`;

function tally<K extends string>(keys: readonly K[], rows: FacetRow[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) out[row.value as K] = Number(row.n);
  return out;
}

const valueOf = (row: FacetRow): FacetValue => ({
  value: row.value ?? "",
  label: row.label ?? "",
  count: Number(row.n),
});

/**
 * The counts, in as few scans of the commitments as pays. When a filter makes every count read the filtered
 * rows (`filtersReadRows`), the facets the filters do not narrow share one pass over them, and so do the
 * overdue and stale counts (with a toggle on, the filtered set is exactly what it would count). Otherwise
 * each facet is its own statement, read from a small index, and the statements run side by side. A facet the
 * filters narrow always counts its own set, without its own filter.
 */
export async function getFacets(
  db: Database,
  filters: CommitmentFilters,
  refs: ResolvedReferences,
  today: string,
): Promise<Facets> {
  // Every count is under the same text search: found once, then shared by id.
  const searched = await withSearchMatches(db, filters, refs);
  const cond = (omit?: FacetDimension) => filterConditions(filters, searched, today, omit);
  const options = { role: filters.companyRole, subsidiaries: filters.subsidiaries, today, flags: false };
  const onePass = filtersReadRows(filters);
  const together = onePass ? GROUPED_FACETS.filter((facet) => !filtersBy(filters, searched, facet)) : [];
  const alone = GROUPED_FACETS.filter((facet) => !together.includes(facet));
  const countWhere = (condition: SQL) =>
    db
      .select({ n: count() })
      .from(commitments)
      .where(condition)
      .then((rows) => rows[0]?.n ?? 0);

  const [passes, flagsApart, restated] = await Promise.all([
    Promise.all([
      ...(onePass ? [facetPass(db, where(cond()), together, { ...options, flags: true })] : []),
      ...alone.map((facet) => facetPass(db, where(cond(facet)), [facet], options)),
    ]),
    onePass
      ? undefined
      : Promise.all([
          countWhere(sql`${where(cond("overdue"))} and ${overdueSql(today)}`),
          countWhere(sql`${where(cond("stale"))} and ${staleSql(today)}`),
        ]),
    countWhere(sql`${where(cond("restated"))} and ${restatedSql}`),
  ]);
  const rows = passes.flat();
  const of = (facet: FacetRow["facet"]) => rows.filter((row) => row.facet === facet);
  const [overdue, stale] = flagsApart ?? [Number(of("overdue")[0]?.n ?? 0), Number(of("stale")[0]?.n ?? 0)];

  return {
    status: tally(COMMITMENT_STATUSES, of("status")),
    kind: tally(COMMITMENT_KINDS, of("kind")),
    sectors: of("sector").map(valueOf),
    makers: of("company").map(valueOf),
    regions: of("region").map((row) => ({ ...valueOf(row), parent: row.parent })),
    overdue,
    stale,
    restated,
  };
}
