import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { type RegionKind, regions } from "@/db/schema";
import { type NamedMatch, nameOf, resolveIds, searchByName } from "@/lib/named-tree";

/** Ids of the regions `ref` names (slug, name or alias) and of all regions below them. Empty when nothing matches. */
export function resolveRegionIds(db: Database, ref: string): Promise<number[]> {
  return resolveIds(db, regions, ref);
}

export type RegionSummary = {
  id: number;
  slug: string;
  name: string;
  kind: RegionKind;
  aliases: string[];
  version: number;
  parent: { slug: string; name: string } | null;
};

export async function listRegions(db: Database): Promise<RegionSummary[]> {
  const parent = alias(regions, "parent");
  const rows = await db
    .select({
      id: regions.id,
      slug: regions.slug,
      name: regions.name,
      kind: regions.kind,
      aliases: regions.aliases,
      version: regions.version,
      parentSlug: parent.slug,
      parentName: parent.name,
    })
    .from(regions)
    .leftJoin(parent, eq(regions.parentId, parent.id))
    .orderBy(asc(regions.name));
  return rows.map(({ parentSlug, parentName, ...region }) => ({
    ...region,
    parent: parentSlug && parentName ? { slug: parentSlug, name: parentName } : null,
  }));
}

export function searchRegions(db: Database, text: string, limit = 20): Promise<NamedMatch[]> {
  return searchByName(db, regions, text, limit);
}

export function regionName(db: Database, ref: string): Promise<string | null> {
  return nameOf(db, regions, ref);
}
