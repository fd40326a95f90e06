import "server-only";
import type { Database } from "@/db/client";
import type { CommitmentJson } from "@/lib/commitments/serialize";
import { getRates } from "@/lib/rates/queries";
import { type AmountTotals, type CompanyAmount, amountTotals, amountsByCompany } from "./amounts";
import { type MonthStances, evidenceByMonth } from "./evidence-by-month";
import { type RecentEvidence, overdueCommitments, recentEvidence } from "./lists";
import { CHART_MONTHS, monthRange } from "./months";
import { type Overview, getOverview } from "./overview";
import { type ResolvedScope, type StatsScope, resolveScope } from "./scope";
import { type StatusRow, statusCountsByMaker } from "./status-by-company";
import { type RegionBreakdown, statusByRegion } from "./status-by-region";
import { type MonthStatus, statusOverTime } from "./status-over-time";

/** Everything the dashboard (and a company or region page, and GET /api/v1/stats) shows, for one scope. */
export type Stats = {
  scope: StatsScope;
  today: string;
  months: { from: string; to: string };
  overview: Overview;
  /** Pledges and intents by their makers. */
  statusByCompany: { rows: StatusRow[]; others: number };
  /** Requests by the party asked. */
  requestsByCompany: { rows: StatusRow[]; others: number };
  statusByRegion: RegionBreakdown;
  statusOverTime: MonthStatus[];
  evidenceByMonth: MonthStances[];
  amounts: AmountTotals & { byCompany: CompanyAmount[] };
  overdue: CommitmentJson[];
  recentEvidence: RecentEvidence[];
};

/** Computes every aggregate in the database, in parallel. */
export async function getStats(db: Database, resolved: ResolvedScope, today: string): Promise<Stats> {
  const { where, scope, keys } = resolved;
  const months = monthRange(today, CHART_MONTHS);
  const rates = await getRates(db);
  const [overview, byCompany, askedOf, byRegion, overTime, evidence, totals, amountsByMaker, overdue, recent] =
    await Promise.all([
      getOverview(db, where, today, keys),
      statusCountsByMaker(db, where),
      statusCountsByMaker(db, where, { asked: true }),
      statusByRegion(db, where, scope.region ?? null),
      statusOverTime(db, where, months, keys),
      evidenceByMonth(db, where, months, keys),
      amountTotals(db, where, rates),
      amountsByCompany(db, where, rates),
      overdueCommitments(db, where, today),
      recentEvidence(db, where),
    ]);
  return {
    scope,
    today,
    months,
    overview,
    statusByCompany: byCompany,
    requestsByCompany: askedOf,
    statusByRegion: byRegion,
    statusOverTime: overTime,
    evidenceByMonth: evidence,
    amounts: { ...totals, byCompany: amountsByMaker },
    overdue,
    recentEvidence: recent,
  };
}

export async function getStatsFor(db: Database, scope: StatsScope, today: string): Promise<Stats> {
  return getStats(db, await resolveScope(db, scope, today), today);
}
