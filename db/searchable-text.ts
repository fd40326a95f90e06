import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

type SearchedColumns = { title: SQLWrapper; summary: SQLWrapper; sourceLocation: SQLWrapper };

/**
 * The text the free-text filter searches: a commitment's title, summary and where in the source it was said.
 * Built here only: the list query (lib/commitments/filter-sql.ts) and the trigram index (db/schema.ts) take it
 * from here, and the Han-pair index of migration 0006 wrote it by hand. An index helps only while its
 * expression is this one exactly; tests/db-functions.test.ts compares both indexes with it.
 */
export function searchableText(columns: SearchedColumns): SQL {
  const { title, summary, sourceLocation } = columns;
  return sql`(${title} || ' ' || coalesce(${summary}, '') || ' ' || coalesce(${sourceLocation}, ''))`;
}
