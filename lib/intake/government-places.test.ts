import { describe, expect, it } from "vitest";
import { extractCommitments } from "./extract";
import { governmentRegions, withPlaceNames } from "./government-places";
import type { Reference } from "./types";

// As a tracker records them: the government by its full name, the place as a region.
const reference: Reference = {
  organizations: [
    {
      slug: "liaoning-provincial-government",
      name: "Liaoning Provincial Government",
      aliases: ["辽宁省人民政府"],
      kind: "government",
      parent: null,
    },
    { slug: "state-of-michigan", name: "State of Michigan", aliases: [], kind: "government", parent: null },
    { slug: "northwind-motors", name: "Northwind Motors", aliases: [], kind: "company", parent: null },
    { slug: "michigan-holdings", name: "Michigan Holdings", aliases: [], kind: "company", parent: null },
  ],
  regions: [
    { slug: "liaoning", name: "Liaoning", aliases: ["辽宁", "辽宁省"], kind: "province", parent: null },
    { slug: "michigan", name: "Michigan", aliases: [], kind: "province", parent: null },
  ],
};

describe("governmentRegions and withPlaceNames", () => {
  it("gives a government the names of the place its name is made of, and leaves companies alone", () => {
    const places = governmentRegions(reference.organizations, reference.regions);
    expect([...places].map(([org, region]) => [org, region.slug])).toEqual([
      ["liaoning-provincial-government", "liaoning"],
      ["state-of-michigan", "michigan"],
    ]);
    const [liaoning, michigan, northwind, holdings] = withPlaceNames(reference.organizations, places);
    expect(liaoning!.aliases.sort()).toEqual(["Liaoning", "辽宁", "辽宁省", "辽宁省人民政府"].sort());
    expect(michigan!.aliases).toEqual(["Michigan"]);
    expect(northwind!.aliases).toEqual([]);
    expect(holdings!.aliases).toEqual([]);
  });

  it("lets a statement name the government by its place, in English and Chinese", () => {
    const en = extractCommitments(
      "Liaoning will continue to create a first-class business environment for Northwind Motors in Liaoning.",
      reference,
      { publishedOn: "2024-01-01" },
    ).candidates;
    expect(en.map((c) => [c.maker?.slug, c.region?.slug])).toEqual([["liaoning-provincial-government", "liaoning"]]);
    const zh = extractCommitments("辽宁将全力支持北风汽车在辽宁发展。", reference, {
      publishedOn: "2024-01-01",
    }).candidates;
    expect(zh[0]?.maker?.slug).toBe("liaoning-provincial-government");
  });
});
