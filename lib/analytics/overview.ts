import "server-only";
import { type SQL, and, count, gte, isNotNull, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, evidence, evidenceDailyCounts, scopeEvidenceAdded } from "@/db/schema";
import { overdueSql, staleSql } from "@/lib/commitments/filter-sql";
import { addDays } from "@/lib/dates";
import { type ScopeKeys, evidenceInScope, keptRowsOf } from "./scope";

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
export async function getOverview(
  db: Database,
  where: SQL | undefined,
  today: string,
  keys?: ScopeKeys,
): Promise<Overview> {
  const sinceDay = addDays(today, -90);
  const [counts, recent] = await Promise.all([
    where ? scopedCounts(db, where, today) : wholeCounts(db, today),
    evidenceAddedSince(db, where, sinceDay, keys),
  ]);
  const { byStatus, overdue, stale, jobsPledged, withJobs } = counts;
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
    overdue,
    stale,
    achievedPercent: bound === 0 ? null : Math.round((achieved / bound) * 100),
    evidenceLast90Days: recent,
    jobsPledged,
    withJobs,
  };
}

type CommitmentCounts = {
  byStatus: { status: string; asked: boolean; n: number }[];
  overdue: number;
  stale: number;
  jobsPledged: number;
  withJobs: number;
};

const askedSql = sql<boolean>`${commitments.kind} = 'request'`;

/** For the whole database, each count from its own index. */
async function wholeCounts(db: Database, today: string): Promise<CommitmentCounts> {
  const countWhere = (condition: SQL) => db.select({ n: count() }).from(commitments).where(condition);
  const [byStatus, [overdue], [stale], [jobs]] = await Promise.all([
    db
      .select({ status: commitments.status, asked: askedSql, n: count() })
      .from(commitments)
      .groupBy(commitments.status, sql`2`),
    countWhere(overdueSql(today)),
    countWhere(staleSql(today)),
    db
      .select({ total: sql<string | null>`sum(${commitments.jobs})`, n: count() })
      .from(commitments)
      .where(isNotNull(commitments.jobs)),
  ]);
  return {
    byStatus,
    overdue: overdue?.n ?? 0,
    stale: stale?.n ?? 0,
    jobsPledged: Number(jobs?.total ?? 0),
    withJobs: jobs?.n ?? 0,
  };
}

/** For a scope, in one pass over its commitments (which reads each of their rows once, not four times). */
async function scopedCounts(db: Database, where: SQL, today: string): Promise<CommitmentCounts> {
  const rows = await db
    .select({
      status: commitments.status,
      asked: askedSql,
      n: count(),
      overdue: sql<number>`count(*) filter (where ${overdueSql(today)})::int`,
      stale: sql<number>`count(*) filter (where ${staleSql(today)})::int`,
      jobs: sql<string | null>`sum(${commitments.jobs})`,
      withJobs: count(commitments.jobs),
    })
    .from(commitments)
    .where(where)
    .groupBy(commitments.status, sql`2`);
  const total = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  return {
    byStatus: rows,
    overdue: total((r) => r.overdue),
    stale: total((r) => r.stale),
    jobsPledged: total((r) => Number(r.jobs ?? 0)),
    withJobs: total((r) => r.withJobs),
  };
}

/**
 * Live evidence attached on or after `sinceDay` (UTC): from the daily counts for the whole database, or those
 * kept per maker or region for one company or region.
 */
async function evidenceAddedSince(
  db: Database,
  where: SQL | undefined,
  sinceDay: string,
  keys: ScopeKeys | undefined,
): Promise<number> {
  if (keys) {
    const [row] = await db
      .select({ n: sql<number>`coalesce(sum(${scopeEvidenceAdded.added}), 0)::int` })
      .from(scopeEvidenceAdded)
      .where(and(keptRowsOf(scopeEvidenceAdded, keys), gte(scopeEvidenceAdded.day, sinceDay)));
    return row?.n ?? 0;
  }
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
