import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "@/db/client";
import { type RegionKind, regions } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { DomainError } from "@/lib/errors";
import { type NamedMatch, canonicalSlug, nameOf, parentRef, resolveIds, searchByName } from "@/lib/named-tree";

/** Ids of the regions `ref` names (slug, name or alias) and of all regions below them. Empty when nothing matches. */
export function resolveRegionIds(db: Database, ref: string): Promise<number[]> {
  return resolveIds(db, regions, ref);
}

/** A region as every reader gets it: the API, the pages, the audit log's snapshots. */
export type RegionSummary = {
  slug: string;
  name: string;
  kind: RegionKind;
  aliases: string[];
  version: number;
  parent: { slug: string; name: string } | null;
};

/** Regions with their parent's slug and name; narrow with `.where` / order with `.orderBy`. */
function regionsWithParent(db: Database) {
  const parent = alias(regions, "parent");
  return db
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
    .leftJoin(parent, eq(regions.parentId, parent.id));
}

type RegionWithParentRow = Awaited<ReturnType<typeof regionsWithParent>>[number];

function toSummary({ id: _id, parentSlug, parentName, ...region }: RegionWithParentRow): RegionSummary {
  return { ...region, parent: parentRef(parentSlug, parentName) };
}

export async function listRegions(db: Database): Promise<RegionSummary[]> {
  const rows = await regionsWithParent(db).orderBy(asc(regions.name));
  return rows.map(toSummary);
}

/** The region with this id (after a write, or the one a merge kept); not_found when there is none. */
export async function regionById(db: Database, id: number): Promise<RegionSummary> {
  const [row] = await regionsWithParent(db).where(eq(regions.id, id));
  if (!row) throw new DomainError("not_found", `There is no region ${id}.`);
  return toSummary(row);
}

export function searchRegions(db: Database, text: string, limit = 20): Promise<NamedMatch[]> {
  return searchByName(db, regions, text, limit);
}

export function regionName(db: Database, ref: string): Promise<string | null> {
  return nameOf(db, regions, ref);
}

export type RegionProfile = RegionSummary & {
  /** From the top-level region down to the parent. */
  ancestors: { slug: string; name: string }[];
  /** Direct sub-regions, with commitments counted including their own sub-regions. */
  children: { slug: string; name: string; kind: RegionKind; total: number }[];
};

/** One region by slug, with its ancestors and its direct sub-regions (with rolled-up counts); null if none. */
export async function getRegionProfile(db: Database, slug: string): Promise<RegionProfile | null> {
  const [row] = await regionsWithParent(db).where(eq(regions.slug, slug));
  if (!row) return null;
  const [ancestors, children] = await Promise.all([
    queryRows<{ slug: string; name: string; depth: number }>(
      db,
      sql`with recursive up(id, parent_id, depth) as (
            select id, parent_id, 0 from regions where id = ${row.id}
            union all
            select r.id, r.parent_id, up.depth + 1 from regions r join up on r.id = up.parent_id
          )
          select r.slug, r.name, up.depth from up join regions r on r.id = up.id where up.depth > 0 order by up.depth desc`,
    ),
    queryRows<{ slug: string; name: string; kind: RegionKind; total: number }>(
      db,
      sql`with recursive below(root, id) as (
            select id, id from regions where parent_id = ${row.id}
            union all
            select below.root, r.id from regions r join below on r.parent_id = below.id
          )
          select child.slug, child.name, child.kind, count(c.id)::int as total
          from below join regions child on child.id = below.root
          left join commitments c on c.region_id = below.id
          group by child.slug, child.name, child.kind
          order by total desc, child.name`,
    ),
  ]);
  return {
    ...toSummary(row),
    ancestors: ancestors.map((a) => ({ slug: a.slug, name: a.name })),
    children: children.map((c) => ({ ...c, total: Number(c.total) })),
  };
}

/** The slug of the region a former name, alias or slug refers to (for redirects), or null. */
export function canonicalRegionSlug(db: Database, ref: string): Promise<string | null> {
  return canonicalSlug(db, regions, ref);
}

export type RegionNode = RegionSummary & {
  /** Commitments in the region itself. */
  own: number;
  /** Commitments in the region and every region below it. */
  total: number;
  depth: number;
};

/** Every region in tree order (each parent before its children, by name), with rolled-up counts. */
export async function listRegionTree(db: Database): Promise<RegionNode[]> {
  const rows = await queryRows<
    Omit<RegionSummary, "parent"> & {
      parent_slug: string | null;
      parent_name: string | null;
      own: number;
      total: number;
      depth: number;
    }
  >(
    db,
    sql`with recursive walk(id, depth, path) as (
          select id, 0, array[lower(name)] from regions where parent_id is null
          union all
          select r.id, walk.depth + 1, walk.path || lower(r.name) from regions r join walk on r.parent_id = walk.id
        ),
        below(root, id) as (
          select id, id from regions
          union all
          select below.root, r.id from regions r join below on r.parent_id = below.id
        ),
        own as (select region_id, count(*)::int as n from commitments group by region_id),
        rolled as (
          select below.root, coalesce(sum(own.n), 0)::int as total from below left join own on own.region_id = below.id group by below.root
        )
        select r.slug, r.name, r.kind, r.aliases, r.version, p.slug as parent_slug, p.name as parent_name,
               coalesce(own.n, 0) as own, rolled.total, walk.depth
        from walk
        join regions r on r.id = walk.id
        left join regions p on p.id = r.parent_id
        left join own on own.region_id = r.id
        join rolled on rolled.root = r.id
        order by walk.path`,
  );
  return rows.map(({ parent_slug, parent_name, ...r }) => ({
    ...r,
    version: Number(r.version),
    parent: parentRef(parent_slug, parent_name),
    own: Number(r.own),
    total: Number(r.total),
    depth: Number(r.depth),
  }));
}
