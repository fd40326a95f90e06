import { auditActorOf } from "@/lib/auth/actor";
import { readJson } from "@/lib/http/body";
import { readSearchQuery } from "@/lib/http/search-query";
import { apiRoute, writer } from "@/lib/http/route";
import { createOrganizationSchema } from "@/lib/named-tree-schemas";
import { createOrganization } from "@/lib/organizations/mutations";
import { listOrganizations, searchOrganizations } from "@/lib/organizations/queries";

/** All organizations, or with `q` those whose name, slug or alias contains it. */
export const GET = apiRoute("read", async ({ request, db }) => {
  const { q, limit } = readSearchQuery(new URL(request.url));
  if (q) return Response.json({ data: await searchOrganizations(db, q, limit) });
  const organizations = await listOrganizations(db);
  return Response.json({ data: organizations.map(({ id: _id, ...org }) => org) });
});

/** `{ name, kind, country?, parent?, aliases? }` (CONTRACT.md); the slug comes from the name. */
export const POST = apiRoute("editor", async ({ request, db, actor }) => {
  const input = await readJson(request, createOrganizationSchema);
  return Response.json(await createOrganization(db, input, auditActorOf(writer(actor))), { status: 201 });
});
