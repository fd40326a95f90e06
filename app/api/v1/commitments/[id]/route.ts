import { auditActorOf } from "@/lib/auth/actor";
import { getCommitmentDetail } from "@/lib/commitments/detail";
import { deleteCommitment } from "@/lib/commitments/deletion";
import { updateCommitment } from "@/lib/commitments/mutations";
import { deleteCommitmentSchema, updateCommitmentSchema } from "@/lib/commitments/write-schemas";
import { todayIso } from "@/lib/dates";
import { readJson } from "@/lib/http/body";
import { ApiError } from "@/lib/http/errors";
import { idParam } from "@/lib/http/ids";
import { apiRoute, writer } from "@/lib/http/route";

type Context = RouteContext<"/api/v1/commitments/[id]">;

export const GET = apiRoute<Context>("read", async ({ context, db }) => {
  const id = idParam((await context.params).id);
  const commitment = await getCommitmentDetail(db, id);
  if (!commitment) throw new ApiError("not_found", `There is no commitment ${id}.`);
  return Response.json(commitment);
});

/** Edits fields; the body carries the `version` it was based on, and a stale one gets 409. */
export const PATCH = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const id = idParam((await context.params).id);
  const input = await readJson(request, updateCommitmentSchema);
  return Response.json(await updateCommitment(db, id, input, auditActorOf(writer(actor)), todayIso()));
});

/** Deletes a commitment recorded by mistake, with a reason; an admin can restore it (…/restore). */
export const DELETE = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const id = idParam((await context.params).id);
  const { reason } = await readJson(request, deleteCommitmentSchema);
  return Response.json(await deleteCommitment(db, id, reason, auditActorOf(writer(actor)), todayIso()));
});
