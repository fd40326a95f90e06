import { z } from "zod";
import { resolveScope } from "@/lib/analytics/scope";
import { getStats } from "@/lib/analytics/stats";
import { similarQuery } from "@/lib/commitments/schemas";
import { findSimilarFor } from "@/lib/commitments/similar";
import { todayIso } from "@/lib/dates";
import { invalid } from "@/lib/errors";
import { getRates } from "@/lib/rates/queries";
import { operation } from "../operation";
import { similarCommitment } from "../responses/commitments";
import { listOf } from "../responses/common";
import { ratesResponse } from "../responses/reference";
import { statsResponse } from "../responses/stats";

const scopeName = z.string().trim().min(1).max(200).optional();

export const statsOp = operation({
  method: "GET",
  path: "/api/v1/stats",
  id: "getStats",
  tag: "Statistics",
  summary: "The dashboard's aggregates",
  description:
    "Counts by status per company and per region (with roll-up), overdue, stale, status over time, evidence per month, stated amounts; for everything, or for a company (with subsidiaries) and/or a region (with sub-regions).",
  access: "read",
  query: z
    .object({
      company: scopeName.meta({ description: "Slug, name or alias.", example: "bmw-group" }),
      region: scopeName.meta({ description: "Slug, name or alias.", example: "liaoning" }),
    })
    .strict(),
  response: statsResponse,
  examples: [{ name: "Everything" }, { name: "BMW in Liaoning", query: { company: "bmw-group", region: "liaoning" } }],
  run: async ({ db, query }) => {
    const today = todayIso();
    const scope = await resolveScope(db, query, today);
    if (Object.keys(scope.unresolved).length > 0) throw invalid("Some filters name nothing known.", scope.unresolved);
    return getStats(db, scope, today);
  },
});

export const ratesOp = operation({
  method: "GET",
  path: "/api/v1/rates",
  id: "getRates",
  tag: "Statistics",
  summary: "The reporting currency and the exchange rates totals use",
  access: "read",
  response: ratesResponse,
  examples: [{ name: "The rates" }],
  run: async ({ db }) => getRates(db),
});

export const similarOp = operation({
  method: "GET",
  path: "/api/v1/commitments/similar",
  id: "findSimilarCommitments",
  tag: "Commitments",
  summary: "Possible duplicates of a commitment being recorded",
  description: "The same maker's (and its subsidiaries') commitments with a similar title, best first.",
  access: "read",
  query: similarQuery,
  response: listOf(similarCommitment),
  examples: [{ name: "Battery plans of BMW", query: { maker: "bmw-group", title: "battery project" } }],
  run: async ({ db, query }) => ({ data: await findSimilarFor(db, query) }),
});
