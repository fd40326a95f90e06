import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import fs from "node:fs";

// These start a second copy of the app the way an operator would (`npm start`, i.e. scripts/start.ts)
// next to the server the other tests use, and check that it refuses to run rather than misbehave.

/** Starts the app and returns once `until` appears in its output (it keeps running) or it exits. */
function startUntil(env: Record<string, string | undefined>, until: RegExp) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
  });
  let output = "";
  const ready = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (until.test(output)) resolve(output);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.on("exit", (code) => reject(new Error(`start exited with ${code}:\n${output}`)));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return { ready, stop, output: () => output };
}

function runStart(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGTERM"), 60_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test.describe("starting the app", () => {
  test.setTimeout(90_000);

  test("a second start on the same data directory stops with a clear message and the first keeps serving", async ({
    page,
  }) => {
    test.skip(Boolean(process.env.DATABASE_URL), "the directory lock concerns the embedded database only");
    const { code, output } = await runStart({ DATA_DIR: ".data-e2e", PORT: "3199", DATABASE_URL: undefined });
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
      PORT: "3198",
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
    const env = { DATA_DIR: dataDir, PORT: "3196", DATABASE_URL: undefined };
    try {
      const first = startUntil(env, /password: (\S+)[\s\S]*Ready|Ready[\s\S]*password: (\S+)/);
      const output = await first.ready;
      const password = /password: (\S+)/.exec(output)![1]!;
      expect(output).toContain("email:    admin@tracker.local");
      const signIn = await request.post("http://127.0.0.1:3196/api/auth/sign-in/email", {
        data: { email: "admin@tracker.local", password },
        headers: { origin: "http://127.0.0.1:3196" },
      });
      expect(signIn.status()).toBe(200);
      await first.stop();

      const second = startUntil(env, /Ready/);
      await second.ready;
      // Give the server's start-up work time to print, then check it printed no password.
      await expect.poll(async () => (await request.get("http://127.0.0.1:3196/api/v1/regions")).status()).toBe(200);
      expect(second.output()).not.toContain("password:");
      await second.stop();
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  test("a malformed DATABASE_URL is refused before anything starts", async () => {
    const { code, output } = await runStart({ DATABASE_URL: "localhost:5432/tracker", PORT: "3197" });
    expect(code).toBe(1);
    expect(output).toMatch(/DATABASE_URL (is not a valid URL|must start with postgres:\/\/)/);
  });
});
