import { auditActorOf } from "@/lib/auth/actor";
import { restoreCommitment } from "@/lib/commitments/deletion";
import { todayIso } from "@/lib/dates";
import { idParam } from "@/lib/http/ids";
import { apiRoute, writer } from "@/lib/http/route";

type Context = RouteContext<"/api/v1/commitments/[id]/restore">;

/** Brings a deleted commitment back whole (admin). */
export const POST = apiRoute<Context>("admin", async ({ context, db, actor }) => {
  const id = idParam((await context.params).id);
  return Response.json(await restoreCommitment(db, id, auditActorOf(writer(actor)), todayIso()));
});
