import { count, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments } from "@/db/schema";
import { todayIso } from "@/lib/dates";
import { overdueSql, staleSql } from "@/lib/commitments/filter-sql";

export type Overview = {
  total: number;
  achieved: number;
  inProgress: number;
  overdue: number;
  stale: number;
  /** Share of all commitments that are achieved, 0–100, rounded; null when there are none. */
  achievedPercent: number | null;
};

/** Headline counts for the dashboard, in one aggregate query. */
export async function getOverview(db: Database, { today = todayIso() }: { today?: string } = {}): Promise<Overview> {
  const [row] = await db
    .select({
      total: count(),
      achieved: count(sql`case when ${commitments.status} = 'achieved' then 1 end`),
      inProgress: count(sql`case when ${commitments.status} = 'in_progress' then 1 end`),
      overdue: count(sql`case when ${overdueSql(today)} then 1 end`),
      stale: count(sql`case when ${staleSql(today)} then 1 end`),
    })
    .from(commitments);
  const total = row?.total ?? 0;
  const achieved = row?.achieved ?? 0;
  return {
    total,
    achieved,
    inProgress: row?.inProgress ?? 0,
    overdue: row?.overdue ?? 0,
    stale: row?.stale ?? 0,
    achievedPercent: total === 0 ? null : Math.round((achieved / total) * 100),
  };
}
