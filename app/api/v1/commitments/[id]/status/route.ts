import { auditActorOf } from "@/lib/auth/actor";
import { changeStatus } from "@/lib/commitments/mutations";
import { statusChangeSchema } from "@/lib/commitments/write-schemas";
import { todayIso } from "@/lib/dates";
import { readJson } from "@/lib/http/body";
import { idParam } from "@/lib/http/ids";
import { apiRoute, writer } from "@/lib/http/route";

type Context = RouteContext<"/api/v1/commitments/[id]/status">;

/** `{ status, progress?, reason, evidenceId?, version }`: achieved forces 100; see status-rules.ts. */
export const POST = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const id = idParam((await context.params).id);
  const input = await readJson(request, statusChangeSchema);
  return Response.json(await changeStatus(db, id, input, auditActorOf(writer(actor)), todayIso()));
});
