import "server-only";
import { type SQL, and, eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { commitments, evidence } from "@/db/schema";
import { type UnresolvedFilters, filterConditions, resolveReferences } from "@/lib/commitments/filter-sql";
import { DEFAULT_LIST_PARAMS } from "@/lib/commitments/list-spec";

/** What a set of statistics covers: everything, one company (with subsidiaries), or one region (and below). */
export type StatsScope = { company?: string; region?: string };

/**
 * The makers (a company with its subsidiaries) or the regions (one with those below it) whose counts, kept per
 * maker and per region by triggers (db/schema-scope-counts.ts), add up to exactly the commitments in scope.
 */
export type ScopeKeys = { scope: "maker" | "region"; ids: number[] };

export type ResolvedScope = {
  scope: StatsScope;
  /** The condition on `commitments` for the scope; undefined for everything. */
  where: SQL | undefined;
  /** Set when the scope is one company or one region (not both), so the kept counts can answer for it. */
  keys?: ScopeKeys;
  unresolved: UnresolvedFilters;
};

export async function resolveScope(db: Database, scope: StatsScope, today: string): Promise<ResolvedScope> {
  const filters = { ...DEFAULT_LIST_PARAMS, company: scope.company, region: scope.region };
  const refs = await resolveReferences(db, filters);
  const keys: ScopeKeys | undefined =
    refs.companyIds?.length && !refs.regionIds
      ? { scope: "maker", ids: refs.companyIds }
      : refs.regionIds?.length && !refs.companyIds
        ? { scope: "region", ids: refs.regionIds }
        : undefined;
  return { scope, where: filterConditions(filters, refs, today), keys, unresolved: refs.unresolved };
}

/** The kept rows (of a table keyed like db/schema-scope-counts.ts) of the makers or regions in scope. */
export function keptRowsOf(table: { scope: AnyPgColumn; keyId: AnyPgColumn }, keys: ScopeKeys): SQL {
  return and(eq(table.scope, keys.scope), inArray(table.keyId, keys.ids)) as SQL;
}

/** Evidence of the commitments in scope (all evidence when there is no scope). */
export function evidenceInScope(where: SQL | undefined): SQL | undefined {
  return where
    ? inArray(evidence.commitmentId, sql`(select ${commitments.id} from ${commitments} where ${where})`)
    : undefined;
}
