import { auditActorOf } from "@/lib/auth/actor";
import { sourceInputSchema } from "@/lib/commitments/write-schemas";
import { readJson } from "@/lib/http/body";
import { readSearchQuery } from "@/lib/http/search-query";
import { apiRoute, writer } from "@/lib/http/route";
import { createSource } from "@/lib/sources/mutations";
import { searchSources } from "@/lib/sources/queries";

/** The statements commitments are recorded from, newest first; `q` searches title, publisher and address. */
export const GET = apiRoute("read", async ({ request, db }) => {
  const { q, limit } = readSearchQuery(new URL(request.url));
  return Response.json({ data: await searchSources(db, q, limit) });
});

/** `{ url, title, publisher?, publishedOn, eventOn?, language? }`. */
export const POST = apiRoute("editor", async ({ request, db, actor }) => {
  const input = await readJson(request, sourceInputSchema);
  return Response.json(await createSource(db, input, auditActorOf(writer(actor))), { status: 201 });
});
