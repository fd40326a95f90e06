import "server-only";
import { z } from "zod";
import type { Database } from "@/db/client";
import { appSettings, currencyRates } from "@/db/schema";
import { type AuditActor, recordAudit } from "@/lib/audit/record";
import { isCurrencyCode, unknownCurrencyMessage } from "@/lib/currencies";
import { invalid } from "@/lib/errors";
import { isoDateField } from "@/lib/validation";
import { REPORTING_CURRENCY_KEY, type RatesJson, getRates } from "./queries";

const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, "must be a three-letter ISO 4217 code")
  .refine(isCurrencyCode, { error: (issue) => unknownCurrencyMessage(String(issue.input)) });

/** PUT /api/v1/admin/rates: the whole table at once, so it is always consistent with one reporting currency. */
export const ratesSchema = z
  .object({
    reportingCurrency: currencyCode,
    rates: z
      .array(
        z
          .object({
            currency: currencyCode,
            rate: z.number({ error: "must be a number" }).positive("must be more than 0").max(1e9, "is too large"),
            asOf: isoDateField,
          })
          .strict(),
      )
      .max(200, "at most 200 currencies"),
  })
  .strict();
export type RatesInput = z.output<typeof ratesSchema>;

export async function replaceRates(
  db: Database,
  input: RatesInput,
  actor: AuditActor,
  today: string,
): Promise<RatesJson> {
  const fields: Record<string, string> = {};
  const seen = new Set<string>();
  input.rates.forEach((r, i) => {
    if (seen.has(r.currency)) fields[`rates.${i}.currency`] = `${r.currency} is listed twice`;
    seen.add(r.currency);
    if (r.asOf > today) fields[`rates.${i}.asOf`] = "must not be in the future";
    if (r.currency === input.reportingCurrency && r.rate !== 1)
      fields[`rates.${i}.rate`] = "the reporting currency is worth exactly 1";
  });
  if (Object.keys(fields).length > 0) throw invalid("Some rates are invalid.", fields);

  return db.transaction(async (tx) => {
    const before = await getRates(tx);
    await tx
      .insert(appSettings)
      .values({ key: REPORTING_CURRENCY_KEY, value: input.reportingCurrency })
      .onConflictDoUpdate({ target: appSettings.key, set: { value: input.reportingCurrency, updatedAt: new Date() } });
    await tx.delete(currencyRates);
    if (input.rates.length > 0) {
      await tx
        .insert(currencyRates)
        .values(input.rates.map((r) => ({ currency: r.currency, rate: String(r.rate), asOf: r.asOf })));
    }
    const after = await getRates(tx);
    const flat = (r: RatesJson) => ({
      reportingCurrency: r.reportingCurrency,
      ...Object.fromEntries(r.rates.map((x) => [x.currency, `${x.rate} (${x.asOf})`])),
    });
    await recordAudit(tx, {
      actor,
      action: "update",
      entityType: "rates",
      entityId: null,
      before: flat(before),
      after: flat(after),
    });
    return after;
  });
}
