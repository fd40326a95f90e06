import { getDb } from "@/db";
import { apiRoute } from "@/lib/http/errors";
import { readSearchQuery } from "@/lib/http/search-query";
import { listRegions, searchRegions } from "@/lib/regions/queries";

/** All regions, or with `q` those whose name, slug or alias contains it. */
export const GET = apiRoute(async (request) => {
  const { q, limit } = readSearchQuery(new URL(request.url));
  const db = await getDb();
  if (q) return Response.json({ data: await searchRegions(db, q, limit) });
  const regions = await listRegions(db);
  return Response.json({ data: regions.map(({ id: _id, ...region }) => region) });
});
