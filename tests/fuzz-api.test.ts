import fc from "fast-check";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { seedDemoData } from "../db/seed/load";
import { LIST_PARAM_KEYS } from "../lib/commitments/list-spec";
import { ORIGIN, sessionHeaders, tokenHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { routeParams } from "./support/http";
import { type Route, discoverRoutes, paramNames } from "./support/routes";

// Property-based fuzzing of every route under app/api: hostile path parameters, query strings and bodies,
// sent as an admin (so they get past access checks to the validation behind). Whatever comes in, the
// answer is never a 5xx, and every refusal has the contract's JSON error shape. Bounded so that `npm test`
// stays quick: FUZZ_RUNS requests per route and method (default 40).

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

/** Field and parameter names the API knows, so generated objects reach validation beyond "unknown field". */
const KNOWN_NAMES = [
  ...LIST_PARAM_KEYS,
  ...["title", "summary", "maker", "counterpart", "amount", "currency", "jobs", "progress", "reason", "evidenceId"],
  ...["except", "limit"],
  ...["version", "source", "url", "publisher", "publishedOn", "eventOn", "language", "stance", "note", "archiveUrl"],
  ...["name", "country", "parent", "aliases", "email", "password", "currentPassword", "newPassword", "role"],
  ...[
    "rates",
    "rate",
    "reportingCurrency",
    "asOf",
    "limit",
    "from",
    "to",
    "action",
    "entityType",
    "entityId",
    "actor",
    "cols",
  ],
];

const nastyText = fc.constantFrom(
  "\u0000",
  "a\u0000b",
  "\ud800",
  "\udfff",
  "x\ud83d",
  "\u202e\u0041",
  "\ufeff",
  "ß",
  "沈阳",
  "華晨寶馬",
  "𝔘𝔫𝔦",
  "",
  " ",
  "  \t\n ",
  "0000-01-01",
  "9999-12-31",
  "2024-02-30",
  "2200-12-31",
  "1899-12-31",
  "+002024-01-01",
  "1e308",
  "-1",
  "0",
  "NaN",
  "Infinity",
  "99999999999999999999",
  "-0",
  "0x10",
  "1_000",
  "../../etc/passwd",
  "%00",
  "%FF",
  "%",
  "'; drop table commitments; --",
  "<script>alert(1)</script>",
  "javascript:alert(1)",
  "http://",
  "https://example.org/" + "a".repeat(3000),
  "a".repeat(70_000),
  "null",
  "true",
  "[]",
  "{}",
  "pledge",
  "achieved",
  "bmw-group",
  "shenyang",
  "supports",
  "admin",
);
const hostileString = fc.oneof(
  nastyText,
  fc.string({ unit: "binary", maxLength: 40 }), // any UTF-16 code units, lone surrogates included
  fc.string({ unit: "grapheme", maxLength: 40 }),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 53 + 1, -(2 ** 31) - 1, 2 ** 31, 1e308, -1e308, 5e-324, -0),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KNOWN_NAMES), hostileString), tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** Bodies: objects of known and unknown fields, other JSON values, and text that is not quite JSON. */
const hostileBody = fc.oneof(
  fc
    .dictionary(fc.oneof(fc.constantFrom(...KNOWN_NAMES), hostileString), hostileValue, { maxKeys: 8 })
    .map((o) => JSON.stringify(o)),
  hostileValue.map((v) => JSON.stringify(v) ?? "null"),
  fc.constantFrom(
    "",
    "{",
    '{"title": "\\u0000"}',
    '{"title": "\\ud800"}',
    '{"version": 1e999}',
    '{"amount": 123456789012345678901234567890}',
    `${"[".repeat(20_000)}${"]".repeat(20_000)}`,
    '{"a":1,"a":2}',
    "\u0000",
  ),
  hostileString,
);

/**
 * A valid body for each write (with the demo data's names), so that a body with one or two fields made
 * hostile gets past the other fields' checks to whatever lies behind them.
 */
const VALID_BODIES: Record<string, Record<string, unknown>> = {
  "POST /api/v1/commitments": {
    title: "Build a plant",
    maker: "bmw-group",
    kind: "pledge",
    region: "shenyang",
    announcedOn: "2024-01-10",
    amount: 100,
    currency: "EUR",
    source: { url: "https://example.org/fuzz", title: "Fuzz", publishedOn: "2024-01-10" },
  },
  "PATCH /api/v1/commitments/[id]": { version: 1, title: "Renamed", targetOn: "2030-01-01" },
  "POST /api/v1/commitments/[id]/status": { status: "in_progress", progress: 20, reason: "Work began", version: 1 },
  "POST /api/v1/commitments/[id]/evidence": {
    url: "https://example.org/news",
    title: "News",
    publishedOn: "2024-06-01",
    stance: "supports",
  },
  "PATCH /api/v1/commitments/[id]/evidence/[evidenceId]": { version: 1, title: "Edited" },
  "POST /api/v1/commitments/[id]/evidence/[evidenceId]/retract": { reason: "Wrong item", version: 1 },
  "POST /api/v1/organizations": { name: "Fuzz Motors", kind: "company", parent: "bmw-group", aliases: ["FM"] },
  "PATCH /api/v1/organizations/[slug]": { version: 1, name: "BMW AG" },
  "POST /api/v1/regions": { name: "Fuzz City", kind: "city", parent: "liaoning" },
  "PATCH /api/v1/regions/[slug]": { version: 1, name: "Shenyang City" },
  "POST /api/v1/sources": { url: "https://example.org/source", title: "Source", publishedOn: "2024-01-01" },
  "PATCH /api/v1/sources/[id]": { version: 1, title: "Source" },
  "POST /api/v1/admin/users": { email: "fuzz@example.org", password: "a long enough password", role: "editor" },
  "PATCH /api/v1/admin/users/[id]": { role: "viewer" },
  "POST /api/v1/admin/tokens": { name: "fuzz script" },
  "PUT /api/v1/admin/rates": { reportingCurrency: "EUR", rates: [{ currency: "CNY", rate: 0.13, asOf: "2024-01-01" }] },
  "POST /api/auth/[...all]": { email: "admin@example.org", password: "a long enough password" },
};

