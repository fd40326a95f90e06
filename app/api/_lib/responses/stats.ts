import { z } from "zod";
import { COMMITMENT_STATUSES, EVIDENCE_STANCES } from "@/db/vocabulary";
import { commitmentResponse } from "./commitments";
import { dateString, named } from "./common";

const count = z.number().int();
const statusRow = named.extend({
  total: count,
  byStatus: z.partialRecord(z.enum(COMMITMENT_STATUSES), count),
});
const month = z.string().meta({ description: "A month, YYYY-MM.", example: "2024-05" });
const statusMonth = z.object({ month, ...Object.fromEntries(COMMITMENT_STATUSES.map((s) => [s, count])) });
const stanceMonth = z.object({ month, ...Object.fromEntries(EVIDENCE_STANCES.map((s) => [s, count])) });

export const statsResponse = z
  .object({
    scope: z.object({ company: z.string().optional(), region: z.string().optional() }),
    today: dateString,
    months: z.object({ from: month, to: month }),
    overview: z.object({
      total: count,
      achieved: count,
      bound: count,
      requests: count,
      inProgress: count,
      overdue: count,
      stale: count,
      achievedPercent: z.number().nullable(),
      evidenceLast90Days: count,
      jobsPledged: z.number(),
      withJobs: count,
    }),
    statusByCompany: z.object({ rows: z.array(statusRow), others: count }),
    requestsByCompany: z.object({ rows: z.array(statusRow), others: count }),
    statusByRegion: z.object({ focus: statusRow.nullable(), rows: z.array(statusRow) }),
    statusOverTime: z.array(statusMonth),
    evidenceByMonth: z.array(stanceMonth),
    amounts: z.object({
      reportingCurrency: z.string(),
      asOf: dateString.nullable(),
      total: z.number(),
      byCurrency: z.array(
        z.object({ currency: z.string(), amount: z.number(), commitments: count, converted: z.number().nullable() }),
      ),
      byCompany: z.array(named.extend({ converted: z.number(), commitments: count, unconverted: count })),
    }),
    overdue: z.array(commitmentResponse),
    recentEvidence: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        url: z.string(),
        publisher: z.string().nullable(),
        publishedOn: dateString,
        stance: z.enum(EVIDENCE_STANCES),
        commitment: z.object({ id: z.number().int(), title: z.string(), maker: z.string() }),
      }),
    ),
  })
  .meta({ id: "Stats" });
