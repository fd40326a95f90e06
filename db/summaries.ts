import { type SQL, sql } from "drizzle-orm";
import type { Database } from "./client";
import { queryRows } from "./sql";

// The summaries that triggers keep (migrations 0001, 0008, 0012, 0029), each next to a recount from the rows
// they summarize. A restore is verified with these, the tests check the triggers with them, and the synthetic
// data generator fills the count tables from the recounts after loading with the triggers off.

/** The rows of one query that the other lacks, both ways. */
const differences = (kept: SQL, recount: SQL) => sql`
  with kept as (${kept}), recount as (${recount})
  select * from (table kept except table recount) a
  union all
  select * from (table recount except table kept) b`;

/** Each commitment (m) once under its maker and once under its region, as the per-scope counts key it. */
const perScope = sql`cross join lateral (values ('maker', m.maker_id), ('region', m.region_id)) k(scope, key_id)`;

/**
 * The count tables that statement-level triggers keep (migrations 0012, 0029): their columns, which of their rows
 * count (all-zero rows are left behind on purpose), and the query that counts them afresh from the rows.
 */
export const KEPT_COUNTS: Record<string, { columns: string; nonZero: string; recount: SQL }> = {
  evidence_daily_counts: {
    columns: "day, stance, published, added",
    nonZero: "published <> 0 or added <> 0",
    recount: sql`
      select day, stance, sum(p)::int as published, sum(a)::int as added from (
        select published_on as day, stance, 1 as p, 0 as a from evidence where retracted_at is null
        union all
        select (added_at at time zone 'UTC')::date, stance, 0, 1 from evidence where retracted_at is null
      ) d group by 1, 2`,
  },
  status_daily_counts: {
    columns: "status, day, started, ended",
    nonZero: "started <> 0 or ended <> 0",
    recount: sql`
      select status, day, sum(s)::int as started, sum(e)::int as ended from (
        select to_status as status, effective_from as day, 1 as s, 0 as e from status_changes
         where effective_from is not null
        union all
        select to_status, superseded_on, 0, 1 from status_changes where superseded_on is not null
      ) d group by 1, 2`,
  },
  scope_evidence_counts: {
    columns: "scope, key_id, month, stance, published",
    nonZero: "published <> 0",
    recount: sql`
      select k.scope, k.key_id, date_trunc('month', e.published_on::timestamp)::date as month, e.stance,
             count(*)::int as published
        from evidence e join commitments m on m.id = e.commitment_id ${perScope}
       where e.retracted_at is null group by 1, 2, 3, 4`,
  },
  scope_evidence_added: {
    columns: "scope, key_id, day, added",
    nonZero: "added <> 0",
    recount: sql`
      select k.scope, k.key_id, (e.added_at at time zone 'UTC')::date as day, count(*)::int as added
        from evidence e join commitments m on m.id = e.commitment_id ${perScope}
       where e.retracted_at is null group by 1, 2, 3`,
  },
  scope_status_counts: {
    columns: "scope, key_id, month, status, started, ended",
    nonZero: "started <> 0 or ended <> 0",
    recount: sql`
      select k.scope, k.key_id, d.month, d.status, sum(d.s)::int as started, sum(d.e)::int as ended
        from (select commitment_id, date_trunc('month', effective_from::timestamp)::date as month,
                     to_status as status, 1 as s, 0 as e
                from status_changes where effective_from is not null
              union all
              select commitment_id, date_trunc('month', superseded_on::timestamp)::date, to_status, 0, 1
                from status_changes where superseded_on is not null) d
        join commitments m on m.id = d.commitment_id ${perScope}
       group by 1, 2, 3, 4`,
  },
};

/** Empties each kept count table and fills it from its recount (after a bulk load with the triggers off). */
export async function rebuildKeptCounts(db: Database): Promise<void> {
  for (const [table, { columns, recount }] of Object.entries(KEPT_COUNTS)) {
    await db.execute(sql`delete from ${sql.identifier(table)}`);
    await db.execute(sql`insert into ${sql.identifier(table)} (${sql.raw(columns)}) ${recount}`);
  }
}

const CHECKS = {
  "commitments.evidence_count and latest_evidence_on": sql`
    select c.id from commitments c
      left join (select commitment_id, count(*)::int as n, max(published_on) as latest
                   from evidence where retracted_at is null group by commitment_id) e on e.commitment_id = c.id
     where c.evidence_count <> coalesce(e.n, 0) or c.latest_evidence_on is distinct from e.latest`,
  "status_changes.superseded_on": sql`
    select id from (
      select id, superseded_on,
             lead(effective_from) over (partition by commitment_id order by id) as next_from
        from status_changes) s
     where superseded_on is distinct from next_from`,
  ...Object.fromEntries(
    Object.entries(KEPT_COUNTS).map(([table, { columns, nonZero, recount }]) => [
      table,
      differences(sql.raw(`select ${columns} from ${table} where ${nonZero}`), recount),
    ]),
  ),
};

export type SummaryCheck = { summary: string; mismatches: number };

/** Every trigger-kept summary with the number of rows where it disagrees with a recount (0 when in step). */
export async function checkSummaries(db: Database): Promise<SummaryCheck[]> {
  const results: SummaryCheck[] = [];
  for (const [summary, query] of Object.entries(CHECKS)) {
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from (${query}) mismatched`);
    results.push({ summary, mismatches: row?.n ?? 0 });
  }
  return results;
}
