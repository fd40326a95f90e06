import { readSearchQuery } from "@/lib/http/search-query";
import { apiRoute } from "@/lib/http/route";
import { listRegions, searchRegions } from "@/lib/regions/queries";

/** All regions, or with `q` those whose name, slug or alias contains it. */
export const GET = apiRoute("read", async ({ request, db }) => {
  const { q, limit } = readSearchQuery(new URL(request.url));
  if (q) return Response.json({ data: await searchRegions(db, q, limit) });
  const regions = await listRegions(db);
  return Response.json({ data: regions.map(({ id: _id, ...region }) => region) });
});
