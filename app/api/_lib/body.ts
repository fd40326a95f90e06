import type { z } from "zod";
import { ApiError, type FieldErrors, badRequest } from "./errors";
import { findUnsafeValue } from "./unsafe-text";
import { zodFieldErrors } from "@/lib/validation";

/** Largest JSON body a write accepts; a longer one is refused with 413 before it is parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Turns zod issues into one message per field ("source.url": "…"); unknown fields are named too. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  return zodFieldErrors(error);
}

async function readLimited(request: Request, maxBytes: number): Promise<string> {
  return new TextDecoder().decode(await readLimitedBytes(request, maxBytes));
}

async function readLimitedBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  const tooLarge = () =>
    new ApiError(
      "payload_too_large",
      maxBytes >= 1024 * 1024
        ? `The request body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`
        : `The request body is larger than ${Math.round(maxBytes / 1024)} KB.`,
    );
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Reads a JSON body (413 when too large, 400 when not JSON or holding text that cannot be stored), unvalidated. */
export async function readJsonValue(
  request: Request,
  { maxBytes = MAX_BODY_BYTES }: { maxBytes?: number } = {},
): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().includes("application/json")) {
    throw badRequest("Send the body as JSON, with Content-Type: application/json.");
  }
  const text = await readLimited(request, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw badRequest("The body is not valid JSON.");
  }
  const unsafe = findUnsafeValue(data);
  if (unsafe) throw badRequest("Some fields are invalid.", { [unsafe.path]: unsafe.reason });
  return data;
}

/** Reads a JSON body and validates it; any problem is a 400 (or 413) with a message per field. */
export async function readJson<S extends z.ZodType>(
  request: Request,
  schema: S,
  options: { maxBytes?: number } = {},
): Promise<z.output<S>> {
  const data = await readJsonValue(request, options);
  const result = schema.safeParse(data);
  if (!result.success) throw badRequest("Some fields are invalid.", fieldErrors(result.error));
  return result.data;
}

/** Reads a multipart/form-data body of at most `maxBytes` (413 beyond) into its fields and files. */
export async function readMultipart(request: Request, maxBytes: number): Promise<FormData> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    throw badRequest("Send the file as multipart/form-data, in a field named file.");
  }
  const bytes = await readLimitedBytes(request, maxBytes);
  try {
    return await new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]), {
      headers: { "content-type": type },
    }).formData();
  } catch {
    throw badRequest("The multipart body could not be read.");
  }
}
