import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, scopeStatusCounts, statusChanges, statusDailyCounts } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@/lib/vocabulary";
import { monthEnd } from "./months";
import { type ScopeKeys, keptRowsOf } from "./scope";

export type MonthStatus = { month: string } & Record<CommitmentStatus, number>;

/**
 * How many commitments had each status at the end of each month from `from` to `to` (first days of months),
 * reconstructed from the status history: a commitment counts from its announcement, with the status it was
 * first recorded with, and then as each change set it. Computed in the database from each change's span
 * (effective_from to superseded_on, kept by triggers).
 */
export async function statusOverTime(
  db: Database,
  where: SQL | undefined,
  range: { from: string; to: string },
  keys?: ScopeKeys,
): Promise<MonthStatus[]> {
  const start = sql`${range.from}::date`;
  const end = sql`${range.to}::date`;
  const lastDay = monthEnd(range.to);
  const rows = await queryRows<{ month: string; status: CommitmentStatus; n: number }>(
    db,
    sql`with day_events as (${
      keys
        ? keptDayEvents(keys, start, lastDay)
        : where
          ? scopedDayEvents(where, start, lastDay)
          : allDayEvents(start, lastDay)
    }),
        per_month as (
          select date_trunc('month', day)::date as month, status, sum(delta) as delta
          from day_events group by 1, 2
        ),
        months as (select generate_series(${start}, ${end}, interval '1 month')::date as month),
        statuses as (select unnest(enum_range(null::commitment_status)) as status)
        select to_char(months.month, 'YYYY-MM') as month, statuses.status,
               sum(coalesce(per_month.delta, 0)) over (partition by statuses.status order by months.month)::int as n
        from months cross join statuses
        left join per_month on per_month.month = months.month and per_month.status = statuses.status
        order by months.month`,
  );
  const byMonth = new Map<string, MonthStatus>();
  for (const row of rows) {
    const entry =
      byMonth.get(row.month) ??
      ({ month: row.month, ...Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, 0])) } as MonthStatus);
    entry[row.status] = Number(row.n);
    byMonth.set(row.month, entry);
  }
  return [...byMonth.values()];
}

/**
 * Each span adds one on the day it starts and removes one on the day it is superseded, summed per status and
 * day, with everything before the range counted on its first day. For the whole database these sums are
 * kept by triggers (status_daily_counts).
 */
function allDayEvents(start: SQL, lastDay: string): SQL {
  return sql`select ${statusDailyCounts.status} as status, greatest(${statusDailyCounts.day}, ${start}) as day,
               sum(${statusDailyCounts.started} - ${statusDailyCounts.ended}) as delta
             from ${statusDailyCounts} where ${statusDailyCounts.day} <= ${lastDay}
             group by 1, 2`;
}

/** The same for one company or region, from the monthly sums kept per maker and region (a month's first day). */
function keptDayEvents(keys: ScopeKeys, start: SQL, lastDay: string): SQL {
  return sql`select ${scopeStatusCounts.status} as status, greatest(${scopeStatusCounts.month}, ${start}) as day,
               sum(${scopeStatusCounts.started} - ${scopeStatusCounts.ended}) as delta
             from ${scopeStatusCounts}
             where ${keptRowsOf(scopeStatusCounts, keys)} and ${scopeStatusCounts.month} <= ${lastDay}
             group by 1, 2`;
}

/** The same for the commitments in scope, from their spans (read once, through the covering index). */
function scopedDayEvents(where: SQL, start: SQL, lastDay: string): SQL {
  return sql`with spans as materialized (
               select to_status, effective_from, superseded_on from ${statusChanges}
               where ${statusChanges.commitmentId} in (select ${commitments.id} from ${commitments} where ${where})
             )
             select status, day, sum(delta) as delta from (
               select to_status as status, effective_from as day, count(*) as delta
                 from spans where effective_from between ${start} and ${lastDay} group by 1, 2
               union all
               select to_status, superseded_on, -count(*)
                 from spans where superseded_on between ${start} and ${lastDay} group by 1, 2
               union all
               select to_status, ${start}, count(*) from spans where effective_from < ${start} group by 1
               union all
               select to_status, ${start}, -count(*) from spans where superseded_on < ${start} group by 1
             ) e
             group by 1, 2`;
}
