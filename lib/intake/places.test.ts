import { describe, expect, it } from "vitest";
import { extractCommitments } from "./extract";
import type { Reference } from "./types";

// A company's announcement of a plant abroad, with made-up companies and a small tracker's places.
const reference: Reference = {
  organizations: [
    { slug: "northwind-motors", name: "Northwind Motors", aliases: ["Northwind"], kind: "company", parent: null },
    {
      slug: "government-of-portugal",
      name: "Government of Portugal",
      aliases: ["Portuguese government"],
      kind: "government",
      parent: null,
    },
  ],
  regions: [
    { slug: "portugal", name: "Portugal", aliases: [], kind: "country", parent: null },
    { slug: "sines", name: "Sines", aliases: [], kind: "city", parent: "portugal" },
    { slug: "porto", name: "Porto", aliases: [], kind: "city", parent: "portugal" },
  ],
};

const placesOf = (text: string) =>
  extractCommitments(text, reference, { language: "en", publishedOn: "2025-02-24" }).candidates.map((c) => [
    c.maker?.slug,
    c.region?.slug ?? c.regionText,
  ]);

describe("the place of a company's one investment", () => {
  it("is the town named for it, though the first sentence names only the country", () => {
    // The opening names only the country, so the statement's own place is no help here.
    const text =
      "Northwind Motors expands in Europe\n" +
      "Northwind Motors will invest €2 billion in a battery plant in Portugal.\n" +
      "It is the company's largest investment abroad.\n" +
      "The factory in Sines will produce cells for electric cars from 2028.";
    expect(placesOf(text)).toEqual([
      ["northwind-motors", "sines"],
      ["northwind-motors", "sines"],
    ]);
  });

  it("is not moved by what a government asks of the company elsewhere", () => {
    const text =
      "Northwind Motors expands in Europe\n" +
      "Northwind Motors will invest €2 billion in a battery plant in Portugal.\n" +
      "It is the company's largest investment abroad.\n" +
      "The minister hoped that Northwind Motors would also open a research centre in Porto.";
    expect(placesOf(text)[0]).toEqual(["northwind-motors", "portugal"]);
  });

  it("stays the country when the company announces several investments", () => {
    const text =
      "Northwind Motors expands in Portugal\n" +
      "Northwind Motors will invest €2 billion in a battery plant in Portugal.\n" +
      "Northwind will also invest €300 million in a research centre in Porto.";
    expect(placesOf(text)).toEqual([
      ["northwind-motors", "portugal"],
      ["northwind-motors", "porto"],
    ]);
  });

  it("stays the country for the government's own support", () => {
    const text =
      "The Portuguese government will provide a grant of €350 million for the battery plant in Portugal.\n" +
      "The government will also build a new road to the factory in Sines.";
    const found = placesOf(text);
    expect(found[0]).toEqual(["government-of-portugal", "portugal"]);
    expect(found[1]).toEqual(["government-of-portugal", "sines"]);
  });
});

describe("a description in title case", () => {
  it("is no company's name: 'The Technology Group' is the group in view", () => {
    const text =
      "Northwind Motors opens a new factory in Portugal.\n" +
      "The Technology Group will invest a total of €160 million in the newly built factory by 2021.";
    expect(placesOf(text).at(-1)?.[0]).toBe("northwind-motors");
  });
});
