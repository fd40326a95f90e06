import "server-only";
import { asc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { type OrganizationKind, organizations } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { type NamedMatch, canonicalSlug, nameOf, parentRef, resolveIds, searchByName } from "@/lib/named-tree";

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

/** An organization as every reader gets it: the API, the pages, the audit log's snapshots. */
export type OrganizationSummary = {
  slug: string;
  name: string;
  kind: OrganizationKind;
  country: string | null;
  aliases: string[];
  version: number;
  parent: { slug: string; name: string } | null;
};

/** Organizations with their parent's slug and name; narrow with `.where` / order with `.orderBy`. */
function organizationsWithParent(db: Database) {
  const parent = alias(organizations, "parent");
  return db
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
    .leftJoin(parent, eq(organizations.parentId, parent.id));
}

type OrganizationWithParentRow = Awaited<ReturnType<typeof organizationsWithParent>>[number];

function toSummary({ id: _id, parentSlug, parentName, ...org }: OrganizationWithParentRow): OrganizationSummary {
  return { ...org, parent: parentRef(parentSlug, parentName) };
}

export async function listOrganizations(db: Database): Promise<OrganizationSummary[]> {
  const rows = await organizationsWithParent(db).orderBy(asc(organizations.name));
  return rows.map(toSummary);
}

/** The organization with this id (after a write, or the one a merge kept); not_found when there is none. */
export async function organizationById(db: Database, id: number): Promise<OrganizationSummary> {
  const [row] = await organizationsWithParent(db).where(eq(organizations.id, id));
  if (!row) throw new DomainError("not_found", `There is no organization ${id}.`);
  return toSummary(row);
}

export function searchOrganizations(db: Database, text: string, limit = 20): Promise<NamedMatch[]> {
  return searchByName(db, organizations, text, limit);
}

export function organizationName(db: Database, ref: string): Promise<string | null> {
  return nameOf(db, organizations, ref);
}

export type OrganizationProfile = OrganizationSummary & {
  subsidiaries: { slug: string; name: string; kind: OrganizationKind }[];
};

/** One organization by slug, with its parent and direct subsidiaries; null when no slug matches. */
export async function getOrganizationProfile(db: Database, slug: string): Promise<OrganizationProfile | null> {
  const [row] = await organizationsWithParent(db).where(eq(organizations.slug, slug));
  if (!row) return null;
  const subsidiaries = await db
    .select({ slug: organizations.slug, name: organizations.name, kind: organizations.kind })
    .from(organizations)
    .where(eq(organizations.parentId, row.id))
    .orderBy(asc(organizations.name));
  return { ...toSummary(row), subsidiaries };
}

/** The slug of the organization a former name, alias or slug refers to (for redirects), or null. */
export function canonicalOrganizationSlug(db: Database, ref: string): Promise<string | null> {
  return canonicalSlug(db, organizations, ref);
}
