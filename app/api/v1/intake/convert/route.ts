import { readMultipart } from "@/lib/http/body";
import { ApiError, badRequest } from "@/lib/http/errors";
import { apiRoute } from "@/lib/http/route";
import { UnreadableFile, convertStatement } from "@/lib/intake/convert";
import { detectLanguage } from "@/lib/intake/detect-language";
import { MAX_STATEMENT_BYTES } from "@/lib/intake/schemas";

/** The largest file accepted for conversion (a PDF is much larger than its text). */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** multipart `file` (.txt, .html or .pdf) → `{ text, title, format, language }`; stores nothing. */
export const POST = apiRoute("editor", async ({ request }) => {
  const form = await readMultipart(request, MAX_UPLOAD_BYTES);
  const file = form.get("file");
  if (!(file instanceof File)) throw badRequest("Attach the statement as a file.", { file: "is required" });
  let converted;
  try {
    converted = await convertStatement(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof UnreadableFile) throw badRequest(error.message, { file: error.message });
    throw error;
  }
  if (Buffer.byteLength(converted.text, "utf8") > MAX_STATEMENT_BYTES) {
    throw new ApiError("payload_too_large", "The file's text is longer than 1 MB; intake reads statements up to 1 MB.");
  }
  if (!converted.text.trim()) throw badRequest("The file holds no text.", { file: "holds no text" });
  return Response.json({ ...converted, language: detectLanguage(converted.text) });
});
