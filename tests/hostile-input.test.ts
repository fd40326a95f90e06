import { beforeEach, describe, expect, it } from "vitest";
import { GET as listAudit } from "../app/api/v1/admin/audit/route";
import { DELETE as revokeToken } from "../app/api/v1/admin/tokens/[id]/route";
import { POST as addEvidence } from "../app/api/v1/commitments/[id]/evidence/route";
import { GET as getCommitment } from "../app/api/v1/commitments/[id]/route";
import { GET as exportCsv } from "../app/api/v1/commitments/export.csv/route";
import { GET as exportJson } from "../app/api/v1/commitments/export.json/route";
import { GET as listCommitments, POST as createCommitment } from "../app/api/v1/commitments/route";
import { PATCH as patchOrganization } from "../app/api/v1/organizations/[slug]/route";
import { GET as stats } from "../app/api/v1/stats/route";
import { seedDemoData } from "../db/seed/load";
import { DATE_RULE } from "../lib/dates";
import { tokenHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { call, routeParams, send } from "./support/http";

// Input that passed validation and then broke in PostgreSQL (a 500): each case is a regression test.

const t = setupTestDatabase();
let admin: Record<string, string>;
beforeEach(async () => {
  await seedDemoData(t.db);
  admin = await tokenHeaders(t.db, "admin");
});

/** A 400 in the contract's error shape, naming `field`. */
function expectBadRequest(answer: { status: number; body: unknown }, field: string, message?: RegExp | string) {
  expect(answer.status).toBe(400);
  const error = (answer.body as { error: { code: string; message: string; fields: Record<string, string> } }).error;
  expect(error.code).toBe("bad_request");
  expect(typeof error.message).toBe("string");
  expect(Object.keys(error.fields)).toContain(field);
  if (message) expect(error.fields[field]).toMatch(message);
}

const commitmentBody = {
  title: "Expand production in Shenyang",
  maker: "bmw-group",
  kind: "pledge",
  region: "shenyang",
  announcedOn: "2023-10-13",
};

describe("the NUL character", () => {
  it("is refused in query strings", async () => {
    expectBadRequest(await call(listCommitments, "/api/v1/commitments?q=%00"), "q", /NUL/);
    expectBadRequest(await call(stats, "/api/v1/stats?company=%00"), "company", /NUL/);
    expectBadRequest(await call(exportCsv, "/api/v1/commitments/export.csv?region=a%00"), "region", /NUL/);
  });

  it("is refused in path segments", async () => {
    const organization = await send(
      patchOrganization,
      "PATCH",
      "/api/v1/organizations/a%00b",
      { version: 1 },
      {
        headers: admin,
        params: { slug: "a\u0000b" },
      },
    );
    expectBadRequest(organization, "path", /NUL/);
    const token = await call(revokeToken, "/api/v1/admin/tokens/%00", {
      context: routeParams({ id: "\u0000" }),
      init: { method: "DELETE", headers: admin },
    });
    expectBadRequest(token, "path", /NUL/);
  });

  it("is refused anywhere in a JSON body, naming the field", async () => {
    const nested = {
      ...commitmentBody,
      source: { url: "https://example.org/a", title: "A\u0000", publishedOn: "2023-10-13" },
    };
    expectBadRequest(
      await send(createCommitment, "POST", "/api/v1/commitments", nested, { headers: admin }),
      "source.title",
      /NUL/,
    );
    const lone = { ...commitmentBody, title: "broken \ud800 text" };
    expectBadRequest(
      await send(createCommitment, "POST", "/api/v1/commitments", lone, { headers: admin }),
      "title",
      /surrogate/,
    );
  });
});

describe("dates PostgreSQL cannot store", () => {
  it("are refused in bodies with the accepted range in the message", async () => {
    const early = { ...commitmentBody, announcedOn: "0000-01-01" };
    expectBadRequest(
      await send(createCommitment, "POST", "/api/v1/commitments", early, { headers: admin }),
      "announcedOn",
      DATE_RULE,
    );
    const [first] = (await call(listCommitments, "/api/v1/commitments")).body.data as { id: number }[];
    const evidence = { url: "https://example.org/e", title: "E", publishedOn: "0000-01-01", stance: "supports" };
    const answer = await send(addEvidence, "POST", `/api/v1/commitments/${first!.id}/evidence`, evidence, {
      headers: admin,
      params: { id: String(first!.id) },
    });
    expectBadRequest(answer, "publishedOn", DATE_RULE);
  });

  it("are refused in every date filter: list, exports and the audit log", async () => {
    for (const filter of ["announcedFrom", "announcedTo", "targetFrom", "targetTo", "evidenceFrom", "evidenceTo"]) {
      expectBadRequest(await call(listCommitments, `/api/v1/commitments?${filter}=0000-01-01`), filter, DATE_RULE);
    }
    expectBadRequest(await call(exportCsv, "/api/v1/commitments/export.csv?targetTo=0000-01-01"), "targetTo");
    expectBadRequest(
      await call(exportJson, "/api/v1/commitments/export.json?announcedFrom=9999-12-31"),
      "announcedFrom",
    );
    expectBadRequest(
      await call(listAudit, "/api/v1/admin/audit?from=0000-01-01", { init: { headers: admin } }),
      "from",
    );
    expectBadRequest(await call(listAudit, "/api/v1/admin/audit?to=9999-12-31", { init: { headers: admin } }), "to");
    expect((await call(listAudit, "/api/v1/admin/audit?to=2200-12-31", { init: { headers: admin } })).status).toBe(200);
  });
});

describe("malformed addresses and bodies", () => {
  it("answers a malformed percent-escape in a path with 400", async () => {
    const answer = await call(getCommitment, "/api/v1/commitments/%FF", { context: routeParams({ id: "%FF" }) });
    expectBadRequest(answer, "path", /percent-escape/);
  });

  it("answers a body nested deeper than any real one with 400", async () => {
    const deep = `${'{"a":'.repeat(10_000)}"x"${"}".repeat(10_000)}`; // deeper than JSON.stringify itself can go
    const body = JSON.stringify(commitmentBody).replace(/}$/, `,"summary":${deep}}`);
    const answer = await send(createCommitment, "POST", "/api/v1/commitments", body, { headers: admin });
    expect(answer.status).toBe(400);
    expect(Object.entries(answer.body.error.fields)).toEqual([
      [expect.stringMatching(/^summary\./), expect.stringMatching(/levels deep/)],
    ]);
  });
});
