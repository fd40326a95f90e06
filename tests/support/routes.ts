import fs from "node:fs";
import path from "node:path";
import type { Operation } from "@/app/api/_lib/operation";
import type { RouteAccess } from "@/app/api/_lib/route";

// The API's route handlers, found on disk: a route added to app/api is covered by the suites that use this
// (the access matrix, the fuzz suite) without being listed anywhere.

export const ROUTE_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
export type RouteMethod = (typeof ROUTE_METHODS)[number];
export type Handler = ((request: Request, context: unknown) => Promise<Response>) & {
  access?: RouteAccess;
  operation?: Operation;
};

export type Route = {
  /** "PATCH /api/v1/commitments/[id]" */
  key: string;
  method: RouteMethod;
  /** The folder names under app/, "[id]" for a parameter. */
  segments: string[];
  handler: Handler;
};

function routeFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => path.basename(file) === "route.ts")
    .map((file) => path.join(dir, file));
}

/** Every exported method of every route.ts under `root` (a folder of app/, e.g. "app/api/v1"). */
export async function discoverRoutes(root: string): Promise<Route[]> {
  const routes: Route[] = [];
  for (const file of routeFiles(path.resolve(root))) {
    const segments = path.relative(path.resolve("app"), path.dirname(file)).split(path.sep);
    const mod = (await import(file)) as Record<string, Handler>;
    for (const method of ROUTE_METHODS) {
      if (mod[method]) routes.push({ key: `${method} /${segments.join("/")}`, method, segments, handler: mod[method] });
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/** The parameter names of a route ("[id]" → "id", "[...all]" → "all"). */
export const paramNames = (route: Route) =>
  route.segments.filter((s) => s.startsWith("[")).map((s) => s.replace(/^\[(\.\.\.)?/, "").replace(/\]$/, ""));
