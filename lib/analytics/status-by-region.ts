import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments } from "@/db/schema";
import { queryRows } from "@/db/sql";
import type { CommitmentStatus } from "@/lib/vocabulary";
import { type StatusRow, foldStatusRows } from "./status-by-company";

/** Commitments by status for each of `regions`, each counting its sub-regions too, largest first. */
async function statusCountsForRegions(db: Database, where: SQL | undefined, regions: SQL): Promise<StatusRow[]> {
  // Counted per region first (one pass over the commitments), then rolled up over the small region tree.
  const rows = await queryRows<{ slug: string; name: string; status: CommitmentStatus; n: number }>(
    db,
    sql`with recursive below(root, id) as (
          select id, id from regions where id in (${regions})
          union all
          select below.root, r.id from regions r join below on r.parent_id = below.id
        ),
        counts as (
          select ${commitments.regionId} as region_id, ${commitments.status} as status, count(*)::int as n
          from ${commitments} ${where ? sql`where ${where}` : sql``}
          group by 1, 2
        )
        select root.slug, root.name, counts.status, sum(counts.n)::int as n
        from below
        join counts on counts.region_id = below.id
        join regions root on root.id = below.root
        group by root.slug, root.name, counts.status`,
  );
  return foldStatusRows(rows).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}

const childrenOf = (slug: string | null) =>
  slug === null
    ? sql`select id from regions where parent_id is null`
    : sql`select r.id from regions r join regions p on p.id = r.parent_id where p.slug = ${slug}`;

export type RegionBreakdown = {
  /** The narrowest region that holds every commitment in scope, counted with its sub-regions (null: several). */
  focus: StatusRow | null;
  /** The regions directly below the focus (or the top-level regions), each with its sub-regions. */
  rows: StatusRow[];
};

/**
 * Status by region with roll-up. Starting from the top, while a single region holds all commitments in
 * scope the breakdown moves one level down, so the chart shows where things differ. Every row is exactly
 * what a region filter (which always includes sub-regions) shows.
 */
export async function statusByRegion(
  db: Database,
  where: SQL | undefined,
  start: string | null = null,
): Promise<RegionBreakdown> {
  let focus: StatusRow | null = start
    ? ((await statusCountsForRegions(db, where, sql`select id from regions where slug = ${start}`))[0] ?? null)
    : null;
  let rows = await statusCountsForRegions(db, where, childrenOf(start));
  for (let depth = 0; depth < 6; depth++) {
    const total = focus?.total ?? rows.reduce((sum, r) => sum + r.total, 0);
    const [only] = rows;
    if (rows.length !== 1 || !only || only.total !== total) break;
    focus = only;
    rows = await statusCountsForRegions(db, where, childrenOf(only.slug));
  }
  return { focus, rows };
}
