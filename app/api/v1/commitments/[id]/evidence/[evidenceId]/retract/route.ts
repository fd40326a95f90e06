import { auditActorOf } from "@/lib/auth/actor";
import { retractEvidence } from "@/lib/evidence/mutations";
import { retractEvidenceSchema } from "@/lib/evidence/schemas";
import { readJson } from "@/lib/http/body";
import { idParam } from "@/lib/http/ids";
import { apiRoute, writer } from "@/lib/http/route";

type Context = RouteContext<"/api/v1/commitments/[id]/evidence/[evidenceId]/retract">;

/** `{ reason, version }`: the item stays visible in the history, marked retracted, and stops counting. */
export const POST = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const params = await context.params;
  const input = await readJson(request, retractEvidenceSchema);
  const retracted = await retractEvidence(
    db,
    idParam(params.id),
    idParam(params.evidenceId, "evidenceId"),
    input,
    auditActorOf(writer(actor)),
  );
  return Response.json(retracted);
});
