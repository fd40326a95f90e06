import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { type NamedTreeTable } from "@/lib/named-tree";
import { queryRows } from "@/db/sql";
import { slugify } from "@/db/slug";

// Organizations and regions by every name they go by (slug, name, aliases, any case), read once per
// import so a 100,000-row file does not ask the database for each of its names.

export type NameIndex = { ids: Map<string, number>; slugs: Map<number, string> };

const keyOf = (name: string) => name.normalize("NFKC").trim().toLowerCase();

export async function loadNameIndex(db: Database, table: NamedTreeTable): Promise<NameIndex> {
  const rows = await queryRows<{ id: number; slug: string; name: string; aliases: string[] }>(
    db,
    sql`select ${table.id} as id, ${table.slug} as slug, ${table.name} as name, ${table.aliases} as aliases from ${table}`,
  );
  const ids = new Map<string, number>();
  const slugs = new Map<number, string>();
  for (const r of rows) {
    const id = Number(r.id);
    slugs.set(id, r.slug);
    for (const name of [r.name, ...r.aliases]) if (!ids.has(keyOf(name))) ids.set(keyOf(name), id);
  }
  // A slug wins over another row's name or alias, as everywhere else names are resolved.
  for (const r of rows) ids.set(r.slug, Number(r.id));
  return { ids, slugs };
}

/** The id `name` refers to: by slug first, then by name or alias. */
export function lookUp(index: NameIndex, name: string): number | undefined {
  return index.ids.get(slugify(name)) ?? index.ids.get(keyOf(name));
}

/** Known names that look like `name` but are not it ("Siemens AG" vs "Siemens"), best first. */
export async function nearMisses(db: Database, table: NamedTreeTable, name: string): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select ${table.name} as name from ${table}
        where similarity(${table.name}, ${name}) > 0.4
           or ${table.name} ilike ${`%${name.replace(/[\\%_]/g, "\\$&")}%`}
           or ${name} ilike '%' || ${table.name} || '%'
        order by similarity(${table.name}, ${name}) desc limit 3`,
  );
  return rows.map((r) => r.name);
}
