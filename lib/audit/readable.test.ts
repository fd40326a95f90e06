import { describe, expect, it } from "vitest";
import { fieldLabel, readableDate, readablePerson, readableValue } from "./readable";

describe("readable history", () => {
  it("names fields as the forms do, and any other field in words", () => {
    expect(fieldLabel("targetOn")).toBe("Target date");
    expect(fieldLabel("sourceLocation")).toBe("Where in the source");
    expect(fieldLabel("archiveUrl")).toBe("Archived copy");
    expect(fieldLabel("someNewField")).toBe("Some new field");
  });

  it("writes values as a reader would", () => {
    expect(readableValue("targetOn", null)).toBe("—");
    expect(readableValue("targetOn", "2026-12-31")).toBe("31 Dec 2026");
    expect(readableDate("2024-05-09")).toBe("9 May 2024");
    expect(readableValue("status", "in_progress")).toBe("In progress");
    expect(readableValue("stance", "contradicts")).toBe("Contradicts");
    expect(readableValue("kind", "request")).toBe("Request");
    expect(readableValue("kind", "joint_venture")).toBe("Joint venture");
    expect(readableValue("progress", 40)).toBe("40%");
    expect(readableValue("amount", "10000000000")).toBe("10,000,000,000");
    expect(readableValue("jobs", 2000)).toBe("2,000");
    expect(readableValue("language", "zh")).toBe("Chinese");
    expect(readableValue("aliases", ["BBA", "华晨宝马"])).toBe("BBA, 华晨宝马");
    expect(readableValue("aliases", [])).toBe("—");
    expect(readableValue("retracted", true)).toBe("yes");
  });

  it("names the organization or region a slug stands for", () => {
    const references = {
      organizations: new Map([["bmw-group", "BMW Group"]]),
      regions: new Map([["shenyang", "Shenyang"]]),
    };
    expect(readableValue("maker", "bmw-group", { references })).toBe("BMW Group");
    expect(readableValue("region", "shenyang", { references })).toBe("Shenyang");
    expect(readableValue("parent", "shenyang", { entityType: "region", references })).toBe("Shenyang");
    expect(readableValue("parent", "bmw-group", { entityType: "organization", references })).toBe("BMW Group");
    expect(readableValue("maker", "gone-since", { references })).toBe("gone-since");
  });

  it("says who by name, keeping the token and labels that are not accounts", () => {
    const people = new Map([["ana@example.org", "Ana Lyst"]]);
    expect(readablePerson("ana@example.org", people)).toBe("Ana Lyst");
    expect(readablePerson("Ana@Example.org", people)).toBe("Ana Lyst");
    expect(readablePerson("ana@example.org (token “nightly import”)", people)).toBe(
      "Ana Lyst (token “nightly import”)",
    );
    expect(readablePerson("demo data", people)).toBe("demo data");
    expect(readablePerson("left@example.org", people)).toBe("left@example.org");
  });
});
