import "server-only";
import { type SQL, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type FollowTarget, commitments, follows, organizations, regions } from "@/db/schema";
import { parseListParams } from "@/lib/commitments/list-params";
import { filterConditions, resolveReferences } from "@/lib/commitments/filter-sql";
import { type NamedTreeTable, descendantsQuery } from "@/lib/named-tree";

/** What a follow points at: enough to say which commitments it watches. */
export type FollowScopeRow = {
  target: FollowTarget;
  organizationId: number | null;
  regionId: number | null;
  commitmentId: number | null;
  viewQuery: string | null;
};

export const followScopeColumns = {
  target: follows.target,
  organizationId: follows.organizationId,
  regionId: follows.regionId,
  commitmentId: follows.commitmentId,
  viewQuery: follows.viewQuery,
};

/** The row and every row below it. */
const withDescendants = (table: NamedTreeTable, id: number) => descendantsQuery(table, sql`select ${id}::int as id`);

/**
 * A condition on `commitments` for the commitments a follow watches: a company's (with its subsidiaries, as
 * maker or counterpart), a region's (with its sub-regions), one commitment, or what a view's filters select
 * today.
 */
export async function followScope(db: Database, row: FollowScopeRow, today: string): Promise<SQL> {
  switch (row.target) {
    case "company": {
      const ids = withDescendants(organizations, row.organizationId!);
      return sql`(${commitments.makerId} in (${ids}) or ${commitments.counterpartId} in (${ids}))`;
    }
    case "region":
      return sql`${commitments.regionId} in (${withDescendants(regions, row.regionId!)})`;
    case "commitment":
      return eq(commitments.id, row.commitmentId!);
    case "view": {
      // Stored views were checked when followed; a parameter that no longer reads is left out, as the explorer does.
      const { params } = parseListParams(new URLSearchParams(row.viewQuery ?? ""), { allowKeys: ["cols"] });
      const refs = await resolveReferences(db, params);
      return filterConditions(params, refs, today) ?? sql`true`;
    }
  }
}
