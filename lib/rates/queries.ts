import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { appSettings, currencyRates } from "@/db/schema";

export const REPORTING_CURRENCY_KEY = "reporting_currency";
export const DEFAULT_REPORTING_CURRENCY = "USD";

export type RatesJson = {
  /** Totals of stated amounts are given in this currency. */
  reportingCurrency: string;
  /** One unit of `currency` is worth `rate` units of the reporting currency, as of `asOf`. */
  rates: { currency: string; rate: number; asOf: string }[];
  /** The oldest as-of date among the rates (null without rates): what a total is "as of" at best. */
  asOf: string | null;
};

export async function getRates(db: Database): Promise<RatesJson> {
  const [setting] = await db.select().from(appSettings).where(eq(appSettings.key, REPORTING_CURRENCY_KEY));
  const rows = await db.select().from(currencyRates).orderBy(asc(currencyRates.currency));
  const rates = rows.map((r) => ({ currency: r.currency, rate: Number(r.rate), asOf: r.asOf }));
  const asOf = rates.length ? rates.map((r) => r.asOf).sort()[0]! : null;
  return { reportingCurrency: setting?.value ?? DEFAULT_REPORTING_CURRENCY, rates, asOf };
}
