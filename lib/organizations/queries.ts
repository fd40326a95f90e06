import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { type OrganizationKind, organizations } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { DomainError } from "@/lib/errors";
import {
  type NamedMatch,
  canonicalSlug,
  nameOf,
  parentRef,
  resolveIds,
  resolveIdsQuery,
  searchByName,
} from "@/lib/named-tree";
import type { CommitmentKind, CommitmentStatus } from "@/lib/vocabulary";

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

export type CommitmentToParty = {
  id: number;
  title: string;
  kind: CommitmentKind;
  status: CommitmentStatus;
  announcedOn: string;
  maker: { slug: string; name: string };
};

export type CommitmentsTo = {
  total: number;
  byKind: Partial<Record<CommitmentKind, number>>;
  latest: CommitmentToParty[];
};

/**
 * What others committed to an organization (it, or one of its subsidiaries, is the counterpart): how many
 * by kind, and the latest announced.
 */
export async function commitmentsTo(db: Database, slug: string, limit = 10): Promise<CommitmentsTo> {
  const parties = sql`(${resolveIdsQuery(organizations, slug)})`;
  const [counts, latest] = await Promise.all([
    queryRows<{ kind: CommitmentKind; n: number }>(
      db,
      sql`select kind, count(*)::int as n from commitments where counterpart_id in ${parties} group by kind`,
    ),
    queryRows<{
      id: number;
      title: string;
      kind: CommitmentKind;
      status: CommitmentStatus;
      announced_on: string;
      slug: string;
      name: string;
    }>(
      db,
      sql`select c.id, c.title, c.kind, c.status, c.announced_on::text as announced_on, o.slug, o.name
            from commitments c join organizations o on o.id = c.maker_id
           where c.counterpart_id in ${parties}
           order by c.announced_on desc, c.id desc limit ${limit}`,
    ),
  ]);
  const byKind = Object.fromEntries(counts.map((r) => [r.kind, Number(r.n)]));
  return {
    total: counts.reduce((sum, r) => sum + Number(r.n), 0),
    byKind,
    latest: latest.map((r) => ({
      id: Number(r.id),
      title: r.title,
      kind: r.kind,
      status: r.status,
      announcedOn: r.announced_on,
      maker: { slug: r.slug, name: r.name },
    })),
  };
}

export type OrganizationWithCounts = OrganizationSummary & {
  /** Commitments it made itself. */
  made: number;
  achieved: number;
  /** Commitments made by it and all its subsidiaries. */
  groupMade: number;
  /** Share of its own pledges and intents that are achieved, 0–100; null when it made none. */
  achievedPercent: number | null;
};

/** Every organization with its commitment counts, counted by the database; most commitments first. */
export async function listOrganizationsWithCounts(db: Database): Promise<OrganizationWithCounts[]> {
  const rows = await queryRows<
    Omit<OrganizationSummary, "parent"> & {
      parent_slug: string | null;
      parent_name: string | null;
      made: number;
      achieved: number;
      bound: number;
      group_made: number;
    }
  >(
    db,
    sql`with recursive below(root, id) as (
          select id, id from organizations
          union all
          select below.root, o.id from organizations o join below on o.parent_id = below.id
        ),
        per_maker as (
          select maker_id, count(*)::int as made,
                 count(*) filter (where kind <> 'request')::int as bound,
                 count(*) filter (where status = 'achieved' and kind <> 'request')::int as achieved
          from commitments group by maker_id
        ),
        per_group as (
          select below.root, coalesce(sum(per_maker.made), 0)::int as group_made
          from below left join per_maker on per_maker.maker_id = below.id group by below.root
        )
        select o.slug, o.name, o.kind, o.country, o.aliases, o.version,
               p.slug as parent_slug, p.name as parent_name,
               coalesce(m.made, 0) as made, coalesce(m.bound, 0) as bound, coalesce(m.achieved, 0) as achieved, g.group_made
        from organizations o
        left join organizations p on p.id = o.parent_id
        left join per_maker m on m.maker_id = o.id
        join per_group g on g.root = o.id
        order by g.group_made desc, o.name`,
  );
  return rows.map(({ parent_slug, parent_name, bound, group_made, ...r }) => ({
    ...r,
    version: Number(r.version),
    parent: parentRef(parent_slug, parent_name),
    made: Number(r.made),
    achieved: Number(r.achieved),
    groupMade: Number(group_made),
    // Of what it bound itself to: a request's maker was only asked.
    achievedPercent: Number(bound) === 0 ? null : Math.round((Number(r.achieved) / Number(bound)) * 100),
  }));
}
