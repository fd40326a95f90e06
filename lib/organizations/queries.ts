import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { type OrganizationKind, organizations } from "@/db/schema";
import { type NamedMatch, nameOf, resolveIds, searchByName } from "@/lib/named-tree";

/**
 * Ids of the organizations `ref` names (slug, name or alias) with all their subsidiaries at any depth,
 * unless `includeSubsidiaries` is false. Empty when nothing matches.
 */
export function resolveOrganizationIds(
  db: Database,
  ref: string,
  { includeSubsidiaries = true }: { includeSubsidiaries?: boolean } = {},
): Promise<number[]> {
  return resolveIds(db, organizations, ref, { withDescendants: includeSubsidiaries });
}

export type OrganizationSummary = {
  id: number;
  slug: string;
  name: string;
  kind: OrganizationKind;
  country: string | null;
  aliases: string[];
  version: number;
  parent: { slug: string; name: string } | null;
};

export async function listOrganizations(db: Database): Promise<OrganizationSummary[]> {
  const parent = alias(organizations, "parent");
  const rows = await db
    .select({
      id: organizations.id,
      slug: organizations.slug,
      name: organizations.name,
      kind: organizations.kind,
      country: organizations.country,
      aliases: organizations.aliases,
      version: organizations.version,
      parentSlug: parent.slug,
      parentName: parent.name,
    })
    .from(organizations)
    .leftJoin(parent, eq(organizations.parentId, parent.id))
    .orderBy(asc(organizations.name));
  return rows.map(({ parentSlug, parentName, ...org }) => ({
    ...org,
    parent: parentSlug && parentName ? { slug: parentSlug, name: parentName } : null,
  }));
}

export function searchOrganizations(db: Database, text: string, limit = 20): Promise<NamedMatch[]> {
  return searchByName(db, organizations, text, limit);
}

export function organizationName(db: Database, ref: string): Promise<string | null> {
  return nameOf(db, organizations, ref);
}
