import { readSearchQuery } from "@/lib/http/search-query";
import { apiRoute } from "@/lib/http/route";
import { listOrganizations, searchOrganizations } from "@/lib/organizations/queries";

/** All organizations, or with `q` those whose name, slug or alias contains it. */
export const GET = apiRoute("read", async ({ request, db }) => {
  const { q, limit } = readSearchQuery(new URL(request.url));
  if (q) return Response.json({ data: await searchOrganizations(db, q, limit) });
  const organizations = await listOrganizations(db);
  return Response.json({ data: organizations.map(({ id: _id, ...org }) => org) });
});
