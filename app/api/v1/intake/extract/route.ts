import { readJson } from "@/lib/http/body";
import { ApiError } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";
import { MAX_INTAKE_BODY_BYTES, MAX_STATEMENT_BYTES, extractSchema } from "@/lib/intake/schemas";
import { extractFromStatement } from "@/lib/intake/service";

/** `{ text, language?, publishedOn?, sourceUrl? }` → the candidate commitments in it; stores nothing. */
export const POST = apiRoute("editor", async ({ request, db }) => {
  const input = await readJson(request, extractSchema, { maxBytes: MAX_INTAKE_BODY_BYTES });
  if (Buffer.byteLength(input.text, "utf8") > MAX_STATEMENT_BYTES) {
    throw new ApiError(
      "payload_too_large",
      `The statement is longer than ${MAX_STATEMENT_BYTES / 1024 / 1024} MB of text.`,
    );
  }
  return Response.json(await extractFromStatement(db, input));
});
