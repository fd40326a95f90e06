import type { z } from "zod";
import { getDb } from "@/db";
import { invalid } from "@/lib/errors";
import { zodFieldErrors } from "@/lib/validation";
import { readJsonValue, readMultipart } from "./body";
import { withErrorResponses } from "./errors";
import { type Operation, RawAnswer } from "./operation";
import { queryObject } from "./query";
import { queryFieldErrors } from "./query-errors";
import { assertReadableTarget, authorize } from "./route";

type RouteContext = { params: Promise<Record<string, string | string[]>> } | undefined;

/** Validates one part of a request with its schema: a 400 naming each field, in the same words everywhere. */
function parsePart<S extends z.ZodType>(
  schema: S,
  value: unknown,
  message: string,
  fieldsOf: (error: z.ZodError) => Record<string, string> = zodFieldErrors,
): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(message, fieldsOf(result.error));
  return result.data;
}

function parseQuery<S extends z.ZodType>(schema: S, raw: Record<string, unknown>): z.output<S> {
  return parsePart(schema, raw, "Some query parameters are invalid.", (e) => queryFieldErrors(schema, raw, e));
}

async function readBody(op: Operation, request: Request): Promise<unknown> {
  if (!op.body) return undefined;
  if (op.bodyMode === "multipart") {
    const form = await readMultipart(request, op.maxBodyBytes ?? 0);
    return parsePart(op.body, Object.fromEntries(form.entries()), "Some fields are invalid.");
  }
  const value = await readJsonValue(request, { maxBytes: op.maxBodyBytes });
  return op.bodyMode === "json-checked-by-service" ? value : parsePart(op.body, value, "Some fields are invalid.");
}

/**
 * The route handler of a declared operation: who may call it, then the address, the query and the body
 * checked by their schemas, then the service; every error answered as JSON (app/api/_lib/errors.ts).
 */
export function serve<O extends Operation>(op: O) {
  const handler = withErrorResponses<RouteContext>(async (request, context) => {
    assertReadableTarget(request);
    const db = await getDb();
    const actor = await authorize(db, request, op.access);
    const params = op.params ? parsePart(op.params, await context?.params, "The address is invalid.") : {};
    const query = op.query ? parseQuery(op.query, queryObject(new URL(request.url))) : {};
    const body = await readBody(op, request);
    const answer = await op.run({ params, query, body, db, actor, request });
    if (answer instanceof RawAnswer) return answer.response;
    return Response.json(answer, { status: op.status ?? 200 });
  });
  return Object.assign(handler, { access: op.access, operation: op as Operation });
}
