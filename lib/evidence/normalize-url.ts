// Query parameters that only track where a click came from; they never change what a page says.
const TRACKING_PARAMETERS = [
  /^utm_/i,
  /^(fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|igshid|twclid|ttclid|li_fat_id)$/i,
  /^(mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|vero_id|oly_enc_id|oly_anon_id|rb_clickid|s_cid|wickedid)$/i,
];

export const MAX_URL_LENGTH = 2000;

export type NormalizedUrl = {
  /** What is stored and shown: lower-case scheme and host, no fragment, no tracking parameters. */
  url: string;
  /**
   * What two addresses of one page share (see pageKey): parameters sorted, and the scheme, a leading
   * `www.`, a trailing slash and a closing `index.html` set aside.
   */
  key: string;
};

export type UrlCheck = { ok: true; value: NormalizedUrl } | { ok: false; message: string };

const isTracking = (name: string) => TRACKING_PARAMETERS.some((pattern) => pattern.test(name));

/**
 * Checks and normalizes a link: only http and https (never javascript:, data: or the like), no user name
 * or password in it; lower-case host, no #fragment, no tracking parameters such as utm_*, fbclid, gclid.
 */
export function normalizeUrl(raw: string): UrlCheck {
  const text = raw.trim();
  if (!text) return { ok: false, message: "must not be empty" };
  if (text.length > MAX_URL_LENGTH) return { ok: false, message: `must be at most ${MAX_URL_LENGTH} characters` };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, message: "must be a full web address starting with http:// or https://" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return { ok: false, message: `must be an http or https address, not ${url.protocol}` };
  }
  if (url.username || url.password) return { ok: false, message: "must not contain a user name or password" };
  if (!url.hostname.includes(".") && url.hostname !== "localhost") {
    return { ok: false, message: "must name a real host, such as www.example.com" };
  }
  url.hash = "";
  for (const name of [...url.searchParams.keys()]) if (isTracking(name)) url.searchParams.delete(name);
  const clean = url.toString().replace(/\?$/, "");
  return { ok: true, value: { url: clean, key: pageKey(url) } };
}

const INDEX_PAGE = /\/index\.html?$/i;

/**
 * The key under which two addresses of one page compare equal: http and https, `www.example.com` and
 * `example.com`, `/x`, `/x/` and `/x/index.html` are one page; parameters are sorted. Written as an https
 * address, and the key of a key is itself, so keys stored under an older, stricter rule can be compared too.
 */
export function pageKey(address: URL | string): string {
  const url = new URL(address);
  url.protocol = "https:";
  if (url.port === "80" || url.port === "443") url.port = "";
  url.hostname = url.hostname.replace(/^www\./, "");
  url.hash = "";
  url.pathname = url.pathname.replace(INDEX_PAGE, "/").replace(/\/+$/, "") || "/";
  url.searchParams.sort();
  return url.toString().replace(/\?$/, "");
}

/** The publisher to suggest for a link: its host name without "www." (editable by the analyst). */
export function publisherFromUrl(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
