import { auditActorOf } from "@/lib/auth/actor";
import { revokeApiToken } from "@/lib/auth/tokens";
import { apiRoute, writer } from "@/lib/http/route";

type Context = RouteContext<"/api/v1/admin/tokens/[id]">;

/** Revokes a token; it stops working at once and stays listed as revoked. */
export const DELETE = apiRoute<Context>("admin", async ({ context, db, actor }) => {
  const { id } = await context.params;
  return Response.json(await revokeApiToken(db, id, auditActorOf(writer(actor))));
});
