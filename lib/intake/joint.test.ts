import { describe, expect, it } from "vitest";
import { extractCommitments } from "./extract";
import type { Reference } from "./types";

// Made-up statements: two makers sharing one verb, and a town named with its state.
const reference: Reference = {
  organizations: [
    { slug: "northwind", name: "Northwind Motors", aliases: ["Northwind", "北风汽车"], kind: "company", parent: null },
    { slug: "bluecell", name: "Bluecell Energy", aliases: ["Bluecell", "蓝芯能源"], kind: "company", parent: null },
    { slug: "state-of-ohio", name: "State of Ohio", aliases: ["Ohio"], kind: "government", parent: null },
  ],
  regions: [
    { slug: "ohio", name: "Ohio", aliases: [], kind: "province", parent: null },
    { slug: "marysville", name: "Marysville", aliases: [], kind: "city", parent: "ohio" },
    { slug: "hefei", name: "Hefei", aliases: ["合肥", "合肥市"], kind: "city", parent: null },
  ],
};

const brief = (text: string, language: "en" | "zh") =>
  extractCommitments(text, reference, { language, publishedOn: "2024-03-05" }).candidates.map((c) => ({
    quote: c.quote.slice(0, 24),
    maker: c.maker?.slug ?? c.makerText,
    region: c.region?.slug ?? c.regionText,
  }));

describe("joint commitments", () => {
  it("gives a sentence whose verb two companies share to each, and the next unnamed sentence too", () => {
    const text =
      "Northwind Motors and Bluecell Energy will jointly invest $2 billion in a battery plant in Marysville, Ohio. " +
      "Construction will start next year. Ohio officials said the state will provide training grants.";
    expect(brief(text, "en")).toEqual([
      { quote: "Northwind Motors and Blu", maker: "northwind", region: "marysville" },
      { quote: "Northwind Motors and Blu", maker: "bluecell", region: "marysville" },
      { quote: "Construction will start ", maker: "northwind", region: "marysville" },
      { quote: "Construction will start ", maker: "bluecell", region: "marysville" },
      expect.objectContaining({ maker: "state-of-ohio" }),
    ]);
  });

  it("does the same in Chinese, and leaves a company acting alone to itself", () => {
    expect(brief("北风汽车与蓝芯能源将在合肥共同投资50亿元建设电池工厂。北风汽车将在合肥新建研发中心。", "zh")).toEqual(
      [
        { quote: "北风汽车与蓝芯能源将在合肥共同投资50亿元建设电", maker: "northwind", region: "hefei" },
        { quote: "北风汽车与蓝芯能源将在合肥共同投资50亿元建设电", maker: "bluecell", region: "hefei" },
        { quote: "北风汽车将在合肥新建研发中心。", maker: "northwind", region: "hefei" },
      ],
    );
  });

  it("reads 'Marysville, Ohio' as a place, not as Ohio's government", () => {
    const found = extractCommitments(
      "The plant, to be built in Marysville, Ohio, will be completed by 2026.",
      reference,
      { language: "en", publishedOn: "2024-03-05" },
    ).candidates;
    expect(found.map((c) => c.maker?.slug ?? null)).not.toContain("state-of-ohio");
  });
});
