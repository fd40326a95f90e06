import { auditActorOf } from "@/lib/auth/actor";
import { readJson } from "@/lib/http/body";
import { apiRoute, writer } from "@/lib/http/route";
import { mergeNamed } from "@/lib/named-tree-merge";
import { mergeSchema } from "@/lib/named-tree-schemas";
import { organizationJsonById } from "@/lib/organizations/mutations";

type Context = RouteContext<"/api/v1/organizations/[slug]/merge">;

/** `{ into }`: this organization is merged into that one; everything that pointed to it moves. */
export const POST = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const { slug } = await context.params;
  const { into } = await readJson(request, mergeSchema);
  const { intoId, moved } = await mergeNamed(db, "organization", slug, into, auditActorOf(writer(actor)));
  return Response.json({ ...(await organizationJsonById(db, intoId)), moved });
});
