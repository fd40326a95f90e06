import { getDb } from "@/db";
import { apiRoute } from "@/lib/http/errors";
import { listOrganizations } from "@/lib/organizations/queries";

export const GET = apiRoute(async () => {
  const organizations = await listOrganizations(await getDb());
  return Response.json({ data: organizations.map(({ id: _id, ...org }) => org) });
});
