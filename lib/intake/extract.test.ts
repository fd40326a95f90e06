import { describe, expect, it } from "vitest";
import { extractCommitments } from "./extract";
import type { Reference } from "./types";

// Made-up statements in the genre, with a small tracker's worth of known names.
const reference: Reference = {
  organizations: [
    {
      slug: "northwind-motors",
      name: "Northwind Motors",
      aliases: ["Northwind", "北风汽车"],
      kind: "company",
      parent: null,
    },
    {
      slug: "liaoning-provincial-government",
      name: "Liaoning Provincial Government",
      aliases: ["Liaoning", "Liaoning Province", "辽宁省", "辽宁"],
      kind: "government",
      parent: null,
    },
    { slug: "state-of-ohio", name: "State of Ohio", aliases: ["Ohio"], kind: "government", parent: null },
  ],
  regions: [
    { slug: "china", name: "China", aliases: ["中国"], kind: "country", parent: null },
    {
      slug: "liaoning",
      name: "Liaoning",
      aliases: ["辽宁", "辽宁省", "Liaoning Province"],
      kind: "province",
      parent: "china",
    },
    { slug: "shenyang", name: "Shenyang", aliases: ["沈阳", "沈阳市"], kind: "city", parent: "liaoning" },
    { slug: "ohio", name: "Ohio", aliases: [], kind: "province", parent: null },
    { slug: "licking-county", name: "Licking County", aliases: [], kind: "city", parent: "ohio" },
  ],
};

const brief = (text: string, language?: "en" | "zh", publishedOn = "2024-03-05") =>
  extractCommitments(text, reference, { language, publishedOn }).candidates.map((c) => ({
    quote: c.quote,
    kind: c.kind,
    maker: c.maker?.slug ?? c.makerText,
    counterpart: c.counterpart?.slug ?? c.counterpartText,
    region: c.region?.slug ?? c.regionText,
    amount: c.amount,
    currency: c.currency,
    jobs: c.jobs,
    targetOn: c.targetOn,
  }));

describe("extractCommitments", () => {
  it("reads a readout: a list of hopes, then each side's answer, with 'we' resolved to the speaker", () => {
    const text = [
      "Governor Li met Northwind chairman Anna Berg in Shenyang",
      "",
      "On March 4, Li Wei, Governor of Liaoning Province, met Anna Berg, chairwoman of Northwind Motors. Li Wei thanked the company for its support.",
      "",
      "Li Wei raised two hopes for Northwind Motors. First, expand the engine plant in Shenyang. Second, bring more suppliers to Liaoning.",
      "Liaoning will keep improving the business environment for the company.",
      "",
      "Anna Berg said that Northwind Motors values its partners in Liaoning. We will invest 2 billion yuan in a battery line in Shenyang by 2026 and create 1,500 jobs. We are willing to explore new areas of cooperation.",
      "",
      "Officials of the province attended the meeting.",
    ].join("\n");
    const found = brief(text, "en");
    expect(found).toEqual([
      expect.objectContaining({
        quote: "First, expand the engine plant in Shenyang.",
        kind: "request",
        maker: "northwind-motors",
        region: "shenyang",
      }),
      expect.objectContaining({
        quote: "Second, bring more suppliers to Liaoning.",
        kind: "request",
        maker: "northwind-motors",
        region: "liaoning",
      }),
      expect.objectContaining({
        kind: "pledge",
        maker: "liaoning-provincial-government",
        counterpart: "northwind-motors",
      }),
      expect.objectContaining({
        kind: "pledge",
        maker: "northwind-motors",
        counterpart: "liaoning-provincial-government",
        region: "shenyang",
        amount: 2_000_000_000,
        currency: "CNY",
        jobs: 1_500,
        targetOn: "2026",
      }),
      expect.objectContaining({ kind: "intent", maker: "northwind-motors" }),
    ]);
    for (const c of extractCommitments(text, reference).candidates) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it("reads a governor's release: unknown companies by their written names, 'the company' resolved, the place carried", () => {
    const text =
      "Governor Jane Smith announced today that Acme Fabrication Inc., a maker of steel frames, will build a plant in Licking County, creating 320 jobs. " +
      "The company will invest $48.5 million in Ohio over the next two years.";
    expect(brief(text, "en", "2024-03-05")).toEqual([
      expect.objectContaining({ kind: "pledge", maker: "Acme Fabrication Inc.", region: "licking-county", jobs: 320 }),
      expect.objectContaining({
        kind: "pledge",
        maker: "Acme Fabrication Inc.",
        // "in Ohio" of its one plant: the county the release named for it.
        region: "licking-county",
        amount: 48_500_000,
        currency: "USD",
        targetOn: "2026-03-05",
      }),
    ]);
  });

  it("reads Chinese, in simplified and traditional characters, with the region named inside a company's name left out", () => {
    const simplified =
      "省长李伟会见北风汽车董事长安娜一行。希望北风汽车扩大在辽投资。安娜表示,北风汽车将在沈阳投资20亿元建设电池工厂,提供3000个就业岗位,2026年底前建成投产。";
    const found = brief(simplified, undefined);
    expect(found).toEqual([
      expect.objectContaining({ kind: "request", maker: "northwind-motors" }),
      expect.objectContaining({
        kind: "pledge",
        maker: "northwind-motors",
        region: "shenyang",
        amount: 2_000_000_000,
        currency: "CNY",
        jobs: 3_000,
        targetOn: "2026",
      }),
    ]);
    const traditional = "北風汽車將在瀋陽投資20億元建設電池工廠。";
    expect(brief(traditional)).toEqual([
      expect.objectContaining({
        quote: traditional,
        kind: "pledge",
        maker: "northwind-motors",
        region: "shenyang",
        amount: 2_000_000_000,
      }),
    ]);
  });

  it("places a government's services in its own territory, and 'jobs in the state' in the state", () => {
    const text =
      "Li Wei, Governor of Liaoning Province, met Northwind Motors in Shenyang. We will fully support the company's projects. " +
      "Northwind Motors will build a plant in Licking County. It will generate more than 3,000 jobs in the state.";
    expect(brief(text, "en").map((c) => [c.maker, c.region])).toEqual([
      ["liaoning-provincial-government", "liaoning"],
      ["northwind-motors", "licking-county"],
      ["northwind-motors", "ohio"],
    ]);
  });

  it("finds nothing in a text of pleasantries and history", () => {
    expect(
      brief(
        "We thank our partners. The plant has produced five million cars since 2003. We look forward to more cooperation.",
      ),
    ).toEqual([]);
  });
});
