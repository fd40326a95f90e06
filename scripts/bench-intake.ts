// Statement intake in `npm run bench`: finding the commitments of a 10,000-character statement (the
// extract endpoint's work: the known names from the database, the extraction, the restatement search),
// and saving 30 accepted candidates in one transaction (rolled back, so the benchmark data stay as they are).

import { TransactionRollbackError } from "drizzle-orm";
import { SYSTEM_ACTOR } from "../lib/audit/record";
import { acceptCandidates } from "../lib/intake/accept";
import { type AcceptInput, acceptSchema } from "../lib/intake/schemas";
import { extractFromStatement } from "../lib/intake/service";
import type { Language } from "../lib/intake/types";
import type { BenchContext, Measurement } from "./bench-measurements";
import { loadStatements } from "./intake-eval/corpus";

const STATEMENT_LENGTH = 10_000;

/** Real statements of the evaluation set, one after another, cut at a line end near 10,000 characters. */
function benchStatement(language: Language): string {
  const texts = loadStatements()
    .filter((s) => s.language === language)
    .map((s) => s.text.trim());
  let joined = texts.join("\n\n");
  // Chinese says as much in a third of the characters: the set's Chinese statements may need a second round.
  while (joined.length < STATEMENT_LENGTH) joined += `\n\n${texts.join("\n\n")}`;
  const cut = joined.lastIndexOf("\n", STATEMENT_LENGTH);
  return joined.slice(0, cut > STATEMENT_LENGTH * 0.9 ? cut : STATEMENT_LENGTH);
}

function extractView(language: Language): Measurement {
  const text = benchStatement(language);
  return {
    name: `intake: find commitments, ${text.length.toLocaleString("en")} chars (${language})`,
    unit: "candidates",
    iterations: 30,
    targetP95Ms: 300,
    describe: () =>
      `POST /api/v1/intake/extract's work on ${text.length.toLocaleString("en")} characters of ${language === "en" ? "English" : "Chinese"} statements from eval/intake: known names loaded, extraction, restatement search per candidate`,
    run: async (ctx) =>
      (await extractFromStatement(ctx.handle.db, { text, publishedOn: ctx.today } as never)).candidates.length,
  };
}

const ACCEPTED = 30;

/** 30 sentences of the statement accepted as new commitments of the data's busiest company and province. */
function acceptInput(ctx: BenchContext, text: string, run: number): AcceptInput {
  const sentences = [...text.matchAll(/[^.\n]{40,}?\./g)].slice(0, ACCEPTED);
  if (sentences.length < ACCEPTED) throw new Error("The bench statement has fewer than 30 sentences.");
  return acceptSchema.parse({
    source: {
      url: `https://bench.example/intake/${Date.now()}-${run}`,
      title: "Bench statement",
      publishedOn: ctx.today,
      language: "en",
      text,
    },
    accept: sentences.map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      title: m[0].trim().slice(0, 120),
      kind: "pledge",
      maker: ctx.picks.company.slug,
      region: ctx.picks.province.slug,
      amount: 1_000_000_000,
      currency: "CNY",
      jobs: 1_200,
      targetOn: "2027",
    })),
  });
}

function acceptView(): Measurement {
  const text = benchStatement("en");
  let run = 0;
  return {
    name: "intake: save 30 accepted",
    unit: "commitments",
    iterations: 30,
    targetP95Ms: 300,
    describe: () =>
      "POST /api/v1/intake/accept's work: the source with its text and hash, 30 new commitments each with its quoted mention and audit rows, and their details read back; in a transaction rolled back afterwards",
    run: async (ctx) => {
      let saved = 0;
      try {
        await ctx.handle.db.transaction(async (tx) => {
          const input = acceptInput(ctx, text, run++);
          saved = (await acceptCandidates(tx as never, input, SYSTEM_ACTOR, ctx.today)).commitments.length;
          tx.rollback();
        });
      } catch (error) {
        if (!(error instanceof TransactionRollbackError)) throw error;
      }
      return saved;
    },
  };
}

export const intakeMeasurements = (): Measurement[] => [extractView("en"), extractView("zh"), acceptView()];
