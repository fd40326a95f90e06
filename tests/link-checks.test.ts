import { eq } from "drizzle-orm";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as archiveRoute } from "../app/api/v1/commitments/[id]/evidence/[evidenceId]/archive/route";
import { events, evidence, linkChecks } from "../db/schema";
import { BlockedAddressError, addressPolicy } from "../lib/links/address-policy";
import { type LinkCheckConfig, checkLinks } from "../lib/links/check";
import { fetchStatus } from "../lib/links/fetch-status";
import { brokenLinks } from "../lib/links/queries";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { createCommitment, createEvidence } from "./support/factories";
import { send } from "./support/http";

const t = setupTestDatabase();

/** A local web server whose answers each test sets by path; it remembers what was asked, and by whom. */
const routes = new Map<string, (res: http.ServerResponse, method: string) => void>();
const asked: { method: string; path: string; userAgent: string }[] = [];
let server: http.Server;
let base: string;
let port: number;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    asked.push({ method: req.method!, path: req.url!, userAgent: String(req.headers["user-agent"]) });
    const route = routes.get(req.url!.split("?")[0]!);
    if (route) route(res, req.method!);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  routes.clear();
  asked.length = 0;
});

const strict = { policy: addressPolicy({}), userAgent: "CommitmentTracker-LinkCheck/1.0 (test)", timeoutMs: 10_000 };
const allowingLocal = { ...strict, policy: addressPolicy({ LINK_CHECK_ALLOW_HOSTS: "127.0.0.1" }) };
const redirectTo = (location: string) => (res: http.ServerResponse) => res.writeHead(302, { location }).end();

describe("the link checker's address policy (SSRF)", () => {
  it("refuses loopback, private, link-local and metadata addresses, and names that resolve to them", async () => {
    routes.set("/", (res) => res.writeHead(200).end("inside"));
    for (const address of [
      `${base}/`,
      `http://localhost:${port}/`,
      `http://[::1]:${port}/`,
      "http://10.1.2.3/",
      "http://192.168.0.10/",
      "http://169.254.169.254/latest/meta-data/",
      "file:///etc/passwd",
    ]) {
      await expect(fetchStatus(address, strict), address).rejects.toBeInstanceOf(BlockedAddressError);
    }
    expect(asked).toEqual([]);
  });

  it("follows redirects, refusing one that leads to a private address even from an allowed host", async () => {
    routes.set("/to-metadata", redirectTo("http://169.254.169.254/latest/meta-data/"));
    routes.set("/to-localhost", redirectTo(`http://localhost:${port}/secret`));
    routes.set("/moved", redirectTo("/here"));
    routes.set("/here", (res) => res.writeHead(200).end());
    await expect(fetchStatus(`${base}/to-metadata`, allowingLocal)).rejects.toBeInstanceOf(BlockedAddressError);
    await expect(fetchStatus(`${base}/to-localhost`, allowingLocal)).rejects.toBeInstanceOf(BlockedAddressError);
    expect(asked.map((a) => a.path)).not.toContain("/secret");
    expect(await fetchStatus(`${base}/moved`, allowingLocal)).toEqual({
      status: 200,
      finalUrl: `${base}/here`,
      body: undefined,
    });
  });
});

