// The quality of statement intake, measured on the evaluation set (eval/intake): precision, recall and F1
// of finding the commitment sentences, and how often kind, maker and region are all right on the ones
// found. Tune on the "tune" statements only; "test" is the measure. Usage:
//   npm run eval:intake -- [--split tune|test|all] [--misses (with --split tune only)] [--json] [--check]
// --check fails (exit 1) when a figure falls below eval/intake/floors.json, as the test suite does.

import { parseArgs } from "node:util";
import { type Split, belowFloors, evaluate, loadFloors } from "./intake-eval/evaluate";
import type { StatementScore } from "./intake-eval/score";
import { runScript } from "./run-script";

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function printMisses(score: StatementScore) {
  for (const label of score.missed) console.log(`  MISSED  [${label.kind}] ${label.quote.slice(0, 140)}`);
  for (const c of score.spurious) console.log(`  EXTRA   [${c.kind}] ${c.quote.slice(0, 140)}`);
  for (const { label, candidate, check } of score.wrong) {
    const wrong = (["kind", "maker", "region"] as const).filter((k) => !check[k]);
    const got = {
      kind: candidate.kind,
      maker: candidate.maker?.name ?? candidate.makerText,
      region: candidate.region?.name ?? candidate.regionText,
    };
    const want = { kind: label.kind, maker: label.maker, region: label.region };
    console.log(
      `  WRONG   ${wrong.map((k) => `${k}: got ${JSON.stringify(got[k])}, labelled ${JSON.stringify(want[k])}`).join("; ")} | ${label.quote.slice(0, 100)}`,
    );
  }
}

runScript(async () => {
  const { values } = parseArgs({
    options: {
      split: { type: "string", default: "all" },
      misses: { type: "boolean" },
      json: { type: "boolean" },
      check: { type: "boolean" },
    },
  });
  if (!["all", "tune", "test"].includes(values.split!)) throw new Error("--split is tune, test or all");
  // The test statements are the measure: their misses must not be read while tuning, so they are never printed.
  if (values.misses && values.split !== "tune")
    throw new Error("--misses lists the tune statements only: add --split tune");
  const splits: Split[] = values.split === "all" ? ["tune", "test"] : [values.split as Split];
  const results = evaluate(splits);
  if (values.json) {
    console.log(JSON.stringify(Object.fromEntries(splits.map((s) => [s, results[s]!.totals])), null, 2));
  } else {
    for (const split of splits) {
      const { totals: t, scores } = results[split]!;
      console.log(
        `\n${split}: ${t.statements} statements — precision ${pct(t.precision)}, recall ${pct(t.recall)}, F1 ${pct(t.f1)}; ` +
          `kind, maker and region all right on ${pct(t.allRight)} of those found`,
      );
      console.log(
        `  fields on those found: ${Object.entries(t.fieldAccuracy)
          .map(([k, v]) => `${k} ${pct(v)}`)
          .join(", ")}`,
      );
      if (!values.misses) continue;
      for (const score of scores) {
        if (!score.missed.length && !score.spurious.length && !score.wrong.length) continue;
        console.log(`\n ${score.id}`);
        printMisses(score);
      }
    }
  }
  if (values.check) {
    const problems = belowFloors(results, loadFloors());
    for (const problem of problems) console.error(`below the floor: ${problem}`);
    if (problems.length > 0) process.exitCode = 1;
    else console.error("every figure is at or above its floor (eval/intake/floors.json)");
  }
});
