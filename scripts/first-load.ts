// What a first visit to a page downloads before anything else: the scripts its HTML loads itself
// (first-load JavaScript), gzipped as a server would send them, and the HTML. Used by npm run weight and by
// the browser test that keeps the dashboard within its budget.

import { gzipSync } from "node:zlib";

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url, { redirect: "manual" });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}, not 200`);
  return body;
}

/**
 * The script addresses the HTML loads itself (`<script src>`), each once; not the `nomodule` polyfills, which
 * only browsers without JavaScript modules (none in use today) download.
 */
function scriptSources(html: string): string[] {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
  const sources = tags.flatMap((tag) => {
    if (/\bnomodule\b/i.test(tag)) return [];
    const src = /\bsrc="([^"]+)"/.exec(tag)?.[1];
    return src ? [src] : [];
  });
  return [...new Set(sources)];
}

export async function weighPage(base: string, path: string) {
  const html = await fetchText(`${base}${path}`);
  const scripts = await Promise.all(
    scriptSources(html).map(async (src) => ({
      src,
      gzipped: gzipSync(await fetchText(new URL(src, base).href), { level: 9 }).length,
    })),
  );
  const js = scripts.reduce((sum, script) => sum + script.gzipped, 0);
  return { path, js, html: gzipSync(html, { level: 9 }).length, scripts };
}
