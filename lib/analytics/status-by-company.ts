import { type SQL, and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, organizations } from "@/db/schema";
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
 * by the database. `others` is how many more makers there are beyond `limit`.
 */
export async function statusCountsByMaker(
  db: Database,
  where: SQL | undefined,
  limit = 12,
): Promise<{ rows: StatusRow[]; others: number }> {
  const top = db
    .select({ makerId: commitments.makerId })
    .from(commitments)
    .where(where)
    .groupBy(commitments.makerId)
    .orderBy(desc(count()), commitments.makerId)
    .limit(limit);
  const [rows, [makers]] = await Promise.all([
    db
      .select({ slug: organizations.slug, name: organizations.name, status: commitments.status, n: count() })
      .from(commitments)
      .innerJoin(organizations, eq(commitments.makerId, organizations.id))
      .where(and(where, inArray(commitments.makerId, top)))
      .groupBy(organizations.slug, organizations.name, commitments.status),
    db
      .select({ n: sql<number>`count(distinct ${commitments.makerId})` })
      .from(commitments)
      .where(where),
  ]);
  const folded = foldStatusRows(rows).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  return { rows: folded, others: Math.max(0, Number(makers?.n ?? 0) - folded.length) };
}
