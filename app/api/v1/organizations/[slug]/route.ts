import { auditActorOf } from "@/lib/auth/actor";
import { readJson } from "@/lib/http/body";
import { apiRoute, writer } from "@/lib/http/route";
import { updateOrganizationSchema } from "@/lib/named-tree-schemas";
import { updateOrganization } from "@/lib/organizations/mutations";

type Context = RouteContext<"/api/v1/organizations/[slug]">;

/** Edits an organization; the body carries the `version` it was based on. A rename keeps the old name as an alias. */
export const PATCH = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const { slug } = await context.params;
  const input = await readJson(request, updateOrganizationSchema);
  return Response.json(await updateOrganization(db, slug, input, auditActorOf(writer(actor))));
});
