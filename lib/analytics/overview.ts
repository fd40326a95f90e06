import "server-only";
import { type SQL, and, count, gte, isNotNull, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, evidence, evidenceDailyCounts } from "@/db/schema";
import { overdueSql, staleSql } from "@/lib/commitments/filter-sql";
import { addDays } from "@/lib/dates";
import { evidenceInScope } from "./scope";

export type Overview = {
  total: number;
  /** Achieved pledges and intents (requests are not counted: their maker may never have agreed). */
  achieved: number;
  /** Pledges and intents: what the makers bound themselves to. */
  bound: number;
  /** Requests: what the makers were asked to do. */
  requests: number;
  inProgress: number;
  overdue: number;
  stale: number;
  /** Share of pledges and intents that are achieved, 0–100, rounded; null when there are none. */
  achievedPercent: number | null;
  /** Evidence items attached (and not retracted) in the last 90 days. */
  evidenceLast90Days: number;
  /** Jobs the commitments announced, summed, and how many commitments stated a number. */
  jobsPledged: number;
  withJobs: number;
};

/** The headline counts, each computed by the database from an index where it can. */
export async function getOverview(db: Database, where: SQL | undefined, today: string): Promise<Overview> {
  const sinceDay = addDays(today, -90);
  const countWhere = (condition: SQL) => db.select({ n: count() }).from(commitments).where(and(where, condition));
  const [byStatus, [overdue], [stale], recent, [jobs]] = await Promise.all([
    db
      .select({ status: commitments.status, asked: sql<boolean>`${commitments.kind} = 'request'`, n: count() })
      .from(commitments)
      .where(where)
      .groupBy(commitments.status, sql`2`),
    countWhere(overdueSql(today)),
    countWhere(staleSql(today)),
    evidenceAddedSince(db, where, sinceDay),
    db
      .select({ total: sql<string | null>`sum(${commitments.jobs})`, n: count() })
      .from(commitments)
      .where(and(where, isNotNull(commitments.jobs))),
  ]);
  const sum = (rows: typeof byStatus) => rows.reduce((total, r) => total + r.n, 0);
  const of = (status: string) => sum(byStatus.filter((r) => r.status === status));
  const total = sum(byStatus);
  const requests = sum(byStatus.filter((r) => r.asked));
  const bound = total - requests;
  const achieved = sum(byStatus.filter((r) => r.status === "achieved" && !r.asked));
  return {
    total,
    achieved,
    bound,
    requests,
    inProgress: of("in_progress"),
    overdue: overdue?.n ?? 0,
    stale: stale?.n ?? 0,
    achievedPercent: bound === 0 ? null : Math.round((achieved / bound) * 100),
    evidenceLast90Days: recent,
    jobsPledged: Number(jobs?.total ?? 0),
    withJobs: jobs?.n ?? 0,
  };
}

/** Live evidence attached on or after `sinceDay` (UTC): from the daily counts for the whole database. */
async function evidenceAddedSince(db: Database, where: SQL | undefined, sinceDay: string): Promise<number> {
  if (!where) {
    const [row] = await db
      .select({ n: sql<number>`coalesce(sum(${evidenceDailyCounts.added}), 0)::int` })
      .from(evidenceDailyCounts)
      .where(gte(evidenceDailyCounts.day, sinceDay));
    return row?.n ?? 0;
  }
  const [row] = await db
    .select({ n: count() })
    .from(evidence)
    .where(
      and(
        isNull(evidence.retractedAt),
        gte(evidence.addedAt, new Date(`${sinceDay}T00:00:00Z`)),
        evidenceInScope(where),
      ),
    );
  return row?.n ?? 0;
}
