import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Operation } from "@/app/api/_lib/operation";
import { operations } from "@/app/api/_lib/operations";
import type { RouteAccess } from "@/app/api/_lib/route";
import { ORIGIN, sessionHeaders, tokenHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { routeParams } from "./support/http";
import { type Route, discoverRoutes, paramNames } from "./support/routes";

// Every route under app/api/v1 and every exported method is found on disk and tried as each kind of
// caller. Each handler must be served from an operation declaration (app/api/_lib/operations), whose
// method and path match the file it is exported from; the access it declares is what the matrix expects.

/** "PATCH /api/v1/commitments/[id]" for a declared "/api/v1/commitments/{id}". */
const routeKeyOf = (op: Operation) => `${op.method} ${op.path.replace(/\{(\w+)\}/g, "[$1]")}`;
const declaredAccess = new Map(operations.map((op) => [routeKeyOf(op), op.access] as const));
const EXPECTED: Record<string, RouteAccess> = Object.fromEntries(declaredAccess);

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
  it("serves every route from its own declaration, and every declaration from a route file", () => {
    const undeclared = routes.filter((r) => !r.handler.operation).map((r) => r.key);
    expect(undeclared).toEqual([]);
    for (const route of routes) expect(routeKeyOf(route.handler.operation!)).toBe(route.key);
    expect(routes.map((r) => r.key)).toEqual(Object.keys(EXPECTED).sort());
    expect(new Set(operations.map((op) => op.id)).size).toBe(operations.length);
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
