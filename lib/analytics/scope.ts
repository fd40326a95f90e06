import "server-only";
import { type SQL, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, evidence } from "@/db/schema";
import { type UnresolvedFilters, filterConditions, resolveReferences } from "@/lib/commitments/filter-sql";
import { DEFAULT_LIST_PARAMS } from "@/lib/commitments/list-spec";

/** What a set of statistics covers: everything, one company (with subsidiaries), or one region (and below). */
export type StatsScope = { company?: string; region?: string };

export type ResolvedScope = {
  scope: StatsScope;
  /** The condition on `commitments` for the scope; undefined for everything. */
  where: SQL | undefined;
  unresolved: UnresolvedFilters;
};

export async function resolveScope(db: Database, scope: StatsScope, today: string): Promise<ResolvedScope> {
  const filters = { ...DEFAULT_LIST_PARAMS, company: scope.company, region: scope.region };
  const refs = await resolveReferences(db, filters);
  return { scope, where: filterConditions(filters, refs, today), unresolved: refs.unresolved };
}

/** Evidence of the commitments in scope (all evidence when there is no scope). */
export function evidenceInScope(where: SQL | undefined): SQL | undefined {
  return where
    ? inArray(evidence.commitmentId, sql`(select ${commitments.id} from ${commitments} where ${where})`)
    : undefined;
}
