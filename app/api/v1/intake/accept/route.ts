import { auditActorOf } from "@/lib/auth/actor";
import { todayIso } from "@/lib/dates";
import { readJson } from "@/lib/http/body";
import { apiRoute, writer } from "@/lib/http/route";
import { acceptCandidates } from "@/lib/intake/accept";
import { MAX_INTAKE_BODY_BYTES, acceptSchema } from "@/lib/intake/schemas";

/** Stores the source with its text and the accepted commitments and restatements, all or nothing. */
export const POST = apiRoute("editor", async ({ request, db, actor }) => {
  const input = await readJson(request, acceptSchema, { maxBytes: MAX_INTAKE_BODY_BYTES });
  return Response.json(await acceptCandidates(db, input, auditActorOf(writer(actor)), todayIso()), { status: 201 });
});
