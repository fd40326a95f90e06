import { describe, expect, it } from "vitest";
import type { Candidate, Reference } from "../../lib/intake/types";
import type { Label, Statement } from "./corpus";
import { scoreStatement } from "./score";

// A sentence labelled once per maker, found once, twice or three times.
const reference: Reference = {
  organizations: [
    { slug: "a", name: "Alpha Motors", aliases: [], kind: "company", parent: null },
    { slug: "b", name: "Beta Cells", aliases: [], kind: "company", parent: null },
  ],
  regions: [],
};
const quote = "Alpha Motors and Beta Cells will jointly build a plant.";
const label = (maker: string): Label => ({
  quote,
  kind: "pledge",
  maker,
  counterpart: null,
  region: null,
  amount: null,
  currency: null,
  jobs: null,
  targetOn: null,
  start: 0,
  end: quote.length,
});
const statement = { id: "s", text: quote, labels: [label("Alpha Motors"), label("Beta Cells")] } as Statement;
const candidate = (slug: string, name: string): Candidate =>
  ({
    quote,
    start: 0,
    end: quote.length,
    kind: "pledge",
    maker: { slug, name },
    makerText: null,
    region: null,
    regionText: null,
  }) as Candidate;

describe("scoreStatement", () => {
  it("pairs copies of one sentence with its labels one to one, the labelled maker first", () => {
    const score = scoreStatement(statement, [candidate("b", "Beta Cells"), candidate("a", "Alpha Motors")], reference);
    expect([score.labelsFound, score.allRight, score.candidatesOnLabels]).toEqual([2, 2, 2]);
  });

  it("finds both labels with one candidate, but one maker is wrong", () => {
    const score = scoreStatement(statement, [candidate("a", "Alpha Motors")], reference);
    expect([score.labelsFound, score.allRight, score.candidatesOnLabels]).toEqual([2, 1, 1]);
  });

  it("counts a copy beyond the labels it covers as spurious", () => {
    const copies = [candidate("a", "Alpha Motors"), candidate("b", "Beta Cells"), candidate("a", "Alpha Motors")];
    const score = scoreStatement(statement, copies, reference);
    expect([score.candidatesOnLabels, score.spurious.length]).toEqual([2, 1]);
  });
});
