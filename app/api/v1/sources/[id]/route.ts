import { auditActorOf } from "@/lib/auth/actor";
import { sourceUpdateSchema } from "@/lib/commitments/write-schemas";
import { readJson } from "@/lib/http/body";
import { ApiError } from "@/lib/http/errors";
import { idParam } from "@/lib/http/ids";
import { apiRoute, writer } from "@/lib/http/route";
import { updateSource } from "@/lib/sources/mutations";
import { getSourceWithText } from "@/lib/sources/text";

type Context = RouteContext<"/api/v1/sources/[id]">;

/** The source with its stored text, `textSha256`, whether the text still matches it, and its quotes. */
export const GET = apiRoute<Context>("read", async ({ context, db }) => {
  const id = idParam((await context.params).id);
  const source = await getSourceWithText(db, id);
  if (!source) throw new ApiError("not_found", `There is no source ${id}.`);
  return Response.json(source);
});

export const PATCH = apiRoute<Context>("editor", async ({ request, context, db, actor }) => {
  const id = idParam((await context.params).id);
  const input = await readJson(request, sourceUpdateSchema);
  return Response.json(await updateSource(db, id, input, auditActorOf(writer(actor))));
});
