import { describe, expect, it } from "vitest";
import { readProxyTrust, resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("without TRUST_PROXY takes the connection's address and ignores X-Forwarded-For", () => {
    const trust = readProxyTrust({});
    expect(resolveClientAddress("::ffff:192.0.2.10", "203.0.113.1", trust)).toBe("192.0.2.10");
    expect(resolveClientAddress("192.0.2.10", undefined, trust)).toBe("192.0.2.10");
  });

  it("behind a trusted proxy takes the right-most address the client could not have written", () => {
    const trust = readProxyTrust({ TRUST_PROXY: "true" });
    // The client forged the first entry; the proxy appended the real one.
    expect(resolveClientAddress("10.0.0.2", "203.0.113.1, 198.51.100.20", trust)).toBe("198.51.100.20");
    expect(resolveClientAddress("10.0.0.2", undefined, trust)).toBe("10.0.0.2");
  });

  it("skips further proxies listed in TRUSTED_PROXIES", () => {
    const trust = readProxyTrust({ TRUST_PROXY: "true", TRUSTED_PROXIES: "10.1.0.0/16, 2001:db8::1" });
    expect(resolveClientAddress("10.0.0.2", "203.0.113.1, 198.51.100.20, 10.1.4.4", trust)).toBe("198.51.100.20");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.20, 2001:db8::1", trust)).toBe("198.51.100.20");
  });

  it("falls back to the proxy's own address when the header holds something that is not an address", () => {
    const trust = readProxyTrust({ TRUST_PROXY: "true" });
    expect(resolveClientAddress("10.0.0.2", "203.0.113.1, not-an-address", trust)).toBe("10.0.0.2");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or a range", () => {
    expect(() => readProxyTrust({ TRUSTED_PROXIES: "proxy.internal" })).toThrow(
      /neither an IP address nor a CIDR range/,
    );
    expect(() => readProxyTrust({ TRUSTED_PROXIES: "10.0.0.0/abc" })).toThrow(/CIDR/);
  });
});
