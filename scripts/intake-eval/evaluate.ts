import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { extractCommitments } from "../../lib/intake/extract";
import { EVAL_DIR, loadReference, loadStatements } from "./corpus";
import { type StatementScore, type Totals, scoreStatement, totals } from "./score";

export type Split = "tune" | "test";
export type SplitResult = { scores: StatementScore[]; totals: Totals };

/** Runs the extractor on every statement of the split and scores it against the labels. */
export function evaluate(splits: Split[]): Record<Split, SplitResult | undefined> {
  const reference = loadReference();
  const statements = loadStatements();
  const result: Record<Split, SplitResult | undefined> = { tune: undefined, test: undefined };
  for (const split of splits) {
    const scores = statements
      .filter((s) => s.split === split)
      .map((s) =>
        scoreStatement(
          s,
          extractCommitments(s.text, reference, { language: s.language, publishedOn: s.date }).candidates,
          reference,
        ),
      );
    result[split] = { scores, totals: totals(scores) };
  }
  return result;
}

const floorSchema = z.object({ precision: z.number(), recall: z.number(), allRight: z.number() });
const floorsSchema = z.object({ tune: floorSchema, test: floorSchema });
export type Floors = z.infer<typeof floorsSchema>;

/** The least quality the build accepts (eval/intake/floors.json): the figures last recorded, less a margin. */
export function loadFloors(): Floors {
  return floorsSchema.parse(JSON.parse(fs.readFileSync(path.join(EVAL_DIR, "floors.json"), "utf8")));
}

/** What fell below its floor, as sentences ("test recall 0.812 is below its floor 0.83"); empty when none. */
export function belowFloors(results: Record<Split, SplitResult | undefined>, floors: Floors): string[] {
  const problems: string[] = [];
  for (const split of ["tune", "test"] as const) {
    const measured = results[split]?.totals;
    if (!measured) continue;
    for (const key of ["precision", "recall", "allRight"] as const) {
      if (measured[key] < floors[split][key])
        problems.push(`${split} ${key} ${measured[key].toFixed(3)} is below its floor ${floors[split][key]}`);
    }
  }
  return problems;
}
