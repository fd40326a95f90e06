import { addDays } from "@/lib/dates";

/** The first day of the month `count - 1` months before `today`'s month, and of `today`'s month. */
export function monthRange(today: string, count: number): { from: string; to: string } {
  const [year, month] = today.split("-").map(Number) as [number, number];
  const start = new Date(Date.UTC(year, month - 1 - (count - 1), 1));
  return { from: start.toISOString().slice(0, 10), to: `${today.slice(0, 7)}-01` };
}

/** The first day of the month after the one that starts on `firstDay`. */
export function nextMonth(firstDay: string): string {
  const [year, month] = firstDay.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
}

/** The last day of the month that starts on `firstDay`. */
export function monthEnd(firstDay: string): string {
  return addDays(nextMonth(firstDay), -1);
}

/** How many months the charts over time cover. */
export const CHART_MONTHS = 36;
