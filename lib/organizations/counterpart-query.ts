import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { organizations } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { resolveIdsQuery } from "@/lib/named-tree";
import type { CommitmentKind, CommitmentStatus } from "@/lib/vocabulary";

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
