import { auditActorOf } from "@/lib/auth/actor";
import { sourceUpdateSchema } from "@/lib/commitments/write-schemas";
import { readJson } from "@/lib/http/body";
import { idParam } from "@/lib/http/ids";
import { apiRoute, writer } from "@/lib/http/route";
import { updateSource } from "@/lib/sources/mutations";

type Context = RouteContext<"/api/v1/sources/[id]">;

export const PATCH = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const id = idParam((await context.params).id);
  const input = await readJson(request, sourceUpdateSchema);
  return Response.json(await updateSource(db, id, input, auditActorOf(writer(actor))));
});
