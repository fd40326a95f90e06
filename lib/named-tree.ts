import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organizations, regions } from "@/db/schema";
import { slugify } from "@/db/slug";
import { queryRows } from "@/db/sql";
import { foldForMatching } from "@/lib/text/fold";

/** Organizations and regions: both are named by slug, name or alias, and both form a tree by parent. */
export type NamedTreeTable = typeof organizations | typeof regions;

/** Rows whose slug, name or one of whose aliases is `ref` (case-insensitive). */
export function nameMatches(table: NamedTreeTable, ref: string) {
  const needle = ref.trim().toLowerCase();
  return sql`(${table.slug} = ${slugify(ref)}
    or lower(${table.name}) = ${needle}
    or exists (select 1 from unnest(${table.aliases}) as a(alias) where lower(a.alias) = ${needle}))`;
}

/** The statement resolveIds runs: by slug when `ref` is one (a unique-index lookup), else by name and alias. */
export function resolveIdsQuery(
  table: NamedTreeTable,
  ref: string,
  { withDescendants = true }: { withDescendants?: boolean } = {},
): SQL {
  const slug = slugify(ref);
  const matched = sql`select ${table.id} as id from ${table} where ${table.slug} = ${slug}
    union all
    select ${table.id} from ${table}
    where not exists (select 1 from ${table} where ${table.slug} = ${slug}) and ${nameMatches(table, ref)}`;
  return withDescendants ? descendantsQuery(table, matched) : matched;
}

/** The ids `seed` selects (a statement with an `id` column) and those of every row below them. */
export function descendantsQuery(table: NamedTreeTable, seed: SQL): SQL {
  return sql`with recursive tree(id) as (
      ${seed}
      union
      select child.id from ${table} child join tree on child.parent_id = tree.id
    )
    select id from tree`;
}

/** Ids of the rows `ref` names and, unless told otherwise, of every row below them at any depth. */
export async function resolveIds(
  db: Database,
  table: NamedTreeTable,
  ref: string,
  options: { withDescendants?: boolean } = {},
): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(db, resolveIdsQuery(table, ref, options));
  return rows.map((r) => Number(r.id));
}

/** A row found by name; `exact` when the text is its name, slug or an alias (case and script aside). */
export type NamedMatch = { slug: string; name: string; parentName: string | null; exact: boolean };

const likePattern = (needle: string) => `%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Whether a row of `table` (as alias `t`) has `text` in its name, slug or one of its aliases, ignoring case;
 * traditional characters find the simplified names too (the text is also tried folded, see fold.ts).
 */
export function nameContains(text: string): SQL {
  const needle = text.trim().toLowerCase();
  const patterns = [...new Set([likePattern(needle), likePattern(foldForMatching(needle))])];
  const likeAny = (expression: SQL) =>
    sql`(${sql.join(
      patterns.map((pattern) => sql`${expression} like ${pattern}`),
      sql` or `,
    )})`;
  return sql`(${likeAny(sql`lower(t.name)`)} or ${likeAny(sql`t.slug`)}
    or exists (select 1 from unnest(t.aliases) as a(alias) where ${likeAny(sql`lower(a.alias)`)}))`;
}

/**
 * Ids of the rows with `text` in a name, slug or alias (nameContains), and of every row below them: what
 * the free-text search of the commitments list looks for in makers, counterparts and regions.
 */
export async function idsNamedLike(db: Database, table: NamedTreeTable, text: string): Promise<number[]> {
  const rows = await queryRows<{ id: number }>(
    db,
    sql`with recursive tree(id) as (
          select t.id from ${table} t where ${nameContains(text)}
          union
          select child.id from ${table} child join tree on child.parent_id = tree.id
        )
        select id from tree`,
  );
  return rows.map((r) => Number(r.id));
}

/**
 * Rows whose name, slug or an alias contains `text` (case-insensitive; traditional characters find the
 * simplified names too), exact matches first, then names that start with it.
 */
export async function searchByName(
  db: Database,
  table: NamedTreeTable,
  text: string,
  limit: number,
): Promise<NamedMatch[]> {
  const needle = text.trim().toLowerCase();
  const folded = foldForMatching(needle);
  const rows = await queryRows<{ slug: string; name: string; parentName: string | null; aliases: string[] }>(
    db,
    sql`select t.slug, t.name, p.name as "parentName", t.aliases
        from ${table} t left join ${table} p on p.id = t.parent_id
        where ${nameContains(text)}
        order by (lower(t.name) = ${needle} or t.slug = ${needle}
                  or exists (select 1 from unnest(t.aliases) as a(alias) where lower(a.alias) = ${needle})) desc,
                 (lower(t.name) like ${`${needle}%`}) desc, t.name
        limit ${limit}`,
  );
  const matches = rows.map(({ aliases, ...row }) => ({
    ...row,
    exact: row.slug === needle || [row.name, ...aliases].some((n) => foldForMatching(n.trim()) === folded),
  }));
  // Stable: an exact match in the other script moves up without reordering the rest.
  return [...matches.filter((m) => m.exact), ...matches.filter((m) => !m.exact)];
}

/** The slug of the row a former name, alias or slug refers to (for redirects), or null. */
export async function canonicalSlug(db: Database, table: NamedTreeTable, ref: string): Promise<string | null> {
  const rows = await queryRows<{ slug: string }>(
    db,
    sql`select ${table.slug} as slug from ${table}
        where ${table.id} in (${resolveIdsQuery(table, ref, { withDescendants: false })})
        order by ${table.id} limit 1`,
  );
  return rows[0]?.slug ?? null;
}

/** A row's parent as pages show it, from the parent's slug and name of a left join (null: no parent). */
export function parentRef(slug: string | null, name: string | null): { slug: string; name: string } | null {
  return slug && name ? { slug, name } : null;
}

/** The display name of the row `ref` names (slug, name or alias), or null. */
export async function nameOf(db: Database, table: NamedTreeTable, ref: string): Promise<string | null> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select ${table.name} as name from ${table} where ${nameMatches(table, ref)} order by ${table.id} limit 1`,
  );
  return rows[0]?.name ?? null;
}
