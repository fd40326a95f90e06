import { count, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, organizations } from "@/db/schema";
import type { CommitmentStatus } from "@/lib/vocabulary";

export type StatusCounts = Partial<Record<CommitmentStatus, number>>;
export type CompanyStatusCounts = { slug: string; name: string; total: number; byStatus: StatusCounts };

/** Commitments per maker and status, counted by the database; makers ordered by their total, largest first. */
export async function statusCountsByMaker(db: Database): Promise<CompanyStatusCounts[]> {
  const rows = await db
    .select({
      slug: organizations.slug,
      name: organizations.name,
      status: commitments.status,
      n: count(),
    })
    .from(commitments)
    .innerJoin(organizations, eq(commitments.makerId, organizations.id))
    .groupBy(organizations.slug, organizations.name, commitments.status);

  const byCompany = new Map<string, CompanyStatusCounts>();
  for (const row of rows) {
    const entry = byCompany.get(row.slug) ?? { slug: row.slug, name: row.name, total: 0, byStatus: {} };
    entry.byStatus[row.status] = row.n;
    entry.total += row.n;
    byCompany.set(row.slug, entry);
  }
  return [...byCompany.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
}
