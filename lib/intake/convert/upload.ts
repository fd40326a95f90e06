import { DomainError, invalid } from "@/lib/errors";
import { detectLanguage } from "../detect-language";
import { MAX_STATEMENT_BYTES } from "../schemas";
import { convertStatement, UnreadableFile } from "./index";

/** An uploaded statement (.txt, .html or .pdf) as text, with its title, format and language; stores nothing. */
export async function readUploadedStatement(file: unknown) {
  if (!(file instanceof File)) throw invalid("Attach the statement as a file.", { file: "is required" });
  let converted;
  try {
    converted = await convertStatement(file.name, new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof UnreadableFile) throw invalid(error.message, { file: error.message });
    throw error;
  }
  if (Buffer.byteLength(converted.text, "utf8") > MAX_STATEMENT_BYTES) {
    throw new DomainError("too_large", "The file's text is longer than 1 MB; intake reads statements up to 1 MB.");
  }
  if (!converted.text.trim()) throw invalid("The file holds no text.", { file: "holds no text" });
  return { ...converted, language: detectLanguage(converted.text) };
}
