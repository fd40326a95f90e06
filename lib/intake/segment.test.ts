import { describe, expect, it } from "vitest";
import { splitSentences, unwrapLines } from "./segment";

const texts = (text: string, language: "en" | "zh" = "en") => splitSentences(text, language).map((s) => s.text);

describe("splitSentences", () => {
  it("finds English sentences with their offsets, keeping abbreviations inside", () => {
    const text =
      "The U.S. unit of Foo Inc. will hire 300 people. Mr. Smith said so.\n\nIt costs $1.5 bn. Next year, more.";
    const segments = splitSentences(text, "en");
    expect(segments.map((s) => s.text)).toEqual([
      "The U.S. unit of Foo Inc. will hire 300 people.",
      "Mr. Smith said so.",
      "It costs $1.5 bn.",
      "Next year, more.",
    ]);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segments.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
  });

  it("ends a sentence after a company's legal form when a new sentence follows", () => {
    expect(texts("It signed with Foo Co. The plant opens in May.")).toEqual([
      "It signed with Foo Co.",
      "The plant opens in May.",
    ]);
  });

  it("keeps an Indian or Singaporean company's 'Pvt. Ltd.' or 'Pte. Ltd.' inside its sentence", () => {
    expect(
      texts("Northwind Foods Pvt. Ltd. is planning to invest Rs 500 crore. Acme Pte. Ltd. will hire 40 people."),
    ).toEqual(["Northwind Foods Pvt. Ltd. is planning to invest Rs 500 crore.", "Acme Pte. Ltd. will hire 40 people."]);
  });

  it("splits Chinese at sentence marks and semicolons, in simplified and traditional characters", () => {
    expect(texts("王文银说,四川发展前景光明。一是加快建设；二是扩大投资。\n新段落", "zh")).toEqual([
      "王文银说,四川发展前景光明。",
      "一是加快建设；",
      "二是扩大投资。",
      "新段落",
    ]);
    expect(texts("雙方將簽約項目。集團將投資十億元！", "zh")).toEqual(["雙方將簽約項目。", "集團將投資十億元！"]);
  });
});

describe("unwrapLines", () => {
  it("joins a sentence a layout wrapped, keeping every offset", () => {
    const text = "The group is to invest $400 million in\ncement production in Kenya.\nNext Line starts here.";
    const unwrapped = unwrapLines(text);
    expect(unwrapped).toHaveLength(text.length);
    expect(unwrapped).toContain("in cement production");
    expect(unwrapped).toContain("Kenya.\nNext");
    expect(splitSentences(text, "en").map((s) => s.text)).toEqual([
      "The group is to invest $400 million in\ncement production in Kenya.",
      "Next Line starts here.",
    ]);
    expect(unwrapLines("北风汽车将在沈阳投资，\n建设电池工厂。")).toBe("北风汽车将在沈阳投资， 建设电池工厂。");
  });
});
