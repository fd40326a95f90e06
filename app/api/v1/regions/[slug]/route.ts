import { auditActorOf } from "@/lib/auth/actor";
import { readJson } from "@/lib/http/body";
import { apiRoute, writer } from "@/lib/http/route";
import { updateRegionSchema } from "@/lib/named-tree-schemas";
import { updateRegion } from "@/lib/regions/mutations";

type Context = RouteContext<"/api/v1/regions/[slug]">;

/** Edits a region; the body carries the `version` it was based on. A rename keeps the old name as an alias. */
export const PATCH = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const { slug } = await context.params;
  const input = await readJson(request, updateRegionSchema);
  return Response.json(await updateRegion(db, slug, input, auditActorOf(writer(actor))));
});
