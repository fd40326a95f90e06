import { z } from "zod";
import { exportCommitments } from "@/lib/commitments/export";
import { csvStream, jsonStream } from "@/lib/commitments/export-stream";
import { todayIso } from "@/lib/dates";
import { listQuery, resolveListReferences } from "../list-query";
import { operation, RawAnswer } from "../operation";
import type { RunInput } from "../operation";

type ExportInput = RunInput<unknown, z.output<typeof listQuery>, unknown>;

/** The whole filtered view as a download; X-Total-Count says how many rows it holds. */
async function download({ db, query }: ExportInput, format: "csv" | "json") {
  const today = todayIso();
  const refs = await resolveListReferences(db, query);
  const run = await exportCommitments(db, query, { today, refs });
  const body = format === "csv" ? csvStream(run) : jsonStream(run, new Date().toISOString());
  return new RawAnswer(
    new Response(body, {
      headers: {
        "Content-Type": format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="commitments-${today}.${format}"`,
        "X-Total-Count": String(run.total),
      },
    }),
  );
}

const common = {
  method: "GET",
  tag: "Exports",
  access: "read",
  query: listQuery,
  description: "The whole filtered view (the same query as the list), not one page.",
  examples: [{ name: "Everything in Liaoning", query: { region: "liaoning" } }],
} as const;

export const exportCsvOp = operation({
  ...common,
  path: "/api/v1/commitments/export.csv",
  id: "exportCommitmentsCsv",
  summary: "Export commitments as CSV",
  response: z.string(),
  contentType: "text/csv",
  run: (input) => download(input, "csv"),
});

export const exportJsonOp = operation({
  ...common,
  path: "/api/v1/commitments/export.json",
  id: "exportCommitmentsJson",
  summary: "Export commitments as JSON",
  response: z.looseObject({ exportedAt: z.string(), total: z.number().int(), data: z.array(z.unknown()) }),
  run: (input) => download(input, "json"),
});
