import { type SQL, and, count, gte, inArray, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, evidence } from "@/db/schema";
import { overdueSql, staleSql } from "@/lib/commitments/filter-sql";
import { addDays } from "@/lib/dates";

export type Overview = {
  total: number;
  achieved: number;
  inProgress: number;
  overdue: number;
  stale: number;
  /** Share of all commitments that are achieved, 0–100, rounded; null when there are none. */
  achievedPercent: number | null;
  /** Evidence items attached (and not retracted) in the last 90 days. */
  evidenceLast90Days: number;
};

/** Evidence of the commitments in scope (all evidence when there is no scope). */
export function evidenceInScope(where: SQL | undefined): SQL | undefined {
  return where
    ? inArray(evidence.commitmentId, sql`(select ${commitments.id} from ${commitments} where ${where})`)
    : undefined;
}

/** The headline counts, each computed by the database. */
export async function getOverview(db: Database, where: SQL | undefined, today: string): Promise<Overview> {
  const since = new Date(`${addDays(today, -90)}T00:00:00Z`);
  const [[row], [recent]] = await Promise.all([
    db
      .select({
        total: count(),
        achieved: count(sql`case when ${commitments.status} = 'achieved' then 1 end`),
        inProgress: count(sql`case when ${commitments.status} = 'in_progress' then 1 end`),
        overdue: count(sql`case when ${overdueSql(today)} then 1 end`),
        stale: count(sql`case when ${staleSql(today)} then 1 end`),
      })
      .from(commitments)
      .where(where),
    db
      .select({ n: count() })
      .from(evidence)
      .where(and(isNull(evidence.retractedAt), gte(evidence.addedAt, since), evidenceInScope(where))),
  ]);
  const total = row?.total ?? 0;
  const achieved = row?.achieved ?? 0;
  return {
    total,
    achieved,
    inProgress: row?.inProgress ?? 0,
    overdue: row?.overdue ?? 0,
    stale: row?.stale ?? 0,
    achievedPercent: total === 0 ? null : Math.round((achieved / total) * 100),
    evidenceLast90Days: recent?.n ?? 0,
  };
}