const mutatedBody = (route: Route) => {
  const valid = VALID_BODIES[route.key] ?? {};
  const keys = Object.keys(valid);
  const edit = fc.tuple(
    keys.length ? fc.constantFrom(...keys) : hostileString,
    fc.option(hostileValue, { nil: undefined }),
  );
  return fc.array(edit, { minLength: 1, maxLength: 2 }).map((edits) => {
    const body: Record<string, unknown> = { ...valid };
    for (const [key, value] of edits) {
      if (value === undefined) delete body[key];
      else body[key] = value;
    }
    return JSON.stringify(body);
  });
};

/** Query strings: known and unknown names, repeated names, hostile values. */
const hostileQuery = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...KNOWN_NAMES), hostileString), hostileString), { maxLength: 6 })
  .map((pairs) => pairs.map(([k, v]) => `${encodeLoosely(k)}=${encodeLoosely(v)}`).join("&"));

/** Percent-encodes what it can; a lone surrogate cannot be, so it goes out as the invalid escape a client would send. */
function encodeLoosely(value: string): string {
  return [...value].map((ch) => (ch.isWellFormed() ? encodeURIComponent(ch) : "%ED%A0%80")).join("");
}

/** Path parameters: hostile values, and some that name real records (ids 1–15, slugs of the demo data). */
const pathParam = fc.oneof(
  { arbitrary: hostileString, weight: 1 },
  { arbitrary: fc.constantFrom("1", "2", "15", "bmw-group", "liaoning", "shenyang", "0", "-1"), weight: 2 },
);

/** better-auth's catch-all: the paths the app uses, and a few it does not. */
const authPath = fc.constantFrom(
  "sign-in/email",
  "sign-out",
  "change-password",
  "get-session",
  "sign-up/email",
  "admin/list-users",
  "x",
);

const t = setupTestDatabase();
let routes: Route[] = [];
let admin: Record<string, string>;
beforeAll(async () => {
  routes = await discoverRoutes("app/api");
});
beforeEach(async () => {
  await seedDemoData(t.db);
  admin = { ...(await tokenHeaders(t.db, "admin")), ...(await sessionHeaders(t.db, "admin")) };
});

type Answer = { route: string; url: string; status: number; body: string; contentType: string };

async function send(route: Route, params: string[], query: string, body: string): Promise<Answer> {
  const names = paramNames(route);
  const values = Object.fromEntries(
    names.map((name, i) => [name, name === "all" ? params[i]!.split("/") : params[i]!]),
  );
  const path = route.segments
    .map((segment) => {
      if (!segment.startsWith("[")) return segment;
      const value = params[names.indexOf(segment.replace(/^\[(\.\.\.)?/, "").replace(/\]$/, ""))]!;
      return segment.startsWith("[...") ? value : encodeLoosely(value);
    })
    .join("/");
  const url = `${ORIGIN}/${path}${query ? `?${query}` : ""}`;
  const init: RequestInit = { method: route.method, headers: { ...admin, "content-type": "application/json" } };
  if (route.method !== "GET") init.body = body;
  let request: Request;
  try {
    request = new Request(url, init);
  } catch {
    return { route: route.key, url, status: 400, body: "{}", contentType: "application/json" }; // unsendable
  }
  const response = await route.handler(request, routeParams(values));
  return {
    route: route.key,
    url,
    status: response.status,
    body: await response.text(),
    contentType: response.headers.get("content-type") ?? "",
  };
}

/** No 5xx, and an error answer is JSON with `error.code` and `error.message`. */
function wellBehaved(answer: Answer): boolean {
  if (answer.status >= 500) return false;
  if (answer.status < 400) return true;
  if (!answer.contentType.includes("json")) return false;
  const { error } = JSON.parse(answer.body) as { error?: { code?: unknown; message?: unknown } };
  return typeof error?.code === "string" && typeof error.message === "string";
}

describe("fuzzing every API route with hostile input", () => {
  it("finds every route (so none is left out of the fuzzing)", () => {
    expect(routes.length).toBeGreaterThanOrEqual(30);
    expect(routes.some((r) => r.key.startsWith("POST /api/auth/"))).toBe(true);
  });

  it("never answers 5xx, and refuses with the JSON error shape", { timeout: 300_000 }, async () => {
    for (const route of routes) {
      const params = fc.tuple(...paramNames(route).map((name) => (name === "all" ? authPath : pathParam)));
      // A write gets a query string now and then (it reads none), and a valid body made hostile more often
      // than a body hostile throughout, so that most attempts reach past the first check.
      const write = route.method !== "GET";
      const query = write
        ? fc.oneof({ arbitrary: fc.constant(""), weight: 3 }, { arbitrary: hostileQuery, weight: 1 })
        : hostileQuery;
      const body = write
        ? fc.oneof({ arbitrary: hostileBody, weight: 1 }, { arbitrary: mutatedBody(route), weight: 2 })
        : fc.constant("");
      await fc.assert(
        fc.asyncProperty(params, query, body, async (values, query, body) => {
          const answer = await send(route, values, query, body);
          if (!wellBehaved(answer)) {
            throw new Error(`${answer.route} ${answer.url} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
          }
        }),
        { numRuns: RUNS },
      );
    }
  });
});
