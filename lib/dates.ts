const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The dates the tracker accepts anywhere (bodies and filters). PostgreSQL refuses year 0 and the day after
 * 9999-12-31 is not four digits, so a wider range would reach the database as an error instead of a message.
 */
export const EARLIEST_DATE = "1900-01-01";
export const LATEST_DATE = "2200-12-31";

/** The one message for a date that is malformed, not on the calendar, or out of range. */
export const DATE_RULE = `must be a date written YYYY-MM-DD, from ${EARLIEST_DATE} to ${LATEST_DATE}`;

/** True for a real calendar date written YYYY-MM-DD within EARLIEST_DATE … LATEST_DATE (2023-02-30 is refused). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  return real && value >= EARLIEST_DATE && value <= LATEST_DATE;
}

/** Today's date (UTC) as YYYY-MM-DD: the reference for "overdue" and "stale". */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Evidence older than this many days no longer keeps a commitment from being stale (CONTRACT.md). */
export const STALE_AFTER_DAYS = 365;
