import { auditActorOf } from "@/lib/auth/actor";
import { roleChangeSchema } from "@/lib/auth/schemas";
import { setUserRole } from "@/lib/auth/users";
import { readJson } from "@/lib/http/body";
import { apiRoute, writer } from "@/lib/http/route";

type Context = RouteContext<"/api/v1/admin/users/[id]">;

/** Changes an account's role: `{ role }`. */
export const PATCH = apiRoute<Context>("admin", async ({ request, context, db, actor }) => {
  const { id } = await context.params;
  const { role } = await readJson(request, roleChangeSchema);
  return Response.json(await setUserRole(db, id, role, auditActorOf(writer(actor))));
});
