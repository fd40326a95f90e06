import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { slugify } from "@/db/slug";
import { queryRows } from "@/db/sql";
import { DomainError, invalid } from "@/lib/errors";
import { type NamedTreeTable, nameMatches } from "./named-tree";
import { withArticle } from "@/lib/text/article";

/**
 * The one row `ref` names, for a write: refused with a field message when nothing matches, or when
 * several do and none by its slug (then the message lists them, to pick a slug).
 */
export async function resolveOneId(
  db: Database,
  table: NamedTreeTable,
  ref: string,
  { field, noun }: { field: string; noun: string },
): Promise<number> {
  const rows = await queryRows<{ id: number; slug: string; name: string }>(
    db,
    sql`select ${table.id} as id, ${table.slug} as slug, ${table.name} as name from ${table}
        where ${nameMatches(table, ref)} order by ${table.name} limit 6`,
  );
  if (rows.length === 0)
    throw invalid(`No ${noun} is named "${ref}".`, {
      [field]: `no ${noun} is named "${ref}" (by slug, name or alias); choose an existing one, or create it first`,
    });
  const exact = rows.find((r) => r.slug === slugify(ref));
  if (rows.length === 1 || exact) return Number((exact ?? rows[0]!).id);
  const names = rows.map((r) => `${r.name} (${r.slug})`).join(", ");
  throw invalid(`"${ref}" names several ${noun}s.`, { [field]: `"${ref}" could be ${names}; give the slug` });
}

/** Whether making `parentId` the parent of `id` would put a row below itself. */
export async function wouldCycle(db: Database, table: NamedTreeTable, id: number, parentId: number): Promise<boolean> {
  if (id === parentId) return true;
  const rows = await queryRows<{ found: boolean }>(
    db,
    sql`with recursive below(id) as (
          select ${table.id} from ${table} where ${table.parentId} = ${id}
          union
          select child.id from ${table} child join below on child.parent_id = below.id
        )
        select exists (select 1 from below where id = ${parentId}) as found`,
  );
  return Boolean(rows[0]?.found);
}

/** The slug for a new or renamed row, refused when empty or already taken by another row. */
export async function freeSlug(
  db: Database,
  table: NamedTreeTable,
  name: string,
  noun: string,
  exceptId?: number,
): Promise<string> {
  const slug = slugify(name);
  if (!slug) throw invalid("Some fields are invalid.", { name: "must contain letters or digits" });
  const rows = await queryRows<{ id: number; name: string }>(
    db,
    sql`select ${table.id} as id, ${table.name} as name from ${table} where ${table.slug} = ${slug}`,
  );
  const taken = rows.find((r) => Number(r.id) !== exceptId);
  if (taken) {
    throw new DomainError(
      "conflict",
      `There is already ${withArticle(noun)} called “${taken.name}”.`,
      { name: `an existing ${noun} has the same slug (${slug})` },
      { existing: slug },
    );
  }
  return slug;
}

/** Resolves a parent reference for row `id` (null for a new row), refusing a parent below the row itself. */
export async function resolveParent(
  db: Database,
  table: NamedTreeTable,
  ref: string | null,
  id: number | null,
  noun: string,
): Promise<number | null> {
  if (ref === null) return null;
  const parentId = await resolveOneId(db, table, ref, { field: "parent", noun });
  if (id !== null && (await wouldCycle(db, table, id, parentId))) {
    throw invalid("Some fields are invalid.", { parent: `cannot be this ${noun} or one below it` });
  }
  return parentId;
}

/** On a rename, the old name becomes an alias, so links and filters that used it keep working. */
export function aliasesAfterRename(aliases: string[], oldName: string, newName: string): string[] {
  if (oldName === newName || aliases.some((a) => a.toLowerCase() === oldName.toLowerCase())) return aliases;
  return [...aliases, oldName];
}
