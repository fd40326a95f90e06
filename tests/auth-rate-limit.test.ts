import { describe, expect, it } from "vitest";
import { authRequest } from "./support/auth";
import { setupTestDatabase } from "./support/database";

// The other suites turn the limiter off (vitest.config.ts); this one checks it. Each test file runs in
// its own process, so this reaches only the auth instance built here.
process.env.AUTH_RATE_LIMIT = "on";
process.env.AUTH_SIGN_INS_PER_MINUTE = "3";

const t = setupTestDatabase();

describe("sign-in rate limit per client", () => {
  it("answers 429 once a client exceeds its sign-in attempts per minute", async () => {
    const attempt = (n: number) =>
      authRequest(
        t.db,
        "/sign-in/email",
        { email: `someone-${n}@example.org`, password: "wrong password here" },
        { "x-forwarded-for": "203.0.113.5" },
      );
    const statuses = [];
    for (let n = 0; n < 5; n++) statuses.push((await attempt(n)).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    // Another client is not affected.
    const other = await authRequest(
      t.db,
      "/sign-in/email",
      { email: "someone@example.org", password: "wrong password here" },
      { "x-forwarded-for": "198.51.100.7" },
    );
    expect(other.status).toBe(401);
  });
});
