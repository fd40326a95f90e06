import { auditActorOf } from "@/lib/auth/actor";
import { todayIso } from "@/lib/dates";
import { addEvidence } from "@/lib/evidence/mutations";
import { addEvidenceSchema } from "@/lib/evidence/schemas";
import { readJson } from "@/lib/http/body";
import { idParam } from "@/lib/http/ids";
import { apiRoute, writer } from "@/lib/http/route";

type Context = RouteContext<"/api/v1/commitments/[id]/evidence">;

/** Attaches evidence; the answer also carries the status the evidence now suggests, if any. */
export const POST = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const id = idParam((await context.params).id);
  const input = await readJson(request, addEvidenceSchema);
  const created = await addEvidence(db, id, input, auditActorOf(writer(actor)), todayIso());
  return Response.json(created, { status: 201 });
});
