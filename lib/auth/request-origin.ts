/**
 * This app's own origin as the browser sees it: the Host header the request came with (or, behind a
 * reverse proxy with TRUST_PROXY=true, the X-Forwarded-Host/-Proto it set).
 */
export function originOf(request: Request): string {
  const url = new URL(request.url);
  return originFromHeaders(request.headers, { proto: url.protocol.replace(":", ""), host: url.host });
}

/** The same, for a page, which sees the request's headers but not its URL (the app itself speaks plain http). */
export function originFromHeaders(
  headers: Headers,
  fallback: { proto: string; host: string } = { proto: "http", host: "localhost" },
): string {
  const trustProxy = process.env.TRUST_PROXY === "true";
  const host = (trustProxy && headers.get("x-forwarded-host")) || headers.get("host") || fallback.host;
  const proto = (trustProxy && headers.get("x-forwarded-proto")?.split(",")[0]?.trim()) || fallback.proto;
  return `${proto}://${host.split(",")[0]!.trim()}`;
}

/**
 * Whether a request comes from this app's own pages: its Origin header (or, when a browser leaves that
 * out, Sec-Fetch-Site) says so. Cookie-authenticated writes that fail this are cross-site forgeries.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin === originOf(request);
  return request.headers.get("sec-fetch-site") === "same-origin";
}
