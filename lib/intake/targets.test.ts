import { describe, expect, it } from "vitest";
import { toSimplified } from "@/lib/text/simplified";
import { findTarget } from "./targets";

const target = (text: string, published = "2023-10-14") => findTarget(text, published)?.targetOn ?? null;

describe("findTarget", () => {
  it("reads years and the ends of years", () => {
    expect(target("to build two factories by 2025")).toBe("2025");
    expect(target("complete it by the end of 2025")).toBe("2025");
    expect(target("Production should be launched in 2024.")).toBe("2024");
    expect(target("over the next five years (2024-2028)", "2024-05-13")).toBe("2028");
  });

  it("reads halves, quarters and months", () => {
    expect(target("production start in the second half of 2024, construction in early 2022", "2021-11-23")).toBe(
      "2024-12",
    );
    expect(target("to begin commercial production in the first half of 2025", "2022-10-25")).toBe("2025-06");
    expect(target("by June 2026")).toBe("2026-06");
    expect(target("by June 30, 2026")).toBe("2026-06-30");
    expect(target("in Q3 2024")).toBe("2024-09");
  });

  it("counts periods from the statement's date", () => {
    expect(target("invest $450 million over the next two years", "2021-10-28")).toBe("2023-10-28");
    expect(target("within three years")).toBe("2026-10-14");
    expect(target("next year")).toBe("2024");
    expect(target("construction will start later this year", "2022-09-06")).toBe("2022");
  });

  it("reads Chinese targets", () => {
    expect(target("2027年底前建成投产")).toBe("2027");
    expect(target("首栋厂房将于 2022 年内破土动工", "2022-09-05")).toBe("2022");
    expect(target(toSimplified("未來五年,三一集團計劃投資"), "2011-10-11")).toBe("2016-10-11");
    expect(target("明年投产")).toBe("2024");
    expect(target("今年计划投资5亿元", "2023-03-08")).toBe("2023");
    expect(target("2025年6月前完成")).toBe("2025-06");
    expect(target("三年内建成")).toBe("2026-10-14");
    expect(target("十四五期间")).toBe("2025");
  });

  it("finds none in 'as soon as possible' or in years already past", () => {
    expect(target("realize mass production as soon as possible")).toBeNull();
    expect(target("has been rooted in Liaoning since 2003")).toBeNull();
  });
});
