import type { z } from "zod";
import type { Operation } from "@/app/api/_lib/operation";
import type { Operations } from "@/app/api/_lib/operations";

// The pages' client for /api/v1: an operation is named by its "METHOD /path" key, and its path params,
// query, body and answer are typed by the operation's declaration (imported as types only, so nothing of
// the server reaches the browser).

export type OperationName = keyof Operations;

type PartsOf<O> =
  O extends Operation<infer P, infer Q, infer B, infer R>
    ? { params: z.input<P>; query: z.input<Q>; body: z.input<B>; data: z.output<R> }
    : never;

type Parts<K extends OperationName> = PartsOf<Operations[K]>;

type Given<T> = [T] extends [undefined] ? never : T;

/** What a call takes: `params` when the path has some, `query` always optional, `body` when there is one. */
export type CallInput<K extends OperationName> = { query?: Partial<Given<Parts<K>["query"]>> } & ([
  Given<Parts<K>["params"]>,
] extends [never]
  ? { params?: undefined }
  : { params: Given<Parts<K>["params"]> }) &
  ([Given<Parts<K>["body"]>] extends [never] ? { body?: undefined } : { body: Parts<K>["body"] | FormData });

export type ApiError = {
  code: string;
  message: string;
  fields: Record<string, string>;
  details: Record<string, unknown>;
};

/** An answer, errors included (never thrown): `{ ok, data }` or `{ ok: false, error }`. */
export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: ApiError };

export type ApiData<K extends OperationName> = Parts<K>["data"];

function addressOf(template: string, params: Record<string, unknown> = {}, query: Record<string, unknown> = {}) {
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      if (item !== undefined && item !== null && item !== "") search.append(key, String(item));
    }
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

const UNREACHABLE: ApiError = {
  code: "network_error",
  message: "Could not reach the server. Check your connection and try again.",
  fields: {},
  details: {},
};

/** Reads any JSON error answer: ours is `{ error: { code, message, fields?, details? } }`, better-auth's `{ code, message }`. */
export function errorOf(status: number, body: unknown): ApiError {
  const raw = ((body as { error?: unknown } | null)?.error ?? body ?? {}) as Partial<ApiError>;
  return {
    code: raw.code ?? "error",
    message: raw.message ?? `The server answered ${status}.`,
    fields: raw.fields ?? {},
    details: raw.details ?? {},
  };
}

/**
 * Sends a request from the browser (same origin, session cookie) and reads its JSON answer. A request
 * cancelled through `signal` rejects with the abort error, as fetch does; nothing else is thrown.
 */
export async function send<T>(
  method: string,
  address: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(address, {
      method,
      headers: body === undefined || body instanceof FormData ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      credentials: "same-origin",
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, status: 0, error: UNREACHABLE };
  }
  const data: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  return { ok: false, status: response.status, error: errorOf(response.status, data) };
}

/** Calls a declared /api/v1 operation: `api("PATCH /api/v1/commitments/{id}", { params: { id }, body })`. */
export function api<K extends OperationName>(
  name: K,
  input: CallInput<K>,
  signal?: AbortSignal,
): Promise<ApiResult<ApiData<K>>> {
  const [method, template] = (name as string).split(" ") as [string, string];
  const { params, query, body } = input as { params?: Record<string, unknown>; query?: object; body?: unknown };
  return send<ApiData<K>>(method, addressOf(template, params, query as Record<string, unknown>), body, signal);
}

const CUT_OFF: ApiError = {
  code: "network_error",
  message: "The connection was lost before the answer came. The server goes on with the work: reload to see it.",
  fields: {},
  details: {},
};

/**
 * Calls an operation that answers as it goes (`Accept: application/x-ndjson`): `onProgress` gets each
 * `{ progress }` line, and the call resolves as `api` would, with the last line's result or error.
 */
export async function apiWithProgress<K extends OperationName, P>(
  name: K,
  input: CallInput<K>,
  onProgress: (step: P) => void,
): Promise<ApiResult<ApiData<K>>> {
  const [method, template] = (name as string).split(" ") as [string, string];
  const { params, query, body } = input as { params?: Record<string, unknown>; query?: object; body?: unknown };
  let response: Response;
  try {
    response = await fetch(addressOf(template, params, query as Record<string, unknown>), {
      method,
      headers: { accept: "application/x-ndjson" },
      body: body as BodyInit,
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, error: UNREACHABLE };
  }
  if (!response.ok || !response.body) {
    return {
      ok: false,
      status: response.status,
      error: errorOf(response.status, await response.json().catch(() => null)),
    };
  }
  const lines = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { done, value } = await lines.read().catch(() => ({ done: true, value: undefined }));
    if (done) return { ok: false, status: 0, error: CUT_OFF };
    buffered += value;
    let end: number;
    while ((end = buffered.indexOf("\n")) >= 0) {
      const line = JSON.parse(buffered.slice(0, end)) as { progress?: P; result?: ApiData<K>; status?: number };
      buffered = buffered.slice(end + 1);
      if (line.progress !== undefined) onProgress(line.progress);
      else if ("result" in line) return { ok: true, status: response.status, data: line.result as ApiData<K> };
      else return { ok: false, status: line.status ?? 500, error: errorOf(line.status ?? 500, line) };
    }
  }
}
