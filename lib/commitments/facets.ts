import "server-only";
import { type SQL, count, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { COMMITMENT_KINDS, COMMITMENT_STATUSES, type CommitmentKind, type CommitmentStatus } from "@/lib/vocabulary";
import {
  type ResolvedReferences,
  filterConditions,
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

const MAX_MAKERS = 25;
const MAX_SECTORS = 40;
const where = (condition: SQL | undefined) => condition ?? sql`true`;

/**
 * The company picker's counts: what each organization would give if chosen, under the other filters. The
 * commitments are first counted per maker, counterpart or pair of them (an index-only scan), so that the
 * organization tree meets a few thousand groups instead of every commitment.
 */
function companyCounts(db: Database, filters: CommitmentFilters, others: SQL) {
  // Each organization with itself, and with everything below it when subsidiaries count.
  const below = filters.subsidiaries
    ? sql`union all select tree.ancestor_id, child.id from organizations child join tree on child.parent_id = tree.org_id`
    : sql``;
  const maker = sql`${commitments.makerId}`;
  const counterpart = sql`${commitments.counterpartId}`;
  // As either party, a commitment whose maker and counterpart share an ancestor meets it twice: the union
  // keeps one (ancestor, pair) row, so that each pair of parties counts once per ancestor.
  const perAncestor =
    filters.companyRole === "any"
      ? sql`select tree.ancestor_id, g.maker_id, g.counterpart_id, g.n from tree join g on g.maker_id = tree.org_id
            union
            select tree.ancestor_id, g.maker_id, g.counterpart_id, g.n from tree join g on g.counterpart_id = tree.org_id`
      : sql`select tree.ancestor_id, g.n from tree join g on g.party_id = tree.org_id`;
  const grouped =
    filters.companyRole === "any"
      ? sql`select ${maker} as maker_id, ${counterpart} as counterpart_id, count(*) as n from ${commitments}
            where ${others} group by 1, 2`
      : sql`select ${filters.companyRole === "maker" ? maker : counterpart} as party_id, count(*) as n
            from ${commitments} where ${others} group by 1`;
  return queryRows<{ value: string; label: string; n: number }>(
    db,
    sql`with recursive tree(ancestor_id, org_id) as (select id, id from organizations ${below}),
        g as (${grouped}),
        per_ancestor as (${perAncestor})
        select o.slug as value, o.name as label, sum(per_ancestor.n)::int as n
        from per_ancestor
        join organizations o on o.id = per_ancestor.ancestor_id
        group by o.id, o.slug, o.name
        order by n desc, o.name
        limit ${MAX_MAKERS}`,
  );
}

function tally<K extends string>(keys: readonly K[], rows: { key: K; n: number }[]): Record<K, number> {
  const out = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) out[row.key] = Number(row.n);
  return out;
}

export async function getFacets(
  db: Database,
  filters: CommitmentFilters,
  refs: ResolvedReferences,
  today: string,
): Promise<Facets> {
  // Every count is under the same text search: found once, then shared by id.
  const searched = await withSearchMatches(db, filters, refs);
  const cond = (omit: Parameters<typeof filterConditions>[3]) => filterConditions(filters, searched, today, omit);

  const [status, kind, sectors, makers, regions, flags] = await Promise.all([
    db
      .select({ key: commitments.status, n: count() })
      .from(commitments)
      .where(cond("status"))
      .groupBy(commitments.status),
    db.select({ key: commitments.kind, n: count() }).from(commitments).where(cond("kind")).groupBy(commitments.kind),
    queryRows<{ value: string; label: string; n: number }>(
      db,
      // Counted by the sector as written first: lower() on the few distinct values, not on every row.
      sql`select lower(s.sector) as value, min(s.sector) as label, sum(s.n)::int as n
          from (
            select ${commitments.sector} as sector, count(*) as n from ${commitments}
            where ${commitments.sector} is not null and ${where(cond("sector"))}
            group by 1
          ) s
          group by 1 order by n desc, value limit ${MAX_SECTORS}`,
    ),
    companyCounts(db, filters, where(cond("company"))),
    queryRows<{ value: string; label: string; parent: string | null; n: number }>(
      db,
      sql`with recursive tree(ancestor_id, region_id) as (
            select id, id from regions
            union all
            select tree.ancestor_id, child.id from regions child join tree on child.parent_id = tree.region_id
          ),
          counts as (
            select ${commitments.regionId} as region_id, count(*)::int as n
            from ${commitments} where ${where(cond("region"))} group by 1
          )
          select r.slug as value, r.name as label, p.slug as parent, sum(counts.n)::int as n
          from tree
          join counts on counts.region_id = tree.region_id
          join regions r on r.id = tree.ancestor_id
          left join regions p on p.id = r.parent_id
          group by r.id, r.slug, r.name, p.slug
          order by r.name`,
    ),
    Promise.all([
      db
        .select({ n: count() })
        .from(commitments)
        .where(sql`${where(cond("overdue"))} and ${overdueSql(today)}`),
      db
        .select({ n: count() })
        .from(commitments)
        .where(sql`${where(cond("stale"))} and ${staleSql(today)}`),
      db
        .select({ n: count() })
        .from(commitments)
        .where(sql`${where(cond("restated"))} and ${restatedSql}`),
    ]),
  ]);

  return {
    status: tally(COMMITMENT_STATUSES, status),
    kind: tally(COMMITMENT_KINDS, kind),
    sectors: sectors.map((s) => ({ value: s.value, label: s.label, count: Number(s.n) })),
    makers: makers.map((m) => ({ value: m.value, label: m.label, count: Number(m.n) })),
    regions: regions.map((r) => ({ value: r.value, label: r.label, parent: r.parent, count: Number(r.n) })),
    overdue: flags[0][0]?.n ?? 0,
    stale: flags[1][0]?.n ?? 0,
    restated: flags[2][0]?.n ?? 0,
  };
}
