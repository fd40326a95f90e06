import { expect, test } from "@playwright/test";
import { E2E_ACCOUNTS, E2E_PASSWORD } from "./accounts";
import { signIn } from "./fixtures";

// Requests an attacker or an unlucky link would send, through the real server (request guard, Next.js,
// routes): each used to be answered with a 500 or to misbehave.

test.describe("hostile requests", () => {
  test("addresses the database cannot read get a 400 on the API and the not-found page elsewhere", async ({
    request,
    page,
  }) => {
    for (const path of [
      "/api/v1/commitments?q=%00",
      "/api/v1/stats?company=%00",
      "/api/v1/commitments/%FF",
      "/api/v1/commitments?announcedFrom=0000-01-01",
    ]) {
      const answer = await request.get(path);
      expect({ path, status: answer.status() }).toEqual({ path, status: 400 });
      expect((await answer.json()).error).toMatchObject({ code: "bad_request", message: expect.any(String) });
    }
    for (const path of ["/companies/a%00b", "/regions/%00", "/commitments?q=%00", "/commitments/%C0%AF"]) {
      const response = await page.goto(path);
      expect({ path, status: response?.status() }).toEqual({ path, status: 404 });
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    }
  });

  test("a method no route takes gets 405, with the JSON error shape on the API", async ({ request }) => {
    const api = await request.fetch("/api/v1/commitments", { method: "TRACE" });
    expect(api.status()).toBe(405);
    expect((await api.json()).error.code).toBe("method_not_allowed");
    expect((await request.fetch("/commitments", { method: "TRACE" })).status()).toBe(405);
    expect((await request.fetch("/commitments", { method: "PUT" })).status()).toBe(405);
  });

  test("after sign-in, a crafted next never leaves the site, and a signed-in visit never fails", async ({
    page,
    baseURL,
  }) => {
    test.slow(); // four signed-in page loads (the dashboard each time): over 30 s on a busy machine
    await page.goto(`/sign-in?next=${encodeURIComponent("/\t/evil.example")}`);
    await page.getByLabel("Email").fill(E2E_ACCOUNTS.viewer.email);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: /Account:/ })).toBeVisible();
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

    for (const next of ["/\n/evil.example", "/\\evil.example", "//evil.example"]) {
      const response = await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
      expect(response?.status()).toBe(200);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    }
  });

  test("the sign-in log records the connection's own address, whatever the client claims", async ({
    request,
    page,
    baseURL,
  }) => {
    const email = `forged-${Date.now()}@e2e.test`;
    const attempt = await request.post("/api/auth/sign-in/email", {
      data: { email, password: "not the right password" },
      headers: { "x-forwarded-for": "203.0.113.9", "x-tracker-client-address": "198.51.100.1", origin: baseURL! },
    });
    expect(attempt.status()).toBe(401);
    await signIn(page, "admin");
    const audit = await page.request.get(
      `/api/v1/admin/audit?action=sign_in_failed&actor=${encodeURIComponent(email)}`,
      {
        headers: { origin: baseURL! },
      },
    );
    const [entry] = (await audit.json()).data as { ip: string }[];
    expect(entry!.ip).toBe("127.0.0.1");
  });

  test("sign-in works over plain http under a host name (the cookie is not marked Secure there)", async ({
    playwright,
    baseURL,
  }, testInfo) => {
    const port = new URL(baseURL!).port;
    const launch = testInfo.project.use.launchOptions ?? {};
    const browser = await playwright.chromium.launch({
      ...launch,
      args: [...(launch.args ?? []), "--host-resolver-rules=MAP tracker.internal 127.0.0.1"],
    });
    try {
      const page = await browser.newPage();
      const origin = `http://tracker.internal:${port}`;
      await page.goto(`${origin}/sign-in`);
      await page.getByLabel("Email").fill(E2E_ACCOUNTS.viewer.email);
      await page.getByLabel("Password").fill(E2E_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("button", { name: `Account: ${E2E_ACCOUNTS.viewer.email}` })).toBeVisible();
      const cookies = await page.context().cookies(origin);
      expect(cookies.find((c) => c.name.includes("session_token"))).toMatchObject({ secure: false, httpOnly: true });
    } finally {
      await browser.close();
    }
  });
});
