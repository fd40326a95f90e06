import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments } from "@/db/schema";
import { queryRows } from "@/db/sql";
import { COMMITMENT_STATUSES, type CommitmentStatus } from "@/lib/vocabulary";

export type MonthStatus = { month: string } & Record<CommitmentStatus, number>;

/**
 * How many commitments had each status at the end of each month from `from` to `to` (first days of months),
 * reconstructed from the status history: a commitment counts from its announcement, with the status it was
 * first recorded with, and then as each change set it. Computed in the database: each status span adds one
 * in its first month and removes one in the month it ended, and a running sum gives the counts.
 */
export async function statusOverTime(
  db: Database,
  where: SQL | undefined,
  range: { from: string; to: string },
): Promise<MonthStatus[]> {
  const start = sql`${range.from}::date`;
  const end = sql`${range.to}::date`;
  const rows = await queryRows<{ month: string; status: CommitmentStatus; n: number }>(
    db,
    sql`with scoped as (
          select ${commitments.id} as id, ${commitments.announcedOn} as announced_on from ${commitments} ${where ? sql`where ${where}` : sql``}
        ),
        spans as (
          select sc.to_status as status,
                 case when row_number() over w = 1 then s.announced_on
                      else (sc.changed_at at time zone 'UTC')::date end as valid_from,
                 (lead(sc.changed_at) over w at time zone 'UTC')::date as valid_to
          from status_changes sc join scoped s on s.id = sc.commitment_id
          window w as (partition by sc.commitment_id order by sc.changed_at, sc.id)
        ),
        months_of as (
          select status,
                 greatest(date_trunc('month', valid_from)::date, ${start}) as m_from,
                 date_trunc('month', valid_to)::date as m_to
          from spans
        ),
        events as (
          select status, m_from as month, 1 as delta from months_of
           where m_from <= ${end} and (m_to is null or m_to > m_from)
          union all
          select status, m_to, -1 from months_of
           where m_to is not null and m_to > m_from and m_to <= ${end}
        ),
        per_month as (select month, status, sum(delta) as delta from events group by month, status),
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
