import { describe, expect, it } from "vitest";
import { operations } from "@/app/api/_lib/operations";
import { serve } from "@/app/api/_lib/serve";
import { seedDemoData } from "../db/seed/load";
import { ORIGIN, tokenHeaders } from "./support/auth";
import { setupTestDatabase } from "./support/database";
import { routeParams } from "./support/http";

// Every declared operation's examples are run against the demo data by an admin, and what the handler
// answers must succeed with the declared status and match the declared response schema.

const t = setupTestDatabase();
const withExamples = operations.filter((op) => op.examples?.length);

function urlOf(path: string, params: Record<string, string> = {}, query: Record<string, string> = {}) {
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ""));
  const search = new URLSearchParams(query).toString();
  return `${ORIGIN}${filled}${search ? `?${search}` : ""}`;
}

describe("declared examples", () => {
  it("exist for most operations", () => {
    expect(withExamples.length).toBeGreaterThanOrEqual(25);
  });

  it.each(withExamples.map((op) => [op.id, op] as const))("%s answers as declared", async (_, op) => {
    await seedDemoData(t.db);
    const headers = { ...(await tokenHeaders(t.db, "admin")), "content-type": "application/json" };
    for (const example of op.examples!) {
      const request = new Request(urlOf(op.path, example.params, example.query), {
        method: op.method,
        headers,
        body: example.body === undefined ? undefined : JSON.stringify(example.body),
      });
      const response = await serve(op)(request, routeParams(example.params ?? {}));
      const text = await response.text();
      expect({ example: example.name, status: response.status }, text.slice(0, 500)).toEqual({
        example: example.name,
        status: op.status ?? 200,
      });
      if (op.contentType) continue;
      const parsed = op.response.safeParse(JSON.parse(text));
      expect(parsed.success ? [] : parsed.error.issues.slice(0, 5), example.name).toEqual([]);
    }
  });
});
