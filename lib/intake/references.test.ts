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
