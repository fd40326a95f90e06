import { originOf } from "@/lib/auth/request-origin";

function isLoopback(hostname: string): boolean {
  return (
    hostname === "localhost" ||
    hostname.endsWith(".localhost") ||
    /^127(\.\d{1,3}){3}$/.test(hostname) ||
    hostname === "[::1]"
  );
}

/**
 * Whether cookies set in answer to this request must be Secure: yes when the app was reached over https
 * (directly or, with TRUST_PROXY, through a proxy that says so), and on plain http only for this machine
 * (browsers keep Secure cookies for http://localhost). On plain http under any other host name a Secure
 * cookie would be dropped by the browser and sign-in would fail without a word.
 */
export function cookiesMustBeSecure(request: Request): boolean {
  const origin = new URL(originOf(request));
  return origin.protocol === "https:" || isLoopback(origin.hostname);
}

/** The response with `Secure` added to every cookie it sets, when the request calls for it. */
export function applyCookieSecurity(request: Request, response: Response): Response {
  const cookies = response.headers.getSetCookie();
  if (cookies.length === 0 || !cookiesMustBeSecure(request)) return response;
  const headers = new Headers(response.headers);
  headers.delete("set-cookie");
  for (const cookie of cookies)
    headers.append("set-cookie", /;\s*secure\s*(;|$)/i.test(cookie) ? cookie : `${cookie}; Secure`);
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}
