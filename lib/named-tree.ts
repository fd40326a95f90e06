import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organizations, regions } from "@/db/schema";
import { slugify } from "@/db/slug";
import { queryRows } from "@/db/sql";

/** Organizations and regions: both are named by slug, name or alias, and both form a tree by parent. */
export type NamedTreeTable = typeof organizations | typeof regions;

/** Rows whose slug, name or one of whose aliases is `ref` (case-insensitive). */
export function nameMatches(table: NamedTreeTable, ref: string) {
  const needle = ref.trim().toLowerCase();
  return sql`(${table.slug} = ${slugify(ref)}
    or lower(${table.name}) = ${needle}
    or exists (select 1 from unnest(${table.aliases}) as a(alias) where lower(a.alias) = ${needle}))`;
}

/** Ids of the rows `ref` names and, unless told otherwise, of every row below them at any depth. */
export async function resolveIds(
  db: Database,
  table: NamedTreeTable,
  ref: string,
  { withDescendants = true }: { withDescendants?: boolean } = {},
): Promise<number[]> {
  const matched = sql`select ${table.id} as id from ${table} where ${nameMatches(table, ref)}`;
  const query = withDescendants
    ? sql`with recursive tree(id) as (
            ${matched}
            union
            select child.id from ${table} child join tree on child.parent_id = tree.id
          )
          select id from tree`
    : matched;
  const rows = await queryRows<{ id: number }>(db, query);
  return rows.map((r) => Number(r.id));
}
