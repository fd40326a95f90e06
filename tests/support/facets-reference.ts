// Every facet count as first written, plainly: one statement per facet, every commitment joined to every
// organization and region above it, every sector lower-cased row by row. Slower at scale, but obviously right:
// kept as the reference that the one-pass counts in lib/commitments/facets.ts are checked against
// (tests/facets-match-reference.test.ts).
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { commitments } from "../../db/schema";
import { queryRows } from "../../db/sql";
import {
  type FacetDimension,
  type ResolvedReferences,
  filterConditions,
  overdueSql,
  staleSql,
} from "../../lib/commitments/filter-sql";
import type { FacetValue } from "../../lib/commitments/facets";
import type { CommitmentFilters } from "../../lib/commitments/list-spec";

const ROLE_MATCH: Record<CommitmentFilters["companyRole"], SQL> = {
  maker: sql`m.maker_id = tree.org_id`,
  counterpart: sql`m.counterpart_id = tree.org_id`,
  any: sql`(m.maker_id = tree.org_id or m.counterpart_id = tree.org_id)`,
};

export async function referenceCompanyAndSectorCounts(
  db: Database,
  filters: CommitmentFilters,
  refs: ResolvedReferences,
  today: string,
): Promise<{ makers: FacetValue[]; sectors: FacetValue[] }> {
  const under = (omit: FacetDimension) => filterConditions(filters, refs, today, omit) ?? sql`true`;
  const below = filters.subsidiaries
    ? sql`union all select tree.ancestor_id, child.id from organizations child join tree on child.parent_id = tree.org_id`
    : sql``;
  // As either party, a commitment may meet the same ancestor twice: count it once.
  const n = filters.companyRole === "any" ? sql`count(distinct m.id)` : sql`count(*)`;
  const [makers, sectors] = await Promise.all([
    queryRows<FacetValue>(
      db,
      sql`with recursive tree(ancestor_id, org_id) as (select id, id from organizations ${below}),
          m as (
            select ${commitments.id} as id, ${commitments.makerId} as maker_id,
              ${commitments.counterpartId} as counterpart_id
            from ${commitments} where ${under("company")}
          )
          select o.slug as value, o.name as label, ${n}::int as count
          from tree join m on ${ROLE_MATCH[filters.companyRole]} join organizations o on o.id = tree.ancestor_id
          group by o.id order by count desc, o.name limit 25`,
    ),
    queryRows<FacetValue>(
      db,
      sql`select lower(${commitments.sector}) as value, min(${commitments.sector}) as label, count(*)::int as count
          from ${commitments} where ${commitments.sector} is not null and ${under("sector")}
          group by 1 order by count desc, value limit 40`,
    ),
  ]);
  return { makers, sectors };
}

export type OtherCounts = {
  status: Record<string, number>;
  kind: Record<string, number>;
  regions: { value: string; count: number; parent: string | null }[];
  overdue: number;
  stale: number;
};

/** Status, kind, region, overdue and stale counts: one plain statement each, under all filters but its own. */
export async function referenceOtherCounts(
  db: Database,
  filters: CommitmentFilters,
  refs: ResolvedReferences,
  today: string,
): Promise<OtherCounts> {
  const under = (omit: FacetDimension) => filterConditions(filters, refs, today, omit) ?? sql`true`;
  const perValue = async (column: SQL, omit: FacetDimension) =>
    Object.fromEntries(
      (
        await queryRows<{ key: string; n: number }>(
          db,
          sql`select ${column}::text as key, count(*)::int as n from ${commitments} where ${under(omit)} group by 1`,
        )
      ).map((row) => [row.key, row.n]),
    );
  const flag = async (condition: SQL, omit: FacetDimension) =>
    (
      await queryRows<{ n: number }>(
        db,
        sql`select count(*)::int as n from ${commitments} where ${under(omit)} and ${condition}`,
      )
    )[0]!.n;
  const [status, kind, regions, overdue, stale] = await Promise.all([
    perValue(sql`${commitments.status}`, "status"),
    perValue(sql`${commitments.kind}`, "kind"),
    queryRows<{ value: string; count: number; parent: string | null }>(
      db,
      sql`with recursive tree(ancestor_id, region_id) as (
            select id, id from regions
            union all select tree.ancestor_id, child.id from regions child join tree on child.parent_id = tree.region_id
          )
          select r.slug as value, count(*)::int as count, p.slug as parent
          from ${commitments} c
          join tree on tree.region_id = c.region_id
          join regions r on r.id = tree.ancestor_id
          left join regions p on p.id = r.parent_id
          where c.id in (select ${commitments.id} from ${commitments} where ${under("region")})
          group by r.id, r.slug, r.name, p.slug order by r.name`,
    ),
    flag(overdueSql(today), "overdue"),
    flag(staleSql(today), "stale"),
  ]);
  return { status, kind, regions, overdue, stale };
}
