import { auditActorOf } from "@/lib/auth/actor";
import { readJson } from "@/lib/http/body";
import { readSearchQuery } from "@/lib/http/search-query";
import { apiRoute, writer } from "@/lib/http/route";
import { createRegionSchema } from "@/lib/named-tree-schemas";
import { createRegion } from "@/lib/regions/mutations";
import { listRegions, searchRegions } from "@/lib/regions/queries";

/** All regions, or with `q` those whose name, slug or alias contains it. */
export const GET = apiRoute("read", async ({ request, db }) => {
  const { q, limit } = readSearchQuery(new URL(request.url));
  if (q) return Response.json({ data: await searchRegions(db, q, limit) });
  const regions = await listRegions(db);
  return Response.json({ data: regions.map(({ id: _id, ...region }) => region) });
});

/** `{ name, kind, parent?, aliases? }` (CONTRACT.md); the slug comes from the name. */
export const POST = apiRoute("editor", async ({ request, db, actor }) => {
  const input = await readJson(request, createRegionSchema);
  return Response.json(await createRegion(db, input, auditActorOf(writer(actor))), { status: 201 });
});
