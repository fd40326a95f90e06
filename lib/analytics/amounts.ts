import "server-only";
import { type SQL, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { commitments, currencyRates, organizations } from "@/db/schema";
import { queryRows } from "@/db/sql";
import type { RatesJson } from "@/lib/rates/queries";

export type AmountTotals = {
  reportingCurrency: string;
  /** The oldest as-of date of the rates used; null without rates. */
  asOf: string | null;
  /** Every stated amount that has a rate, in the reporting currency. */
  total: number;
  /** Per currency: the stated sum, how many commitments, and the sum converted (null without a rate). */
  byCurrency: { currency: string; amount: number; commitments: number; converted: number | null }[];
};

export type CompanyAmount = { slug: string; name: string; converted: number; commitments: number; unconverted: number };

/** What one unit of a commitment's currency is worth in the reporting currency (null: no rate). */
function rateOf(reporting: string): SQL {
  return sql`coalesce(${currencyRates.rate}, case when ${commitments.currency} = ${reporting} then 1 end)`;
}

/** The sum of stated amounts in scope, per currency and converted to the reporting currency by the database. */
export async function amountTotals(db: Database, where: SQL | undefined, rates: RatesJson): Promise<AmountTotals> {
  const rows = await queryRows<{ currency: string; amount: string; n: number; converted: string | null }>(
    db,
    sql`select ${commitments.currency} as currency, sum(${commitments.amount}) as amount, count(*)::int as n,
               sum(${commitments.amount} * ${rateOf(rates.reportingCurrency)}) as converted
        from ${commitments} left join ${currencyRates} on ${currencyRates.currency} = ${commitments.currency}
        where ${commitments.amount} is not null ${where ? sql`and ${where}` : sql``}
        group by ${commitments.currency}
        order by converted desc nulls last, currency`,
  );
  const byCurrency = rows.map((r) => ({
    currency: r.currency,
    amount: Number(r.amount),
    commitments: Number(r.n),
    converted: r.converted === null ? null : Number(r.converted),
  }));
  return {
    reportingCurrency: rates.reportingCurrency,
    asOf: rates.asOf,
    total: byCurrency.reduce((sum, c) => sum + (c.converted ?? 0), 0),
    byCurrency,
  };
}

/** The makers with the largest stated amounts in scope, converted to the reporting currency. */
export async function amountsByCompany(
  db: Database,
  where: SQL | undefined,
  rates: RatesJson,
  limit = 12,
): Promise<CompanyAmount[]> {
  const rate = rateOf(rates.reportingCurrency);
  const rows = await queryRows<{ slug: string; name: string; converted: string; n: number; unconverted: number }>(
    db,
    sql`select ${organizations.slug} as slug, ${organizations.name} as name,
               sum(${commitments.amount} * ${rate}) as converted, count(*)::int as n,
               count(*) filter (where ${rate} is null)::int as unconverted
        from ${commitments}
        join ${organizations} on ${organizations.id} = ${commitments.makerId}
        left join ${currencyRates} on ${currencyRates.currency} = ${commitments.currency}
        where ${commitments.amount} is not null ${where ? sql`and ${where}` : sql``}
        group by ${organizations.slug}, ${organizations.name}
        having sum(${commitments.amount} * ${rate}) is not null
        order by converted desc, name
        limit ${limit}`,
  );
  return rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    converted: Number(r.converted),
    commitments: Number(r.n),
    unconverted: Number(r.unconverted),
  }));
}
