import { auditActorOf } from "@/lib/auth/actor";
import { readJson } from "@/lib/http/body";
import { apiRoute, writer } from "@/lib/http/route";
import { mergeNamed } from "@/lib/named-tree-merge";
import { mergeSchema } from "@/lib/named-tree-schemas";
import { regionJsonById } from "@/lib/regions/mutations";

type Context = RouteContext<"/api/v1/regions/[slug]/merge">;

/** `{ into }`: this region is merged into that one; everything that pointed to it moves. */
export const POST = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const { slug } = await context.params;
  const { into } = await readJson(request, mergeSchema);
  const { intoId, moved } = await mergeNamed(db, "region", slug, into, auditActorOf(writer(actor)));
  return Response.json({ ...(await regionJsonById(db, intoId)), moved });
});
