import "server-only";
import type { Database } from "@/db/client";
import { DomainError } from "@/lib/errors";
import { foldForMatching } from "@/lib/text/fold";
import type { NamedTreeTable } from "./named-tree";

export type NameHolder = { slug: string; name: string; held: string };

/**
 * The row (other than `exceptId`) that already has one of `names` as its name or an alias, ignoring case and
 * simplified or traditional characters ("BMW", "bmw", "寶馬" and "宝马" are one name), or null.
 */
export async function findNameHolder(
  db: Database,
  table: NamedTreeTable,
  names: string[],
  exceptId?: number,
): Promise<NameHolder | null> {
  const wanted = new Map(names.map((n) => [foldForMatching(n.trim()), n.trim()]));
  const rows = await db
    .select({ id: table.id, slug: table.slug, name: table.name, aliases: table.aliases })
    .from(table);
  for (const row of rows) {
    if (row.id === exceptId) continue;
    for (const held of [row.name, ...row.aliases]) {
      if (wanted.has(foldForMatching(held.trim()))) return { slug: row.slug, name: row.name, held };
    }
  }
  return null;
}

/** A 409 when another row already goes by one of `names`, with its slug in `details.existing` (CONTRACT.md). */
export async function refuseNamesHeldElsewhere(
  db: Database,
  table: NamedTreeTable,
  names: { name?: string; aliases?: string[] },
  noun: string,
  exceptId?: number,
): Promise<void> {
  const all = [...(names.name ? [names.name] : []), ...(names.aliases ?? [])];
  if (all.length === 0) return;
  const holder = await findNameHolder(db, table, all, exceptId);
  if (!holder) return;
  const field = names.name && foldForMatching(names.name) === foldForMatching(holder.held) ? "name" : "aliases";
  throw new DomainError(
    "conflict",
    `“${holder.held}” already names the ${noun} “${holder.name}” (${holder.slug}). Use it, or add what you need to it.`,
    { [field]: `already a name of ${holder.name}` },
    { existing: holder.slug },
  );
}
