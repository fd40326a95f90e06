import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/sql";
import { parentRef } from "@/lib/named-tree";
import type { OrganizationSummary } from "./queries";
import type { OrganizationKind } from "@/lib/vocabulary";

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
  const rows = await queryRows<{
    slug: string;
    name: string;
    kind: OrganizationKind;
    country: string | null;
    aliases: string[];
    version: number;
    parent_slug: string | null;
    parent_name: string | null;
    made: number;
    achieved: number;
    bound: number;
    group_made: number;
  }>(
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
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    kind: r.kind,
    country: r.country,
    aliases: r.aliases,
    version: Number(r.version),
    parent: parentRef(r.parent_slug, r.parent_name),
    made: Number(r.made),
    achieved: Number(r.achieved),
    groupMade: Number(r.group_made),
    // Of what it bound itself to: a request's maker was only asked.
    achievedPercent: Number(r.bound) === 0 ? null : Math.round((Number(r.achieved) / Number(r.bound)) * 100),
  }));
}
