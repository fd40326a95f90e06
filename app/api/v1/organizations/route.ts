import { getDb } from "@/db";
import { apiRoute } from "@/lib/http/errors";
import { readSearchQuery } from "@/lib/http/search-query";
import { listOrganizations, searchOrganizations } from "@/lib/organizations/queries";

/** All organizations, or with `q` those whose name, slug or alias contains it. */
export const GET = apiRoute(async (request) => {
  const { q, limit } = readSearchQuery(new URL(request.url));
  const db = await getDb();
  if (q) return Response.json({ data: await searchOrganizations(db, q, limit) });
  const organizations = await listOrganizations(db);
  return Response.json({ data: organizations.map(({ id: _id, ...org }) => org) });
});
