import { z } from "zod";
import { resolveScope } from "@/lib/analytics/scope";
import { getStats } from "@/lib/analytics/stats";
import { todayIso } from "@/lib/dates";
import { fieldErrors } from "@/lib/http/body";
import { badRequest } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";

const statsQuery = z
  .object({
    company: z.string().trim().min(1).max(200).optional(),
    region: z.string().trim().min(1).max(200).optional(),
  })
  .strict();

/**
 * The dashboard's aggregates (CONTRACT.md): counts by status per company and per region (with roll-up),
 * overdue, stale, status over time, evidence per month, stated amounts; for everything, or for
 * `?company=` (with subsidiaries) and/or `?region=` (with sub-regions).
 */
export const GET = apiRoute("read", async ({ request, db }) => {
  const parsed = statsQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw badRequest("Some query parameters are invalid.", fieldErrors(parsed.error));
  const today = todayIso();
  const scope = await resolveScope(db, parsed.data, today);
  if (Object.keys(scope.unresolved).length > 0) throw badRequest("Some filters name nothing known.", scope.unresolved);
  return Response.json(await getStats(db, scope, today));
});
