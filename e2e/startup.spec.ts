import { expect, test } from "@playwright/test";
import fs from "node:fs";
import { type Instance, sidePort, startInstance, stopInstance } from "./instances";

// These start a second copy of the app the way an operator would (`npm start`, i.e. scripts/start.ts)
// next to the server the other tests use, and check that it refuses to run rather than misbehave.

/** Runs `npm start` until it exits by itself (it should, refusing to start), or kills it after a minute. */
async function runStart(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const instance = startInstance(env);
  const timer = setTimeout(() => instance.child.kill("SIGTERM"), 60_000);
  const code = await instance.exited;
  clearTimeout(timer);
  return { code, output: instance.output() };
}

test.describe("starting the app", () => {
  test.setTimeout(90_000);

  test("a second start on the same data directory stops with a clear message and the first keeps serving", async ({
    page,
  }) => {
    test.skip(Boolean(process.env.DATABASE_URL), "the directory lock concerns the embedded database only");
    const { code, output } = await runStart({
      DATA_DIR: ".data-e2e",
      PORT: String(sidePort(99)),
      DATABASE_URL: undefined,
    });
    expect(code).toBe(1);
    expect(output).toMatch(/data directory .*\.data-e2e is already in use by another process \(pid \d+/);
    expect(output).not.toMatch(/\n\s+at /); // no stack trace

    await page.goto("/commitments");
    await expect(page.getByRole("table", { name: "Commitments" }).locator("tbody tr")).toHaveCount(15);
  });

  test("an unreachable DATABASE_URL stops the app with a clear message instead of falling back", async () => {
    const { code, output } = await runStart({
      DATABASE_URL: "postgres://tracker@127.0.0.1:1/tracker_test",
      DATA_DIR: ".data-e2e-unused",
      PORT: String(sidePort(98)),
    });
    expect(code).toBe(1);
    expect(output).toContain(
      "Cannot use the PostgreSQL database given by DATABASE_URL (postgres://tracker@127.0.0.1:1/tracker_test)",
    );
    expect(output).toContain("nothing is listening there");
    expect(output).not.toMatch(/\n\s+at /);
  });

  test("the first start of an empty instance prints an admin password once, and it signs in", async ({ request }) => {
    test.skip(Boolean(process.env.DATABASE_URL), "uses a fresh embedded database of its own");
    const dataDir = ".data-e2e-first-start";
    fs.rmSync(dataDir, { recursive: true, force: true });
    const port = sidePort(96);
    const env = { DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: undefined };
    const started: Instance[] = [];
    try {
      const first = startInstance(env);
      started.push(first);
      const output = await first.waitFor(/password: (\S+)[\s\S]*Ready|Ready[\s\S]*password: (\S+)/);
      const password = /password: (\S+)/.exec(output)![1]!;
      expect(output).toContain("email:    admin@tracker.local");
      const signIn = await request.post(`http://127.0.0.1:${port}/api/auth/sign-in/email`, {
        data: { email: "admin@tracker.local", password },
        headers: { origin: `http://127.0.0.1:${port}` },
      });
      expect(signIn.status()).toBe(200);
      await stopInstance(first);

      const second = startInstance(env);
      started.push(second);
      await second.waitFor(/Ready/);
      // Give the server's start-up work time to print, then check it printed no password.
      // A first request loads the route's code: on a busy machine that can take longer than the default 10 s.
      await expect
        .poll(async () => (await request.get(`http://127.0.0.1:${port}/api/v1/regions`)).status(), { timeout: 60_000 })
        .toBe(200);
      expect(second.output()).not.toContain("password:");
      await stopInstance(second);
    } finally {
      // A failure above must not leave a server holding the port for the next run.
      await Promise.all(started.map(stopInstance));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("a malformed DATABASE_URL is refused before anything starts", async () => {
    const { code, output } = await runStart({ DATABASE_URL: "localhost:5432/tracker", PORT: String(sidePort(97)) });
    expect(code).toBe(1);
    expect(output).toMatch(/DATABASE_URL (is not a valid URL|must start with postgres:\/\/)/);
  });
});
