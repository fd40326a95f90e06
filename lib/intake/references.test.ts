import { describe, expect, it } from "vitest";
import { extractCommitments } from "./extract";
import { referenceIn } from "./parties";
import { subjectName } from "./subject";

// How a maker is referred to or written when the tracker does not know it (made-up sentences).
describe("references to the maker", () => {
  it("reads a facility named with several words before it as the company's", () => {
    expect(referenceIn("The electric batteries Gigafactory, to start operations in June 2026, ", "en")).toBe("company");
    expect(referenceIn("The new German carmaker ", "en")).toBe("company");
    expect(referenceIn("The state ", "en")).toBe("government");
  });

  it("does not take a clause cut after a conjunction, or a day, for a name", () => {
    expect(subjectName("市长说,今天开工和", "zh")).toBeNull();
    expect(subjectName("今天蓝芯能源", "zh")).toBe("蓝芯能源");
  });

  it("does not take a kind of company for its name ('中国上市公司')", () => {
    const [candidate] = extractCommitments(
      "中国上市公司蓝芯能源股份有限公司发布公告称,公司拟在泰国投资6亿元新建生产基地。",
      { organizations: [], regions: [] },
      { language: "zh", publishedOn: "2024-03-05" },
    ).candidates;
    expect(candidate?.makerText).toBe("蓝芯能源股份有限公司");
  });
});

describe("a listed company's announcement in Chinese", () => {
  it("names the company before its stock code, and keeps the code inside the sentence", () => {
    const found = extractCommitments(
      "智通财经APP讯,蓝芯能源(688001.SH)发布公告,公司根据整体战略规划,拟在巴西投资4.3亿元建设生产基地。此次在巴西建设基地,是根据公司发展需要,提升公司竞争力。",
      { organizations: [], regions: [] },
      { language: "zh", publishedOn: "2024-03-05" },
    ).candidates;
    expect(found.map((c) => [c.quote.slice(0, 12), c.makerText])).toEqual([["智通财经APP讯,蓝芯能", "蓝芯能源"]]);
  });

  it("does not take a verb or a kind of subsidiary before 公司 for a name", () => {
    const [candidate] = extractCommitments(
      "为提升公司竞争力,蓝芯能源股份有限公司拟通过全资子公司在泰国投资6亿元新建工厂。",
      { organizations: [], regions: [] },
      { language: "zh", publishedOn: "2024-03-05" },
    ).candidates;
    expect(candidate?.makerText).toBe("蓝芯能源股份有限公司");
  });
});
