import { describe, expect, it } from "vitest";
import { normalizeUrl, pageKey, publisherFromUrl } from "./normalize-url";

const ok = (raw: string) => {
  const result = normalizeUrl(raw);
  if (!result.ok) throw new Error(result.message);
  return result.value;
};

describe("normalizeUrl", () => {
  it("lower-cases scheme and host, and drops the fragment", () => {
    expect(ok("HTTPS://News.Example.COM/Path/Item?id=7#comments").url).toBe("https://news.example.com/Path/Item?id=7");
  });

  it("removes tracking parameters and keeps the ones that matter", () => {
    expect(ok("https://example.com/a?utm_source=x&id=5&fbclid=abc&UTM_Medium=y&gclid=1&mc_eid=2").url).toBe(
      "https://example.com/a?id=5",
    );
    expect(ok("https://example.com/a?utm_campaign=only").url).toBe("https://example.com/a");
  });

  it("gives two addresses of one page the same key, whatever their parameter order", () => {
    expect(ok("https://example.com/a?b=2&a=1#x").key).toBe(ok("https://EXAMPLE.com/a?a=1&b=2&utm_source=feed").key);
    expect(ok("https://example.com:443/a").key).toBe(ok("https://example.com/a").key);
  });

  it("gives one key to a page whatever its scheme, www., trailing slash or index.html", () => {
    const key = ok("https://www.siemens.com/x").key;
    for (const variant of [
      "http://siemens.com/x",
      "https://siemens.com/x/",
      "http://WWW.Siemens.com/x/index.html",
      "https://www.siemens.com/x/index.htm#top",
      "http://www.siemens.com:80/x/",
    ]) {
      expect(ok(variant).key).toBe(key);
    }
    expect(ok("https://www.siemens.com/x").url).toBe("https://www.siemens.com/x"); // what is shown stays as given
    expect(ok("https://siemens.com/").key).toBe(ok("http://www.siemens.com/index.html").key);
  });

  it("keeps apart what may be another page", () => {
    const key = ok("https://siemens.com/x").key;
    expect(ok("https://siemens.com/X").key).not.toBe(key);
    expect(ok("https://www2.siemens.com/x").key).not.toBe(key);
    expect(ok("https://siemens.com/x/index.php").key).not.toBe(key);
    expect(ok("https://siemens.com:8443/x").key).not.toBe(key);
    expect(ok("https://siemens.com/x?page=2").key).not.toBe(key);
  });

  it("reads a key as its own key, so keys stored by an older rule compare too", () => {
    const { key } = ok("http://www.example.com/a/?b=2&a=1");
    expect(pageKey(key)).toBe(key);
    expect(pageKey("http://www.example.com/a/?a=1&b=2")).toBe(key);
  });

  it.each([
    ["javascript:alert(1)", /http or https/],
    ["data:text/html,<script>alert(1)</script>", /http or https/],
    ["ftp://example.com/file", /http or https/],
    ["vbscript:msgbox", /http or https/],
    ["example.com/news", /full web address/],
    ["https://user:secret@example.com/", /user name or password/],
    ["http://intranet/page", /real host/],
    ["", /empty/],
    [`https://example.com/${"a".repeat(2000)}`, /at most 2000/],
  ])("refuses %s", (raw, message) => {
    const result = normalizeUrl(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it("keeps non-Latin paths and hosts readable", () => {
    expect(ok("https://www.gov.cn/新闻/2024").url).toBe("https://www.gov.cn/%E6%96%B0%E9%97%BB/2024");
    expect(ok("https://Bücher.de/x").url).toBe("https://xn--bcher-kva.de/x");
  });
});

describe("publisherFromUrl", () => {
  it("is the host without www.", () => {
    expect(publisherFromUrl("https://www.reuters.com/world/")).toBe("reuters.com");
    expect(publisherFromUrl("https://en.dl.gov.cn/art/1.html")).toBe("en.dl.gov.cn");
  });
});
