import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugify", () => {
  it.each([
    ["BMW Group", "bmw-group"],
    ["Shenfu Demonstration Zone", "shenfu-demonstration-zone"],
    ["  Siemens AG (Munich) ", "siemens-ag-munich"],
    ["Liaoning Provincial Government", "liaoning-provincial-government"],
    ["BMW--Brilliance__Automotive", "bmw-brilliance-automotive"],
    ["Zürich Versicherung", "zürich-versicherung"],
    ["华晨宝马", "华晨宝马"],
    ["ＢＭＷ", "bmw"],
    ["!!!", ""],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});
