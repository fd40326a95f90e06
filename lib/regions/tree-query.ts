import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/sql";
import { parentRef } from "@/lib/named-tree";
import type { RegionKind } from "@/lib/vocabulary";

export type RegionNode = {
  slug: string;
  name: string;
  kind: RegionKind;
  aliases: string[];
  version: number;
  parent: { slug: string; name: string } | null;
  /** Commitments in the region itself. */
  own: number;
  /** Commitments in the region and every region below it. */
  total: number;
  depth: number;
};

/** Every region in tree order (each parent before its children, by name), with rolled-up counts. */
export async function listRegionTree(db: Database): Promise<RegionNode[]> {
  const rows = await queryRows<{
    slug: string;
    name: string;
    kind: RegionKind;
    aliases: string[];
    version: number;
    parent_slug: string | null;
    parent_name: string | null;
    own: number;
    total: number;
    depth: number;
  }>(
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
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    aliases: r.aliases,
    version: Number(r.version),
    parent: parentRef(r.parent_slug, r.parent_name),
    own: Number(r.own),
    total: Number(r.total),
    depth: Number(r.depth),
  }));
}
