import "server-only";
import { type SQL, and, gt, gte, lte, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { queryRows } from "@/db/sql";
import { type EventKind, commitments, events } from "@/db/schema";
import { isOpenSql, overdueSql } from "@/lib/commitments/filter-sql";
import { STALE_AFTER_DAYS, addDays } from "@/lib/dates";

type DateCheck = {
  kind: EventKind;
  /** Which commitments the check finds today. */
  where: (today: string) => SQL | undefined;
  /** The date the event is about: with the commitment's id, it makes the event's cause. */
  about: SQL;
  summary: SQL;
};

/** Since when a commitment has gone without evidence: its latest evidence's date, else its announcement's. */
const quietSince = sql`coalesce(${commitments.latestEvidenceOn}, ${commitments.announcedOn})`;

const CHECKS: DateCheck[] = [
  {
    kind: "due_in_90_days",
    where: (today) =>
      and(isOpenSql, gt(commitments.targetOn, addDays(today, 30)), lte(commitments.targetOn, addDays(today, 90))),
    about: sql`${commitments.targetOn}`,
    summary: sql`'Target date ' || ${commitments.targetOn} || ' is within 90 days'`,
  },
  {
    kind: "due_in_30_days",
    where: (today) => and(isOpenSql, gte(commitments.targetOn, today), lte(commitments.targetOn, addDays(today, 30))),
    about: sql`${commitments.targetOn}`,
    summary: sql`'Target date ' || ${commitments.targetOn} || ' is within 30 days'`,
  },
  {
    kind: "overdue",
    where: (today) => overdueSql(today),
    about: sql`${commitments.targetOn}`,
    summary: sql`'Overdue: the target date ' || ${commitments.targetOn} || ' passed without it being achieved'`,
  },
  {
    // No evidence for a year: counted from the announcement when there has never been any.
    kind: "stale",
    where: (today) => and(isOpenSql, sql`${quietSince} < ${addDays(today, -STALE_AFTER_DAYS)}`),
    about: quietSince,
    summary: sql`'Stale: no evidence since ' || ${quietSince}`,
  },
];

/**
 * Writes the events of dates falling due as of `today`: a target date within 90 days, within 30 days, passed
 * without being achieved (overdue), and a year without evidence (stale). Each is stored once per commitment
 * and date (a moved target date or new evidence makes a new one), however often and from however many
 * instances this runs. Answers how many events each check added.
 */
export async function recordDateEvents(db: Database, today: string): Promise<Partial<Record<EventKind, number>>> {
  const added: Partial<Record<EventKind, number>> = {};
  for (const check of CHECKS) {
    const rows = await queryRows<{ id: number }>(
      db,
      sql`insert into ${events} (kind, commitment_id, cause, summary)
        select ${check.kind}, ${commitments.id}, ${`${check.kind}:`} || ${commitments.id} || ':' || ${check.about}, ${check.summary}
        from ${commitments} where ${check.where(today)}
        on conflict (cause) do nothing
        returning id`,
    );
    if (rows.length > 0) added[check.kind] = rows.length;
  }
  return added;
}
