import { type APIRequestContext, expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import fs from "node:fs";
import postgres from "postgres";
import { E2E_ACCOUNTS, E2E_PASSWORD } from "./accounts";
import { sidePort, startInstance, stopInstance } from "./instances";

// A backup taken from the running e2e server (its embedded database through the server's control socket,
// or PostgreSQL with pg_dump), restored into a fresh database and served by a second copy of the app,
// which must answer with the same commitments, evidence, accounts and tokens.

const databaseUrl = process.env.DATABASE_URL;
const RESTORED_PORT = sidePort(95);

function run(
  args: string[],
  env: Record<string, string | undefined>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", ...args], { env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

/** Where the restore goes: a fresh data directory, or a fresh PostgreSQL database next to the test one. */
async function freshTarget(): Promise<{ env: Record<string, string | undefined>; drop: () => Promise<void> }> {
  if (!databaseUrl) {
    const dataDir = ".data-e2e-restored";
    fs.rmSync(dataDir, { recursive: true, force: true });
    return { env: { DATA_DIR: dataDir }, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const url = new URL(databaseUrl);
  const name = `${url.pathname.slice(1)}_restored`;
  const admin = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}"`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const cleanup = postgres(databaseUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}

async function signInAs(request: APIRequestContext, base: string, email: string) {
  const answer = await request.post(`${base}/api/auth/sign-in/email`, {
    data: { email, password: E2E_PASSWORD },
    headers: { origin: base },
  });
  expect(answer.status(), await answer.text()).toBe(200);
}

test("a backup of the running app restores into a fresh database that serves the same data, accounts and tokens", async ({
  playwright,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const original = await playwright.request.newContext();
  await signInAs(original, baseURL!, E2E_ACCOUNTS.admin.email);
  const write = { headers: { origin: baseURL! } };

  // Something of every kind: a commitment with evidence, and an API token.
  const created = await original.post("/api/v1/commitments", {
    ...write,
    data: {
      title: `Backed up ${Date.now()}`,
      maker: "siemens",
      kind: "pledge",
      region: "liaoning",
      announcedOn: "2024-02-01",
    },
  });
  expect(created.status()).toBe(201);
  const commitment = (await created.json()) as { id: number };
  const evidence = await original.post(`/api/v1/commitments/${commitment.id}/evidence`, {
    ...write,
    data: {
      url: `https://example.org/backup-${commitment.id}`,
      title: "Plant opens",
      publishedOn: "2024-06-01",
      stance: "supports",
    },
  });
  expect(evidence.status()).toBe(201);
  const tokenAnswer = await original.post("/api/v1/admin/tokens", { ...write, data: { name: "backup check" } });
  expect(tokenAnswer.status()).toBe(201);
  const { token } = (await tokenAnswer.json()) as { token: string };

  const file = `.tmp/e2e-backup-${Date.now()}.tar`;
  fs.mkdirSync(".tmp", { recursive: true });
  const source = databaseUrl ? { DATABASE_URL: databaseUrl } : { DATA_DIR: process.env.E2E_DATA_DIR ?? ".data-e2e" };
  const backup = await run(["backup", "--", "--out", file], source);
  expect(backup.code, backup.output).toBe(0);
  expect(backup.output).toContain("Backup written to");

  const target = await freshTarget();
  let restored: ReturnType<typeof startInstance> | null = null;
  try {
    const restore = await run(["restore", "--", file], { DATABASE_URL: undefined, ...target.env });
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toContain("Restored and verified.");
    expect(restore.output).not.toContain("MISMATCH");

    // The sign-in limits are counted in the database, so the copy starts with the e2e run's many sign-ins.
    restored = startInstance({
      DATABASE_URL: undefined,
      ...target.env,
      PORT: String(RESTORED_PORT),
      AUTH_SIGN_INS_PER_MINUTE: "1000",
    });
    await restored.waitFor(/Ready on/);
    const copy = `http://127.0.0.1:${RESTORED_PORT}`;
    const fresh = await playwright.request.newContext();
    const same = async (path: string) => {
      const [a, b] = await Promise.all([original.get(`${baseURL}${path}`), fresh.get(`${copy}${path}`)]);
      expect(b.status()).toBe(200);
      expect(await b.json()).toEqual(await a.json());
    };
    await same("/api/v1/commitments?perPage=200&sort=id");
    await same(`/api/v1/commitments/${commitment.id}`);
    await same("/api/v1/organizations");

    // The accounts sign in with their passwords, and the token still acts as its admin.
    await signInAs(fresh, copy, E2E_ACCOUNTS.editor.email);
    const users = await fresh.get(`${copy}/api/v1/admin/users`, { headers: { authorization: `Bearer ${token}` } });
    expect(users.status()).toBe(200);
    const emails = ((await users.json()) as { data: { email: string }[] }).data.map((u) => u.email);
    expect(emails).toEqual(expect.arrayContaining(Object.values(E2E_ACCOUNTS).map((a) => a.email)));
  } finally {
    if (restored) await stopInstance(restored);
    await target.drop();
    fs.rmSync(file, { force: true });
  }
});
