import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";

// These start a second copy of the app the way an operator would (`npm start`, i.e. scripts/start.ts)
// next to the server the other tests use, and check that it refuses to run rather than misbehave.

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

  test("a malformed DATABASE_URL is refused before anything starts", async () => {
    const { code, output } = await runStart({ DATABASE_URL: "localhost:5432/tracker", PORT: "3197" });
    expect(code).toBe(1);
    expect(output).toMatch(/DATABASE_URL (is not a valid URL|must start with postgres:\/\/)/);
  });
});
