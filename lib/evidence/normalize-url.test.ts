import { describe, expect, it } from "vitest";
import { normalizeUrl, publisherFromUrl } from "./normalize-url";

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
