import { count } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { PUT as putRates } from "../app/api/v1/admin/rates/route";
import { PATCH as patchCommitment } from "../app/api/v1/commitments/[id]/route";
import { POST as postEvidence } from "../app/api/v1/commitments/[id]/evidence/route";
import { POST as postCommitment } from "../app/api/v1/commitments/route";
import { POST as postSource } from "../app/api/v1/sources/route";
import { commitments, sources } from "../db/schema";
import { seedDemoData } from "../db/seed/load";
import { CURRENCY_CODES, isCurrencyCode } from "../lib/currencies";
import { sessionHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { send } from "./support/http";

// A write is checked in one round: every field's own rules, the rules across fields and the names it refers
// to, all answered at once in error.fields, each message saying what to do.

const t = setupTestDatabase();
let editor: Record<string, string>;
let admin: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  editor = await sessionHeaders(t.db, "editor");
  admin = await sessionHeaders(t.db, "admin");
});

const valid = {
  title: "Open a battery recycling plant in Dalian",
  maker: "bmw-group",
  kind: "pledge",
  region: "dalian",
  announcedOn: "2024-05-20",
};

const post = (body: unknown) => send(postCommitment, "POST", "/api/v1/commitments", body, { headers: editor });
const countOf = async (table: typeof commitments | typeof sources) =>
  (await t.db.select({ n: count() }).from(table))[0]!.n;

describe("a commitment's problems, all in one answer", () => {
  it("names every wrong field at once: own rules, rules across fields and unknown names", async () => {
    const before = await countOf(commitments);
    const { status, body } = await post({
      title: "\u200b\u2060 \ufeff",
      region: "Atlantis",
      kind: "pledge",
      announcedOn: "2199-01-01",
      targetOn: "2198-06-30",
      amount: 5_000_000,
      currency: "XYZ",
      source: { url: "https://example.com/a", title: "A statement", publishedOn: "2199-02-01" },
    });
    expect(status).toBe(400);
    expect(body.error.fields).toEqual({
      title: "is required: it holds only invisible characters (such as zero-width spaces)",
      maker: "is required",
      region: 'no region is named "Atlantis" (by slug, name or alias); choose an existing one, or create it first',
      announcedOn: expect.stringMatching(/^must not be in the future \(today is \d{4}-\d\d-\d\d, UTC\): give the day/),
      targetOn: "must not be before the announcement date (2199-01-01); correct one of the two",
      currency: '"XYZ" is not an ISO 4217 currency code; use one such as CNY, EUR or USD',
      "source.publishedOn": expect.stringMatching(/^must not be in the future/),
    });
    expect(await countOf(commitments)).toBe(before);
  });

  it("asks for a currency with an amount in the same answer as the other problems", async () => {
    const { status, body } = await post({ ...valid, title: "", amount: 10, maker: "nobody-we-know" });
    expect(status).toBe(400);
    expect(body.error.fields).toEqual({
      title: "is required",
      maker: expect.stringMatching(/^no organization is named "nobody-we-know"/),
      currency: "is required with an amount: give its ISO 4217 code, such as CNY, EUR or USD",
    });
  });

  it("refuses an over-long title with its length, and never cuts it", async () => {
    const before = await countOf(commitments);
    const { status, body } = await post({ ...valid, title: "x".repeat(301) });
    expect(status).toBe(400);
    expect(body.error.fields.title).toBe("is 301 characters long; shorten it to at most 300 characters");
    expect(await countOf(commitments)).toBe(before);
    const fits = await post({ ...valid, title: `\u200b ${"y".repeat(300)} \u200b` });
    expect(fits.status).toBe(201);
    expect(fits.body.title).toBe("y".repeat(300)); // invisible characters at the ends are dropped
  });

  it("accepts any ISO 4217 code in any case, and stores it in capitals", async () => {
    const { status, body } = await post({ ...valid, amount: 1000, currency: "chf" });
    expect(status).toBe(201);
    expect(body.currency).toBe("CHF");
  });

  it("checks an edit in one round against the stored commitment", async () => {
    const created = await post({ ...valid, targetOn: "2026-12-31" });
    const id = created.body.id as number;
    const { status, body } = await send(
      patchCommitment,
      "PATCH",
      `/api/v1/commitments/${id}`,
      { version: 1, targetOn: "2020-01-01", currency: "ABC", title: "\u200b", region: "Atlantis" },
      { headers: editor, params: { id: String(id) } },
    );
    expect(status).toBe(400);
    expect(body.error.fields).toEqual({
      targetOn: "must not be before the announcement date (2024-05-20); correct one of the two",
      currency: '"ABC" is not an ISO 4217 currency code; use one such as CNY, EUR or USD',
      title: "is required: it holds only invisible characters (such as zero-width spaces)",
      region: expect.stringMatching(/^no region is named "Atlantis"/),
    });
  });
});

describe("sources, evidence and rates", () => {
  it("refuses a source published in the future", async () => {
    const before = await countOf(sources);
    const { status, body } = await send(
      postSource,
      "POST",
      "/api/v1/sources",
      { url: "https://example.com/later", title: "Tomorrow's news", publishedOn: "2199-01-01" },
      { headers: editor },
    );
    expect(status).toBe(400);
    expect(body.error.fields.publishedOn).toMatch(/^must not be in the future \(today is/);
    expect(await countOf(sources)).toBe(before);
  });

  it("names every problem of an evidence item at once, the future date included", async () => {
    const created = await post(valid);
    const id = String(created.body.id);
    const { status, body } = await send(
      postEvidence,
      "POST",
      `/api/v1/commitments/${id}/evidence`,
      { url: "https://example.com/x", title: "\u200b", publishedOn: "2199-01-01", stance: "supports" },
      { headers: editor, params: { id } },
    );
    expect(status).toBe(400);
    expect(Object.keys(body.error.fields).sort()).toEqual(["publishedOn", "title"]);
  });

  it("refuses an exchange rate for a code that is not a currency", async () => {
    const { status, body } = await send(
      putRates,
      "PUT",
      "/api/v1/admin/rates",
      { reportingCurrency: "EUR", rates: [{ currency: "RMB", rate: 0.13, asOf: "2024-01-01" }] },
      { headers: admin },
    );
    expect(status).toBe(400);
    expect(body.error.fields["rates.0.currency"]).toBe(
      '"RMB" is not an ISO 4217 currency code; use one such as CNY, EUR or USD',
    );
  });

  it("takes the currency list from one place, and it holds the codes the tracker uses", () => {
    for (const code of ["CNY", "EUR", "USD", "JPY", "GBP", "CHF"]) expect(isCurrencyCode(code)).toBe(true);
    for (const code of ["RMB", "XYZ", "cny", "EURO"]) expect(isCurrencyCode(code)).toBe(false);
    expect(CURRENCY_CODES.length).toBeGreaterThan(150);
  });
});
