/** Calls a route handler the way Next.js would, with a URL on a test origin. */
export async function call<C>(
  handler: (request: Request, context: C) => Promise<Response>,
  path: string,
  { context, init }: { context?: C; init?: RequestInit } = {},
) {
  const response = await handler(new Request(`http://tracker.test${path}`, init), context as C);
  const type = response.headers.get("content-type") ?? "";
  const isDownload = Boolean(response.headers.get("content-disposition"));
  // Downloads are decoded keeping a byte-order mark, so tests can check it is there.
  const body =
    type.includes("application/json") && !isDownload
      ? await response.json()
      : new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body };
}

export const routeParams = <P extends Record<string, string | string[]>>(params: P) => ({
  params: Promise.resolve(params),
});

/** Sends a JSON body to a route handler, with the given caller's headers. */
export function send<C>(
  handler: (request: Request, context: C) => Promise<Response>,
  method: string,
  path: string,
  body: unknown,
  { headers = {}, params }: { headers?: Record<string, string>; params?: Record<string, string> } = {},
) {
  return call(handler, path, {
    context: (params ? routeParams(params) : undefined) as C,
    init: {
      method,
      headers: { ...headers, "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    },
  });
}
