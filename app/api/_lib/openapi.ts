import type { ErrorCode } from "./errors";
import type { Operation } from "./operation";
import { componentSchemas, parametersOf } from "./openapi-schemas";

const ERROR_DESCRIPTIONS: Record<ErrorCode, string> = {
  bad_request: "Bad input: the message says what, `fields` names each field.",
  unauthorized: "Not signed in, or an unknown or revoked token.",
  forbidden: "The account's role does not allow this, or a cookie write came from another site.",
  not_found: "Nothing has this id or slug.",
  conflict: "A stale `version`, a duplicate, or another change got in the way.",
  method_not_allowed: "This method is not served here.",
  payload_too_large: "The body is larger than this operation takes.",
  rate_limited: "Too many attempts; try again later.",
  internal_error: "Something went wrong on the server; it was logged.",
  service_unavailable: "The database is unavailable, or the server is too busy.",
};
const ERROR_STATUS_CODES: Record<ErrorCode, string> = {
  bad_request: "400",
  unauthorized: "401",
  forbidden: "403",
  not_found: "404",
  conflict: "409",
  method_not_allowed: "405",
  payload_too_large: "413",
  rate_limited: "429",
  internal_error: "500",
  service_unavailable: "503",
};

function errorCodesOf(op: Operation): ErrorCode[] {
  const codes: ErrorCode[] = ["bad_request", "unauthorized"];
  if (op.access !== "read") codes.push("forbidden");
  if (op.params) codes.push("not_found");
  return [...new Set([...codes, ...(op.errors ?? [])])];
}

function securityOf(op: Operation) {
  const signedIn = [{ bearerToken: [] }, { sessionCookie: [] }];
  return op.access === "read" ? [{}, ...signedIn] : signedIn;
}

function requestBodyOf(op: Operation, bodyRef: ReturnType<typeof componentSchemas>["bodyRef"]) {
  const schema = bodyRef(op);
  if (!schema) return undefined;
  const mediaType = op.bodyMode === "multipart" ? "multipart/form-data" : "application/json";
  const examples = Object.fromEntries(
    (op.examples ?? []).filter((e) => e.body !== undefined).map((e) => [e.name, { value: e.body }]),
  );
  return {
    required: true,
    content: { [mediaType]: { schema, ...(Object.keys(examples).length ? { examples } : {}) } },
  };
}

/** The OpenAPI 3.1 document of every declared operation (GET /api/v1/openapi.json). */
export function openApiDocument(operations: Operation[], version: string) {
  const { schemas, responseRef, bodyRef, errorRef } = componentSchemas(operations);
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const roleNote =
      op.access === "read"
        ? "Readable by anyone when PUBLIC_READ is on, else by any account."
        : `Needs the ${op.access} role.`;
    const responses: Record<string, unknown> = {
      [String(op.status ?? 200)]: {
        description: "Success.",
        content: { [op.contentType ?? "application/json"]: { schema: responseRef(op) } },
      },
    };
    for (const code of errorCodesOf(op)) {
      responses[ERROR_STATUS_CODES[code]] = {
        description: ERROR_DESCRIPTIONS[code],
        content: { "application/json": { schema: errorRef } },
      };
    }
    (paths[op.path] ??= {})[op.method.toLowerCase()] = {
      operationId: op.id,
      tags: [op.tag],
      summary: op.summary,
      description: [op.description, roleNote].filter(Boolean).join("\n\n"),
      security: securityOf(op),
      "x-required-access": op.access,
      parameters: [...parametersOf(op.params, "path"), ...parametersOf(op.query, "query")],
      ...(op.body ? { requestBody: requestBodyOf(op, bodyRef) } : {}),
      responses,
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Commitment tracker API",
      version,
      description:
        "Pledges between governments and companies, their evidence and status. Reads are open when the instance allows public reading; writes need an editor or admin, by session cookie (same origin) or `Authorization: Bearer <token>`.",
    },
    servers: [{ url: "/" }],
    tags: [...new Set(operations.map((op) => op.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token made by an admin." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "better-auth.session_token" },
      },
    },
  };
}
