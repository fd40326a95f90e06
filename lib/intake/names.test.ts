import { describe, expect, it } from "vitest";
import { NameIndex, foldForMatching } from "./names";

const orgs = [
  { name: "Uttar Pradesh Government", aliases: ["UP"] },
  { name: "BMW Group", aliases: ["BMW", "宝马集团", "宝马"] },
  { name: "BMW Brilliance Automotive", aliases: ["BMW Brilliance", "华晨宝马"] },
  { name: "Liaoning Provincial Government", aliases: ["Liaoning", "辽宁省人民政府", "辽宁省"] },
];

function found(text: string) {
  const index = new NameIndex(orgs);
  return index.find(foldForMatching(text), text).map((m) => [m.entity.name, text.slice(m.start, m.end)]);
}

describe("NameIndex", () => {
  it("finds names and aliases, case-insensitively, the longest at each place, with possessives", () => {
    expect(found("BMW Brilliance's plant and bmw group's office; Liaoning welcomes BMW.")).toEqual([
      ["BMW Brilliance Automotive", "BMW Brilliance"],
      ["BMW Group", "bmw group"],
      ["Liaoning Provincial Government", "Liaoning"],
      ["BMW Group", "BMW"],
    ]);
  });

  it("matches short capitals only as capitals", () => {
    expect(found("speed up the work in UP")).toEqual([["Uttar Pradesh Government", "UP"]]);
  });

  it("needs word boundaries in Latin script but not in Chinese, in traditional characters too", () => {
    expect(found("BMWX and XBMW are not it")).toEqual([]);
    expect(found("華晨寶馬在遼寧省投資，宝马集团将扩大")).toEqual([
      ["BMW Brilliance Automotive", "華晨寶馬"],
      ["Liaoning Provincial Government", "遼寧省"],
      ["BMW Group", "宝马集团"],
    ]);
  });
});
