import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { overdueSql, staleSql } from "./filter-sql";
import type { CompanyRole } from "./list-spec";

/** The facets counted by grouping the commitments by one or two of their columns. */
export type GroupedFacet = "status" | "kind" | "sector" | "company" | "region";

/** One counted value of a facet; `overdue` and `stale` are single counts (no value). */
export type FacetRow = {
  facet: GroupedFacet | "overdue" | "stale";
  value: string | null;
  label: string | null;
  parent: string | null;
  n: number;
};

export type FacetPassOptions = {
  role: CompanyRole;
  subsidiaries: boolean;
  today: string;
  /** Also count the overdue and stale commitments of the whole set. */
  flags: boolean;
};

const MAX_MAKERS = 25;
const MAX_SECTORS = 40;

/** The columns each facet groups by, named as the pass's rows name them. */
function groupedColumns(facet: GroupedFacet, role: CompanyRole): { expression: SQL; name: string }[] {
  switch (facet) {
    case "status":
      return [{ expression: sql`${commitments.status}`, name: "status" }];
    case "kind":
      return [{ expression: sql`${commitments.kind}`, name: "kind" }];
    case "sector":
      return [{ expression: sql`${commitments.sector}`, name: "sector" }];
    case "region":
      return [{ expression: sql`${commitments.regionId}`, name: "region_id" }];
    case "company":
      if (role === "maker") return [{ expression: sql`${commitments.makerId}`, name: "party_id" }];
      if (role === "counterpart") return [{ expression: sql`${commitments.counterpartId}`, name: "party_id" }];
      return [
        { expression: sql`${commitments.makerId}`, name: "maker_id" },
        { expression: sql`${commitments.counterpartId}`, name: "counterpart_id" },
      ];
  }
}

/**
 * The commitments under `where` counted once for every facet asked (GROUPING SETS: one scan, one group set
 * per facet), each row named by its facet; with `flags`, also the whole set with its overdue and stale counts.
 */
function groupedSql(where: SQL, facets: GroupedFacet[], options: FacetPassOptions): SQL {
  const sets = facets.map((facet) => ({ facet, columns: groupedColumns(facet, options.role) }));
  const columns = sets.flatMap((set) => set.columns);
  const facetName = sets.length
    ? sql`case ${sql.join(
        sets.map((set) => sql`when grouping(${set.columns[0]!.expression}) = 0 then ${set.facet}`),
        sql` `,
      )} else 'all' end`
    : sql`'all'`;
  const groupingSets = [
    ...sets.map(
      (set) =>
        sql`(${sql.join(
          set.columns.map((c) => c.expression),
          sql`, `,
        )})`,
    ),
    ...(options.flags ? [sql`()`] : []),
  ];
  const flagCounts = options.flags
    ? sql`, count(*) filter (where ${overdueSql(options.today)})::int as overdue,
          count(*) filter (where ${staleSql(options.today)})::int as stale`
    : sql``;
  return sql`select ${facetName}::text as facet,
      ${sql.join(
        columns.map((c) => sql`${c.expression} as ${sql.identifier(c.name)}`),
        sql`, `,
      )}${columns.length ? sql`,` : sql``} count(*)::int as n ${flagCounts}
    from ${commitments} where ${where}
    group by grouping sets (${sql.join(groupingSets, sql`, `)})`;
}

/** Each organization with itself, and with everything below it when subsidiaries count. */
function organizationTree(subsidiaries: boolean): SQL {
  const below = subsidiaries
    ? sql`union all select org_tree.ancestor_id, child.id from organizations child join org_tree on child.parent_id = org_tree.org_id`
    : sql``;
  return sql`org_tree(ancestor_id, org_id) as (select id, id from organizations ${below})`;
}

/**
 * What each organization would give if chosen: the groups of its commitments (per maker, counterpart or pair)
 * summed over the organization and, when they count, its subsidiaries. As either party, a commitment whose
 * maker and counterpart share an ancestor meets it twice: the union keeps one (ancestor, pair) row.
 */
