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
});
