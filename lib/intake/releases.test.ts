import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify";
import { extractCommitments } from "./extract";
import type { Reference } from "./types";

// A governor's release in its present tense, with made-up companies and a small tracker's places.
const reference: Reference = {
  organizations: [
    { slug: "state-of-ohio", name: "State of Ohio", aliases: ["Ohio"], kind: "government", parent: null },
  ],
  regions: [
    { slug: "ohio", name: "Ohio", aliases: [], kind: "province", parent: null },
    { slug: "union-county", name: "Union County", aliases: [], kind: "other", parent: "ohio" },
    { slug: "marysville", name: "Marysville", aliases: [], kind: "city", parent: "union-county" },
  ],
};

const kindOf = (sentence: string) => {
  const verdict = classifySentence(sentence, "en", { inRequestList: false });
  return verdict.commitment ? verdict.kind : `not: ${verdict.rule}`;
};

describe("a governor's release", () => {
  it("reads the present tense of an expansion with its jobs, and a grant behind projects, as pledges", () => {
    expect(kindOf("Northwind, LLC, a maker of axles, is expanding in Union County, creating 44 new jobs.")).toBe(
      "pledge",
    );
    expect(kindOf("These two projects will be facilitated, in part, by a One Ohio grant.")).toBe("pledge");
    expect(kindOf("Northwind is expanding its reach across the Midwest.")).toMatch(/^not/);
  });

  it("names a company written with a comma before its form, and places it in the town named for its project", () => {
    const text =
      "Northwind Axle & Gear, LLC, a maker of axles, is expanding in Union County, creating 44 new jobs and investing $4 million. " +
      "The company will bring a new forging line to Marysville.\n" +
      "These two projects will be facilitated, in part, by a One Ohio grant.";
    const found = extractCommitments(text, reference, { language: "en", publishedOn: "2024-03-05" }).candidates;
    expect(found.map((c) => [c.maker?.slug ?? c.makerText, c.region?.slug ?? c.regionText])).toEqual([
      ["Northwind Axle & Gear, LLC", "marysville"],
      ["Northwind Axle & Gear, LLC", "marysville"],
      ["state-of-ohio", "ohio"],
    ]);
  });

  it("reads a bulleted list of awards: each item the state's incentive, and the company's own figures its pledge", () => {
    const text =
      "The State of Ohio approved three awards this week.\n\n" +
      "  • $2.5 million in tax credits to assist Northwind Labs, a maker of test kits, to support a $220 million expansion in Marysville that will create more than 230 jobs \n\n" +
      "  • $12 million in credits to assist Acme Yards in building a new dry dock \n";
    const found = extractCommitments(text, reference, { language: "en", publishedOn: "2024-03-05" }).candidates;
    expect(found.map((c) => [c.maker?.slug ?? c.makerText, c.amount, c.jobs])).toEqual([
      ["state-of-ohio", 2_500_000, null],
      ["Northwind Labs", 220_000_000, 230],
      ["state-of-ohio", 12_000_000, null],
    ]);
  });

  it("splits a summit's sentence listing several companies' investments into one candidate per company", () => {
    const text =
      "Among these MoUs, Northwind Foods Pvt. Ltd. at Marysville is planning to invest Rs 1,100 crores, Acme Agro Pvt. Ltd. is planning a Rs 500 crore investment, and Blue Mill Ltd intends to invest Rs 300 crores in the state.";
    const found = extractCommitments(text, reference, { language: "en", publishedOn: "2024-01-10" }).candidates;
    expect(found.map((c) => [c.makerText, c.amount])).toEqual([
      ["Northwind Foods Pvt. Ltd.", 11_000_000_000],
      ["Acme Agro Pvt. Ltd.", 5_000_000_000],
      ["Blue Mill Ltd", 3_000_000_000],
    ]);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("gives the incentive's amount to the state and the investment's to the company, whichever comes first", () => {
    const text =
      "The State of Ohio approved new awards.\n\n" +
      "Northwind Labs, which will invest $40 million in Marysville, was awarded a $1 million grant.\n\n" +
      "A $2 million grant has been extended to Acme Yards Inc. to support its $90 million expansion. This will create 120 new jobs.";
    const found = extractCommitments(text, reference, { language: "en", publishedOn: "2024-03-05" }).candidates;
    expect(found.map((c) => [c.maker?.slug ?? c.makerText, c.amount, c.jobs])).toEqual([
      ["state-of-ohio", 1_000_000, null],
      ["Northwind Labs", 40_000_000, null],
      ["state-of-ohio", 2_000_000, null],
      ["Acme Yards Inc.", 90_000_000, 120],
    ]);
  });

  it("keeps one company's several amounts in one candidate when no other company follows the commas", () => {
    const text =
      "Northwind Motors will invest $100 million in the plant, will spend $20 million on equipment, and will pay $15 million in wages a year.";
    const found = extractCommitments(text, reference, { language: "en", publishedOn: "2024-03-05" }).candidates;
    expect(found).toHaveLength(1);
  });
});
