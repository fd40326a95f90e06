import { auditActorOf } from "@/lib/auth/actor";
import { todayIso } from "@/lib/dates";
import { editEvidence } from "@/lib/evidence/mutations";
import { editEvidenceSchema } from "@/lib/evidence/schemas";
import { readJson } from "@/lib/http/body";
import { idParam } from "@/lib/http/ids";
import { apiRoute, writer } from "@/lib/http/route";

type Context = RouteContext<"/api/v1/commitments/[id]/evidence/[evidenceId]">;

export const PATCH = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const params = await context.params;
  const input = await readJson(request, editEvidenceSchema);
  const edited = await editEvidence(
    db,
    idParam(params.id),
    idParam(params.evidenceId, "evidenceId"),
    input,
    auditActorOf(writer(actor)),
    todayIso(),
  );
  return Response.json(edited);
});
