import type { z } from "zod";
import type { Database } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import type { ErrorCode } from "./errors";
import type { RouteAccess } from "./route";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/** What a body is: JSON checked by the schema before the service runs, JSON the service checks itself
 * (with rules that need the database, so that every problem is named in one answer), or a file upload. */
export type BodyMode = "json" | "json-checked-by-service" | "multipart";

/** A request to try the operation with: the OpenAPI document shows it, and a test runs it. */
export type OperationExample = {
  name: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
};

export type RunInput<P, Q, B> = {
  params: P;
  query: Q;
  body: B;
  db: Database;
  actor: Actor | null;
  request: Request;
};

/** An answer the service shaped itself: a status other than the declared one, headers, or a stream. */
export class RawAnswer {
  constructor(readonly response: Response) {}
}

/**
 * One /api/v1 operation, declared once: the route handler, the OpenAPI document, the API reference, the
 * typed client and the access matrix all read it.
 */
export type Operation<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> = {
  method: HttpMethod;
  /** OpenAPI style: /api/v1/commitments/{id}. */
  path: string;
  id: string;
  tag: string;
  summary: string;
  description?: string;
  access: RouteAccess;
  params?: P;
  query?: Q;
  body?: B;
  bodyMode?: BodyMode;
  /** The largest body accepted (413 beyond); JSON bodies default to 64 KB. */
  maxBodyBytes?: number;
  /** The status of a success (200 unless given). */
  status?: 200 | 201;
  response: R;
  /** The media type of a success when it is not JSON (exports). */
  contentType?: string;
  /** Error answers beyond the ones every operation can give (400, 401, 403 and 404 are implied). */
  errors?: ErrorCode[];
  examples?: readonly OperationExample[];
  run: (input: RunInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<z.input<R> | RawAnswer>;
};

/**
 * Declares an operation, keeping its method, path and schemas' types for the handler and the typed client.
 * A part that is not declared (no params, no query, no body) is typed `undefined`.
 */
export function operation<
  M extends HttpMethod,
  Path extends string,
  P extends z.ZodType = z.ZodUndefined,
  Q extends z.ZodType = z.ZodUndefined,
  B extends z.ZodType = z.ZodUndefined,
  R extends z.ZodType = z.ZodUnknown,
>(declared: Operation<P, Q, B, R> & { method: M; path: Path }): Operation<P, Q, B, R> & { method: M; path: Path } {
  return declared;
}

/** The key the typed client names an operation by: "PATCH /api/v1/commitments/{id}". */
export type OperationKey<O extends Operation> = `${O["method"]} ${O["path"]}`;
