import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, organizations } from "@/db/schema";
import { queryRows } from "@/db/sql";
import type { CommitmentStatus } from "@/lib/vocabulary";

export type StatusCounts = Partial<Record<CommitmentStatus, number>>;
export type StatusRow = { slug: string; name: string; total: number; byStatus: StatusCounts };

/** Folds (key, status, n) rows into one row per key, in the order the keys first appear. */
export function foldStatusRows(
  rows: { slug: string; name: string; status: CommitmentStatus; n: number }[],
): StatusRow[] {
  const byKey = new Map<string, StatusRow>();
  for (const row of rows) {
    const entry = byKey.get(row.slug) ?? { slug: row.slug, name: row.name, total: 0, byStatus: {} };
    entry.byStatus[row.status] = Number(row.n);
    entry.total += Number(row.n);
    byKey.set(row.slug, entry);
  }
  return [...byKey.values()];
}

/**
 * Commitments per maker and status for the makers with most commitments in scope (largest first), counted
 * by the database in one pass over the commitments. `others` is how many more makers there are beyond `limit`.
 * What a maker bound itself to (pledges and intents) and what it was asked to do (requests, whose maker is
 * the party asked and may never have agreed) are counted apart: `asked` chooses the requests.
 */
export async function statusCountsByMaker(
  db: Database,
  where: SQL | undefined,
  { asked = false, limit = 12 }: { asked?: boolean; limit?: number } = {},
): Promise<{ rows: StatusRow[]; others: number }> {
  const kind = asked ? sql`${commitments.kind} = 'request'` : sql`${commitments.kind} <> 'request'`;
  const rows = await queryRows<{ slug: string; name: string; status: CommitmentStatus; n: number; makers: number }>(
    db,
    sql`with per as (
          select ${commitments.makerId} as maker_id, ${commitments.status} as status, count(*)::int as n
          from ${commitments} where ${kind} ${where ? sql`and ${where}` : sql``}
          group by 1, 2
        ),
        totals as (
          select maker_id, sum(n) as total, count(*) over () as makers from per group by maker_id
        ),
        top as (select maker_id, total, makers from totals order by total desc, maker_id limit ${limit})
        select o.slug, o.name, per.status, per.n, top.makers::int as makers
        from top join per on per.maker_id = top.maker_id join ${organizations} o on o.id = top.maker_id`,
  );
  const folded = foldStatusRows(rows).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return { rows: folded, others: Math.max(0, Number(rows[0]?.makers ?? 0) - folded.length) };
}
