import { type SQL, sql } from "drizzle-orm";
import type { Database } from "./client";

/**
 * Runs raw SQL and returns its rows. The drivers disagree on what `execute` returns
 * (PGlite: `{ rows }`, postgres.js: an array), so every raw query goes through here.
 */
export async function queryRows<T extends Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * Integers as one `int[]` parameter, however many there are: a parameter each (as `inArray` binds them)
 * runs into the drivers' limit on parameters when a list is long.
 */
export function intArray(values: readonly number[]): SQL {
  return sql`${`{${values.join(",")}}`}::int[]`;
}
