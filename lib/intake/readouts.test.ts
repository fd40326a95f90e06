import { describe, expect, it } from "vitest";
import { classifySentence } from "./classify";
import { extractCommitments } from "./extract";
import type { Reference } from "./types";

// An English readout of a governor's meeting with a company (made up), one sentence a paragraph.
const reference: Reference = {
  organizations: [
    { slug: "northwind", name: "Northwind Motors", aliases: ["Northwind"], kind: "company", parent: null },
    { slug: "ohio-gov", name: "State of Ohio", aliases: ["Ohio"], kind: "government", parent: null },
  ],
  regions: [{ slug: "ohio", name: "Ohio", aliases: [], kind: "province", parent: null }],
};

const kindOf = (sentence: string) => {
  const verdict = classifySentence(sentence, "en", { inRequestList: false });
  return verdict.commitment ? verdict.kind : `not: ${verdict.rule}`;
};

describe("a readout's ways of committing", () => {
  it("reads partnering, interest, assurances, expectations and sought partnerships", () => {
    expect(kindOf("Northwind Motors is set to partner Ohio in four key sectors.")).toBe("intent");
    expect(kindOf("The chairman expressed their interest in partnering the state in power.")).toBe("intent");
    expect(kindOf("He assured them of security in the state.")).toBe("pledge");
    expect(kindOf("He promised that his government would play its part to close the deal soon.")).toBe("pledge");
    expect(kindOf("He expected that Northwind Motors make persistent efforts to start production early.")).toBe(
      "request",
    );
    expect(kindOf("It is expected that the plant will be the largest in the state.")).not.toBe("request");
    expect(kindOf("The Governor further sought their partnership in building a free zone.")).toBe("request");
    expect(kindOf("Northwind Motors will intensify efforts and increase investment in the plant.")).toBe("pledge");
  });

  it("gives 'He …' opening a paragraph to the last speaker, and 'the company' to the company, not its facilitator", () => {
    const text = [
      "A delegation from Northwind Motors and partners facilitated by the United Nations Industrial Development Organisation (UNIDO) visited Ohio.",
      "He promised that the company would support Ohio in food processing.",
      "Governor Smith on his part welcomed the partnership interest of the group.",
      "He assured them of security in the state.",
    ].join("\n");
    const found = extractCommitments(text, reference, { language: "en", publishedOn: "2024-03-05" }).candidates;
    expect(found.map((c) => c.maker?.slug ?? c.makerText)).toEqual(["northwind", "ohio-gov"]);
  });

  it("gives what the provincial leaders commit to the government, even when it is for the company's projects", () => {
    const text = [
      "The State of Ohio received a delegation of Northwind Motors.",
      "Regarding the suggestions of the company, provincial leaders committed to offer the best conditions to Northwind Motors in carrying out its projects.",
    ].join("\n");
    const found = extractCommitments(text, reference, { language: "en", publishedOn: "2024-03-05" }).candidates;
    expect(found.map((c) => [c.kind, c.maker?.slug ?? c.makerText])).toEqual([["pledge", "ohio-gov"]]);
  });
});
