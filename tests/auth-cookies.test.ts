import { afterEach, describe, expect, it } from "vitest";
import { POST as authRoute } from "../app/api/auth/[...all]/route";
import { resolveActor } from "../lib/auth/actor";
import { PASSWORD, createAccount } from "./support/auth";
import { setupTestDatabase } from "./support/database";

// The session cookie follows the scheme the app was reached with: Secure on https and on this machine
// (browsers keep Secure cookies for http://localhost), plain on http under any other host name, where a
// browser would drop a Secure cookie and sign-in would fail without a word.

const t = setupTestDatabase();
afterEach(() => {
  delete process.env.TRUST_PROXY;
});

async function signInAt(origin: string, headers: Record<string, string> = {}) {
  const account = await createAccount(t.db, "viewer");
  const response = await authRoute(
    new Request(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin, ...headers },
      body: JSON.stringify({ email: account.email, password: PASSWORD }),
    }),
  );
  expect(response.status).toBe(200);
  const cookies = response.headers.getSetCookie();
  const session = cookies.find((c) => c.includes("session_token"))!;
  const { actor } = await resolveActor(t.db, new Headers({ cookie: session.split(";")[0]! }));
  return { session, actor, email: account.email };
}

describe("the session cookie", () => {
  it("is not marked Secure on plain http under a host name, and signs in there", async () => {
    const { session, actor, email } = await signInAt("http://tracker.internal:3000");
    expect(session).not.toMatch(/;\s*Secure/i);
    expect(session).toMatch(/HttpOnly/i);
    expect(actor?.email).toBe(email);
  });

  it("is marked Secure on http://localhost and 127.0.0.1", async () => {
    expect((await signInAt("http://localhost:3000")).session).toMatch(/;\s*Secure/i);
    expect((await signInAt("http://127.0.0.1:3000")).session).toMatch(/;\s*Secure/i);
  });

  it("is marked Secure behind a trusted proxy that says the browser used https", async () => {
    process.env.TRUST_PROXY = "true";
    const proxied = await signInAt("http://tracker.internal:3000", {
      "x-forwarded-proto": "https",
      "x-forwarded-host": "tracker.example.org",
      origin: "https://tracker.example.org",
    });
    expect(proxied.session).toMatch(/;\s*Secure/i);
    expect(proxied.actor?.email).toBe(proxied.email);
  });
});
