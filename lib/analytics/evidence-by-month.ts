import "server-only";
import { type SQL, and, between, count, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { evidence, evidenceDailyCounts, scopeEvidenceCounts } from "@/db/schema";
import { EVIDENCE_STANCES, type EvidenceStance } from "@/lib/vocabulary";
import { monthEnd, nextMonth } from "./months";
import { type ScopeKeys, evidenceInScope, keptRowsOf } from "./scope";

export type MonthStances = { month: string } & Record<EvidenceStance, number>;

/** Evidence published each month (not retracted), by stance, for the commitments in scope. */
export async function evidenceByMonth(
  db: Database,
  where: SQL | undefined,
  range: { from: string; to: string },
  keys?: ScopeKeys,
): Promise<MonthStances[]> {
  const rows = keys
    ? await keptByMonth(db, keys, range)
    : where
      ? await scopedByMonth(db, where, range)
      : await allByMonth(db, range);
  const months: MonthStances[] = [];
  for (let m = range.from; m <= range.to; m = nextMonth(m)) {
    months.push({
      month: m.slice(0, 7),
      ...(Object.fromEntries(EVIDENCE_STANCES.map((s) => [s, 0])) as Record<EvidenceStance, number>),
    });
  }
  const index = new Map(months.map((m) => [m.month, m]));
  for (const row of rows) {
    const entry = index.get(row.month);
    if (entry) entry[row.stance] = row.n;
  }
  return months;
}

type MonthStanceCount = { month: string; stance: EvidenceStance; n: number };

/** For the whole database, from the daily counts the triggers keep (evidence_daily_counts). */
async function allByMonth(db: Database, range: { from: string; to: string }): Promise<MonthStanceCount[]> {
  const month = sql<string>`to_char(date_trunc('month', ${evidenceDailyCounts.day}), 'YYYY-MM')`;
  return db
    .select({ month, stance: evidenceDailyCounts.stance, n: sql<number>`sum(${evidenceDailyCounts.published})::int` })
    .from(evidenceDailyCounts)
    .where(between(evidenceDailyCounts.day, range.from, monthEnd(range.to)))
    .groupBy(month, evidenceDailyCounts.stance);
}

/** For one company or region, from the monthly counts the triggers keep per maker and region. */
async function keptByMonth(
  db: Database,
  keys: ScopeKeys,
  range: { from: string; to: string },
): Promise<MonthStanceCount[]> {
  const month = sql<string>`to_char(${scopeEvidenceCounts.month}, 'YYYY-MM')`;
  return db
    .select({ month, stance: scopeEvidenceCounts.stance, n: sql<number>`sum(${scopeEvidenceCounts.published})::int` })
    .from(scopeEvidenceCounts)
    .where(and(keptRowsOf(scopeEvidenceCounts, keys), between(scopeEvidenceCounts.month, range.from, range.to)))
    .groupBy(month, scopeEvidenceCounts.stance);
}

/** For the commitments in scope, from their evidence (through the covering index on commitment_id). */
async function scopedByMonth(
  db: Database,
  where: SQL,
  range: { from: string; to: string },
): Promise<MonthStanceCount[]> {
  // Grouped by day first, then by month: formatting a month once per day instead of once per item is most
  // of the cost when a scope has a hundred thousand items.
  const byDay = db
    .select({ day: evidence.publishedOn, stance: evidence.stance, n: count().as("n") })
    .from(evidence)
    .where(
      and(
        isNull(evidence.retractedAt),
        between(evidence.publishedOn, range.from, monthEnd(range.to)),
        evidenceInScope(where),
      ),
    )
    .groupBy(evidence.publishedOn, evidence.stance)
    .as("by_day");
  const month = sql<string>`to_char(date_trunc('month', ${byDay.day}), 'YYYY-MM')`;
  return db
    .select({ month, stance: byDay.stance, n: sql<number>`sum(${byDay.n})::int` })
    .from(byDay)
    .groupBy(month, byDay.stance);
}