describe("link checks", () => {
  const config: LinkCheckConfig = { ...allowingLocal, hostIntervalMs: 0, batch: 100, recheckAfterDays: 7 };

  it("records each address's answer, respects robots.txt, and tells once when evidence stops answering", async () => {
    routes.set("/robots.txt", (res) => res.writeHead(200).end("User-agent: *\nDisallow: /private\n"));
    routes.set("/ok", (res) => res.writeHead(200).end());
    routes.set("/head-refused", (res, method) => res.writeHead(method === "HEAD" ? 405 : 200).end());
    routes.set("/moved", redirectTo("/ok"));
    const made = await createCommitment(t.db);
    const item = async (path: string) => createEvidence(t.db, made.id, { url: `${base}${path}`, title: path });
    await Promise.all(["/ok", "/head-refused", "/moved", "/private"].map(item));
    const gone = await item("/gone");

    const now = new Date("2026-12-01T10:00:00Z");
    expect(await checkLinks(t.db, now, config)).toEqual({ checked: 5, broken: 1, newlyBroken: 1 });
    const checks = Object.fromEntries(
      (await t.db.select().from(linkChecks)).map((c) => [c.url.slice(base.length), [c.ok, c.status, c.note]]),
    );
    expect(checks).toEqual({
      "/ok": [true, 200, null],
      "/head-refused": [true, 200, null],
      "/moved": [true, 200, null],
      "/private": [true, null, "not checked: robots.txt asks not to"],
      "/gone": [false, 404, "answered 404"],
    });
    expect(asked.some((a) => a.path === "/private")).toBe(false);
    expect(asked.filter((a) => a.path === "/robots.txt")).toHaveLength(1);
    expect(new Set(asked.map((a) => a.userAgent))).toEqual(new Set([config.userAgent]));
    const broken = await t.db.select().from(events).where(eq(events.kind, "link_broken"));
    expect(broken).toMatchObject([
      { commitmentId: made.id, summary: "Evidence link not answering (answered 404): /gone" },
    ]);
    expect(await brokenLinks(t.db, [`${base}/gone`, `${base}/ok`])).toEqual(
      new Map([[`${base}/gone`, { status: 404, note: "answered 404", failingSince: "2026-12-01" }]]),
    );

    // Within the week nothing is checked again; after it, still gone: no second event.
    expect(await checkLinks(t.db, new Date("2026-12-03T10:00:00Z"), config)).toEqual({
      checked: 0,
      broken: 0,
      newlyBroken: 0,
    });
    expect(await checkLinks(t.db, new Date("2026-12-09T10:00:00Z"), config)).toMatchObject({
      broken: 1,
      newlyBroken: 0,
    });
    // Back, then gone again: told again.
    routes.set("/gone", (res) => res.writeHead(200).end());
    await checkLinks(t.db, new Date("2026-12-17T10:00:00Z"), config);
    expect(await brokenLinks(t.db, [`${base}/gone`])).toEqual(new Map());
    routes.delete("/gone");
    expect(await checkLinks(t.db, new Date("2026-12-25T10:00:00Z"), config)).toMatchObject({ newlyBroken: 1 });
    expect(await t.db.$count(events, eq(events.kind, "link_broken"))).toBe(2);
    expect(gone.id).toBeGreaterThan(0);
  });

  it("does not fetch private addresses stored as evidence, and says so", async () => {
    const made = await createCommitment(t.db);
    await createEvidence(t.db, made.id, { url: "http://169.254.169.254/latest/meta-data/" });
    await checkLinks(t.db, new Date(), { ...config, policy: addressPolicy({}) });
    const [check] = await t.db.select().from(linkChecks);
    expect(check).toMatchObject({
      ok: true,
      status: null,
      note: expect.stringMatching(/^not checked: .*private address/),
    });
  });
});

describe("archive snapshots", () => {
  it("asks the configured archive for a copy and keeps its address on the evidence item", async () => {
    const editor = await sessionHeaders(t.db, "editor");
    routes.set("/save/https://news.example.com/plant", (res) =>
      res.writeHead(302, { location: "/web/20261201100000/https://news.example.com/plant" }).end(),
    );
    const made = await createCommitment(t.db);
    const item = await createEvidence(t.db, made.id, { url: "https://news.example.com/plant" });
    const params = { id: String(made.id), evidenceId: String(item.id) };
    const path = `/api/v1/commitments/${made.id}/evidence/${item.id}/archive`;
    const previous = process.env.ARCHIVE_SAVE_URL;
    try {
      process.env.ARCHIVE_SAVE_URL = "off";
      const off = await send(archiveRoute, "POST", path, { version: item.version }, { headers: editor, params });
      expect(off.status).toBe(503);
      expect(off.body.error.message).toMatch(/turned off/);

      process.env.ARCHIVE_SAVE_URL = `${base}/save/`;
      const saved = await send(archiveRoute, "POST", path, { version: item.version }, { headers: editor, params });
      expect(saved.status, JSON.stringify(saved.body)).toBe(200);
      expect(saved.body.archiveUrl).toBe(`${base}/web/20261201100000/https://news.example.com/plant`);
      const [row] = await t.db.select().from(evidence).where(eq(evidence.id, item.id));
      expect(row!.archiveUrl).toBe(saved.body.archiveUrl);

      routes.clear(); // the archive now fails
      const failed = await send(archiveRoute, "POST", path, { version: row!.version }, { headers: editor, params });
      expect(failed.status).toBe(503);
      expect(failed.body.error.message).toMatch(/No snapshot was made: the archive answered 404/);
    } finally {
      if (previous === undefined) delete process.env.ARCHIVE_SAVE_URL;
      else process.env.ARCHIVE_SAVE_URL = previous;
    }
  });
});
