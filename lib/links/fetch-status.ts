import http from "node:http";
import https from "node:https";
import { type AddressPolicy, BlockedAddressError, guardedLookup, isPublicAddress } from "./address-policy";

export type FetchOptions = {
  policy: AddressPolicy;
  userAgent: string;
  timeoutMs: number;
  maxRedirects?: number;
};

export type StatusAnswer = { status: number; finalUrl: string; body?: string };

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** One request: its status and Location, and the body when asked for (robots.txt), at most 500 KB. */
function requestOnce(url: URL, method: "HEAD" | "GET", options: FetchOptions, readBody: boolean) {
  return new Promise<{ status: number; location?: string; body?: string }>((resolve, reject) => {
    const client = url.protocol === "https:" ? https : http;
    const request = client.request(
      url,
      {
        method,
        lookup: guardedLookup(options.policy),
        headers: { "user-agent": options.userAgent, accept: "*/*" },
        timeout: options.timeoutMs,
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (!readBody) {
          response.destroy();
          return resolve({ status, location });
        }
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          body += chunk;
          if (body.length > 500_000) response.destroy();
        });
        response.on("close", () => resolve({ status, location, body }));
      },
    );
    request.on("timeout", () => request.destroy(new Error(`no answer within ${options.timeoutMs / 1000} s`)));
    request.on("error", reject);
    request.end();
  });
}

/**
 * The status an address answers with, following redirects (each one checked against the address policy),
 * HEAD first and GET when HEAD is not supported. Throws for a refused address or no answer.
 */
export async function fetchStatus(
  start: string,
  options: FetchOptions,
  { method = "HEAD", readBody = false }: { method?: "HEAD" | "GET"; readBody?: boolean } = {},
): Promise<StatusAnswer> {
  let url = new URL(start);
  for (let hop = 0; hop <= (options.maxRedirects ?? 5); hop++) {
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new BlockedAddressError(`${url.protocol} addresses are not fetched`);
    // An address written as an IP never goes through the DNS lookup, so it is checked here.
    const literal = url.hostname.replace(/^\[|\]$/g, "");
    if (/^[\d.]+$|:/.test(literal) && !isPublicAddress(literal) && !options.policy.allowHosts.has(literal))
      throw new BlockedAddressError(`${literal} is a private address: not fetched`);
    let answer = await requestOnce(url, method, options, readBody);
    if (method === "HEAD" && (answer.status === 405 || answer.status === 501))
      answer = await requestOnce(url, "GET", options, readBody);
    if (REDIRECTS.has(answer.status) && answer.location) {
      url = new URL(answer.location, url);
      continue;
    }
    return { status: answer.status, finalUrl: url.toString(), body: answer.body };
  }
  throw new Error(`more than ${options.maxRedirects ?? 5} redirects`);
}
