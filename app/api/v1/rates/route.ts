import { apiRoute } from "@/lib/http/route";
import { getRates } from "@/lib/rates/queries";

/** The reporting currency and the exchange rates the totals of stated amounts use. */
export const GET = apiRoute("read", async ({ db }) => Response.json(await getRates(db)));
