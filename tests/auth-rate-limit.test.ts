import { describe, expect, it } from "vitest";
import { rateLimit } from "../db/schema";
import { CLIENT_ADDRESS_HEADER } from "@/app/api/_lib/client-address";
import { authRequest } from "./support/auth";
import { setupTestDatabase } from "./support/database";

// The other suites turn the limiter off (vitest.config.ts); this one checks it. Each test file runs in
// its own process, so this reaches only the auth instance built here.
process.env.AUTH_RATE_LIMIT = "on";
process.env.AUTH_SIGN_INS_PER_MINUTE = "3";

const t = setupTestDatabase();

/** A failed sign-in from `client` (the address the app's server puts in CLIENT_ADDRESS_HEADER). */
const attempt = (n: number, client: string, extra: Record<string, string> = {}) =>
  authRequest(
    t.db,
    "/sign-in/email",
    { email: `someone-${n}@example.org`, password: "wrong password here" },
    { [CLIENT_ADDRESS_HEADER]: client, ...extra },
  );

describe("sign-in rate limit per client", () => {
  it("answers 429 once a client exceeds its sign-in attempts per minute; another client is not affected", async () => {
    const statuses = [];
    for (let n = 0; n < 5; n++) statuses.push((await attempt(n, "203.0.113.5")).status);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    expect((await attempt(9, "198.51.100.7")).status).toBe(401);
  });

  it("ignores X-Forwarded-For: rotating it gives no more attempts", async () => {
    const statuses = [];
    for (let n = 0; n < 5; n++) {
      statuses.push((await attempt(n, "203.0.113.6", { "x-forwarded-for": `198.51.100.${n + 10}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });

  it("keeps its counts in the database, where every app instance sees them", async () => {
    await attempt(0, "203.0.113.8");
    const rows = await t.db.select().from(rateLimit);
    expect(rows.map((r) => r.key)).toEqual([expect.stringContaining("203.0.113.8")]);
  });
});
