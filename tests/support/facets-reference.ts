// The company and sector counts as first written, plainly: every commitment joined to every organization
// above it, and every sector lower-cased row by row. Slower at scale, but obviously right: kept as the
// reference that the faster forms in lib/commitments/facets.ts are checked against
// (tests/facets-match-reference.test.ts). The other facets did not change.
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client";
import { commitments } from "../../db/schema";
import { queryRows } from "../../db/sql";
import { type ResolvedReferences, filterConditions } from "../../lib/commitments/filter-sql";
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
  const under = (omit: "company" | "sector") => filterConditions(filters, refs, today, omit) ?? sql`true`;
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
