/** What a call to the app's own API came back with, errors included (never thrown). */
export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; message: string; fields: Record<string, string>; code?: string };

/** Calls the app's API from the browser (same origin, session cookie) and reads its JSON answer. */
export async function callApi<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
    });
  } catch {
    return {
      ok: false,
      status: 0,
      message: "Could not reach the server. Check your connection and try again.",
      fields: {},
    };
  }
  const data = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.ok) return { ok: true, status: response.status, data: data as T };
  // Our API answers { error: { code, message, fields } }; better-auth answers { code, message }.
  const error = (data?.error ?? data ?? {}) as { code?: string; message?: string; fields?: Record<string, string> };
  return {
    ok: false,
    status: response.status,
    code: error.code,
    message: error.message ?? `The server answered ${response.status}.`,
    fields: error.fields ?? {},
  };
}