function companyBranch(role: CompanyRole): SQL {
  const perAncestor =
    role === "any"
      ? sql`select t.ancestor_id, g.maker_id, g.counterpart_id, g.n from org_tree t
              join g on g.facet = 'company' and g.maker_id = t.org_id
            union
            select t.ancestor_id, g.maker_id, g.counterpart_id, g.n from org_tree t
              join g on g.facet = 'company' and g.counterpart_id = t.org_id`
      : sql`select t.ancestor_id, g.n from org_tree t join g on g.facet = 'company' and g.party_id = t.org_id`;
  return sql`(select 'company'::text as facet, o.slug as value, o.name as label, null::text as parent,
      sum(pa.n)::int as n, row_number() over (order by sum(pa.n) desc, o.name) as ord
    from (${perAncestor}) pa
    join organizations o on o.id = pa.ancestor_id
    group by o.id, o.slug, o.name
    order by n desc, o.name
    limit ${MAX_MAKERS})`;
}

const regionTree = sql`region_tree(ancestor_id, region_id) as (
  select id, id from regions
  union all
  select region_tree.ancestor_id, child.id from regions child join region_tree on child.parent_id = region_tree.region_id
)`;

/** Every region with commitments, counting its sub-regions too. */
const regionBranch = sql`select 'region'::text, r.slug, r.name, p.slug, sum(g.n)::int,
    row_number() over (order by r.name)
  from region_tree t
  join g on g.facet = 'region' and g.region_id = t.region_id
  join regions r on r.id = t.ancestor_id
  left join regions p on p.id = r.parent_id
  group by r.id, r.slug, r.name, p.slug`;

/** Counted by the sector as written first: lower() on the few distinct values, not on every row. */
const sectorBranch = sql`(select 'sector'::text, value, label, null::text, n, row_number() over (order by n desc, value)
  from (select lower(sector) as value, min(sector) as label, sum(n)::int as n
        from g where facet = 'sector' and sector is not null group by 1) s
  order by n desc, value
  limit ${MAX_SECTORS})`;

const valueBranch = (facet: "status" | "kind") =>
  sql`select ${facet}::text, ${sql.identifier(facet)}::text, null::text, null::text, n, 0::bigint from g where facet = ${facet}`;

const flagBranch = (flag: "overdue" | "stale") =>
  sql`select ${flag}::text, null::text, null::text, null::text, ${sql.identifier(flag)}, 0::bigint from g where facet = 'all'`;

/**
 * One statement that counts the commitments under `where` for each facet asked, in one scan of them, and
 * returns every facet's values (ordered within the facet as it is shown).
 */
export function facetPass(
  db: Database,
  where: SQL,
  facets: GroupedFacet[],
  options: FacetPassOptions,
): Promise<FacetRow[]> {
  const ctes = [
    ...(facets.includes("company") ? [organizationTree(options.subsidiaries)] : []),
    ...(facets.includes("region") ? [regionTree] : []),
    sql`g as (${groupedSql(where, facets, options)})`,
  ];
  const branches = [
    ...(facets.includes("status") ? [valueBranch("status")] : []),
    ...(facets.includes("kind") ? [valueBranch("kind")] : []),
    ...(facets.includes("sector") ? [sectorBranch] : []),
    ...(facets.includes("company") ? [companyBranch(options.role)] : []),
    ...(facets.includes("region") ? [regionBranch] : []),
    ...(options.flags ? [flagBranch("overdue"), flagBranch("stale")] : []),
  ];
  // The first branch names the columns; every branch gives them in the same order and types.
  const [first, ...rest] = branches;
  if (!first) return Promise.resolve([]);
  const named = sql`select facet, value, label, parent, n, ord from (${first}) f(facet, value, label, parent, n, ord)`;
  return queryRows<FacetRow & { ord: number }>(
    db,
    sql`with recursive ${sql.join(ctes, sql`, `)}
        ${named} ${rest.length ? sql`union all ${sql.join(rest, sql` union all `)}` : sql``}
        order by facet, ord`,
  );
}
