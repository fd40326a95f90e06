// The quality of statement intake, measured on the evaluation set (eval/intake): precision, recall and F1
// of finding the commitment sentences, and how often kind, maker and region are all right on the ones
// found. Tune on the "tune" statements only; "test" is the measure. Usage:
//   npm run eval:intake -- [--split tune|test|all] [--misses] [--json]

import { parseArgs } from "node:util";
import { extractCommitments } from "../lib/intake/extract";
import { loadReference, loadStatements } from "./intake-eval/corpus";
import { type StatementScore, scoreStatement, totals } from "./intake-eval/score";
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
    options: { split: { type: "string", default: "all" }, misses: { type: "boolean" }, json: { type: "boolean" } },
  });
  const reference = loadReference();
  const statements = loadStatements();
  const splits = values.split === "all" ? ["tune", "test"] : [values.split!];
  const report: Record<string, ReturnType<typeof totals>> = {};
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
    report[split] = totals(scores);
    if (values.json) continue;
    const t = report[split]!;
    console.log(
      `\n${split}: ${t.statements} statements — precision ${pct(t.precision)}, recall ${pct(t.recall)}, F1 ${pct(t.f1)}; ` +
        `kind, maker and region all right on ${pct(t.allRight)} of those found`,
    );
    console.log(
      `  fields on those found: ${Object.entries(t.fieldAccuracy)
        .map(([k, v]) => `${k} ${pct(v)}`)
        .join(", ")}`,
    );
    if (values.misses) {
      for (const score of scores) {
        if (!score.missed.length && !score.spurious.length && !score.wrong.length) continue;
        console.log(`\n ${score.id}`);
        printMisses(score);
      }
    }
  }
  if (values.json) console.log(JSON.stringify(report, null, 2));
});
