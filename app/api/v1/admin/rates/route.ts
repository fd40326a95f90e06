import { auditActorOf } from "@/lib/auth/actor";
import { todayIso } from "@/lib/dates";
import { readJson } from "@/lib/http/body";
import { apiRoute, writer } from "@/lib/http/route";
import { ratesSchema, replaceRates } from "@/lib/rates/mutations";

/** Replaces the whole rates table: `{ reportingCurrency, rates: [{ currency, rate, asOf }] }`. */
export const PUT = apiRoute("admin", async ({ request, db, actor }) => {
  const input = await readJson(request, ratesSchema);
  return Response.json(await replaceRates(db, input, auditActorOf(writer(actor)), todayIso()));
});
