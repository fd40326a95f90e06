import { getDb } from "@/db";
import { apiRoute } from "@/lib/http/errors";
import { listRegions } from "@/lib/regions/queries";

export const GET = apiRoute(async () => {
  const regions = await listRegions(await getDb());
  return Response.json({ data: regions.map(({ id: _id, ...region }) => region) });
});
