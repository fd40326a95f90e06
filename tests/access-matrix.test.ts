import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { RouteAccess } from "../lib/http/route";
import { ORIGIN, sessionHeaders, tokenHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { routeParams } from "./support/http";
import { type Route, discoverRoutes, paramNames } from "./support/routes";

// Every route under app/api/v1 and every exported method is found on disk and tried as each kind of
// caller. A new route must be added to EXPECTED with its intended access, or this test fails; so must a
// route that is reachable without the access it declares.

const EXPECTED: Record<string, RouteAccess> = {
  "GET /api/v1/commitments": "read",
  "POST /api/v1/commitments": "editor",
  "GET /api/v1/commitments/[id]": "read",
  "PATCH /api/v1/commitments/[id]": "editor",
  "DELETE /api/v1/commitments/[id]": "editor",
  "POST /api/v1/commitments/[id]/restore": "admin",
  "POST /api/v1/commitments/[id]/status": "editor",
  "POST /api/v1/commitments/[id]/evidence": "editor",
  "PATCH /api/v1/commitments/[id]/evidence/[evidenceId]": "editor",
  "POST /api/v1/commitments/[id]/evidence/[evidenceId]/retract": "editor",
  "GET /api/v1/commitments/export.csv": "read",
  "GET /api/v1/commitments/export.json": "read",
  "GET /api/v1/commitments/similar": "read",
  "GET /api/v1/organizations": "read",
  "POST /api/v1/organizations": "editor",
  "PATCH /api/v1/organizations/[slug]": "editor",
  "POST /api/v1/organizations/[slug]/merge": "editor",
  "GET /api/v1/regions": "read",
  "POST /api/v1/regions": "editor",
  "PATCH /api/v1/regions/[slug]": "editor",
  "POST /api/v1/regions/[slug]/merge": "editor",
  "GET /api/v1/stats": "read",
  "GET /api/v1/rates": "read",
  "PUT /api/v1/admin/rates": "admin",
  "GET /api/v1/sources": "read",
  "POST /api/v1/sources": "editor",
  "GET /api/v1/sources/[id]": "read",
  "PATCH /api/v1/sources/[id]": "editor",
  "POST /api/v1/intake/extract": "editor",
  "POST /api/v1/intake/accept": "editor",
  "POST /api/v1/intake/convert": "editor",
  "GET /api/v1/admin/users": "admin",
  "POST /api/v1/admin/users": "admin",
  "PATCH /api/v1/admin/users/[id]": "admin",
  "GET /api/v1/admin/tokens": "admin",
  "POST /api/v1/admin/tokens": "admin",
  "DELETE /api/v1/admin/tokens/[id]": "admin",
  "GET /api/v1/admin/audit": "admin",
};

type Attempt = Route & { url: string; params: Record<string, string> };

async function discoverAttempts(): Promise<Attempt[]> {
  return (await discoverRoutes("app/api/v1")).map((route) => ({
    ...route,
    url: `/${route.segments.map((s) => (s.startsWith("[") ? "1" : s)).join("/")}`,
    params: Object.fromEntries(paramNames(route).map((name) => [name, "00000000-0000-0000-0000-000000000001"])),
  }));
}

const t = setupTestDatabase();
let routes: Attempt[] = [];
beforeAll(async () => {
  routes = await discoverAttempts();
});

async function attempt(route: Attempt, headers: Record<string, string>) {
  const init: RequestInit = { method: route.method, headers: { ...headers } };
  if (route.method !== "GET" && route.method !== "DELETE") {
    init.body = "{}";
    (init.headers as Record<string, string>)["content-type"] = "application/json";
  }
  const response = await route.handler(new Request(`${ORIGIN}${route.url}`, init), routeParams(route.params));
  return response.status;
}

const CALLERS = ["anonymous", "viewer", "editor", "admin"] as const;
type Caller = (typeof CALLERS)[number];

/** What a caller may get: refused with 401 or 403, or let through (any other status, e.g. 400 for an empty body). */
function expectedOutcome(access: RouteAccess, caller: Caller): 401 | 403 | "through" {
  if (access === "read") return "through"; // PUBLIC_READ is on by default
  if (caller === "anonymous") return 401;
  const rank = { viewer: 0, editor: 1, admin: 2 };
  return rank[caller] >= rank[access] ? "through" : 403;
}

describe("access matrix", () => {
  it("knows every route, and every route declares the access it is expected to have", () => {
    expect(routes.map((r) => r.key)).toEqual(Object.keys(EXPECTED).sort());
    for (const route of routes)
      expect({ route: route.key, access: route.handler.access }).toEqual({
        route: route.key,
        access: EXPECTED[route.key],
      });
  });

  it("uses no server actions (all writes go through these routes, which the matrix covers)", () => {
    const offenders = ["app", "lib", "components"].flatMap((dir) =>
      (fs.readdirSync(dir, { recursive: true }) as string[])
        .filter((f) => /\.(ts|tsx)$/.test(f))
        .map((f) => path.join(dir, f))
        .filter((f) => /^\s*["']use server["']/m.test(fs.readFileSync(f, "utf8"))),
    );
    expect(offenders).toEqual([]);
  });

  it.each(CALLERS)("lets %s through exactly where allowed, with a session cookie", async (caller) => {
    const headers = caller === "anonymous" ? {} : await sessionHeaders(t.db, caller);
    const outcomes = [];
    for (const route of routes) {
      const status = await attempt(route, headers);
      outcomes.push({ route: route.key, got: status === 401 || status === 403 ? status : "through" });
    }
    expect(outcomes).toEqual(routes.map((r) => ({ route: r.key, got: expectedOutcome(EXPECTED[r.key]!, caller) })));
  });

  it.each(["viewer", "editor", "admin"] as const)(
    "lets a %s API token through exactly where its account may go",
    async (role) => {
      const headers = await tokenHeaders(t.db, role);
      for (const route of routes) {
        const status = await attempt(route, headers);
        expect({ route: route.key, got: status === 401 || status === 403 ? status : "through" }).toEqual({
          route: route.key,
          got: expectedOutcome(EXPECTED[route.key]!, role),
        });
      }
    },
  );

  it("refuses every write made with an admin's cookie from another site, or with no origin at all", async () => {
    const cookie = (await sessionHeaders(t.db, "admin")).cookie!;
    const writes = routes.filter((r) => r.method !== "GET");
    expect(writes.length).toBeGreaterThan(0);
    for (const route of writes) {
      expect({ route: route.key, status: await attempt(route, { cookie, origin: "https://evil.example" }) }).toEqual({
        route: route.key,
        status: 403,
      });
      expect({ route: route.key, status: await attempt(route, { cookie }) }).toEqual({ route: route.key, status: 403 });
    }
  });
});
